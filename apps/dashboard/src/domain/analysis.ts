import {
  type Framework,
  formatPath,
  GMSC,
  type Masterplan,
  parseMasterplan,
  type ValidationIssue,
} from '@smartcity/model';
import { type Path, setAt } from './paths.js';
import { type Scores, scoreDocument } from './scores.js';

/** What the dashboard knows about the open document: its problems and, when valid, its scores. */
export interface Analysis {
  /** The document checked (identity), to tell stale results apart. */
  source: unknown;
  issues: readonly ValidationIssue[];
  /** Issues by `formatPath` of their path. */
  byPath: ReadonlyMap<string, readonly ValidationIssue[]>;
  /** The framework the document answers (the default one when the document names none known). */
  framework: Framework;
  /** The document with defaults applied, when it is valid now. */
  valid: Masterplan | undefined;
  /** The last valid version (this one, or an earlier one while the current text has problems). */
  lastValid: Masterplan | undefined;
  /**
   * Scores of the document as it is, when it is valid; while it has problems, of the document without the
   * values that have them (so the sections without a problem keep their scores, `partial`), else of
   * `lastValid`.
   */
  scores: Scores | undefined;
  /** Whether `scores` were computed without the values that have problems. */
  partial: boolean;
  /** Top-level sections with a problem (`profile`, `maturity`, `programmes` …): their scores are not to be trusted. */
  problemSections: ReadonlySet<string>;
}

const HEADER = new Set(['kind', 'schemaVersion', 'framework', 'region', 'period']);

/** Compacts arrays that lost items (removed values leave holes), everywhere in a JSON value. */
function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(compact);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]));
  return v;
}

/**
 * The document without the values that have problems: each problem's value is removed (an optional field
 * then simply goes); where that is not enough (a required field), its container goes, one level up each
 * round. `undefined` when nothing valid is left (a problem at the root or in the header).
 */
export function withoutProblems(
  doc: unknown,
  issues: readonly ValidationIssue[],
): { document: Masterplan; framework: Framework } | undefined {
  let current = doc;
  let pending = issues;
  const tries = new Map<string, number>();
  for (let round = 0; round < 12; round++) {
    let next = current;
    for (const i of pending) {
      const key = formatPath(i.path);
      const n = (tries.get(key) ?? 0) + 1;
      tries.set(key, n);
      const path: Path = i.path.slice(0, Math.max(0, i.path.length - (n - 1)));
      // The header (kind, schema version, framework, region) and the root cannot be done without.
      if (path.length === 0 || HEADER.has(String(path[0]))) return undefined;
      next = setAt(next, path, undefined);
    }
    current = compact(next);
    const r = parseMasterplan(current);
    if (r.ok) return r.value;
    pending = r.issues;
  }
  return undefined;
}

/** Checks a working document and scores its last valid version. */
export function analyse(doc: unknown, previous: Analysis | undefined): Analysis {
  const r = parseMasterplan(doc);
  const byPath = new Map<string, ValidationIssue[]>();
  for (const i of r.issues) {
    const key = formatPath(i.path);
    const list = byPath.get(key);
    if (list) list.push(i);
    else byPath.set(key, [i]);
  }
  if (r.ok) {
    const { document, framework } = r.value;
    return {
      source: doc,
      issues: [],
      byPath,
      framework,
      valid: document,
      lastValid: document,
      scores: scoreDocument(document, framework),
      partial: false,
      problemSections: new Set(),
    };
  }
  const problemSections = new Set(r.issues.map((i) => String(i.path[0] ?? '')));
  // One bad value (an e-mail on the profile) must not blank every score: score the rest.
  const rest = withoutProblems(doc, r.issues);
  const keep = previous?.lastValid ? previous : undefined;
  return {
    source: doc,
    issues: r.issues,
    byPath,
    framework: rest?.framework ?? keep?.framework ?? GMSC,
    valid: undefined,
    lastValid: keep?.lastValid,
    scores: rest ? scoreDocument(rest.document, rest.framework) : keep?.scores,
    partial: rest !== undefined,
    problemSections,
  };
}
