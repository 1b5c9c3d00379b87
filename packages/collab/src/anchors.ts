import * as Y from 'yjs';

/** A location inside a masterplan: object keys and array indexes from the root (as the model's issues use). */
export type Path = ReadonlyArray<string | number>;

/**
 * One step of an anchor: an object key, a list item named by its identity (`{ key: 'id', value: 'P-01' }`), or
 * a list index where the items have no identity.
 */
export type AnchorStep = string | number | { readonly key: string; readonly value: string | number };

/**
 * A location that survives edits elsewhere: list items are named by their identity field, not their index, so a
 * comment on programme `P-07` stays on it when an earlier programme is removed.
 */
export type Anchor = ReadonlyArray<AnchorStep>;

/**
 * Fields that name a list item, tried in this order: `id` (programmes, OPDs, members, KPIs…), then the
 * references the masterplan's lists are keyed by (`item` for readiness answers, `element` for maturity
 * elements, `programme` for selected quick wins, `year` for yearly assessments).
 */
export const IDENTITY_KEYS: readonly string[] = ['id', 'item', 'element', 'programme', 'year'];

type Json = unknown;

function identityValue(item: unknown, key: string): string | number | undefined {
  let v: unknown;
  if (item instanceof Y.Map) v = item.get(key);
  else if (item && typeof item === 'object' && !Array.isArray(item))
    v = (item as Record<string, unknown>)[key];
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
}

/**
 * The identity key shared by every item of the given lists, with values unique within each list; `undefined`
 * when the items have none (then items are matched by position).
 */
export function identityKey(...lists: ReadonlyArray<ReadonlyArray<unknown>>): string | undefined {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return undefined;
  for (const key of IDENTITY_KEYS) {
    let ok = true;
    for (const list of nonEmpty) {
      const seen = new Set<string | number>();
      for (const item of list) {
        const v = identityValue(item, key);
        if (v === undefined || seen.has(v)) {
          ok = false;
          break;
        }
        seen.add(v);
      }
      if (!ok) break;
    }
    if (ok) return key;
  }
  return undefined;
}

/** The identity of one item under `key` (for matching lists). */
export function identityOf(item: unknown, key: string): string | number | undefined {
  return identityValue(item, key);
}

function childOf(container: unknown, step: string | number): unknown {
  if (container instanceof Y.Map) return typeof step === 'string' ? container.get(step) : undefined;
  if (container instanceof Y.Array) return typeof step === 'number' ? container.get(step) : undefined;
  if (Array.isArray(container)) return typeof step === 'number' ? container[step] : undefined;
  if (container && typeof container === 'object')
    return typeof step === 'string' ? (container as Record<string, unknown>)[step] : undefined;
  return undefined;
}

function itemsOf(container: unknown): unknown[] | undefined {
  if (container instanceof Y.Array) return container.toArray();
  if (Array.isArray(container)) return container;
  return undefined;
}

/** The anchor of a path inside `root` (a plain JSON value or the Yjs types of a shared document). */
export function anchorOf(root: unknown, path: Path): Anchor {
  const out: AnchorStep[] = [];
  let node: unknown = root;
  for (const step of path) {
    const items = typeof step === 'number' ? itemsOf(node) : undefined;
    const next = childOf(node, step);
    if (items) {
      const key = identityKey(items);
      const value = key === undefined ? undefined : identityOf(next, key);
      out.push(key !== undefined && value !== undefined ? { key, value } : step);
    } else out.push(step);
    node = next;
  }
  return out;
}

/** The path an anchor points at now, or `undefined` when the item it named is gone. */
export function resolveAnchor(root: Json, anchor: Anchor): Path | undefined {
  const out: (string | number)[] = [];
  let node: unknown = root;
  for (const step of anchor) {
    if (typeof step === 'object') {
      const items = itemsOf(node);
      if (!items) return undefined;
      const index = items.findIndex((x) => identityOf(x, step.key) === step.value);
      if (index < 0) return undefined;
      out.push(index);
      node = items[index];
    } else {
      const next = childOf(node, step);
      if (next === undefined) return undefined;
      out.push(step);
      node = next;
    }
  }
  return out;
}

/** Writes an anchor as people read it: `programmes[id=P-07].budget[0].amount`; the root is `(root)`. */
export function formatAnchor(anchor: Anchor): string {
  if (anchor.length === 0) return '(root)';
  let out = '';
  for (const step of anchor) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'object') out += `[${step.key}=${step.value}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** Whether `inner` is `outer` or lies under it. */
export function anchorWithin(inner: Anchor, outer: Anchor): boolean {
  if (inner.length < outer.length) return false;
  return outer.every((s, i) => sameStep(s, inner[i]));
}

function sameStep(a: AnchorStep | undefined, b: AnchorStep | undefined): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.key === b.key && a.value === b.value;
  return a === b;
}
