/**
 * The toolkit's small rules that charts and apps apply too: rounding, quantiles and the quick-win quadrant.
 * Owned here, one copy each; this subpath (`@smartcity/scoring/rules`) loads nothing else at run time (no
 * zod, no model), so the charts can use it.
 */
export { quantileSorted, round } from './stats.js';

/** A quadrant of the impact/effort matrix (the ids of `framework.quickWin.quadrants`). */
export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless-task';

/**
 * The quadrant of an impact/effort pair; "high" = ≥ `threshold` (`framework.quickWin.quadrantThreshold`):
 * high impact and low effort is a quick win, high and high a major project, low and low a fill-in, low impact
 * and high effort a thankless task.
 */
export function quadrantOf(impact: number, effort: number, threshold: number): Quadrant {
  const hi = impact >= threshold;
  const he = effort >= threshold;
  return hi ? (he ? 'major-project' : 'quick-win') : he ? 'thankless-task' : 'fill-in';
}
