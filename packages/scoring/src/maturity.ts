import type {
  ElementAssessment,
  Framework,
  Ladder,
  LocalizedText,
  MaturityAssessment,
  Provenance,
} from '@smartcity/model';
import {
  type Explanation,
  formatFixed,
  formatNumber,
  lazy,
  TOOLKIT_METHOD,
  weightedMeanFormula,
} from './explain.js';
import { round, weightedMean } from './stats.js';

/** The predicate an index earns on its ladder (e.g. SPBE "Baik" from 2.6). */
export interface PredicateResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** The predicate's lower bound (inclusive). */
  readonly min: number;
  readonly explain: Explanation;
}

/** One element's level. Missing elements are reported with `level: null`, never counted as 0. */
export interface ElementMaturity {
  readonly id: string;
  readonly name: LocalizedText;
  /** The element's dimension id. */
  readonly dimension: string;
  /** The element's weight inside its dimension. */
  readonly weight: number;
  /** The level on the ladder, or `null` when the element was not assessed. */
  readonly level: number | null;
  /** `assessed`: level given directly; `criteria`: derived from `criteriaMet`; `missing`: not assessed. */
  readonly source: 'assessed' | 'criteria' | 'missing';
  /** The level's name on the ladder (e.g. "Terdefinisi" / "Defined"). */
  readonly levelName: LocalizedText | null;
  /** The target level (the assessment's `target`, else the `defaultTarget` option), or `null`. */
  readonly target: number | null;
  /** `target − level` in levels (> 0: levels still to climb; ≤ 0: target reached); `null` without both. */
  readonly gap: number | null;
  /** How many pieces of evidence back the level. */
  readonly evidence: number;
  readonly explain: Explanation;
}

/**
 * Least share of elements (0–1) an assessment must fill for its maturity index to be trusted: 0.6, the same
 * share the toolkit asks of readiness answers. A toolkit default, configurable (`MaturityOptions.minCoverage`);
 * the ministry sets no such rule.
 */
export const DEFAULT_MATURITY_MIN_COVERAGE = 0.6;

/** How many of a framework's elements an assessment filled (for the overall index, or one dimension). */
export interface MaturityCoverage {
  /** Elements with a level (assessed directly or from criteria). */
  readonly filled: number;
  /** Elements the framework asks for (18 for GMSC; a dimension's own for a dimension). */
  readonly total: number;
  /** `filled / total`, 0–1; `null` when the framework asks for none. */
  readonly ratio: number | null;
  /** The least share trusted (`MaturityOptions.minCoverage`, default `DEFAULT_MATURITY_MIN_COVERAGE`). */
  readonly minimum: number;
  /** Whether too few elements were filled to trust the index: `ratio < minimum`, or nothing to fill. */
  readonly low: boolean;
  /** The warning to print beside the index when `low` ("insufficient coverage"), else `null`. */
  readonly warning: LocalizedText | null;
  readonly explain: Explanation;
}

/** An index on the ladder's range (0–5 for SPBE) with its reported rounding and predicate. */
export interface MaturityIndex {
  /** Weighted mean of levels, full precision; `null` when nothing below it was assessed. */
  readonly index: number | null;
  /** `index` rounded to `framework.maturity.decimals` (2 for SPBE), as reports show it. */
  readonly indexRounded: number | null;
  /** The predicate of the rounded index: the ladder predicate with the highest `min` ≤ it; `null` if none. */
  readonly predicate: PredicateResult | null;
  /** Weighted mean of the targets of the elements that have both a level and a target; `null` if none. */
  readonly target: number | null;
  /** Weighted mean of `target − level` over the same elements (levels still to climb); `null` if none. */
  readonly gap: number | null;
  /** `gap` rounded to `framework.maturity.decimals`. */
  readonly gapRounded: number | null;
  /** Elements filled of those asked: print it beside the index, and the warning when it is low. */
  readonly coverage: MaturityCoverage;
  /** Same as `coverage.low`: too few elements filled to trust this index. */
  readonly lowCoverage: boolean;
  readonly explain: Explanation;
}

/** A dimension: the weighted mean of its assessed elements (element weights). */
export interface DimensionMaturity extends MaturityIndex {
  readonly id: string;
  readonly name: LocalizedText;
  /** The dimension's weight in the overall index. */
  readonly weight: number;
  readonly elements: readonly ElementMaturity[];
  /** Ids of the dimension's elements that were not assessed. */
  readonly missing: readonly string[];
}

/** A maturity assessment scored: every element, each dimension and the overall index. */
export interface MaturityResult extends MaturityIndex {
  /** The year assessed. */
  readonly year: number;
  /** The ladder used, with its lowest and highest level. */
  readonly ladder: {
    readonly id: string;
    readonly name: LocalizedText;
    readonly min: number;
    readonly max: number;
    readonly provenance: Provenance;
  };
  /** Decimals of the rounded figures (`framework.maturity.decimals`). */
  readonly decimals: number;
  /** Dimensions in framework order. */
  readonly dimensions: readonly DimensionMaturity[];
  /** Ids of every element not assessed (also listed per dimension). */
  readonly missing: readonly string[];
}

/** Options of `scoreMaturity`. */
export interface MaturityOptions {
  /** Target level for elements whose assessment gives none (default: none, so no gap for them). */
  readonly defaultTarget?: number;
  /** Least share of elements filled (0–1) for a trusted index (default `DEFAULT_MATURITY_MIN_COVERAGE`). */
  readonly minCoverage?: number;
}

/** The coverage of `filled` of `total` elements against `minimum`; `scope` names what was counted. */
export function maturityCoverage(
  filled: number,
  total: number,
  minimum: number,
  scope: LocalizedText = { id: 'indeks kematangan', en: 'maturity index' },
): MaturityCoverage {
  const ratio = total > 0 ? filled / total : null;
  const low = ratio === null || ratio < minimum;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const result = {
    filled,
    total,
    ratio,
    minimum,
    low,
    warning: low
      ? {
          id: `Cakupan tidak memadai: ${scope.id} dihitung dari ${filled} dari ${total} elemen (${pct(ratio ?? 0)}), di bawah batas minimum ${pct(minimum)} (bawaan toolkit); jangan dibaca sebagai capaian daerah.`,
          en: `Insufficient coverage: the ${scope.en} rests on ${filled} of ${total} elements (${pct(ratio ?? 0)}), below the minimum of ${pct(minimum)} (toolkit default); do not read it as the region's level.`,
        }
      : null,
  };
  return lazy(result, 'explain', () => ({
    rule: {
      id: 'Cakupan = elemen yang diberi tingkat ÷ elemen kerangka. Cakupan di bawah batas minimum ditandai "cakupan tidak memadai" di samping indeks.',
      en: 'Coverage = elements given a level ÷ the framework’s elements. Coverage below the minimum is flagged "insufficient coverage" beside the index.',
    },
    inputs: [
      { label: { id: 'Diisi', en: 'Filled' }, value: filled },
      { label: { id: 'Elemen', en: 'Elements' }, value: total },
      { label: { id: 'Batas minimum', en: 'Minimum' }, value: minimum },
    ],
    formula:
      ratio === null
        ? `0 / 0 — ${formatNumber(minimum)}`
        : `${filled} / ${total} = ${formatFixed(ratio, 2)} ${low ? '<' : '≥'} ${formatNumber(minimum)}`,
    provenance: TOOLKIT_METHOD,
  }));
}

/** The ladder an assessment uses (its own, else the framework's default); throws when it does not exist. */
export function ladderOf(assessment: Pick<MaturityAssessment, 'ladder'>, framework: Framework): Ladder {
  const id = assessment.ladder ?? framework.maturity.defaultLadder;
  const ladder = framework.maturity.ladders.find((l) => l.id === id);
  if (!ladder) throw new RangeError(`Unknown maturity ladder "${id}" (validate the document first)`);
  return ladder;
}

/**
 * The level an element's criteria give: the highest level whose criteria, and those of every level below it,
 * are met. The ladder's lowest level is the floor (an element assessed by criteria is at least there).
 * Levels in `criteriaMet` above a gap do not count.
 */
export function levelFromCriteria(criteriaMet: readonly number[], ladder: Ladder): number {
  const met = new Set(criteriaMet);
  let level = ladder.levels[0]!.level;
  for (const l of ladder.levels.slice(1)) {
    if (!met.has(l.level)) break;
    level = l.level;
  }
  return level;
}

/** The predicate of a (rounded) index: the one with the highest `min` ≤ index; `null` for no predicates. */
export function predicateOf(
  indexRounded: number,
  ladder: Ladder,
  framework: Framework,
): PredicateResult | null {
  let best: Ladder['predicates'][number] | undefined;
  for (const p of ladder.predicates) if (p.min <= indexRounded && (!best || p.min > best.min)) best = p;
  if (!best) return null;
  const chosen = best;
  return lazy({ id: best.id, name: best.name, min: best.min }, 'explain', () => {
    const decimals = framework.maturity.decimals;
    const bounds = [...ladder.predicates].sort((a, b) => b.min - a.min);
    // The next predicate up, for the upper bound in the formula.
    const next = bounds.filter((p) => p.min > chosen.min).at(-1);
    return {
      rule: {
        id: 'Predikat = predikat dengan batas bawah tertinggi yang ≤ indeks (indeks dibulatkan seperti dilaporkan).',
        en: 'Predicate = the predicate with the highest lower bound ≤ the index (the index rounded as reported).',
      },
      inputs: bounds.map((p) => ({ label: p.name, value: p.min })),
      formula: `${formatNumber(chosen.min)} ≤ ${formatFixed(indexRounded, decimals)}${next ? ` < ${formatNumber(next.min)}` : ''} → ${chosen.name.id} / ${chosen.name.en}`,
      provenance: ladder.predicateProvenance ?? ladder.provenance,
    };
  });
}

function scoreElement(
  element: Framework['dimensions'][number]['elements'][number],
  dimension: string,
  assessment: ElementAssessment | undefined,
  ladder: Ladder,
  options: MaturityOptions,
): ElementMaturity {
  let level: number | null = null;
  let source: ElementMaturity['source'] = 'missing';
  // Copied now, so the explanation does not depend on the document after scoring.
  const criteriaMet = assessment?.criteriaMet ? [...assessment.criteriaMet] : undefined;
  if (typeof assessment?.current === 'number') {
    level = assessment.current;
    source = 'assessed';
  } else if (criteriaMet) {
    level = levelFromCriteria(criteriaMet, ladder);
    source = 'criteria';
  }
  const target = assessment?.target ?? options.defaultTarget ?? null;
  const gap = level !== null && target !== null ? target - level : null;
  const levelName = level === null ? null : (ladder.levels.find((l) => l.level === level)?.name ?? null);
  const result = {
    id: element.id,
    name: element.name,
    dimension,
    weight: element.weight,
    level,
    source,
    levelName,
    target,
    gap,
    evidence: assessment?.evidence.length ?? 0,
  };
  return lazy(result, 'explain', (): Explanation => {
    const inputs: Explanation['inputs'][number][] = [];
    let formula = '—';
    let rule: LocalizedText = {
      id: 'Elemen belum dinilai: dilaporkan sebagai tidak ada, tidak dihitung sebagai 0.',
      en: 'Element not assessed: reported as missing, not counted as 0.',
    };
    if (source === 'assessed') {
      rule = { id: 'Tingkat dinilai langsung.', en: 'Level assessed directly.' };
      inputs.push({ label: { id: 'Tingkat dinilai', en: 'Level assessed' }, value: level });
      formula = `${level}`;
    } else if (source === 'criteria') {
      const met = new Set(criteriaMet);
      rule = {
        id: 'Tingkat = tingkat tertinggi yang kriterianya dan semua tingkat di bawahnya terpenuhi (tingkat terendah tangga adalah batas bawah).',
        en: 'Level = the highest level whose criteria and those of every level below are met (the ladder’s lowest level is the floor).',
      };
      for (const l of ladder.levels)
        inputs.push({ label: l.name, value: met.has(l.level) ? 'met' : 'not-met' });
      formula = `{${[...met].sort((a, b) => a - b).join(', ')}} → ${level}`;
    }
    if (target !== null) inputs.push({ label: { id: 'Target', en: 'Target' }, value: target });
    if (gap !== null) formula += `; gap ${target} − ${level} = ${gap}`;
    return { rule, inputs, formula, provenance: ladder.provenance };
  });
}

interface Weighted {
  readonly name: LocalizedText;
  readonly weight: number;
  readonly value: number | null;
  readonly target: number | null;
  readonly gap: number | null;
}

/** The weighted means of values, of targets and of gaps, with rounding and predicate. */
interface Measure {
  readonly index: number | null;
  readonly indexRounded: number | null;
  readonly predicate: PredicateResult | null;
  readonly target: number | null;
  readonly gap: number | null;
  readonly gapRounded: number | null;
  readonly explain: () => Explanation;
}

function measure(
  parts: readonly Weighted[],
  rule: () => LocalizedText,
  ladder: Ladder,
  framework: Framework,
): Measure {
  const decimals = framework.maturity.decimals;
  const values: number[] = [];
  const weights: number[] = [];
  const targets: number[] = [];
  const gaps: number[] = [];
  const gapWeights: number[] = [];
  for (const p of parts) {
    if (p.value !== null) {
      values.push(p.value);
      weights.push(p.weight);
    }
    if (p.target !== null && p.gap !== null) {
      targets.push(p.target);
      gaps.push(p.gap);
      gapWeights.push(p.weight);
    }
  }
  const index = weightedMean(values, weights);
  const indexRounded = index === null ? null : round(index, decimals);
  const predicate = indexRounded === null ? null : predicateOf(indexRounded, ladder, framework);
  const gap = weightedMean(gaps, gapWeights);
  return {
    index,
    indexRounded,
    predicate,
    target: weightedMean(targets, gapWeights),
    gap,
    gapRounded: gap === null ? null : round(gap, decimals),
    explain: () => {
      let formula = weightedMeanFormula(values, weights, index, decimals);
      if (predicate) formula += ` → ${predicate.name.id} / ${predicate.name.en}`;
      if (gap !== null) formula += `; gap ${weightedMeanFormula(gaps, gapWeights, gap, decimals)}`;
      return {
        rule: rule(),
        inputs: parts.map((p) => ({ label: p.name, value: p.value, weight: p.weight })),
        formula,
        provenance: framework.maturity.aggregationProvenance,
      };
    },
  };
}

/** The rule of a dimension's index, written when it is read (a function of its own: it keeps only the name). */
function dimensionRule(name: LocalizedText): () => LocalizedText {
  return () => ({
    id: `Indeks dimensi "${name.id}" = rata-rata tertimbang tingkat elemen yang dinilai (bobot elemen); elemen yang belum dinilai tidak dihitung.`,
    en: `Dimension "${name.en}" index = weighted mean of the assessed elements' levels (element weights); unassessed elements are left out.`,
  });
}

const MATURITY_RULE: LocalizedText = {
  id: 'Indeks kematangan = rata-rata tertimbang indeks dimensi (bobot dimensi); dimensi tanpa elemen yang dinilai tidak dihitung.',
  en: 'Maturity index = weighted mean of the dimension indices (dimension weights); dimensions with no assessed element are left out.',
};

/**
 * Scores a maturity assessment on its ladder (SPBE capability levels, adopted, by default). Each element's
 * level is assessed directly (`current`) or derived from `criteriaMet` (see `levelFromCriteria`); a
 * dimension's index is the weighted mean of its assessed elements' levels (element weights, equal by
 * default) and the overall index the weighted mean of the dimensions that have an index (dimension
 * weights): 0–5 on the SPBE ladder, kept at full precision and rounded to `framework.maturity.decimals`.
 * The predicate is read from the rounded index. Unassessed elements are listed in `missing`, never counted
 * as 0, and `coverage` (filled ÷ asked, overall and per dimension) stands beside every index: below
 * `options.minCoverage` (toolkit default 0.6) the index is flagged `lowCoverage`, with a `warning` to print. Gaps are `target − level`. Throws only for a ladder the framework lacks (validate first).
 */
export function scoreMaturity(
  assessment: MaturityAssessment,
  framework: Framework,
  options: MaturityOptions = {},
): MaturityResult {
  const ladder = ladderOf(assessment, framework);
  const byElement = new Map<string, ElementAssessment>();
  for (const e of assessment.elements) if (!byElement.has(e.element)) byElement.set(e.element, e);
  const minimum = options.minCoverage ?? DEFAULT_MATURITY_MIN_COVERAGE;

  const dimensions: DimensionMaturity[] = framework.dimensions.map((d) => {
    const elements = d.elements.map((e) => scoreElement(e, d.id, byElement.get(e.id), ladder, options));
    const m = measure(
      elements.map((e) => ({ name: e.name, weight: e.weight, value: e.level, target: e.target, gap: e.gap })),
      dimensionRule(d.name),
      ladder,
      framework,
    );
    const missing = elements.filter((e) => e.level === null).map((e) => e.id);
    const coverage = maturityCoverage(elements.length - missing.length, elements.length, minimum, {
      id: `indeks dimensi "${d.name.id}"`,
      en: `"${d.name.en}" dimension index`,
    });
    const dimension = {
      id: d.id,
      name: d.name,
      weight: d.weight,
      elements,
      missing,
      index: m.index,
      indexRounded: m.indexRounded,
      predicate: m.predicate,
      target: m.target,
      gap: m.gap,
      gapRounded: m.gapRounded,
      coverage,
      lowCoverage: coverage.low,
    };
    return lazy(dimension, 'explain', m.explain);
  });

  const m = measure(
    dimensions.map((d) => ({ name: d.name, weight: d.weight, value: d.index, target: d.target, gap: d.gap })),
    () => MATURITY_RULE,
    ladder,
    framework,
  );
  const missing = dimensions.flatMap((d) => d.missing);
  const total = dimensions.reduce((n, d) => n + d.elements.length, 0);
  const coverage = maturityCoverage(total - missing.length, total, minimum);
  const result = {
    year: assessment.year,
    ladder: {
      id: ladder.id,
      name: ladder.name,
      min: ladder.levels[0]!.level,
      max: ladder.levels[ladder.levels.length - 1]!.level,
      provenance: ladder.provenance,
    },
    decimals: framework.maturity.decimals,
    dimensions,
    missing,
    index: m.index,
    indexRounded: m.indexRounded,
    predicate: m.predicate,
    target: m.target,
    gap: m.gap,
    gapRounded: m.gapRounded,
    coverage,
    lowCoverage: coverage.low,
  };
  return lazy(result, 'explain', m.explain);
}

/** The change of one figure between two assessments. */
export interface FigureChange {
  readonly id: string;
  readonly name: LocalizedText;
  /** The earlier value (full precision), or `null` when it was missing then. */
  readonly from: number | null;
  readonly to: number | null;
  /** `to − from` at full precision; `null` when either is missing. */
  readonly change: number | null;
  /** The change between the reported (rounded) values: `round(to) − round(from)`, rounded again. */
  readonly changeRounded: number | null;
}

/** How maturity changed between two assessments of different years. */
export interface MaturityChange {
  readonly fromYear: number;
  readonly toYear: number;
  /** `false` when the two used different ladders: the changes are then `null`. */
  readonly comparable: boolean;
  /** The overall index. */
  readonly overall: FigureChange;
  readonly dimensions: readonly FigureChange[];
  readonly elements: readonly FigureChange[];
  readonly explain: Explanation;
}

function change(
  id: string,
  name: LocalizedText,
  from: number | null,
  to: number | null,
  decimals: number,
  comparable: boolean,
): FigureChange {
  const ok = comparable && from !== null && to !== null;
  return {
    id,
    name,
    from,
    to,
    change: ok ? to - from : null,
    changeRounded: ok ? round(round(to, decimals) - round(from, decimals), decimals) : null,
  };
}

/**
 * The change between two scored assessments (order of the arguments does not matter: the earlier year is
 * `from`). Per element (levels), per dimension and overall (indices). Assessments on different ladders are
 * reported as not comparable.
 */
export function compareMaturity(a: MaturityResult, b: MaturityResult): MaturityChange {
  const [prev, next] = a.year <= b.year ? [a, b] : [b, a];
  const comparable = prev.ladder.id === next.ladder.id;
  const d = next.decimals;
  const prevDims = new Map(prev.dimensions.map((x) => [x.id, x]));
  const prevElements = new Map(prev.dimensions.flatMap((x) => x.elements).map((e) => [e.id, e]));
  const overall = change(
    'overall',
    { id: 'Keseluruhan', en: 'Overall' },
    prev.index,
    next.index,
    d,
    comparable,
  );
  const fmt = (x: number | null) => (x === null ? '—' : formatFixed(x, d));
  return {
    fromYear: prev.year,
    toYear: next.year,
    comparable,
    overall,
    dimensions: next.dimensions.map((x) =>
      change(x.id, x.name, prevDims.get(x.id)?.index ?? null, x.index, d, comparable),
    ),
    elements: next.dimensions
      .flatMap((x) => x.elements)
      .map((e) => change(e.id, e.name, prevElements.get(e.id)?.level ?? null, e.level, d, comparable)),
    explain: {
      rule: comparable
        ? {
            id: 'Perubahan = nilai tahun akhir − nilai tahun awal (indeks yang dilaporkan, dibulatkan).',
            en: 'Change = later value − earlier value (the reported, rounded indices).',
          }
        : {
            id: 'Dua penilaian memakai tangga berbeda, sehingga tidak dapat dibandingkan.',
            en: 'The two assessments use different ladders, so they cannot be compared.',
          },
      inputs: [
        { label: { id: `Indeks ${prev.year}`, en: `Index ${prev.year}` }, value: prev.indexRounded },
        { label: { id: `Indeks ${next.year}`, en: `Index ${next.year}` }, value: next.indexRounded },
      ],
      formula:
        overall.changeRounded === null
          ? '—'
          : `${fmt(next.indexRounded)} − ${fmt(prev.indexRounded)} = ${formatFixed(overall.changeRounded, d)}`,
      provenance: next.ladder.provenance,
    },
  };
}
