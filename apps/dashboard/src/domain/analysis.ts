import {
  type Framework,
  formatPath,
  GMSC,
  type Masterplan,
  parseMasterplan,
  type ValidationIssue,
} from '@smartcity/model';
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
  /** Scores of `lastValid`. */
  scores: Scores | undefined;
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
    };
  }
  const keep = previous?.lastValid ? previous : undefined;
  return {
    source: doc,
    issues: r.issues,
    byPath,
    framework: keep?.framework ?? GMSC,
    valid: undefined,
    lastValid: keep?.lastValid,
    scores: keep?.scores,
  };
}
