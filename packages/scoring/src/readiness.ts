import type {
  AnswerValue,
  Aspect,
  Framework,
  LocalizedText,
  Pillar,
  ReadinessAnswer,
  ReadinessAssessment,
} from '@smartcity/model';
import { type Explanation, formatFixed, formatNumber, lazy, weightedMeanFormula } from './explain.js';
import { clamp, weightedMean } from './stats.js';

/**
 * How much of a questionnaire was answered. "Not applicable" leaves an item out of `asked`; "unknown" and a
 * missing answer stay in `asked` but not in `answered`, so they lower coverage without touching the score.
 */
export interface Coverage {
  /** Items in scope, less those answered "not applicable". */
  readonly asked: number;
  /** Items answered with a number on the scale. */
  readonly answered: number;
  /** Items answered "unknown". */
  readonly unknown: number;
  /** Items with no answer at all. */
  readonly unanswered: number;
  /** Items answered "not applicable" (left out of `asked`). */
  readonly notApplicable: number;
  /** `answered / asked`, a share 0–1; `null` when nothing was asked. */
  readonly ratio: number | null;
  /** The framework's minimum share (`readiness.minCoverage`, 0–1) a trusted score needs. */
  readonly minimum: number;
  /** Whether coverage is too low to trust the score: `ratio < minimum`, or nothing asked. */
  readonly low: boolean;
  readonly explain: Explanation;
}

/** A readiness figure: the mean on the framework's scale, the 0–100 index and its coverage. */
export interface ReadinessFigure {
  /** Weighted mean on the framework's scale (1–5 for GMSC); `null` when nothing was answered. */
  readonly mean: number | null;
  /** `(mean − scale.min) / (scale.max − scale.min) × 100`, 0–100; `null` when nothing was answered. */
  readonly index: number | null;
  readonly coverage: Coverage;
  /** Same as `coverage.low`: too little answered to trust this figure. */
  readonly lowCoverage: boolean;
  readonly explain: Explanation;
}

/** One questionnaire item and its answer. */
export interface ReadinessItemResult {
  readonly id: string;
  readonly text: LocalizedText;
  readonly weight: number;
  /** The answer: a number on the scale, `not-applicable`, `unknown`, or `null` when not answered. */
  readonly value: AnswerValue | null;
  /** How many pieces of evidence back the answer. */
  readonly evidence: number;
}

/** An aspect: the weighted mean of its answered items (item weights). */
export interface AspectReadiness extends ReadinessFigure {
  readonly id: string;
  readonly name: LocalizedText;
  /** The aspect's weight inside its pillar. */
  readonly weight: number;
  readonly items: readonly ReadinessItemResult[];
}

/** A pillar: the weighted mean of its aspects that have a score (aspect weights). */
export interface PillarReadiness extends ReadinessFigure {
  readonly id: string;
  readonly name: LocalizedText;
  /** The pillar's weight in the overall index. */
  readonly weight: number;
  /** Whether the pillar is scored because it is on by default (`default`) or the assessment switched it on. */
  readonly enabledBy: 'default' | 'assessment';
  readonly aspects: readonly AspectReadiness[];
}

/** Readiness overall (weighted mean of the enabled pillars that have a score), with every pillar and aspect. */
export interface ReadinessResult extends ReadinessFigure {
  /** The date of the assessment (ISO `YYYY-MM-DD`). */
  readonly assessedOn: string;
  /** The answer scale (from `framework.readiness.scale`). */
  readonly scale: { readonly min: number; readonly max: number };
  /** The enabled pillars, in framework order. */
  readonly pillars: readonly PillarReadiness[];
  /** Ids of the pillars not scored (off by default, or switched off by the assessment). */
  readonly disabledPillars: readonly string[];
}

interface Counts {
  asked: number;
  answered: number;
  unknown: number;
  unanswered: number;
  notApplicable: number;
}

const zero = (): Counts => ({ asked: 0, answered: 0, unknown: 0, unanswered: 0, notApplicable: 0 });

function add(a: Counts, b: Counts): Counts {
  return {
    asked: a.asked + b.asked,
    answered: a.answered + b.answered,
    unknown: a.unknown + b.unknown,
    unanswered: a.unanswered + b.unanswered,
    notApplicable: a.notApplicable + b.notApplicable,
  };
}

function coverage(c: Counts, f: Framework, decimals: number): Coverage {
  const minimum = f.readiness.minCoverage;
  const ratio = c.asked > 0 ? c.answered / c.asked : null;
  const low = ratio === null || ratio < minimum;
  const result = {
    asked: c.asked,
    answered: c.answered,
    unknown: c.unknown,
    unanswered: c.unanswered,
    notApplicable: c.notApplicable,
    ratio,
    minimum,
    low,
  };
  return lazy(result, 'explain', () => ({
    rule: {
      id: 'Cakupan = butir dijawab dengan angka ÷ butir ditanyakan (butir "tidak berlaku" tidak ditanyakan; "tidak diketahui" dan yang kosong tetap ditanyakan). Cakupan di bawah batas minimum kerangka ditandai.',
      en: 'Coverage = items answered with a number ÷ items asked ("not applicable" items are not asked; "unknown" and blank ones are). Coverage below the framework\'s minimum is flagged.',
    },
    inputs: [
      { label: { id: 'Dijawab', en: 'Answered' }, value: c.answered },
      { label: { id: 'Tidak diketahui', en: 'Unknown' }, value: c.unknown },
      { label: { id: 'Belum dijawab', en: 'Unanswered' }, value: c.unanswered },
      { label: { id: 'Tidak berlaku', en: 'Not applicable' }, value: c.notApplicable },
      { label: { id: 'Batas minimum', en: 'Minimum' }, value: minimum },
    ],
    formula:
      ratio === null
        ? `0 / 0 — ${formatNumber(minimum)}`
        : `${c.answered} / ${c.asked} = ${formatFixed(ratio, decimals)} ${low ? '<' : '≥'} ${formatNumber(minimum)}`,
    provenance: f.readiness.coverageProvenance,
  }));
}

/** The mean's formula followed by the step to the 0–100 index. */
function formulaWithIndex(
  values: number[],
  weights: number[],
  mean: number | null,
  index: number | null,
  f: Framework,
  decimals: number,
): string {
  if (mean === null || index === null) return '—';
  const { min, max } = f.readiness.scale;
  return `${weightedMeanFormula(values, weights, mean, decimals)}; (${formatNumber(mean)} − ${formatNumber(min)}) / (${formatNumber(max)} − ${formatNumber(min)}) × 100 = ${formatFixed(index, decimals)}`;
}

function toIndex(mean: number | null, f: Framework): number | null {
  if (mean === null) return null;
  const { min, max } = f.readiness.scale;
  const x = ((mean - min) / (max - min)) * 100;
  return clamp(x, 0, 100);
}

function scoreAspect(
  aspect: Aspect,
  answers: ReadonlyMap<string, ReadinessAnswer>,
  f: Framework,
  decimals: number,
): AspectReadiness {
  const counts = zero();
  const values: number[] = [];
  const weights: number[] = [];
  const items: ReadinessItemResult[] = [];
  for (const item of aspect.items) {
    const answer = answers.get(item.id);
    const value = answer ? answer.value : null;
    items.push({
      id: item.id,
      text: item.text,
      weight: item.weight,
      value,
      evidence: answer?.evidence.length ?? 0,
    });
    if (value === 'not-applicable') {
      counts.notApplicable++;
      continue;
    }
    counts.asked++;
    if (value === null) counts.unanswered++;
    else if (value === 'unknown') counts.unknown++;
    else {
      counts.answered++;
      values.push(value);
      weights.push(item.weight);
    }
  }
  const mean = weightedMean(values, weights);
  const index = toIndex(mean, f);
  const cov = coverage(counts, f, decimals);
  const result = {
    id: aspect.id,
    name: aspect.name,
    weight: aspect.weight,
    items,
    mean,
    index,
    coverage: cov,
    lowCoverage: cov.low,
  };
  return lazy(result, 'explain', () => ({
    rule: {
      id: `Aspek "${aspect.name.id}" = rata-rata tertimbang butir yang dijawab dengan angka (bobot butir); indeks 0–100 = (rata-rata − min) / (max − min) × 100.`,
      en: `Aspect "${aspect.name.en}" = weighted mean of the items answered with a number (item weights); index 0–100 = (mean − min) / (max − min) × 100.`,
    },
    inputs: items.map((i) => ({ label: i.text, value: i.value, weight: i.weight })),
    formula: formulaWithIndex(values, weights, mean, index, f, decimals),
    provenance: f.readiness.provenance,
  }));
}

interface Part {
  readonly name: LocalizedText;
  readonly weight: number;
  readonly mean: number | null;
  readonly coverage: Coverage;
}

/** Weighted mean of parts that have a mean, with coverage added up over all parts. */
function combine(parts: readonly Part[], f: Framework, decimals: number) {
  const values: number[] = [];
  const weights: number[] = [];
  let counts = zero();
  for (const p of parts) {
    counts = add(counts, p.coverage);
    if (p.mean !== null) {
      values.push(p.mean);
      weights.push(p.weight);
    }
  }
  const mean = weightedMean(values, weights);
  const index = toIndex(mean, f);
  const cov = coverage(counts, f, decimals);
  return {
    mean,
    index,
    coverage: cov,
    lowCoverage: cov.low,
    inputs: () => parts.map((p) => ({ label: p.name, value: p.mean, weight: p.weight })),
    formula: () => formulaWithIndex(values, weights, mean, index, f, decimals),
  };
}

/**
 * Scores a readiness assessment (toolkit default method, see `framework.readiness.provenance`):
 * aspect = weighted mean of its items answered with a number (item weights); pillar = weighted mean of its
 * aspects that have a score (aspect weights); overall = weighted mean of the enabled pillars that have a
 * score (pillar weights). Each figure also as a 0–100 index, linear from the scale:
 * `(mean − min) / (max − min) × 100`. Pillars are on when `enabledByDefault` unless the assessment's
 * `pillars` record switches them. Coverage (answered of asked) stands beside every figure and is flagged
 * below `framework.readiness.minCoverage`. Answers to unknown items or to disabled pillars are ignored; if
 * an item is answered twice, the first answer counts.
 */
export function scoreReadiness(assessment: ReadinessAssessment, framework: Framework): ReadinessResult {
  const f = framework;
  const decimals = f.maturity.decimals;
  const answers = new Map<string, ReadinessAnswer>();
  for (const a of assessment.answers) if (!answers.has(a.item)) answers.set(a.item, a);

  const pillars: PillarReadiness[] = [];
  const disabledPillars: string[] = [];
  for (const pillar of f.readiness.pillars) {
    const switched = assessment.pillars[pillar.id];
    const enabled = switched ?? pillar.enabledByDefault;
    if (!enabled) {
      disabledPillars.push(pillar.id);
      continue;
    }
    const enabledBy =
      switched === undefined || switched === pillar.enabledByDefault ? 'default' : 'assessment';
    pillars.push(scorePillar(pillar, enabledBy, answers, f, decimals));
  }

  const overall = combine(pillars, f, decimals);
  const result = {
    assessedOn: assessment.assessedOn,
    scale: { min: f.readiness.scale.min, max: f.readiness.scale.max },
    pillars,
    disabledPillars,
    mean: overall.mean,
    index: overall.index,
    coverage: overall.coverage,
    lowCoverage: overall.lowCoverage,
  };
  return lazy(result, 'explain', () => ({
    rule: {
      id: 'Indeks kesiapan = rata-rata tertimbang pilar aktif yang memiliki nilai (bobot pilar); indeks 0–100 = (rata-rata − min) / (max − min) × 100.',
      en: 'Readiness = weighted mean of the enabled pillars that have a score (pillar weights); index 0–100 = (mean − min) / (max − min) × 100.',
    },
    inputs: overall.inputs(),
    formula: overall.formula(),
    provenance: f.readiness.provenance,
  }));
}

function scorePillar(
  pillar: Pillar,
  enabledBy: 'default' | 'assessment',
  answers: ReadonlyMap<string, ReadinessAnswer>,
  f: Framework,
  decimals: number,
): PillarReadiness {
  const aspects = pillar.aspects.map((a) => scoreAspect(a, answers, f, decimals));
  const c = combine(aspects, f, decimals);
  const result = {
    id: pillar.id,
    name: pillar.name,
    weight: pillar.weight,
    enabledBy,
    aspects,
    mean: c.mean,
    index: c.index,
    coverage: c.coverage,
    lowCoverage: c.lowCoverage,
  };
  return lazy(result, 'explain', () => ({
    rule: {
      id: `Pilar "${pillar.name.id}" = rata-rata tertimbang aspek yang memiliki nilai (bobot aspek); indeks 0–100 = (rata-rata − min) / (max − min) × 100.`,
      en: `Pillar "${pillar.name.en}" = weighted mean of its aspects that have a score (aspect weights); index 0–100 = (mean − min) / (max − min) × 100.`,
    },
    inputs: c.inputs(),
    formula: c.formula(),
    provenance: f.readiness.provenance,
  }));
}
