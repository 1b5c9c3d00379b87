import type {
  EvaluationBody,
  EvaluationWeightSet,
  Framework,
  InstrumentRegistry,
  LocalizedText,
  PublishedEvaluation,
} from '@smartcity/model';
import { type Explanation, weightedMeanFormula } from './explain.js';
import { type InstrumentResult, instrumentOf, scoreDimensionScores } from './instrument.js';
import { round, weightedMean } from './stats.js';

/** One dimension of the ministry's evaluation (Baseline, Output, Outcome, Impact, Quick Win). */
export interface EvaluationDimensionResult {
  readonly id: string;
  readonly name: LocalizedText;
  /** Its weight in the weight set used (a share, 0–1). */
  readonly weight: number;
  /** The score on the evaluation scale (0–5 for GMSC), or `null` when the evaluation gives none. */
  readonly score: number | null;
}

/** The ministry's results index for one year. */
export interface EvaluationResult {
  readonly year: number;
  /** The weight set used (e.g. the 2021 guideline's Baseline 10%, Output 20%, Outcome 30%, Impact 30%, Quick Win 10%). */
  readonly weightSet: Pick<EvaluationWeightSet, 'id' | 'name' | 'provenance'>;
  /** The evaluation scale (`framework.evaluation.scale`, 0–5 for GMSC). */
  readonly scale: { readonly min: number; readonly max: number };
  /** Σ weight × score ÷ Σ weight over the scored dimensions, full precision; `null` when none is scored. */
  readonly index: number | null;
  /** `index` rounded to `framework.maturity.decimals` (2), as the ministry reports it (e.g. 3.10). */
  readonly indexRounded: number | null;
  /** Dimensions in framework order. */
  readonly dimensions: readonly EvaluationDimensionResult[];
  /** Ids of the dimensions without a score; when any is missing the index is over the others only. */
  readonly missing: readonly string[];
  readonly explain: Explanation;
  /** The ministry's instrument the scores answer (format-2 evaluations), absent for a 0–5 evaluation. */
  readonly instrument?: InstrumentResult['instrument'];
  /** The figures the ministry published, as the evaluation carries them. */
  readonly published?: PublishedEvaluation;
}

/** Options of `scoreEvaluation`. */
export interface EvaluationOptions {
  /** Weight set to use instead of the evaluation's own (default: the evaluation's, else the framework's default). */
  readonly weightSet?: string;
  /** Where to find the evaluation's instrument (default: the built-in instruments). */
  readonly instruments?: InstrumentRegistry;
}

/**
 * The ministry's evaluation index (official, 2021 guideline): the weighted mean of the five dimension scores
 * with the weights of the chosen weight set — since the weights add up to 1, Σ weight × score. A dimension
 * without a score is listed in `missing` and the remaining weights are rescaled (the index says so in its
 * explanation). Throws only for a weight set the framework lacks (validate first).
 */
export function scoreEvaluation(
  evaluation: EvaluationBody,
  framework: Framework,
  options: EvaluationOptions = {},
): EvaluationResult {
  if (evaluation.instrument) return scoreInstrumentEvaluation(evaluation, options);
  const f = framework;
  const setId = options.weightSet ?? evaluation.weightSet ?? f.evaluation.defaultWeightSet;
  const set = f.evaluation.weightSets.find((w) => w.id === setId);
  if (!set) throw new RangeError(`Unknown evaluation weight set "${setId}" (validate the document first)`);
  const decimals = f.maturity.decimals;
  const dimensions = f.evaluation.dimensions.map((d) => {
    const score = evaluation.scores[d.id];
    return { id: d.id, name: d.name, weight: set.weights[d.id] ?? 0, score: score ?? null };
  });
  const scored = dimensions.filter((d) => d.score !== null);
  const values = scored.map((d) => d.score!);
  const weights = scored.map((d) => d.weight);
  const index = weightedMean(values, weights);
  const missing = dimensions.filter((d) => d.score === null).map((d) => d.id);
  return {
    year: evaluation.year,
    weightSet: { id: set.id, name: set.name, provenance: set.provenance },
    scale: { min: f.evaluation.scale.min, max: f.evaluation.scale.max },
    index,
    indexRounded: index === null ? null : round(index, decimals),
    dimensions,
    missing,
    explain: {
      rule:
        missing.length === 0
          ? {
              id: `Indeks evaluasi = Σ bobot × skor dimensi (set bobot "${set.name.id}").`,
              en: `Evaluation index = Σ weight × dimension score (weight set "${set.name.en}").`,
            }
          : {
              id: `Indeks evaluasi = rata-rata tertimbang dimensi yang memiliki skor (set bobot "${set.name.id}"); tanpa skor: ${missing.join(', ')}.`,
              en: `Evaluation index = weighted mean of the dimensions that have a score (weight set "${set.name.en}"); no score: ${missing.join(', ')}.`,
            },
      inputs: dimensions.map((d) => ({ label: d.name, value: d.score, weight: d.weight })),
      formula: weightedMeanFormula(values, weights, index, decimals),
      provenance: set.provenance,
    },
  };
}

/**
 * An evaluation on one of the ministry's instruments: Σ weight × dimension score with the instrument's
 * weights (a dimension without a score counts 0, as the ministry's weighted sum does, and is listed in
 * `missing`).
 */
function scoreInstrumentEvaluation(evaluation: EvaluationBody, options: EvaluationOptions): EvaluationResult {
  const x = instrumentOf(evaluation.instrument!, options.instruments);
  const r = scoreDimensionScores(evaluation.scores, x);
  return {
    year: evaluation.year,
    weightSet: { id: x.id, name: x.title, provenance: x.provenance },
    scale: { min: x.scale.min, max: x.scale.max },
    index: r.index,
    indexRounded: r.indexRounded,
    dimensions: r.dimensions.map((d) => ({ id: d.id, name: d.name, weight: d.weight, score: d.score })),
    missing: r.missing,
    explain: r.explain,
    instrument: r.instrument,
    ...(evaluation.published ? { published: evaluation.published } : {}),
  };
}
