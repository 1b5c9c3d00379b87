// Where the keyboard focus goes after a list editor adds or removes a row: one rule for every list.
//
// - After "add": the first field of the new row.
// - After "remove": the first field of the row that took its place (the next one), else of the previous
//   row, else the list's add button.
//
// The buttons record what they did (`addClicked`, `removeClicked`); the shell calls `applyListFocus` after
// each render and the request is carried out once the change shows in the page.

/** A row of a list editor: a table row of `editTable`, an item holding an `itemHeader`, or any `[data-row]`. */
export const ROW = '[data-row], .list-item';

/** Marks an add button of a list editor (its value names the list, for finding it again after a render). */
export const ADD_ATTR = 'data-add';
/** Marks a row's remove button. */
export const REMOVE_ATTR = 'data-remove';

const FIELD =
  'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"]';

type Pending =
  | { kind: 'add'; before: Set<Element>; renders: number }
  | {
      kind: 'remove';
      container: Element;
      index: number;
      count: number;
      add: HTMLElement | null;
      addKey: string | null;
      renders: number;
    };

let pending: Pending | undefined;
/** Renders to wait for the change before giving up (the change normally shows on the first). */
const MAX_RENDERS = 8;

function rows(container: Element): Element[] {
  return [...container.children].filter((c) => c.matches(ROW));
}

function rowsIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll(ROW)];
}

/** Focuses the first field of a row (its first focusable control when it has no field). */
function focusRow(row: Element): boolean {
  const target =
    row.querySelector<HTMLElement>(FIELD) ??
    row.querySelector<HTMLElement>('button, a[href], [tabindex="0"]');
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}

/** The add button that belongs to the list of `container`: the nearest one outside the list's rows. */
function addButtonOf(container: Element, listRows: readonly Element[]): HTMLElement | null {
  for (let a: Element | null = container; a; a = a.parentElement) {
    const candidates = [...a.querySelectorAll<HTMLElement>(`[${ADD_ATTR}]`)].filter(
      (b) => !listRows.some((r) => r.contains(b)),
    );
    if (candidates.length === 0) continue;
    const after = candidates.find(
      (b) =>
        container.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && !container.contains(b),
    );
    return after ?? candidates[candidates.length - 1] ?? null;
  }
  return null;
}

/** To call when an add button is pressed, before the list changes. */
export function addClicked(button: Element): void {
  const root = button.closest('main') ?? document;
  pending = { kind: 'add', before: new Set(rowsIn(root)), renders: 0 };
}

/** To call when a row's remove button is pressed, before the list changes. */
export function removeClicked(button: Element): void {
  const row = button.closest(ROW);
  const container = row?.parentElement;
  if (!row || !container) return;
  const list = rows(container);
  const add = addButtonOf(container, list);
  pending = {
    kind: 'remove',
    container,
    index: list.indexOf(row),
    count: list.length,
    add,
    addKey: add?.getAttribute(ADD_ATTR) ?? null,
    renders: 0,
  };
}

/**
 * Watches presses of add and remove buttons under `root` (in the capture phase, so before the button's own
 * handler changes the list): the one place every list editor gets its focus rule from.
 */
export function watchListButtons(root: HTMLElement): void {
  root.addEventListener(
    'click',
    (e) => {
      const b = (e.target as Element | null)?.closest?.(`[${ADD_ATTR}], [${REMOVE_ATTR}]`);
      if (!b || (b as HTMLButtonElement).disabled) return;
      if (b.hasAttribute(ADD_ATTR)) addClicked(b);
      else removeClicked(b);
    },
    { capture: true },
  );
}

/** Carries out a pending focus request once its change is rendered; called by the shell after each render. */
export function applyListFocus(root: ParentNode = document): void {
  const p = pending;
  if (!p) return;
  if (++p.renders > MAX_RENDERS) {
    pending = undefined;
    return;
  }
  if (p.kind === 'add') {
    // The first new row in document order: the outermost one when the new row holds lists of its own.
    const added = rowsIn(root).find((r) => !p.before.has(r));
    if (!added) return;
    pending = undefined;
    focusRow(added);
    return;
  }
  const list = p.container.isConnected ? rows(p.container) : [];
  if (p.container.isConnected && list.length >= p.count) return; // not rendered yet
  pending = undefined;
  const next = list[p.index] ?? list[p.index - 1];
  if (next && focusRow(next)) return;
  const add =
    p.add?.isConnected === true
      ? p.add
      : p.addKey !== null
        ? root.querySelector<HTMLElement>(`[${ADD_ATTR}="${CSS.escape(p.addKey)}"]`)
        : null;
  add?.focus();
}

/** Drops a pending request (the page changed: its rows are not the list the button belonged to). */
export function clearListFocus(): void {
  pending = undefined;
}
