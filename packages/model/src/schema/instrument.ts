import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, ProvenanceSchema, YearSchema } from './common.js';
import { FRAMEWORK_VERSION_PATTERN } from './patterns.js';

// The ministry's yearly evaluation instrument (Evaluasi Implementasi Kota Cerdas) as data: a form of
// dimension → indicator → sub-indicator → question, each question valued 1–4 (0 = not evaluated), the
// dimensions weighed into an index. Every year's instrument is one value of this schema, so a new year is a
// new data file, not new code.

/** A reference to an instrument version, as documents write it. */
export const InstrumentRefSchema = z
  .object({ id: IdSchema, version: z.string().max(32).regex(FRAMEWORK_VERSION_PATTERN) })
  .strict();

/** The value scale of an instrument's questions. */
export const InstrumentScaleSchema = z
  .object({
    /** Lowest value a question evaluated gets (1). */
    min: z.number(),
    /** Highest value (4). */
    max: z.number(),
    /** The value meaning "not evaluated" (0): the question counts as unanswered, a non-participant gets it everywhere. */
    notEvaluated: z.number(),
    labels: z
      .array(z.object({ value: z.number(), label: LocalizedTextSchema }).strict())
      .max(20)
      .default([]),
    provenance: ProvenanceSchema,
  })
  .strict();

/** How a question's value is obtained. */
export const QuestionSourceSchema = z.enum([
  /** The region answers on the form, with supporting evidence (data dukung). */
  'form',
  /** The value is the mean of survey respondents' answers (the 2023 impact survey). */
  'survey',
]);

export const InstrumentQuestionSchema = z
  .object({
    id: IdSchema,
    text: LocalizedTextSchema,
    /** What the question is after and what evidence supports an answer. */
    help: LocalizedTextSchema.optional(),
    source: QuestionSourceSchema.default('form'),
  })
  .strict();

export const SubIndicatorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    questions: z.array(InstrumentQuestionSchema).min(1).max(100),
  })
  .strict();

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    subIndicators: z.array(SubIndicatorSchema).min(1).max(100),
  })
  .strict();

export const InstrumentDimensionSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Its share of the index (0–1); the shares of an instrument add up to 1. */
    weight: z.number().min(0).max(1),
    indicators: z.array(IndicatorSchema).min(1).max(100),
  })
  .strict();

/** Which regions an instrument evaluates. */
export const ApplicabilitySchema = z
  .object({
    /** Programme cohorts (the year a region joined) evaluated; empty = any cohort. */
    cohorts: z.array(YearSchema).max(20).default([]),
    /**
     * Areas a region must belong to, e.g. `kppn-ikn` (the regions of the national priority areas and the
     * new capital); empty = any region. Which regions belong to an area is given by the caller: the
     * toolkit ships no such list.
     */
    areas: z.array(IdSchema).max(20).default([]),
    /** How many regions the ministry scored with it, when published. */
    regionsScored: z.number().int().min(0).max(1000).optional(),
    description: LocalizedTextSchema,
  })
  .strict();

/** The survey behind `survey` questions. */
export const SurveyRuleSchema = z
  .object({
    /** Respondents the instrument asks for per sub-indicator (50 in 2023). */
    respondentsPerSubIndicator: z.number().int().min(1).max(100000),
    provenance: ProvenanceSchema,
  })
  .strict();

/** A versioned evaluation instrument: what the ministry asks in one year's evaluation, and how it weighs it. */
export const InstrumentSchema = z
  .object({
    kind: z.literal('smartcity.evaluation-instrument'),
    id: IdSchema,
    version: z.string().max(32).regex(FRAMEWORK_VERSION_PATTERN),
    /** The evaluation year the instrument was used in. */
    year: YearSchema,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Where the structure and weights come from. */
    provenance: ProvenanceSchema,
    /** Where the question wording comes from (the toolkit paraphrases the instrument; see the note). */
    wordingProvenance: ProvenanceSchema,
    appliesTo: ApplicabilitySchema,
    scale: InstrumentScaleSchema,
    /** Decimals the index and dimension scores are published with (2). */
    decimals: z.number().int().min(0).max(6),
    survey: SurveyRuleSchema.optional(),
    dimensions: z.array(InstrumentDimensionSchema).min(1).max(20),
    notes: z.array(LocalizedTextSchema).max(50).default([]),
  })
  .strict();

/** How a question (or dimension) of one instrument relates to the previous version's. */
export const InstrumentCrosswalkRelationSchema = z.enum([
  /** The same thing asked again: values may be compared across the years. */
  'continues',
  /** Asked for the first time: no previous value. */
  'new',
  /** Asked in both years but measured differently: values must not be compared. */
  'not-comparable',
  /** Asked in the earlier year only. */
  'discontinued',
]);

export const InstrumentCrosswalkEntrySchema = z
  .object({
    /** Id in the earlier instrument (absent for `new`). */
    from: IdSchema.optional(),
    /** Id in the later instrument (absent for `discontinued`). */
    to: IdSchema.optional(),
    relation: InstrumentCrosswalkRelationSchema,
    note: LocalizedTextSchema.optional(),
  })
  .strict();

/** How two instrument versions relate, question by question and dimension by dimension. */
export const InstrumentCrosswalkSchema = z
  .object({
    kind: z.literal('smartcity.evaluation-crosswalk'),
    id: IdSchema,
    from: InstrumentRefSchema,
    to: InstrumentRefSchema,
    provenance: ProvenanceSchema,
    /** Every dimension of both instruments, once. */
    dimensions: z.array(InstrumentCrosswalkEntrySchema).max(40),
    /** Every question of both instruments, once. */
    questions: z.array(InstrumentCrosswalkEntrySchema).max(2000),
    /** Whether the indices of the two years may be compared (weights or dimensions changed: no). */
    index: z.object({ relation: InstrumentCrosswalkRelationSchema, note: LocalizedTextSchema }).strict(),
  })
  .strict();

export type InstrumentRef = z.infer<typeof InstrumentRefSchema>;
export type InstrumentInput = z.input<typeof InstrumentSchema>;
export type Instrument = z.output<typeof InstrumentSchema>;
export type InstrumentDimension = Instrument['dimensions'][number];
export type InstrumentIndicator = InstrumentDimension['indicators'][number];
export type InstrumentSubIndicator = InstrumentIndicator['subIndicators'][number];
export type InstrumentQuestion = InstrumentSubIndicator['questions'][number];
export type InstrumentScale = Instrument['scale'];
export type InstrumentCrosswalkRelation = z.infer<typeof InstrumentCrosswalkRelationSchema>;
export type InstrumentCrosswalkEntry = z.infer<typeof InstrumentCrosswalkEntrySchema>;
export type InstrumentCrosswalkInput = z.input<typeof InstrumentCrosswalkSchema>;
export type InstrumentCrosswalk = z.output<typeof InstrumentCrosswalkSchema>;
