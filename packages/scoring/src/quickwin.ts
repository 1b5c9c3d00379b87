import type { BudgetLine, Framework, LocalizedText, Programme } from '@smartcity/model';
import { type Explanation, formatFixed, formatNumber, lazy, weightedMeanFormula } from './explain.js';
import { quadrantOf } from './rules.js';
import { compareIds, round, weightedMean } from './stats.js';

/** A quadrant of the impact/effort matrix. */
export type QuadrantId = Framework['quickWin']['quadrants'][number]['id'];

/** A candidate's rating on one criterion. */
export interface CriterionRating {
  readonly id: string;
  readonly name: LocalizedText;
  /** The criterion's weight (from `framework.quickWin.criteria`). */
  readonly weight: number;
  readonly axis: 'impact' | 'effort';
  readonly higherIsBetter: boolean;
  /** The rating given (on `framework.quickWin.scale`, 1–5), or `null` when not rated. */
  readonly rating: number | null;
  /** The rating oriented so that higher is better: `rating`, or `min + max − rating` when lower is better. */
  readonly oriented: number | null;
}

/** A quick-win candidate scored and placed on the impact/effort matrix. */
export interface QuickWinCandidate {
  readonly id: string;
  readonly name: string;
  /** The owning OPD's id. */
  readonly owner: string;
  readonly dimension: string;
  readonly ratings: readonly CriterionRating[];
  /** Ids of the framework's criteria the candidate is not rated on (left out of its means). */
  readonly missing: readonly string[];
  /** Weighted mean of the oriented ratings (criterion weights), on the quick-win scale; `null` if unrated. */
  readonly score: number | null;
  /** `score` rounded to `framework.maturity.decimals`. */
  readonly scoreRounded: number | null;
  /** Weighted mean of the impact-axis criteria, oriented so higher = more impact; `null` if none rated. */
  readonly impact: number | null;
  /** Weighted mean of the effort-axis criteria, oriented so higher = more effort; `null` if none rated. */
  readonly effort: number | null;
  /** The quadrant ("high" = ≥ `framework.quickWin.quadrantThreshold`); `null` without impact and effort. */
  readonly quadrant: QuadrantId | null;
  readonly quadrantName: LocalizedText | null;
  /** Budget of the programme in the first `framework.quickWin.years` plan years, in rupiah. */
  readonly cost: number;
  /** The calendar years `cost` covers (inclusive). */
  readonly costYears: { readonly from: number; readonly to: number };
  /**
   * The plan years of the quick-win window (1 … `framework.quickWin.years`) the programme runs in as planned
   * (`startYear`–`endYear`); empty when it starts after the window (then it is no quick win).
   */
  readonly windowYears: readonly number[];
  readonly explain: {
    readonly score: Explanation;
    readonly impact: Explanation;
    readonly effort: Explanation;
    readonly quadrant: Explanation;
    readonly cost: Explanation;
  };
}

/** The plan years quick wins are delivered in: the first `framework.quickWin.years` of the period. */
export function quickWinYears(periodStart: number, framework: Framework): { from: number; to: number } {
  return { from: periodStart, to: periodStart + framework.quickWin.years - 1 };
}

/**
 * The plan years of the quick-win window (official: the first one or two years; `framework.quickWin.years`)
 * that a programme running from `start` to `end` (calendar years) is active in. A programme starting in plan
 * year 6 gets none: it is not a quick win.
 */
export function windowYears(start: number, end: number, periodStart: number, framework: Framework): number[] {
  const out: number[] = [];
  for (let y = 1; y <= framework.quickWin.years; y++) {
    const calendar = periodStart + y - 1;
    if (calendar >= start && calendar <= end) out.push(y);
  }
  return out;
}

/** A programme's budget in the given calendar years (inclusive), in rupiah; order of lines is irrelevant. */
export function budgetIn(programme: Pick<Programme, 'budget'>, from: number, to: number): number {
  const amounts: number[] = [];
  for (const b of programme.budget) if (b.year >= from && b.year <= to) amounts.push(b.amount);
  return sumInAnyOrder(amounts);
}

/**
 * The sum of amounts, the same whatever their order: added in ascending order. Whole, non-negative amounts
 * whose total stays within 2^53 (every budget in rupiah) add up exactly in any order, so they skip the sort.
 */
function sumInAnyOrder(amounts: number[]): number {
  let total = 0;
  let exact = true;
  for (const a of amounts) {
    total += a;
    if (!(Number.isInteger(a) && a >= 0)) exact = false;
  }
  if (exact && total <= Number.MAX_SAFE_INTEGER) return total;
  amounts.sort((a, b) => a - b);
  total = 0;
  for (const a of amounts) total += a;
  return total;
}

function axisMean(
  ratings: readonly CriterionRating[],
  axis: 'impact' | 'effort',
  f: Framework,
): { value: number | null; values: number[]; weights: number[] } {
  const { min, max } = f.quickWin.scale;
  const values: number[] = [];
  const weights: number[] = [];
  for (const r of ratings) {
    if (r.axis !== axis || r.rating === null) continue;
    // Impact: higher = more impact, i.e. the "better" orientation. Effort: higher = more effort, i.e. a
    // criterion where higher is better (feasibility) is inverted, one where lower is better (cost) is not.
    const v = axis === 'impact' ? r.oriented! : r.higherIsBetter ? min + max - r.rating : r.rating;
    values.push(v);
    weights.push(r.weight);
  }
  return { value: weightedMean(values, weights), values, weights };
}

const QUADRANT_RULE: LocalizedText = {
  id: 'Kuadran: dampak tinggi & upaya rendah = quick win; dampak tinggi & upaya tinggi = proyek besar; dampak rendah & upaya rendah = pengisi; dampak rendah & upaya tinggi = tugas tanpa imbalan ("tinggi" = ≥ ambang kerangka).',
  en: 'Quadrant: high impact & low effort = quick win; high impact & high effort = major project; low impact & low effort = fill-in; low impact & high effort = thankless task ("high" = ≥ the framework threshold).',
};

/** The quadrant of an impact/effort pair; "high" = ≥ `threshold` (see `rules.ts`, its owner). */
export { quadrantOf } from './rules.js';

/**
 * Scores one programme as a quick-win candidate (toolkit default method, `framework.quickWin`): the score is
 * the weighted mean of its ratings after inverting the criteria where lower is better (`v' = min + max − v`);
 * impact and effort are the weighted means of each axis' criteria, oriented so higher means more impact and
 * more effort; the quadrant compares both with `quadrantThreshold`. Unrated criteria are left out and
 * listed in `missing`. `cost` is the programme's budget in the first `quickWin.years` years from
 * `periodStart`.
 */
export function scoreQuickWin(
  programme: Programme,
  periodStart: number,
  framework: Framework,
): QuickWinCandidate {
  const f = framework;
  const decimals = f.maturity.decimals;
  const given = programme.quickWin ?? {};
  const { min, max } = f.quickWin.scale;
  const ratings: CriterionRating[] = [];
  const missing: string[] = [];
  for (const c of f.quickWin.criteria) {
    const rating = given[c.id] ?? null;
    ratings.push({
      id: c.id,
      name: c.name,
      weight: c.weight,
      axis: c.axis,
      higherIsBetter: c.higherIsBetter,
      rating,
      oriented: rating === null ? null : c.higherIsBetter ? rating : min + max - rating,
    });
    if (rating === null) missing.push(c.id);
  }
  const s = scoreTerms(ratings);
  const score = weightedMean(s.values, s.weights);
  const impact = axisMean(ratings, 'impact', f).value;
  const effort = axisMean(ratings, 'effort', f).value;
  const threshold = f.quickWin.quadrantThreshold;
  const quadrant = impact === null || effort === null ? null : quadrantOf(impact, effort, threshold);
  const quadrantName =
    quadrant === null ? null : (f.quickWin.quadrants.find((q) => q.id === quadrant)?.name ?? null);
  const years = quickWinYears(periodStart, f);
  // Copied now, so the explanation does not depend on the document after scoring.
  const costLines: BudgetLine[] = [];
  const amounts: number[] = [];
  for (const b of programme.budget)
    if (b.year >= years.from && b.year <= years.to) {
      costLines.push({ year: b.year, source: b.source, amount: b.amount });
      amounts.push(b.amount);
    }
  const cost = sumInAnyOrder(amounts);
  const result = {
    id: programme.id,
    name: programme.name,
    owner: programme.owner,
    dimension: programme.dimension,
    ratings,
    missing,
    score,
    scoreRounded: score === null ? null : round(score, decimals),
    impact,
    effort,
    quadrant,
    quadrantName,
    cost,
    costYears: years,
    windowYears: windowYears(programme.startYear, programme.endYear, periodStart, f),
  };
  return lazy(result, 'explain', candidateExplanation(ratings, score, quadrant, years, cost, costLines, f));
}

/** The terms of the quick-win score: each rated criterion's oriented rating and weight, in framework order. */
function scoreTerms(ratings: readonly CriterionRating[]): { values: number[]; weights: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (const r of ratings)
    if (r.rating !== null) {
      values.push(r.oriented!);
      weights.push(r.weight);
    }
  return { values, weights };
}

/**
 * The explanations of a candidate, built on first read from the figures computed for it (a function of its
 * own, so that it keeps only those, not the document).
 */
function candidateExplanation(
  ratings: readonly CriterionRating[],
  score: number | null,
  quadrant: QuadrantId | null,
  years: { readonly from: number; readonly to: number },
  cost: number,
  costLines: readonly BudgetLine[],
  f: Framework,
): () => QuickWinCandidate['explain'] {
  return () => {
    const decimals = f.maturity.decimals;
    const threshold = f.quickWin.quadrantThreshold;
    const s = scoreTerms(ratings);
    const impact = axisMean(ratings, 'impact', f);
    const effort = axisMean(ratings, 'effort', f);
    const { min, max } = f.quickWin.scale;
    const inputs = ratings.map((r) => ({ label: r.name, value: r.rating, weight: r.weight }));
    const axisInputs = (axis: 'impact' | 'effort') =>
      ratings
        .filter((r) => r.axis === axis)
        .map((r) => ({ label: r.name, value: r.rating, weight: r.weight }));
    const inverted = (axis: 'impact' | 'effort' | 'score') =>
      ratings
        .filter((r) =>
          axis === 'score'
            ? !r.higherIsBetter
            : r.axis === axis && (axis === 'impact' ? !r.higherIsBetter : r.higherIsBetter),
        )
        .map((r) => r.name);
    const invertedNote = (axis: 'impact' | 'effort' | 'score', locale: 'id' | 'en') => {
      const names = inverted(axis).map((n) => n[locale]);
      if (names.length === 0) return '';
      return locale === 'id'
        ? ` Dibalik (v' = ${formatNumber(min)} + ${formatNumber(max)} − v): ${names.join(', ')}.`
        : ` Inverted (v' = ${formatNumber(min)} + ${formatNumber(max)} − v): ${names.join(', ')}.`;
    };
    const fmt = (x: number | null) => (x === null ? '—' : formatFixed(x, decimals));
    const provenance = f.quickWin.provenance;
    return {
      score: {
        rule: {
          id: `Skor quick win = rata-rata tertimbang penilaian kriteria (bobot kriteria), kriteria "lebih rendah lebih baik" dibalik.${invertedNote('score', 'id')}`,
          en: `Quick-win score = weighted mean of the criterion ratings (criterion weights), criteria where lower is better inverted.${invertedNote('score', 'en')}`,
        },
        inputs,
        formula: weightedMeanFormula(s.values, s.weights, score, decimals),
        provenance,
      },
      impact: {
        rule: {
          id: `Dampak = rata-rata tertimbang kriteria sumbu dampak, diarahkan agar makin tinggi makin berdampak.${invertedNote('impact', 'id')}`,
          en: `Impact = weighted mean of the impact-axis criteria, oriented so higher means more impact.${invertedNote('impact', 'en')}`,
        },
        inputs: axisInputs('impact'),
        formula: weightedMeanFormula(impact.values, impact.weights, impact.value, decimals),
        provenance,
      },
      effort: {
        rule: {
          id: `Upaya = rata-rata tertimbang kriteria sumbu upaya, diarahkan agar makin tinggi makin besar upayanya.${invertedNote('effort', 'id')}`,
          en: `Effort = weighted mean of the effort-axis criteria, oriented so higher means more effort.${invertedNote('effort', 'en')}`,
        },
        inputs: axisInputs('effort'),
        formula: weightedMeanFormula(effort.values, effort.weights, effort.value, decimals),
        provenance,
      },
      quadrant: {
        rule: QUADRANT_RULE,
        inputs: [
          { label: { id: 'Dampak', en: 'Impact' }, value: impact.value },
          { label: { id: 'Upaya', en: 'Effort' }, value: effort.value },
          { label: { id: 'Ambang', en: 'Threshold' }, value: threshold },
        ],
        formula:
          quadrant === null
            ? '—'
            : `${fmt(impact.value)} ${impact.value! >= threshold ? '≥' : '<'} ${formatNumber(threshold)}, ${fmt(effort.value)} ${effort.value! >= threshold ? '≥' : '<'} ${formatNumber(threshold)} → ${quadrant}`,
        provenance,
      },
      cost: {
        rule: {
          id: `Biaya quick win = anggaran program pada ${f.quickWin.years} tahun pertama rencana (${years.from}–${years.to}).`,
          en: `Quick-win cost = the programme's budget in the plan's first ${f.quickWin.years} years (${years.from}–${years.to}).`,
        },
        inputs: costLines.map((b) => ({
          label: { id: `${b.year} ${b.source}`, en: `${b.year} ${b.source}` },
          value: b.amount,
        })),
        formula:
          costLines.length === 0
            ? '0'
            : `${costLines.map((b) => formatNumber(b.amount)).join(' + ')} = ${formatNumber(cost)}`,
        provenance,
      },
    };
  };
}

/**
 * Scores every programme that carries quick-win ratings (`programme.quickWin`), in id order. Programmes
 * without ratings are not candidates.
 */
export function scoreQuickWins(
  programmes: readonly Programme[],
  periodStart: number,
  framework: Framework,
): QuickWinCandidate[] {
  return programmes
    .filter((p) => p.quickWin !== undefined)
    .map((p) => scoreQuickWin(p, periodStart, framework))
    .sort((a, b) => compareIds(a.id, b.id));
}
