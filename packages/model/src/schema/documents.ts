import { z } from 'zod';
import { DateSchema, EvidenceSchema, IdSchema, MAX_NAME, NameSchema, text, YearSchema } from './common.js';
import { InstrumentRefSchema } from './instrument.js';
import {
  ElementMoveSchema,
  ExternalIndexValueSchema,
  KpiMilestoneSchema,
  LiteracyMeasurementSchema,
  MonitoringRecordSchema,
  RpjmdSchema,
} from './monitoring.js';
import { PROVINCE_CODE_PATTERN, REGION_CODE_PATTERN } from './patterns.js';

/**
 * The version of the document format this release writes and reads. Version 2 added the ministry's
 * evaluation instruments (question values 1–4, 0 = not evaluated) and the self-assessment document; a
 * version 1 document is still read, its 0–5 evaluation scores kept as they are, with a notice saying so.
 */
export const SCHEMA_VERSION = 2;

/** The kinds of document a region produces. */
export const DOCUMENT_KINDS = [
  'smartcity.masterplan',
  'smartcity.readiness',
  'smartcity.maturity',
  'smartcity.evaluation',
  'smartcity.self-assessment',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Which framework (and version) a document answers. */
export const FrameworkRefSchema = z.object({ id: IdSchema, version: text(32).min(1) }).strict();

const Code = z.string().regex(REGION_CODE_PATTERN);
const Amount = z.number().min(0).max(1e15);

/** The region a document belongs to; checked against the Kemendagri list. */
export const RegionSchema = z
  .object({
    /** Kemendagri code `PP.RR`, e.g. `71.02`. */
    code: Code,
    name: NameSchema,
    type: z.enum(['kabupaten', 'kota']),
    province: z.object({ code: z.string().regex(PROVINCE_CODE_PATTERN), name: NameSchema }).strict(),
    /** The year the region joined Gerakan Menuju Smart City (its cohort), if known. */
    cohort: YearSchema.optional(),
  })
  .strict();

export const TeamMemberSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    role: z.enum(['steering', 'chair', 'secretary', 'member', 'mentor']),
    /** The member's OPD (by id in the document's `opds`), if any. */
    opd: IdSchema.optional(),
    position: text(MAX_NAME).optional(),
    email: z.email().max(254).optional(),
  })
  .strict();

export const TeamSchema = z
  .object({
    name: NameSchema,
    /** The decree (SK) that formed the team. */
    decree: z.object({ number: NameSchema, date: DateSchema }).strict().optional(),
    members: z.array(TeamMemberSchema).max(500),
  })
  .strict();

/** A regional agency (organisasi perangkat daerah). */
export const OpdSchema = z
  .object({ id: IdSchema, name: NameSchema, abbreviation: text(40).optional() })
  .strict();

/**
 * A questionnaire answer: a number on the framework's scale, or `not-applicable` (left out of the
 * score) or `unknown` (counts against coverage, not against the score).
 */
export const AnswerValueSchema = z.union([z.number(), z.literal('not-applicable'), z.literal('unknown')]);

export const ReadinessAnswerSchema = z
  .object({
    item: IdSchema,
    value: AnswerValueSchema,
    evidence: z.array(EvidenceSchema).max(50).default([]),
    note: text().optional(),
  })
  .strict();

export const ReadinessBodySchema = z
  .object({
    assessedOn: DateSchema,
    /** Pillars to score besides those enabled by default (e.g. `leadership`), or to switch off. */
    pillars: z.record(IdSchema, z.boolean()).default({}),
    answers: z.array(ReadinessAnswerSchema).max(2000),
  })
  .strict();

export const ElementAssessmentSchema = z
  .object({
    element: IdSchema,
    /** The level assessed directly; leave out to derive it from `criteriaMet`. */
    current: z.number().int().min(0).max(20).nullable().optional(),
    /** The levels whose criteria are met; the derived level is the highest with all below met. */
    criteriaMet: z.array(z.number().int().min(0).max(20)).max(21).optional(),
    target: z.number().int().min(0).max(20).nullable().optional(),
    evidence: z.array(EvidenceSchema).max(50).default([]),
    note: text().optional(),
  })
  .strict();

export const MaturityBodySchema = z
  .object({
    year: YearSchema,
    /** The ladder used (the framework's default when left out). */
    ladder: IdSchema.optional(),
    elements: z.array(ElementAssessmentSchema).max(500),
  })
  .strict();

/** Figures the ministry published for a region's evaluation, kept beside the scores they came with. */
export const PublishedEvaluationSchema = z
  .object({
    /** The published final index (Nilai Final / Indeks Pencapaian), as rounded in the source. */
    index: z.number().min(0).max(100),
    /** Where it was published, e.g. a letter of results. */
    source: text(MAX_NAME).min(1),
    date: DateSchema.optional(),
  })
  .strict();

/**
 * One year's evaluation result. With `instrument`, the scores are the ministry's dimension scores on the
 * instrument's scale (1–4; 0 = not evaluated) and the instrument's weights apply. Without it, the
 * evaluation is in the format-1 form: scores on the framework's 0–5 scale with the framework's weight sets.
 */
export const EvaluationBodySchema = z
  .object({
    year: YearSchema,
    /** The ministry's instrument the scores answer (format 2); see `BUILTIN_INSTRUMENTS`. */
    instrument: InstrumentRefSchema.optional(),
    /** Format-1 evaluations only: the framework weight set used (the framework's default when left out). */
    weightSet: IdSchema.optional(),
    /** Score of each evaluation dimension: the instrument's scale (1–4, 0 = not evaluated), or 0–5 without one. */
    scores: z.record(IdSchema, z.number()),
    published: PublishedEvaluationSchema.optional(),
    evidence: z.array(EvidenceSchema).max(100).default([]),
    note: text().optional(),
  })
  .strict();

/** Who answered a question of the self-assessment. */
export const AnswererSchema = z
  .object({
    name: NameSchema,
    /** The answerer's OPD or office. */
    opd: text(MAX_NAME).optional(),
    position: text(MAX_NAME).optional(),
    email: z.email().max(254).optional(),
  })
  .strict();

/** The survey behind a `survey` question's value. */
export const SurveyFigureSchema = z
  .object({
    /** Respondents whose answers make the value. */
    respondents: z.number().int().min(0).max(10_000_000),
    /** The users the service says it has (an app's registered users), when known. */
    statedUsers: z.number().int().min(0).max(1e9).optional(),
    /** The survey file or form the value came from. */
    source: text(MAX_NAME).optional(),
  })
  .strict();

/** One answer of the self-assessment form, with its supporting evidence (data dukung). */
export const SelfAssessmentAnswerSchema = z
  .object({
    /** The question's id in the instrument. */
    question: IdSchema,
    /** The region's own value: 1–4 (fractions allowed), or 0 = not evaluated. */
    value: z.number(),
    /** Supporting evidence: documents (files), links, notes. */
    evidence: z.array(EvidenceSchema).max(50).default([]),
    answeredBy: AnswererSchema.optional(),
    answeredOn: DateSchema.optional(),
    note: text().optional(),
    survey: SurveyFigureSchema.optional(),
    /** The assessors' validated value, after the interview, beside the region's own. */
    validated: z
      .object({ value: z.number(), note: text().optional(), by: text(MAX_NAME).optional() })
      .strict()
      .optional(),
  })
  .strict();

/** The assessors' validation of a self-assessment: who, when, and what they found. */
export const AssessorReviewSchema = z
  .object({
    assessors: z
      .array(
        z
          .object({
            name: NameSchema,
            role: z.enum(['practitioner', 'academic', 'ministry', 'other']),
            affiliation: text(MAX_NAME).optional(),
          })
          .strict(),
      )
      .max(20)
      .default([]),
    interviewedOn: DateSchema.optional(),
    /** Kekuatan. */
    strengths: z.array(text().min(1)).max(50).default([]),
    /** Kelemahan. */
    weaknesses: z.array(text().min(1)).max(50).default([]),
    /** Rekomendasi. */
    recommendations: z.array(text().min(1)).max(50).default([]),
  })
  .strict();

/** A region's self-assessment on one instrument for one year, with the assessors' validation. */
export const SelfAssessmentBodySchema = z
  .object({
    instrument: InstrumentRefSchema,
    year: YearSchema,
    /** Areas the region belongs to for the instrument's applicability, e.g. `kppn-ikn`. */
    areas: z.array(IdSchema).max(20).default([]),
    answers: z.array(SelfAssessmentAnswerSchema).max(2000),
    review: AssessorReviewSchema.optional(),
  })
  .strict();

export const KpiSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    unit: text(60),
    baseline: z.number(),
    target: z.number(),
    /** Plan year or calendar year the target is due; the programme's last year when left out. */
    targetYear: YearSchema.optional(),
    /** Values due at the end of given years on the way to the target (for monitoring). */
    milestones: z.array(KpiMilestoneSchema).max(20).optional(),
  })
  .strict();

export const BudgetLineSchema = z
  .object({
    year: YearSchema,
    /** Funding source id from the framework (APBD, APBN, DAK, KPBU, CSR, other). */
    source: IdSchema,
    /** Amount in rupiah (IDR). */
    amount: Amount,
  })
  .strict();

export const ProgrammeSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    description: text().optional(),
    dimension: IdSchema,
    elements: z.array(IdSchema).min(1).max(18),
    /** The owning OPD, by id in the document's `opds`. */
    owner: IdSchema,
    /** Where the programme comes from: the RPJMD or an OPD's Renstra, with a reference. */
    source: z.object({ kind: IdSchema, reference: text(MAX_NAME) }).strict(),
    innovation: IdSchema,
    /** First calendar year of the programme. */
    startYear: YearSchema,
    /** Last calendar year of the programme, inclusive. */
    endYear: YearSchema,
    /** Earliest calendar year the programme may start, for scheduling; `startYear` when left out. */
    earliestStart: YearSchema.optional(),
    budget: z.array(BudgetLineSchema).max(200).default([]),
    kpis: z.array(KpiSchema).max(50).default([]),
    dependsOn: z.array(IdSchema).max(100).default([]),
    /** Ratings on the framework's quick-win criteria, for a quick-win candidate. */
    quickWin: z.record(IdSchema, z.number()).optional(),
    /** The missions it serves, by id in the masterplan's `missions`. */
    missions: z.array(IdSchema).max(50).optional(),
    /** The strategies it carries out, by id in the masterplan's `strategies`. */
    strategies: z.array(IdSchema).max(100).optional(),
    /** The elements it moves, to which maturity level, by when (for the projection). */
    moves: z.array(ElementMoveSchema).max(50).optional(),
  })
  .strict();

export const QuickWinChoiceSchema = z
  .object({
    programme: IdSchema,
    /** Plan year (1 or 2) the quick win is delivered in. */
    year: z.number().int().min(1).max(5),
    rationale: text().optional(),
  })
  .strict();

export const QuickWinPlanSchema = z
  .object({
    /** Budget for the quick wins of plan years 1–2, in rupiah. */
    budget: Amount.optional(),
    /** At most this many quick wins per owning OPD. */
    maxPerOwner: z.number().int().min(1).max(100).optional(),
    /**
     * Ceilings per plan year (e.g. a year-1 and a year-2 budget, "six a year"): the budget in rupiah and
     * the most quick wins delivered that year. A year not listed has only the overall limits.
     */
    years: z
      .array(
        z
          .object({
            year: z.number().int().min(1).max(5),
            budget: Amount.optional(),
            maxCount: z.number().int().min(0).max(200).optional(),
          })
          .strict(),
      )
      .max(5)
      .optional(),
    selected: z.array(QuickWinChoiceSchema).max(200).default([]),
  })
  .strict();

const PillarValues = z.record(IdSchema, z.number());

export const LiteracyStrategySchema = z
  .object({
    baseline: z
      .object({
        year: YearSchema,
        source: text(MAX_NAME),
        index: z.number().optional(),
        pillars: PillarValues,
      })
      .strict(),
    targets: z.array(z.object({ year: YearSchema, pillars: PillarValues }).strict()).max(20),
    /** Surveys after the baseline: the values measured each year. */
    measured: z.array(LiteracyMeasurementSchema).max(20).optional(),
    targetGroups: z
      .array(
        z
          .object({ id: IdSchema, name: NameSchema, size: z.number().int().min(0).max(1e9).optional() })
          .strict(),
      )
      .max(50),
    activities: z
      .array(
        z
          .object({
            id: IdSchema,
            name: NameSchema,
            pillars: z.array(IdSchema).min(1).max(10),
            targetGroups: z.array(IdSchema).max(50),
            channel: text(MAX_NAME),
            years: z.array(YearSchema).min(1).max(20),
            owner: IdSchema.optional(),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();

export const MissionSchema = z
  .object({ id: IdSchema, text: text().min(1), dimensions: z.array(IdSchema).max(20).default([]) })
  .strict();

export const StrategySchema = z
  .object({
    /** An id programmes can cite (`programmes[].strategies`). */
    id: IdSchema.optional(),
    dimension: IdSchema,
    element: IdSchema.optional(),
    text: text().min(1),
  })
  .strict();

/** The head of region's adoption of the masterplan (Perbup for a kabupaten, Perwal for a kota). */
export const AdoptionSchema = z
  .object({
    instrument: z.enum(['perbup', 'perwal', 'other']),
    number: NameSchema,
    date: DateSchema,
    /** The decree's title, e.g. "Masterplan Smart City Kabupaten Minahasa 2022–2031". */
    title: text(MAX_NAME).optional(),
  })
  .strict();

/** Longest narrative of one chapter, in characters. */
export const MAX_NARRATIVE = 20000;

/**
 * The editable narrative of the masterplan document: free text per report chapter (by the framework's
 * chapter id: `introduction`, `profile` for the regional overview, `strategy` …) and the strategy text
 * of each dimension. Paragraphs are separated by blank lines.
 */
export const NarrativeSchema = z
  .object({
    chapters: z.record(IdSchema, text(MAX_NARRATIVE)).default({}),
    /** The strategy narrative of each dimension, by dimension id. */
    dimensions: z.record(IdSchema, text(MAX_NARRATIVE)).default({}),
  })
  .strict();

/** One person who signs the approval page (lembar pengesahan). */
export const SignatorySchema = z
  .object({
    name: NameSchema,
    /** The position, e.g. "Bupati Minahasa" or "Kepala Bappeda". */
    position: text(MAX_NAME).min(1),
    /** What the signature means, e.g. "Disetujui oleh" / "Approved by". */
    role: text(MAX_NAME).optional(),
    /** The civil-service number (NIP), if printed under the name. */
    nip: text(40).optional(),
    date: DateSchema.optional(),
  })
  .strict();

/** The approval page (lembar pengesahan) of the masterplan document. */
export const ApprovalSchema = z
  .object({
    /** Where it is signed, e.g. "Tondano". */
    place: text(MAX_NAME).optional(),
    date: DateSchema.optional(),
    signatories: z.array(SignatorySchema).max(20).default([]),
  })
  .strict();

const Header = {
  /** The document format version (see `SCHEMA_VERSION`). */
  schemaVersion: z.literal(SCHEMA_VERSION),
  framework: FrameworkRefSchema,
  /** Marks a document whose figures are illustrative (samples, generated test data). */
  illustrative: z.boolean().optional(),
  title: text(MAX_NAME).optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
};

export const MasterplanSchema = z
  .object({
    ...Header,
    kind: z.literal('smartcity.masterplan'),
    region: RegionSchema,
    /** The plan's calendar years, 5–10 of them (inclusive). */
    period: z.object({ startYear: YearSchema, endYear: YearSchema }).strict(),
    team: TeamSchema,
    opds: z.array(OpdSchema).max(300),
    vision: text().default(''),
    missions: z.array(MissionSchema).max(50).default([]),
    strategies: z.array(StrategySchema).max(500).default([]),
    readiness: ReadinessBodySchema.optional(),
    /** Maturity assessments, one per year assessed. */
    maturity: z.array(MaturityBodySchema).max(20).default([]),
    programmes: z.array(ProgrammeSchema).max(1000).default([]),
    quickWins: QuickWinPlanSchema.default({ selected: [] }),
    literacy: LiteracyStrategySchema.optional(),
    evaluations: z.array(EvaluationBodySchema).max(20).default([]),
    /**
     * The region's own self-assessments on the ministry's instruments (one per instrument version and year),
     * each answer with its evidence and the assessors' validated value beside it. The same body as a
     * `smartcity.self-assessment` document's `assessment`.
     */
    selfAssessments: z.array(SelfAssessmentBodySchema).max(20).optional(),
    adoption: AdoptionSchema.optional(),
    /** The editable narrative of the report's chapters. */
    narrative: NarrativeSchema.optional(),
    /** The approval page (lembar pengesahan). */
    approval: ApprovalSchema.optional(),
    /** The RPJMD the plan follows; a plan that outlives it is due for revision. */
    rpjmd: RpjmdSchema.optional(),
    /** Earlier readiness assessments, each with its date (`readiness` is the current one). */
    readinessHistory: z.array(ReadinessBodySchema).max(20).optional(),
    /** What happened to each programme each year (monitoring dan evaluasi). */
    monitoring: z.array(MonitoringRecordSchema).max(10000).optional(),
    /** Values of external indices the region reports (SPBE index, Indeks Pemerintah Digital), by year. */
    externalIndices: z.array(ExternalIndexValueSchema).max(200).optional(),
  })
  .strict();

export const ReadinessDocumentSchema = z
  .object({
    ...Header,
    kind: z.literal('smartcity.readiness'),
    region: RegionSchema,
    assessment: ReadinessBodySchema,
  })
  .strict();

export const MaturityDocumentSchema = z
  .object({
    ...Header,
    kind: z.literal('smartcity.maturity'),
    region: RegionSchema,
    assessment: MaturityBodySchema,
  })
  .strict();

export const EvaluationDocumentSchema = z
  .object({
    ...Header,
    kind: z.literal('smartcity.evaluation'),
    region: RegionSchema,
    evaluation: EvaluationBodySchema,
  })
  .strict();

export const SelfAssessmentDocumentSchema = z
  .object({
    ...Header,
    kind: z.literal('smartcity.self-assessment'),
    region: RegionSchema,
    assessment: SelfAssessmentBodySchema,
  })
  .strict();

/** Any document a region produces, told apart by `kind`. */
export const DocumentSchema = z.discriminatedUnion('kind', [
  MasterplanSchema,
  ReadinessDocumentSchema,
  MaturityDocumentSchema,
  EvaluationDocumentSchema,
  SelfAssessmentDocumentSchema,
]);

export type Region = z.infer<typeof RegionSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type TeamMember = z.infer<typeof TeamMemberSchema>;
export type Opd = z.infer<typeof OpdSchema>;
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type ReadinessAnswer = z.infer<typeof ReadinessAnswerSchema>;
export type ReadinessAssessment = z.infer<typeof ReadinessBodySchema>;
export type ElementAssessment = z.infer<typeof ElementAssessmentSchema>;
export type MaturityAssessment = z.infer<typeof MaturityBodySchema>;
export type EvaluationBody = z.infer<typeof EvaluationBodySchema>;
export type PublishedEvaluation = z.infer<typeof PublishedEvaluationSchema>;
export type SelfAssessmentAnswer = z.infer<typeof SelfAssessmentAnswerSchema>;
export type SelfAssessmentAnswerInput = z.input<typeof SelfAssessmentAnswerSchema>;
export type AssessorReview = z.infer<typeof AssessorReviewSchema>;
export type SelfAssessment = z.infer<typeof SelfAssessmentBodySchema>;
export type SelfAssessmentDocument = z.infer<typeof SelfAssessmentDocumentSchema>;
export type SelfAssessmentDocumentInput = z.input<typeof SelfAssessmentDocumentSchema>;
export type Kpi = z.infer<typeof KpiSchema>;
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type QuickWinChoice = z.infer<typeof QuickWinChoiceSchema>;
export type QuickWinPlan = z.infer<typeof QuickWinPlanSchema>;
export type LiteracyStrategy = z.infer<typeof LiteracyStrategySchema>;
export type Mission = z.infer<typeof MissionSchema>;
export type Strategy = z.infer<typeof StrategySchema>;
export type Adoption = z.infer<typeof AdoptionSchema>;
export type Narrative = z.infer<typeof NarrativeSchema>;
export type Signatory = z.infer<typeof SignatorySchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type Masterplan = z.infer<typeof MasterplanSchema>;
export type MasterplanInput = z.input<typeof MasterplanSchema>;
export type ReadinessDocument = z.infer<typeof ReadinessDocumentSchema>;
export type MaturityDocument = z.infer<typeof MaturityDocumentSchema>;
export type EvaluationDocument = z.infer<typeof EvaluationDocumentSchema>;
export type SmartCityDocument = z.infer<typeof DocumentSchema>;
