import type { Difference } from '@smartcity/collab';
import { formatPath, issue, type ValidationIssue } from '@smartcity/model';
import type { Scope } from './security.js';

/** Whether an editor with `scope` may write at `path` of the masterplan `json` (an empty scope: everywhere). */
export function inScope(scope: Scope, path: ReadonlyArray<string | number>, json: unknown): boolean {
  const sections = scope.sections ?? [];
  const opds = scope.opds ?? [];
  if (sections.length === 0 && opds.length === 0) return true;
  const top = path[0];
  if (typeof top === 'string' && sections.includes(top)) return true;
  if (top === 'programmes' && typeof path[1] === 'number' && opds.length) {
    const programmes = (json as { programmes?: { owner?: string }[] }).programmes ?? [];
    const owner = programmes[path[1]]?.owner;
    return owner !== undefined && opds.includes(owner);
  }
  return false;
}

/**
 * The differences an editor's scope does not allow, as problems (in Bahasa Indonesia and English, with the
 * path). A programme is in an OPD editor's scope when its `owner` is one of the editor's OPDs, before the
 * change (editing it) and after it (adding one).
 */
export function outOfScope(
  scope: Scope,
  differences: readonly Difference[],
  before: unknown,
  after?: unknown,
): ValidationIssue[] {
  const where = [
    ...(scope.sections ?? []).map((s) => s),
    ...(scope.opds ?? []).map((o) => `programmes[owner=${o}]`),
  ].join(', ');
  return differences
    .filter((d) => !inScope(scope, d.path, before) && !(after !== undefined && inScope(scope, d.path, after)))
    .map((d) =>
      issue(
        d.path,
        'invalid',
        `Di luar bagian yang ditugaskan kepada Anda: ${formatPath(d.path)} (Anda boleh menulis: ${where}).`,
        `Outside the sections assigned to you: ${formatPath(d.path)} (you may write: ${where}).`,
      ),
    );
}
