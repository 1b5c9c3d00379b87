// The living masterplan: what the region records after adoption. Monitoring (*monitoring dan evaluasi*) per
// programme and year, the elements a programme moves, the RPJMD period, measured series and the external
// indices the region already reports. Every field here is optional in a masterplan, so documents written
// before these existed stay valid.
import { z } from 'zod';
import { DateSchema, EvidenceSchema, IdSchema, MAX_NAME, text, YearSchema } from './common.js';

const Amount = z.number().min(0).max(1e15);

/**
 * Where a programme stands in a monitored year. `not-started`: it should have run and did not start;
 * `on-track`: running as planned; `late`: running behind its plan; `stalled`: stopped before its end;
 * `completed`: done; `cancelled`: dropped.
 */
export const MONITORING_STATUSES = [
  'not-started',
  'on-track',
  'late',
  'stalled',
  'completed',
  'cancelled',
] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

/** The budget of one funding source in a monitored year: what was realised beside what was planned. */
export const RealisedBudgetSchema = z
  .object({
    /** Funding source id from the framework (APBD, APBN, DAK, KPBU, CSR, other). */
    source: IdSchema,
    /**
     * The amount planned for the year (e.g. the DPA after budget revision), in rupiah; the programme's own
     * budget line of that year and source when left out.
     */
    planned: Amount.optional(),
    /** The amount spent (realisasi), in rupiah. */
    realised: Amount,
  })
  .strict();

/** A KPI's measured value in a monitored year. */
export const KpiActualSchema = z
  .object({
    /** The KPI, by id in the programme's `kpis`. */
    kpi: IdSchema,
    actual: z.number(),
    note: text().optional(),
  })
  .strict();

/** What happened to one programme in one calendar year. */
export const MonitoringRecordSchema = z
  .object({
    /** The programme, by id in the masterplan's `programmes`. */
    programme: IdSchema,
    year: YearSchema,
    /** Whether the programme ran (had activity) in the year. */
    ran: z.boolean(),
    status: z.enum(MONITORING_STATUSES),
    budget: z.array(RealisedBudgetSchema).max(30).optional(),
    kpis: z.array(KpiActualSchema).max(50).optional(),
    /** Action-plan activities of the programme in the year: how many were planned and how many ran. */
    activities: z
      .object({ planned: z.number().int().min(0).max(10000), ran: z.number().int().min(0).max(10000) })
      .strict()
      .optional(),
    note: text().optional(),
    evidence: z.array(EvidenceSchema).max(50).optional(),
  })
  .strict();

/** A KPI's value due at the end of a calendar year (a yearly milestone on the way to its target). */
export const KpiMilestoneSchema = z.object({ year: YearSchema, value: z.number() }).strict();

/**
 * An element a programme moves: the maturity level the programme brings it to, and by which calendar year
 * (the programme's last year when left out). If the roadmap moves the programme, the year moves with it.
 */
export const ElementMoveSchema = z
  .object({
    element: IdSchema,
    /** The level on the maturity ladder the element reaches. */
    level: z.number().int().min(0).max(20),
    by: YearSchema.optional(),
  })
  .strict();

/** The RPJMD (regional mid-term development plan) the masterplan follows. */
export const RpjmdSchema = z
  .object({
    startYear: YearSchema,
    endYear: YearSchema,
    /** The regulation that adopted it, e.g. "Perda Kabupaten Minahasa Nomor 3 Tahun 2021". */
    regulation: text(MAX_NAME).optional(),
  })
  .strict();

/** A value of an index the region already reports (the SPBE index, Indeks Pemerintah Digital, …). */
export const ExternalIndexValueSchema = z
  .object({
    /** The index, by id in `EXTERNAL_INDICES` (`spbe`, `pemdi`). */
    index: IdSchema,
    /** The year the value is for. */
    year: YearSchema,
    /** The date it was published or received. */
    date: DateSchema.optional(),
    value: z.number(),
    /** Where the value comes from (a letter, a report, a portal), never left out. */
    source: text(MAX_NAME).min(1),
    /** Values of the index's components (e.g. SPBE domains), by component id. */
    components: z.record(IdSchema, z.number()).optional(),
    evidence: z.array(EvidenceSchema).max(20).optional(),
    note: text().optional(),
  })
  .strict();

/** A literacy survey after the baseline: the measured values of one year. */
export const LiteracyMeasurementSchema = z
  .object({
    year: YearSchema,
    source: text(MAX_NAME),
    index: z.number().optional(),
    pillars: z.record(IdSchema, z.number()),
  })
  .strict();

export type RealisedBudget = z.infer<typeof RealisedBudgetSchema>;
export type KpiActual = z.infer<typeof KpiActualSchema>;
export type MonitoringRecord = z.infer<typeof MonitoringRecordSchema>;
export type KpiMilestone = z.infer<typeof KpiMilestoneSchema>;
export type ElementMove = z.infer<typeof ElementMoveSchema>;
export type Rpjmd = z.infer<typeof RpjmdSchema>;
export type ExternalIndexValue = z.infer<typeof ExternalIndexValueSchema>;
export type LiteracyMeasurement = z.infer<typeof LiteracyMeasurementSchema>;
