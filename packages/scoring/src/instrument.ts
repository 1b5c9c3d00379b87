import {
  BUILTIN_INSTRUMENTS,
  type Instrument,
  type InstrumentDimension,
  type InstrumentRegistry,
  type InstrumentSubIndicator,
  instrumentQuestions,
  type LocalizedText,
  onInstrumentScale,
  type Provenance,
  type SelfAssessment,
} from '@smartcity/model';
import { type Explanation, formatFixed, formatNumber, weightedMeanFormula } from './explain.js';
import { round } from './stats.js';

// The ministry's evaluation scored from question values: a dimension is the plain mean of its answered
// questions (0 = not evaluated is left out), the index the weighted sum of the dimension scores with the
// instrument's weights. Every figure carries its coverage and an explanation down to the question.

/** One question's value as the scoring reads it. */
export interface QuestionValue {
  readonly question: string;
  /** The region's own value (1–4, 0 = not evaluated). */
  readonly value: number;
  /** The assessors' validated value, when there is one. */
  readonly validated?: number;
  /** How many pieces of supporting evidence the answer carries. */
  readonly evidence?: number;
}

/** How many questions a figure rests on. */
export interface EvaluationCoverage {
  /** Questions in the figure's scope. */
  readonly questions: number;
  /** Questions with a value on the scale (1–4). */
  readonly answered: number;
  /** Answered questions with at least one piece of evidence. */
  readonly withEvidence: number;
  /** Questions valued 0 (not evaluated) or not answered at all. */
  readonly notEvaluated: number;
  /** `answered / questions` (0–1); `null` for an empty scope. */
  readonly ratio: number | null;
}

/** One question's result. */
export interface QuestionResult {
  readonly id: string;
  readonly text: LocalizedText;
  readonly dimension: string;
  readonly indicator: string;
  readonly subIndicator: string;
  /** The value scored (see `EvaluationBasis`), `null` when not evaluated. */
  readonly value: number | null;
  /** The region's own value, `null` when not answered or 0. */
  readonly own: number | null;
  /** The assessors' validated value, `null` when there is none or it is 0. */
  readonly validated: number | null;
  readonly evidence: number;
  /**
   * What one more point on this question adds to the index: the dimension's weight divided by the number of
   * answered questions in its dimension (counting this one). Shows which questions weigh most.
   */
  readonly indexWeight: number;
}

/** One dimension's result. */
export interface InstrumentDimensionResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** Its share of the index (0–1). */
  readonly weight: number;
  /** Mean of the answered question values, full precision; `null` when none is answered. */
  readonly score: number | null;
  /** `score` rounded to the instrument's decimals (2). */
  readonly scoreRounded: number | null;
  readonly coverage: EvaluationCoverage;
  readonly questions: readonly QuestionResult[];
  readonly explain: Explanation;
}

/** Which value of a question is scored. */
export type EvaluationBasis =
  /** The assessors' validated value where there is one, else the region's own (the final result). */
  | 'final'
  /** The region's own values only (the predicted index of a self-assessment). */
  | 'own';

/** An instrument's index for one region. */
export interface InstrumentResult {
  readonly instrument: {
    readonly id: string;
    readonly version: string;
    readonly year: number;
    readonly title: LocalizedText;
    readonly provenance: Provenance;
  };
  readonly basis: EvaluationBasis;
  /** Σ weight × dimension score, full precision (a dimension without a score counts 0); `null` when nothing is scored. */
  readonly index: number | null;
  /** `index` rounded to the instrument's decimals, as the ministry publishes it. */
  readonly indexRounded: number | null;
  readonly dimensions: readonly InstrumentDimensionResult[];
  readonly coverage: EvaluationCoverage;
  /** Dimensions without any answered question. */
  readonly missing: readonly string[];
  readonly explain: Explanation;
}

function coverageOf(qs: readonly QuestionResult[]): EvaluationCoverage {
  const answered = qs.filter((q) => q.value !== null);
  return {
    questions: qs.length,
    answered: answered.length,
    withEvidence: answered.filter((q) => q.evidence > 0).length,
    notEvaluated: qs.length - answered.length,
    ratio: qs.length > 0 ? answered.length / qs.length : null,
  };
}

function coverageText(c: EvaluationCoverage): LocalizedText {
  return {
    id: `${c.answered} dari ${c.questions} pertanyaan dijawab, ${c.withEvidence} dengan data dukung`,
    en: `${c.answered} of ${c.questions} questions answered, ${c.withEvidence} with evidence`,
  };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Builds a dimension's result from its questions' results (also used for dimension-only results). */
function dimensionResult(
  d: InstrumentDimension,
  questions: readonly QuestionResult[],
  decimals: number,
  provenance: Provenance,
  given?: number | null,
): InstrumentDimensionResult {
  const values = questions.flatMap((q) => (q.value === null ? [] : [q.value]));
  const score = given !== undefined ? given : mean(values);
  const coverage = coverageOf(questions);
  const c = coverageText(coverage);
  return {
    id: d.id,
    name: d.name,
    weight: d.weight,
    score,
    scoreRounded: score === null ? null : round(score, decimals),
    coverage,
    questions,
    explain:
      given !== undefined
        ? {
            rule: {
              id: `Skor dimensi ${d.name.id} sebagaimana diberikan (tanpa nilai per pertanyaan).`,
              en: `The ${d.name.en} score as given (no question values).`,
            },
            inputs: [{ label: d.name, value: score }],
            formula: score === null ? '—' : formatFixed(score, decimals),
            provenance,
          }
        : {
            rule: {
              id: `Skor dimensi = rata-rata nilai pertanyaan yang dijawab (0 = tidak dievaluasi, tidak dihitung); ${c.id}.`,
              en: `Dimension score = mean of the answered question values (0 = not evaluated, left out); ${c.en}.`,
            },
            inputs: questions.map((q) => ({ label: q.text, value: q.value })),
            formula: weightedMeanFormula(
              values,
              values.map(() => 1),
              score,
              decimals,
            ),
            provenance,
          },
  };
}

function indexResult(
  x: Instrument,
  basis: EvaluationBasis,
  dimensions: readonly InstrumentDimensionResult[],
): InstrumentResult {
  const scored = dimensions.filter((d) => d.score !== null);
  const index = scored.length === 0 ? null : dimensions.reduce((s, d) => s + d.weight * (d.score ?? 0), 0);
  const missing = dimensions.filter((d) => d.score === null).map((d) => d.id);
  const all = dimensions.flatMap((d) => d.questions);
  const coverage: EvaluationCoverage =
    all.length > 0
      ? coverageOf(all)
      : { questions: 0, answered: 0, withEvidence: 0, notEvaluated: 0, ratio: null };
  const terms = dimensions.map((d) => `${formatNumber(d.weight)}×${formatNumber(d.score ?? 0)}`);
  const title = x.title;
  return {
    instrument: { id: x.id, version: x.version, year: x.year, title, provenance: x.provenance },
    basis,
    index,
    indexRounded: index === null ? null : round(index, x.decimals),
    dimensions,
    coverage,
    missing,
    explain: {
      rule: {
        id: `Indeks = Σ bobot × skor dimensi (${title.id})${missing.length ? `; tanpa skor, dihitung 0: ${missing.join(', ')}` : ''}${all.length ? `; ${coverageText(coverage).id}` : ''}.`,
        en: `Index = Σ weight × dimension score (${title.en})${missing.length ? `; no score, counted as 0: ${missing.join(', ')}` : ''}${all.length ? `; ${coverageText(coverage).en}` : ''}.`,
      },
      inputs: dimensions.map((d) => ({ label: d.name, value: d.score, weight: d.weight })),
      formula: index === null ? '—' : `${terms.join(' + ')} = ${formatFixed(index, x.decimals)}`,
      provenance: x.provenance,
    },
  };
}

const onScale = (v: number | undefined, x: Instrument): v is number =>
  v !== undefined && Number.isFinite(v) && v !== x.scale.notEvaluated && onInstrumentScale(v, x);

/**
 * Scores question values on an instrument: each dimension the mean of its answered questions, the index
 * the weighted sum. Values off the scale are left out like 0 (validate the document first: the model
 * reports them). Unknown question ids are ignored.
 */
export function scoreQuestionValues(
  values: readonly QuestionValue[],
  instrument: Instrument,
  basis: EvaluationBasis = 'final',
): InstrumentResult {
  const x = instrument;
  const byId = new Map(values.map((v) => [v.question, v]));
  const perDimension = new Map<string, QuestionResult[]>();
  const answeredIn = new Map<string, number>();
  const flat = instrumentQuestions(x);
  const pick = (v: QuestionValue | undefined) => {
    if (!v) return { own: null, validated: null, value: null };
    const own = onScale(v.value, x) ? v.value : null;
    const validated = onScale(v.validated, x) ? v.validated : null;
    const value = basis === 'final' && v.validated !== undefined ? validated : own;
    return { own, validated, value };
  };
  for (const { question, dimension } of flat)
    if (pick(byId.get(question.id)).value !== null)
      answeredIn.set(dimension.id, (answeredIn.get(dimension.id) ?? 0) + 1);
  for (const { question, dimension, indicator, subIndicator } of flat) {
    const v = byId.get(question.id);
    const { own, validated, value } = pick(v);
    const n = (answeredIn.get(dimension.id) ?? 0) + (value === null ? 1 : 0);
    const list = perDimension.get(dimension.id) ?? [];
    list.push({
      id: question.id,
      text: question.text,
      dimension: dimension.id,
      indicator: indicator.id,
      subIndicator: subIndicator.id,
      value,
      own,
      validated,
      evidence: v?.evidence ?? 0,
      indexWeight: dimension.weight / n,
    });
    perDimension.set(dimension.id, list);
  }
  const dims = x.dimensions.map((d) =>
    dimensionResult(d, perDimension.get(d.id) ?? [], x.decimals, x.provenance),
  );
  return indexResult(x, basis, dims);
}

/**
 * The index from dimension scores alone (a results table, published figures): Σ weight × score. A
 * dimension without a score, or with 0 (not evaluated), counts 0 and is listed in `missing`.
 */
export function scoreDimensionScores(
  scores: Readonly<Record<string, number>>,
  instrument: Instrument,
): InstrumentResult {
  const x = instrument;
  const dims = x.dimensions.map((d) => {
    const s = scores[d.id];
    return dimensionResult(d, [], x.decimals, x.provenance, onScale(s, x) ? s : null);
  });
  return indexResult(x, 'final', dims);
}

/** The instrument a self-assessment answers, from a registry; throws for an unknown one (validate first). */
export function instrumentOf(
  ref: { readonly id: string; readonly version: string },
  instruments: InstrumentRegistry = BUILTIN_INSTRUMENTS,
): Instrument {
  const x = instruments.get(ref.id, ref.version);
  if (!x) throw new RangeError(`Unknown evaluation instrument "${ref.id}@${ref.version}" (validate first)`);
  return x;
}

/** Scores a self-assessment (the `assessment` of a `smartcity.self-assessment` document). */
export function scoreSelfAssessment(
  assessment: SelfAssessment,
  options: { readonly basis?: EvaluationBasis; readonly instruments?: InstrumentRegistry } = {},
): InstrumentResult {
  const x = instrumentOf(assessment.instrument, options.instruments);
  return scoreQuestionValues(
    assessment.answers.map((a) => ({
      question: a.question,
      value: a.value,
      ...(a.validated ? { validated: a.validated.value } : {}),
      evidence: a.evidence.length,
    })),
    x,
    options.basis,
  );
}

/** What raising one question would add to the index. */
export interface EvaluationGain {
  readonly question: string;
  readonly text: LocalizedText;
  readonly dimension: string;
  /** The value now (`null` = not evaluated). */
  readonly from: number | null;
  /** The value assumed: the top of the scale. */
  readonly to: number;
  /** The index rise, full precision. */
  readonly gain: number;
}

/**
 * The questions whose raise to the top of the scale would add most to the index, largest first (ties in
 * form order): for an answered question w × (max − v) / n, for an unanswered one the rise of its dimension's
 * mean when it is answered at the top, × w. `limit` defaults to 10.
 */
export function evaluationGains(
  result: InstrumentResult,
  instrument: Instrument,
  limit = 10,
): EvaluationGain[] {
  const max = instrument.scale.max;
  const gains: EvaluationGain[] = [];
  for (const d of result.dimensions) {
    const n = d.coverage.answered;
    const m = d.score ?? 0;
    for (const q of d.questions) {
      const gain =
        q.value === null
          ? (d.weight * (n * m + max)) / (n + 1) - d.weight * m
          : (d.weight * (max - q.value)) / n;
      if (gain > 1e-12)
        gains.push({ question: q.id, text: q.text, dimension: d.id, from: q.value, to: max, gain });
    }
  }
  return gains
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.gain - a.g.gain || a.i - b.i)
    .slice(0, limit)
    .map(({ g }) => g);
}

/** The sub-indicators of an instrument, with the dimension and indicator they sit in. */
export function subIndicatorsOf(
  instrument: Instrument,
): { dimension: string; indicator: string; subIndicator: InstrumentSubIndicator }[] {
  return instrument.dimensions.flatMap((d) =>
    d.indicators.flatMap((i) =>
      i.subIndicators.map((s) => ({ dimension: d.id, indicator: i.id, subIndicator: s })),
    ),
  );
}
