// The working document as the dashboard edits it, and how projects are named and matched.

import { identityKey, jsonEqual } from '@smartcity/collab';
import type { Masterplan } from '@smartcity/model';

/** A masterplan as it is being edited: possibly incomplete or invalid, always plain JSON. */
export type WorkingDoc = Record<string, unknown>;

/** How a project is named in lists: its region and period. */
export function projectLabel(doc: WorkingDoc): string {
  const region = (doc.region as { name?: string } | undefined)?.name ?? '?';
  const period = doc.period as { startYear?: number; endYear?: number } | undefined;
  return period ? `${region} (${period.startYear}–${period.endYear})` : region;
}

/** The region code a document is for (`71.02`), if any. */
export function regionCode(doc: WorkingDoc): string | undefined {
  const code = (doc.region as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A valid masterplan as the plain JSON the working copy holds. */
export function asWorkingDoc(m: Masterplan): WorkingDoc {
  return JSON.parse(JSON.stringify(m)) as WorkingDoc;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/**
 * `incoming` merged into `current`: what the file adds or changes is taken, what only `current` holds is kept.
 * Objects merge key by key; lists whose items have an identity (`id`, …) merge item by item (the current order,
 * then the new items); other lists and plain values are taken from `incoming`.
 */
export function mergeJson(current: unknown, incoming: unknown): unknown {
  if (isObject(current) && isObject(incoming)) {
    const out: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(incoming)) out[k] = k in current ? mergeJson(current[k], v) : v;
    return out;
  }
  if (Array.isArray(current) && Array.isArray(incoming)) {
    const key = identityKey(current, incoming);
    if (key === undefined) return incoming;
    const id = (x: unknown) => (x as Record<string, unknown>)[key];
    const byId = new Map(incoming.map((x) => [id(x), x]));
    const merged = current.map((x) => (byId.has(id(x)) ? mergeJson(x, byId.get(id(x))) : x));
    const known = new Set(current.map(id));
    return [...merged, ...incoming.filter((x) => !known.has(id(x)))];
  }
  return incoming === undefined ? current : incoming;
}

export { jsonEqual };
