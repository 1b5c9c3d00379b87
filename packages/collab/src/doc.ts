import * as Y from 'yjs';
import { type Anchor, anchorOf, identityKey, identityOf, type Path } from './anchors.js';

/** A plain JSON value (what a masterplan file holds). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Who makes a change. `id` is the member's stable id (used for mentions and assignments). */
export interface Author {
  readonly id: string;
  readonly name?: string;
}

/**
 * Who changes the document and when. Passed as the Yjs transaction origin, so observers can tell local edits
 * (and their author) from updates that arrive from elsewhere. `at` defaults to the current time.
 */
export interface EditMeta {
  readonly author: Author;
  readonly at?: Date;
}

/** The names of the shared types of a masterplan document. */
export const ROOTS = {
  masterplan: 'masterplan',
  history: 'history',
  versions: 'versions',
  threads: 'threads',
  assignments: 'assignments',
} as const;

/** One recorded change to one field or item. */
export interface Change {
  /** Where, with list items named by identity. */
  readonly anchor: Anchor;
  readonly op: 'set' | 'insert' | 'delete';
  /** The new value (absent for a deletion). */
  readonly value?: JsonValue;
  readonly author: Author;
  /** ISO 8601 time of the change. */
  readonly at: string;
}

/** The masterplan's root map of a shared document. */
export function masterplanOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOTS.masterplan);
}

/** The change log of a shared document (one entry per changed field or item). */
export function historyLog(doc: Y.Doc): Y.Array<Change> {
  return doc.getArray<Change>(ROOTS.history);
}

/** Converts plain JSON into Yjs types: objects to `Y.Map`, arrays to `Y.Array`, the rest as is. */
export function toY(value: unknown): unknown {
  if (Array.isArray(value)) {
    const a = new Y.Array<unknown>();
    a.insert(
      0,
      value.map((v) => (v === undefined ? null : toY(v))),
    );
    return a;
  }
  if (value && typeof value === 'object') {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) m.set(k, toY(v));
    return m;
  }
  return value;
}

/** Reads a Yjs value back as plain JSON. */
export function fromY(value: unknown): JsonValue {
  if (value instanceof Y.AbstractType) return value.toJSON() as JsonValue;
  return value as JsonValue;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Deep equality of two JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

function stamp(meta: EditMeta): { author: Author; at: string } {
  const author: Author =
    meta.author.name === undefined ? { id: meta.author.id } : { id: meta.author.id, name: meta.author.name };
  return { author, at: (meta.at ?? new Date()).toISOString() };
}

/** Records changes in the document's log (inside the caller's transaction). */
class Recorder {
  readonly changes: Change[] = [];
  private readonly who: { author: Author; at: string };
  constructor(meta: EditMeta) {
    this.who = stamp(meta);
  }
  add(anchor: Anchor, op: Change['op'], value?: unknown): void {
    const c: Change =
      value === undefined || op === 'delete'
        ? { anchor, op, ...this.who }
        : { anchor, op, value: fromY(value), ...this.who };
    this.changes.push(c);
  }
}

/** A new shared document holding `json` (a masterplan, or any JSON object). */
export function createDoc(json: Record<string, unknown> = {}, options: { gc?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc({ gc: options.gc ?? true });
  const root = masterplanOf(doc);
  doc.transact(() => {
    for (const [k, v] of Object.entries(json)) if (v !== undefined) root.set(k, toY(v));
  });
  return doc;
}

/** The masterplan as plain JSON. */
export function toJson(doc: Y.Doc): Record<string, JsonValue> {
  return masterplanOf(doc).toJSON() as Record<string, JsonValue>;
}

/** The plain JSON value at a path, or `undefined`. */
export function getAt(doc: Y.Doc, path: Path): JsonValue | undefined {
  const v = nodeAt(doc, path);
  return v === undefined ? undefined : fromY(v);
}

function nodeAt(doc: Y.Doc, path: Path): unknown {
  let node: unknown = masterplanOf(doc);
  for (const step of path) {
    if (node instanceof Y.Map && typeof step === 'string') node = node.get(step);
    else if (node instanceof Y.Array && typeof step === 'number')
      node = step < node.length ? node.get(step) : undefined;
    else return undefined;
  }
  return node;
}

/** The container at `path`, created (a map for a key, a list for an index) where missing. */
function containerAt(
  root: Y.Map<unknown>,
  path: Path,
  rec: Recorder | undefined,
): Y.Map<unknown> | Y.Array<unknown> {
  let node: Y.Map<unknown> | Y.Array<unknown> = root;
  path.forEach((step, i) => {
    const wantList = typeof path[i + 1] === 'number';
    let next: unknown;
    if (node instanceof Y.Map) {
      if (typeof step !== 'string') throw new TypeError(`Index ${step} used on an object`);
      next = node.get(step);
      if (!(next instanceof Y.Map || next instanceof Y.Array)) {
        next = wantList ? new Y.Array() : new Y.Map();
        node.set(step, next);
      }
    } else {
      if (typeof step !== 'number') throw new TypeError(`Key ${step} used on a list`);
      next = step < node.length ? node.get(step) : undefined;
      if (!(next instanceof Y.Map || next instanceof Y.Array)) {
        next = wantList ? new Y.Array() : new Y.Map();
        if (step < node.length) node.delete(step, 1);
        node.insert(Math.min(step, node.length), [next]);
      }
    }
    node = next as Y.Map<unknown> | Y.Array<unknown>;
  });
  void rec;
  return node;
}

function transactWith<T>(doc: Y.Doc, meta: EditMeta, fn: (rec: Recorder) => T): T {
  let out: T | undefined;
  doc.transact(() => {
    const rec = new Recorder(meta);
    out = fn(rec);
    if (rec.changes.length) historyLog(doc).push(rec.changes);
  }, meta);
  return out as T;
}

/**
 * Sets the value at `path` (creating missing containers). An object or list given where one of the same kind
 * already is, is merged into it as a minimal diff, so concurrent edits inside it survive. `undefined` deletes.
 * Returns the changes recorded in the history.
 */
export function setAt(doc: Y.Doc, path: Path, value: unknown, meta: EditMeta): Change[] {
  if (value === undefined) return deleteAt(doc, path, meta);
  return transactWith(doc, meta, (rec) => {
    const root = masterplanOf(doc);
    if (path.length === 0) {
      if (!isObject(value)) throw new TypeError('The document root must be an object');
      diffMap(root, value, [], root, rec);
      return rec.changes;
    }
    const parent = containerAt(root, path.slice(0, -1), rec);
    const last = path[path.length - 1] as string | number;
    const current =
      parent instanceof Y.Map
        ? parent.get(last as string)
        : (last as number) < parent.length
          ? parent.get(last as number)
          : undefined;
    if (current instanceof Y.Map && isObject(value)) diffMap(current, value, path, root, rec);
    else if (current instanceof Y.Array && Array.isArray(value)) diffArray(current, value, path, root, rec);
    else if (!jsonEqual(fromY(current), value)) {
      if (parent instanceof Y.Map) parent.set(last as string, toY(value));
      else {
        const i = last as number;
        if (i < parent.length) parent.delete(i, 1);
        parent.insert(Math.min(i, parent.length), [toY(value)]);
      }
      rec.add(anchorOf(root, path), 'set', value);
    }
    return rec.changes;
  });
}

/** Inserts `values` into the list at `path` before `index` (at the end when `index` is past it). */
export function insertAt(
  doc: Y.Doc,
  path: Path,
  index: number,
  values: readonly unknown[],
  meta: EditMeta,
): Change[] {
  return transactWith(doc, meta, (rec) => {
    const root = masterplanOf(doc);
    const list = containerAt(root, path.length ? path : [], rec);
    if (!(list instanceof Y.Array)) throw new TypeError('insertAt needs a list');
    const at = Math.max(0, Math.min(index, list.length));
    list.insert(at, values.map(toY));
    values.forEach((v, i) => rec.add(anchorOf(root, [...path, at + i]), 'insert', v));
    return rec.changes;
  });
}

/** Removes the key or list item at `path` (nothing when it is not there). */
export function deleteAt(doc: Y.Doc, path: Path, meta: EditMeta): Change[] {
  return transactWith(doc, meta, (rec) => {
    const root = masterplanOf(doc);
    if (path.length === 0) return rec.changes;
    const parent = nodeAt(doc, path.slice(0, -1));
    const last = path[path.length - 1];
    if (parent instanceof Y.Map && typeof last === 'string' && parent.has(last)) {
      rec.add(anchorOf(root, path), 'delete');
      parent.delete(last);
    } else if (parent instanceof Y.Array && typeof last === 'number' && last < parent.length) {
      rec.add(anchorOf(root, path), 'delete');
      parent.delete(last, 1);
    }
    return rec.changes;
  });
}

/**
 * Makes the document equal to `json` with the fewest changes: unchanged fields are not touched, list items are
 * matched by their identity (`id`, then the list's reference key), so edits others make at the same time to
 * other fields or items survive. Returns the changes (empty when `json` is what the document holds).
 */
export function applyJson(doc: Y.Doc, json: Record<string, unknown>, meta: EditMeta): Change[] {
  return setAt(doc, [], json, meta);
}

function diffInto(current: unknown, next: unknown, path: Path, root: Y.Map<unknown>, rec: Recorder): boolean {
  if (current instanceof Y.Map && isObject(next)) {
    diffMap(current, next, path, root, rec);
    return true;
  }
  if (current instanceof Y.Array && Array.isArray(next)) {
    diffArray(current, next, path, root, rec);
    return true;
  }
  return false;
}

function diffMap(
  map: Y.Map<unknown>,
  next: Record<string, unknown>,
  path: Path,
  root: Y.Map<unknown>,
  rec: Recorder,
): void {
  for (const key of [...map.keys()]) {
    if (next[key] === undefined) {
      rec.add(anchorOf(root, [...path, key]), 'delete');
      map.delete(key);
    }
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const current = map.get(key);
    if (diffInto(current, value, [...path, key], root, rec)) continue;
    if (map.has(key) && jsonEqual(fromY(current), value)) continue;
    map.set(key, toY(value));
    rec.add(anchorOf(root, [...path, key]), 'set', value);
  }
}

function diffArray(
  list: Y.Array<unknown>,
  next: readonly unknown[],
  path: Path,
  root: Y.Map<unknown>,
  rec: Recorder,
): void {
  const key = identityKey(list.toArray(), next);
  if (key !== undefined) diffKeyed(list, next, key, path, root, rec);
  else diffPositional(list, next, path, root, rec);
}

function diffKeyed(
  list: Y.Array<unknown>,
  next: readonly unknown[],
  key: string,
  path: Path,
  root: Y.Map<unknown>,
  rec: Recorder,
): void {
  const wanted = new Set(next.map((x) => identityOf(x, key)));
  for (let i = list.length - 1; i >= 0; i--) {
    if (!wanted.has(identityOf(list.get(i), key))) {
      rec.add(anchorOf(root, [...path, i]), 'delete');
      list.delete(i, 1);
    }
  }
  next.forEach((item, i) => {
    const id = identityOf(item, key);
    const here = i < list.length ? list.get(i) : undefined;
    if (here !== undefined && identityOf(here, key) === id) {
      if (!diffInto(here, item, [...path, i], root, rec) && !jsonEqual(fromY(here), item)) {
        list.delete(i, 1);
        list.insert(i, [toY(item)]);
        rec.add(anchorOf(root, [...path, i]), 'set', item);
      }
      return;
    }
    // Moved (Yjs has no move: the item is written again at its new place) or new.
    for (let j = i + 1; j < list.length; j++) {
      if (identityOf(list.get(j), key) === id) {
        list.delete(j, 1);
        break;
      }
    }
    list.insert(i, [toY(item)]);
    rec.add(anchorOf(root, [...path, i]), 'insert', item);
  });
  if (list.length > next.length) list.delete(next.length, list.length - next.length);
}

function diffPositional(
  list: Y.Array<unknown>,
  next: readonly unknown[],
  path: Path,
  root: Y.Map<unknown>,
  rec: Recorder,
): void {
  const items = list.toArray();
  if (items.length === next.length) {
    next.forEach((item, i) => {
      const here = items[i];
      if (diffInto(here, item, [...path, i], root, rec) || jsonEqual(fromY(here), item)) return;
      list.delete(i, 1);
      list.insert(i, [toY(item)]);
      rec.add(anchorOf(root, [...path, i]), 'set', item);
    });
    return;
  }
  const old = items.map(fromY);
  let start = 0;
  while (start < old.length && start < next.length && jsonEqual(old[start], next[start])) start++;
  let end = 0;
  while (
    end < old.length - start &&
    end < next.length - start &&
    jsonEqual(old[old.length - 1 - end], next[next.length - 1 - end])
  )
    end++;
  const removed = old.length - start - end;
  for (let i = start + removed - 1; i >= start; i--) rec.add(anchorOf(root, [...path, i]), 'delete');
  if (removed > 0) list.delete(start, removed);
  const added = next.slice(start, next.length - end);
  if (added.length) {
    list.insert(start, added.map(toY));
    added.forEach((v, i) => rec.add(anchorOf(root, [...path, start + i]), 'insert', v));
  }
}
