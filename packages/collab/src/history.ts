import type * as Y from 'yjs';
import { type Anchor, anchorOf, anchorWithin, type Path, resolveAnchor } from './anchors.js';
import {
  type Author,
  applyJson,
  type Change,
  createDoc,
  type EditMeta,
  historyLog,
  type JsonValue,
  ROOTS,
  toJson,
} from './doc.js';
import { newId } from './ids.js';

/**
 * The recorded changes at `path` and under it, oldest first: who set which value when. When two members set
 * the same field at the same time, the document keeps one value and both changes stay here.
 */
export function historyOf(doc: Y.Doc, path: Path = []): Change[] {
  const anchor = anchorOf(doc.getMap(ROOTS.masterplan), path);
  return historyLog(doc)
    .toArray()
    .filter((c) => anchorWithin(c.anchor, anchor));
}

/** A named copy of the masterplan at one moment. */
export interface Version {
  readonly id: string;
  readonly name: string;
  readonly author: Author;
  /** ISO 8601 time the version was taken. */
  readonly at: string;
  /** The masterplan at that moment. */
  readonly json: Record<string, JsonValue>;
}

/** A difference between two masterplans. */
export interface Difference {
  readonly path: Path;
  readonly anchor: Anchor;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: JsonValue;
  readonly after?: JsonValue;
}

function versionsOf(
  doc: Y.Doc,
): Y.Map<{ id: string; name: string; author: Author; at: string; json: string }> {
  return doc.getMap(ROOTS.versions);
}

/** Keeps the current masterplan as a named version (stored in the shared document, so the team sees it). */
export function saveVersion(doc: Y.Doc, name: string, meta: EditMeta): Version {
  const json = toJson(doc);
  const v: Version = {
    id: newId(doc),
    name,
    author: meta.author,
    at: (meta.at ?? new Date()).toISOString(),
    json,
  };
  doc.transact(() => {
    versionsOf(doc).set(v.id, {
      id: v.id,
      name: v.name,
      author: v.author,
      at: v.at,
      json: JSON.stringify(json),
    });
  }, meta);
  return v;
}

/** Every saved version, oldest first. */
export function listVersions(doc: Y.Doc): Version[] {
  return [...versionsOf(doc).values()]
    .map((v) => ({ ...v, json: JSON.parse(v.json) as Record<string, JsonValue> }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** One saved version, or `undefined`. */
export function getVersion(doc: Y.Doc, id: string): Version | undefined {
  const v = versionsOf(doc).get(id);
  return v ? { ...v, json: JSON.parse(v.json) as Record<string, JsonValue> } : undefined;
}

/**
 * What changes from `before` to `after`, field by field (list items matched by identity, as `applyJson` does):
 * the same differences a merge or a restore would write.
 */
export function compareJson(before: Record<string, unknown>, after: Record<string, unknown>): Difference[] {
  const scratch = createDoc(before);
  const changes = applyJson(scratch, after, { author: { id: 'compare' }, at: new Date(0) });
  const merged = toJson(scratch);
  const out: Difference[] = [];
  for (const c of changes) {
    const old = resolveAnchor(before, c.anchor);
    const now = resolveAnchor(merged, c.anchor);
    const path = now ?? old ?? [];
    const beforeValue = old === undefined ? undefined : (valueAt(before, old) as JsonValue | undefined);
    if (c.op === 'delete')
      out.push({
        path: old ?? path,
        anchor: c.anchor,
        kind: 'removed',
        ...(beforeValue === undefined ? {} : { before: beforeValue }),
      });
    else if (beforeValue === undefined)
      out.push({
        path,
        anchor: c.anchor,
        kind: 'added',
        ...(c.value === undefined ? {} : { after: c.value }),
      });
    else
      out.push({
        path,
        anchor: c.anchor,
        kind: 'changed',
        before: beforeValue,
        ...(c.value === undefined ? {} : { after: c.value }),
      });
  }
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** The differences between two saved versions (`to` may be `'current'` for the document as it is now). */
export function compareVersions(doc: Y.Doc, from: string, to: string | 'current'): Difference[] | undefined {
  const a = getVersion(doc, from);
  const b = to === 'current' ? { json: toJson(doc) } : getVersion(doc, to);
  if (!a || !b) return undefined;
  return compareJson(a.json, b.json);
}

/**
 * Brings the masterplan back to a saved version, as a minimal change recorded in the history under `meta`'s
 * author (so the restore itself can be seen, and undone by restoring a later version). `undefined` when no
 * such version exists.
 */
export function restoreVersion(doc: Y.Doc, id: string, meta: EditMeta): Change[] | undefined {
  const v = getVersion(doc, id);
  return v ? applyJson(doc, v.json, meta) : undefined;
}
