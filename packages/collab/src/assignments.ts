import { type ParseResult, parseMasterplan, type ValidationIssue } from '@smartcity/model';
import type * as Y from 'yjs';
import { type Anchor, anchorOf, anchorWithin, type Path, resolveAnchor } from './anchors.js';
import { type Author, type EditMeta, ROOTS, toJson } from './doc.js';
import { newId } from './ids.js';

/** Where an assigned section stands, as its assignee reports it. */
export type AssignmentStatus = 'todo' | 'in-progress' | 'done';

/** Who fills which section of the masterplan. */
export interface Assignment {
  readonly id: string;
  /** The section (e.g. `['readiness']`, or one programme), following the item when lists change. */
  readonly anchor: Anchor;
  /** Member id of the assignee. */
  readonly assignee: string;
  readonly assignedBy: Author;
  /** ISO 8601 time of the assignment. */
  readonly at: string;
  readonly status: AssignmentStatus;
  /** Optional due date (ISO 8601 date). */
  readonly due?: string;
}

/** One assignee's progress over the sections assigned to them. */
export interface AssigneeProgress {
  readonly assignee: string;
  readonly sections: number;
  readonly done: number;
  readonly inProgress: number;
  /** Filled fields (a value that is not `null` nor an empty string) over all fields of the sections. */
  readonly filledFields: number;
  readonly fields: number;
  /** Validation problems the model reports inside the assigned sections. */
  readonly problems: number;
}

function assignmentsOf(doc: Y.Doc): Y.Map<Assignment> {
  return doc.getMap(ROOTS.assignments);
}

/** Assigns the section at `path` to a member; returns the assignment's id. */
export function assign(
  doc: Y.Doc,
  path: Path,
  assignee: string,
  meta: EditMeta,
  options: { due?: string } = {},
): string {
  const a: Assignment = {
    id: newId(doc),
    anchor: anchorOf(doc.getMap(ROOTS.masterplan), path),
    assignee,
    assignedBy: meta.author,
    at: (meta.at ?? new Date()).toISOString(),
    status: 'todo',
    ...(options.due ? { due: options.due } : {}),
  };
  doc.transact(() => assignmentsOf(doc).set(a.id, a), meta);
  return a.id;
}

/** Removes an assignment. */
export function unassign(doc: Y.Doc, id: string, meta: EditMeta): boolean {
  if (!assignmentsOf(doc).has(id)) return false;
  doc.transact(() => assignmentsOf(doc).delete(id), meta);
  return true;
}

/** Sets an assignment's status. */
export function setAssignmentStatus(
  doc: Y.Doc,
  id: string,
  status: AssignmentStatus,
  meta: EditMeta,
): boolean {
  const a = assignmentsOf(doc).get(id);
  if (!a) return false;
  doc.transact(() => assignmentsOf(doc).set(id, { ...a, status }), meta);
  return true;
}

/** Every assignment (of one member when `assignee` is given), oldest first, with where its section is now. */
export function listAssignments(doc: Y.Doc, assignee?: string): (Assignment & { path: Path | undefined })[] {
  const json = toJson(doc);
  return [...assignmentsOf(doc).values()]
    .filter((a) => assignee === undefined || a.assignee === assignee)
    .map((a) => ({ ...a, path: resolveAnchor(json, a.anchor) }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

function countFields(v: unknown): { filled: number; fields: number } {
  if (Array.isArray(v) || (v && typeof v === 'object')) {
    let filled = 0;
    let fields = 0;
    for (const x of Object.values(v as object)) {
      const c = countFields(x);
      filled += c.filled;
      fields += c.fields;
    }
    return { filled, fields };
  }
  return { filled: v === null || v === undefined || v === '' ? 0 : 1, fields: 1 };
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/**
 * Each assignee's progress: sections done and in progress (as reported), the fields filled in them and the
 * model's validation problems found inside them. `parsed` may pass an existing `parseMasterplan` result.
 */
export function assignmentProgress(doc: Y.Doc, parsed?: ParseResult<unknown>): AssigneeProgress[] {
  const json = toJson(doc);
  const issues: readonly ValidationIssue[] = (parsed ?? parseMasterplan(json)).issues;
  const issueAnchors = issues.map((i) => anchorOf(json, i.path));
  const by = new Map<
    string,
    {
      sections: number;
      done: number;
      inProgress: number;
      filledFields: number;
      fields: number;
      problems: number;
    }
  >();
  for (const a of assignmentsOf(doc).values()) {
    const p = by.get(a.assignee) ?? {
      sections: 0,
      done: 0,
      inProgress: 0,
      filledFields: 0,
      fields: 0,
      problems: 0,
    };
    p.sections++;
    if (a.status === 'done') p.done++;
    if (a.status === 'in-progress') p.inProgress++;
    const path = resolveAnchor(json, a.anchor);
    if (path) {
      const c = countFields(valueAt(json, path));
      p.filledFields += c.filled;
      p.fields += c.fields;
    }
    p.problems += issueAnchors.filter((x) => anchorWithin(x, a.anchor)).length;
    by.set(a.assignee, p);
  }
  return [...by.entries()]
    .map(([assignee, p]) => ({ assignee, ...p }))
    .sort((a, b) => a.assignee.localeCompare(b.assignee));
}
