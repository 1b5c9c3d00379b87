import { z } from 'zod';
import { DateSchema, EvidenceSchema, IdSchema, MAX_NAME, NameSchema, text, YearSchema } from './common.js';
import { PROVINCE_CODE_PATTERN, REGION_CODE_PATTERN } from './patterns.js';

/** The version of the document format this release writes and reads. */
export const SCHEMA_VERSION = 1;

/** The kinds of document a region produces. */
export const DOCUMENT_KINDS = [
  'smartcity.masterplan',
  'smartcity.readiness',
  'smartcity.maturity',
  'smartcity.evaluation',
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

export const EvaluationBodySchema = z
  .object({
    year: YearSchema,
    /** The weight set used (the framework's default when left out). */
    weightSet: IdSchema.optional(),
    /** Score of each evaluation dimension on the framework's scale (0–5). */
    scores: z.record(IdSchema, z.number()),
    evidence: z.array(EvidenceSchema).max(100).default([]),
    note: text().optional(),
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
    /** Limits per plan year of the quick-win window: a budget ceiling (rupiah) and a count of quick wins. */
    years: z
      .array(
        z
          .object({
            year: z.number().int().min(1).max(5),
            budget: Amount.optional(),
            count: z.number().int().min(0).max(100).optional(),
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
  .object({ dimension: IdSchema, element: IdSchema.optional(), text: text().min(1) })
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
    adoption: AdoptionSchema.optional(),
    /** The editable narrative of the report's chapters. */
    narrative: NarrativeSchema.optional(),
    /** The approval page (lembar pengesahan). */
    approval: ApprovalSchema.optional(),
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

/** Any document a region produces, told apart by `kind`. */
export const DocumentSchema = z.discriminatedUnion('kind', [
  MasterplanSchema,
  ReadinessDocumentSchema,
  MaturityDocumentSchema,
  EvaluationDocumentSchema,
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
