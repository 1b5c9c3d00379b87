import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, ProvenanceSchema, text, YearSchema } from './common.js';
import { FRAMEWORK_VERSION_PATTERN } from './patterns.js';

const Weight = z.number().min(0).max(1000);

/** A numeric answer scale, e.g. the readiness questionnaire's 1–5. */
export const ScaleSchema = z
  .object({
    min: z.number(),
    max: z.number(),
    /** Labels of the scale's points (e.g. 1 "Sangat rendah" … 5 "Sangat tinggi"). */
    labels: z
      .array(z.object({ value: z.number(), label: LocalizedTextSchema }).strict())
      .max(20)
      .default([]),
  })
  .strict();

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    weight: Weight.default(1),
  })
  .strict();

export const ElementSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** Weight inside its dimension (equal weights by default: a plain mean). */
    weight: Weight.default(1),
    indicators: z.array(IndicatorSchema).max(100).default([]),
  })
  .strict();

export const DimensionSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** Weight in the overall maturity index (equal weights by default). */
    weight: Weight.default(1),
    provenance: ProvenanceSchema,
    elements: z.array(ElementSchema).min(1).max(50),
  })
  .strict();

export const QuestionSchema = z
  .object({
    id: IdSchema,
    text: LocalizedTextSchema,
    help: LocalizedTextSchema.optional(),
    weight: Weight.default(1),
  })
  .strict();

export const AspectSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    weight: Weight.default(1),
    items: z.array(QuestionSchema).min(1).max(100),
  })
  .strict();

export const PillarSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    weight: Weight.default(1),
    /** Whether the pillar is scored unless an assessment says otherwise. */
    enabledByDefault: z.boolean().default(true),
    provenance: ProvenanceSchema,
    aspects: z.array(AspectSchema).min(1).max(50),
  })
  .strict();

export const ReadinessSchema = z
  .object({
    provenance: ProvenanceSchema,
    scale: ScaleSchema,
    /** Share of asked items (0–1) that must be answered before a score is trusted. */
    minCoverage: z.number().min(0).max(1),
    coverageProvenance: ProvenanceSchema,
    pillars: z.array(PillarSchema).min(1).max(20),
  })
  .strict();

export const LevelSchema = z
  .object({
    level: z.number().int().min(0).max(20),
    id: IdSchema,
    name: LocalizedTextSchema,
    criterion: LocalizedTextSchema,
  })
  .strict();

export const PredicateSchema = z
  .object({
    id: IdSchema,
    /** Lowest index (inclusive) that earns this predicate. */
    min: z.number(),
    name: LocalizedTextSchema,
  })
  .strict();

export const LadderSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    provenance: ProvenanceSchema,
    levels: z.array(LevelSchema).min(2).max(21),
    /** Predicates of an index, highest first or in any order; each is earned from its `min` upwards. */
    predicates: z.array(PredicateSchema).max(20).default([]),
    predicateProvenance: ProvenanceSchema.optional(),
  })
  .strict();

export const MaturitySchema = z
  .object({
    defaultLadder: IdSchema,
    ladders: z.array(LadderSchema).min(1).max(10),
    /** Decimals an index is reported with (SPBE reports two). */
    decimals: z.number().int().min(0).max(6),
    aggregationProvenance: ProvenanceSchema,
  })
  .strict();

export const EvaluationWeightSetSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** Weight of each evaluation dimension, as shares that add up to 1. */
    weights: z.record(IdSchema, z.number().min(0).max(1)),
    provenance: ProvenanceSchema,
  })
  .strict();

export const EvaluationSchema = z
  .object({
    provenance: ProvenanceSchema,
    scale: ScaleSchema,
    dimensions: z
      .array(z.object({ id: IdSchema, name: LocalizedTextSchema, description: LocalizedTextSchema }).strict())
      .min(1)
      .max(20),
    defaultWeightSet: IdSchema,
    weightSets: z.array(EvaluationWeightSetSchema).min(1).max(20),
  })
  .strict();

export const QuickWinCriterionSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    weight: Weight,
    /** Whether a higher rating is better (impact) or worse (cost). */
    higherIsBetter: z.boolean(),
    /** Which axis of the impact/effort matrix the criterion feeds. */
    axis: z.enum(['impact', 'effort']),
  })
  .strict();

export const QuickWinSchema = z
  .object({
    provenance: ProvenanceSchema,
    definitionProvenance: ProvenanceSchema,
    definition: LocalizedTextSchema,
    scale: ScaleSchema,
    criteria: z.array(QuickWinCriterionSchema).min(1).max(20),
    /** Impact and effort at or above this value count as "high" in the quadrant matrix. */
    quadrantThreshold: z.number(),
    /** Quick wins are delivered in the first `years` years of the plan. */
    years: z.number().int().min(1).max(5),
    quadrants: z
      .array(
        z
          .object({
            id: z.enum(['quick-win', 'major-project', 'fill-in', 'thankless-task']),
            name: LocalizedTextSchema,
          })
          .strict(),
      )
      .length(4),
  })
  .strict();

export const LiteracyNationalSchema = z
  .object({
    year: YearSchema,
    index: z.number(),
    /** Pillar values; `null` where the source publishes none for that year. */
    pillars: z.record(IdSchema, z.number().nullable()),
  })
  .strict();

export const LiteracySchema = z
  .object({
    provenance: ProvenanceSchema,
    scale: ScaleSchema,
    pillars: z
      .array(z.object({ id: IdSchema, name: LocalizedTextSchema }).strict())
      .min(1)
      .max(20),
    national: z.array(LiteracyNationalSchema).max(50),
    targetGroups: z.array(z.object({ id: IdSchema, name: LocalizedTextSchema }).strict()).max(50),
  })
  .strict();

export const PhaseSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** First plan year of the phase (year 1 = the plan's first year). */
    fromYear: z.number().int().min(1),
    /** Last plan year of the phase, inclusive. */
    toYear: z.number().int().min(1),
  })
  .strict();

export const RoadmapSchema = z
  .object({
    provenance: ProvenanceSchema,
    horizonProvenance: ProvenanceSchema,
    /** Shortest and longest plan, in years. */
    horizon: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict(),
    phases: z.array(PhaseSchema).min(1).max(10),
  })
  .strict();

const Texts = z.record(IdSchema, LocalizedTextSchema);

/**
 * Guidance on every judgement, keyed by ladder, element and level id: what each level means for each
 * element, and what to do to reach it (the improvement for the step from the level below). Readiness
 * items carry their help in `help`.
 */
export const GuidanceSchema = z
  .object({
    provenance: ProvenanceSchema,
    /** `levels[ladder][element][level]`: what the level means for the element. */
    levels: z.record(IdSchema, z.record(IdSchema, Texts)).default({}),
    /** `improvements[ladder][element][level]`: how to reach the level from the one below. */
    improvements: z.record(IdSchema, z.record(IdSchema, Texts)).default({}),
  })
  .strict();

const NamedOption = z.object({ id: IdSchema, name: LocalizedTextSchema }).strict();

/** A versioned framework definition: everything scoring reads, as data. */
export const FrameworkSchema = z
  .object({
    kind: z.literal('smartcity.framework'),
    id: IdSchema,
    /** The framework's version, e.g. `2021.1`. */
    version: z.string().max(32).regex(FRAMEWORK_VERSION_PATTERN),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    provenance: ProvenanceSchema,
    dimensions: z.array(DimensionSchema).min(1).max(20),
    readiness: ReadinessSchema,
    maturity: MaturitySchema,
    evaluation: EvaluationSchema,
    quickWin: QuickWinSchema,
    literacy: LiteracySchema,
    roadmap: RoadmapSchema,
    fundingSources: z
      .object({ provenance: ProvenanceSchema, options: z.array(NamedOption).min(1).max(30) })
      .strict(),
    innovationKinds: z
      .object({ provenance: ProvenanceSchema, options: z.array(NamedOption).min(1).max(30) })
      .strict(),
    programmeSources: z
      .object({ provenance: ProvenanceSchema, options: z.array(NamedOption).min(1).max(30) })
      .strict(),
    report: z
      .object({
        provenance: ProvenanceSchema,
        chapters: z
          .array(z.object({ id: IdSchema, numeral: text(10), title: LocalizedTextSchema }).strict())
          .min(1)
          .max(30),
      })
      .strict(),
    guidance: GuidanceSchema.optional(),
    notes: z.array(LocalizedTextSchema).max(50).default([]),
  })
  .strict();

/** A framework as written in a file (defaults not yet applied). */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
/** A parsed framework, with defaults applied. */
export type Framework = z.output<typeof FrameworkSchema>;
export type Dimension = Framework['dimensions'][number];
export type Element = Dimension['elements'][number];
export type Pillar = Framework['readiness']['pillars'][number];
export type Aspect = Pillar['aspects'][number];
export type Question = Aspect['items'][number];
export type Ladder = Framework['maturity']['ladders'][number];
export type Level = Ladder['levels'][number];
export type Predicate = Ladder['predicates'][number];
export type EvaluationWeightSet = Framework['evaluation']['weightSets'][number];
export type QuickWinCriterion = Framework['quickWin']['criteria'][number];
export type GuidanceInput = z.input<typeof GuidanceSchema>;
export type Guidance = z.output<typeof GuidanceSchema>;
export type Phase = Framework['roadmap']['phases'][number];
