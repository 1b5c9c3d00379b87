import type { Io } from './io.js';

// Characters a terminal would act on rather than show: C0 controls (but tab and line feed), DEL, C1
// controls (U+0080–U+009F: CSI, OSC… in 8-bit form), the bidirectional embeddings, overrides and isolates,
// and lone surrogates. File names, framework ids and excerpts of documents reach the terminal through the
// command line's output; none of them may move the cursor, retitle the window or reorder a line.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it neutralises
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text made safe for a terminal: every character a terminal would act on is shown escaped (ESC as
 * `\u001b`). Tabs and line feeds stay; a carriage return stays only as the first character, where the
 * progress line uses it to redraw itself.
 */
export function neutralize(text: string): string {
  const lead = text.startsWith('\r') ? '\r' : '';
  const rest = lead ? text.slice(1) : text;
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(rest) ? lead + rest.replace(UNSAFE, escaped) : text;
}

/** The same streams, with everything written through `neutralize`: applied once, by `run`. */
export function terminalSafe(io: Io): Io {
  return {
    out: (t) => io.out(neutralize(t)),
    err: (t) => io.err(neutralize(t)),
    interactive: io.interactive,
    cwd: io.cwd,
  };
}
