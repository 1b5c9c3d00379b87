// A page's own view state (which programme is open, …) lives in its module; this asks the shell to render.
let hook: () => void = () => {};

export function setRenderHook(fn: () => void): void {
  hook = fn;
}

/** Re-renders the interface after a page changed its view state. */
export function rerender(): void {
  hook();
}

/** Announces a message politely to screen readers (and shows it in the status bar). */
let announcer: (text: string) => void = () => {};
export function setAnnouncer(fn: (text: string) => void): void {
  announcer = fn;
}
export function announce(text: string): void {
  announcer(text);
}
