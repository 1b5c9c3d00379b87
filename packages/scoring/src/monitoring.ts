import type {
  Framework,
  Kpi,
  LocalizedText,
  Masterplan,
  MonitoringRecord,
  MonitoringStatus,
  Programme,
} from '@smartcity/model';
import {
  type Explanation,
  formatFixed,
  formatNumber,
  formatRupiah,
  lazy,
  TOOLKIT_METHOD,
} from './explain.js';
import { compareIds, round } from './stats.js';

/** Planned against realised, in rupiah. */
export interface Realisation {
  readonly planned: number;
  readonly realised: number;
  /** `realised / planned` (0–1 and above), or `null` when nothing was planned. */
  readonly share: number | null;
}

/** Planned against realised, in total and per funding source. */
export interface RealisationBySource extends Realisation {
  /** Per funding source id, sources in framework order. */
  readonly bySource: Readonly<Record<string, Realisation>>;
}

/** A group of programmes (a dimension or an OPD) in one year. */
export interface RealisationGroup extends RealisationBySource {
  readonly id: string;
  /** Programmes planned to run in the year (by their own start and end years). */
  readonly expected: number;
  /** Programmes with a record that says they ran. */
  readonly ran: number;
}

/** One programme in one monitored year. */
export interface ProgrammeYear extends RealisationBySource {
  readonly programme: string;
  readonly dimension: string;
  readonly owner: string;
  /** Whether its plan has it running in the year (`startYear ≤ year ≤ endYear`). */
  readonly expected: boolean;
  /** `null` when there is no record for the year. */
  readonly ran: boolean | null;
  readonly status: MonitoringStatus | null;
}

/** Every figure of one monitored year. */
export interface MonitoringYear extends RealisationBySource {
  readonly year: number;
  readonly expected: number;
  /** Programmes that ran. */
  readonly ran: number;
  /** Action-plan activities planned and run, summed over the records that report them. */
  readonly activities: { readonly planned: number; readonly ran: number; readonly reported: number };
  /** Dimensions in framework order (those with a programme). */
  readonly byDimension: readonly RealisationGroup[];
  /** OPDs in id order. */
  readonly byOpd: readonly RealisationGroup[];
  /** Programmes expected or recorded in the year, in id order. */
  readonly programmes: readonly ProgrammeYear[];
}

/** Why a programme is late in a year. */
export type LateReason = 'not-recorded' | 'not-started' | 'late' | 'stalled' | 'did-not-run';

export interface LateProgramme {
  readonly programme: string;
  readonly year: number;
  readonly reason: LateReason;
  readonly message: LocalizedText;
}

/** A programme-year without money: nothing planned, or planned and not realised (per source). */
export interface UnfundedProgramme {
  readonly programme: string;
  readonly year: number;
  readonly reason: 'no-budget' | 'not-realised';
  /** The sources planned and not realised (empty for `no-budget`). */
  readonly sources: readonly string[];
  readonly planned: number;
  readonly realised: number;
  readonly message: LocalizedText;
}

/** A KPI's actual against its milestone of the year. */
export interface KpiTracking {
  readonly programme: string;
  readonly kpi: string;
  readonly name: string;
  readonly unit: string;
  readonly year: number;
  readonly actual: number;
  readonly baseline: number;
  readonly target: number;
  /** The value due at the end of the year. */
  readonly milestone: number;
  /** `milestone`: set in the plan; `interpolated`: a straight line from the baseline to the target. */
  readonly milestoneSource: 'milestone' | 'interpolated';
  /** `increase` when the target is above the baseline (higher is better), else `decrease`. */
  readonly direction: 'increase' | 'decrease';
  readonly onTrack: boolean;
  /** `(actual − baseline) / (target − baseline)`: the share of the way to the target; `null` if target = baseline. */
  readonly progress: number | null;
  readonly explain: Explanation;
}

/** The monitoring of a masterplan: plan against realisation by year, what is late, unfunded and off track. */
export interface MonitoringSummary {
  /** Every monitored year (a year with at least one record), ascending. */
  readonly years: readonly MonitoringYear[];
  readonly late: readonly LateProgramme[];
  readonly unfunded: readonly UnfundedProgramme[];
  /** Every KPI actual, by year, programme and KPI. */
  readonly kpis: readonly KpiTracking[];
  /** The KPI actuals not on track. */
  readonly offTrack: readonly KpiTracking[];
  readonly explain: Explanation;
}

const ratio = (realised: number, planned: number) => (planned > 0 ? realised / planned : null);

/**
 * The value a KPI is due at the end of `year`: the plan's milestone for the year if it sets one, else a
 * straight line from the baseline (at the end of the year before the programme starts) to the target (at
 * the end of `targetYear`, else the programme's last year), held at the target after it. The straight line
 * is a toolkit default.
 */
export function kpiMilestone(
  kpi: Kpi,
  programme: Pick<Programme, 'startYear' | 'endYear'>,
  year: number,
): { value: number; source: 'milestone' | 'interpolated' } {
  const set = kpi.milestones?.find((m) => m.year === year);
  if (set) return { value: set.value, source: 'milestone' };
  const from = programme.startYear - 1;
  const to = kpi.targetYear ?? programme.endYear;
  if (year >= to || to <= from) return { value: kpi.target, source: 'interpolated' };
  if (year <= from) return { value: kpi.baseline, source: 'interpolated' };
  return {
    value: kpi.baseline + ((kpi.target - kpi.baseline) * (year - from)) / (to - from),
    source: 'interpolated',
  };
}

function trackKpi(p: Programme, kpi: Kpi, year: number, actual: number): KpiTracking {
  const m = kpiMilestone(kpi, p, year);
  const direction = kpi.target >= kpi.baseline ? 'increase' : 'decrease';
  const onTrack = direction === 'increase' ? actual >= m.value : actual <= m.value;
  const span = kpi.target - kpi.baseline;
  const result = {
    programme: p.id,
    kpi: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    year,
    actual,
    baseline: kpi.baseline,
    target: kpi.target,
    milestone: round(m.value, 4),
    milestoneSource: m.source,
    direction,
    onTrack,
    progress: span === 0 ? null : round((actual - kpi.baseline) / span, 4),
  } as const;
  return lazy(result, 'explain', (): Explanation => {
    const to = kpi.targetYear ?? p.endYear;
    return {
      rule:
        m.source === 'milestone'
          ? {
              id: 'Capaian dibandingkan dengan tonggak tahunan dalam rencana.',
              en: "The actual is compared with the plan's milestone for the year.",
            }
          : {
              id: 'Tanpa tonggak tahunan: garis lurus dari baseline (akhir tahun sebelum program mulai) ke target (akhir tahun target), bawaan toolkit.',
              en: 'No milestone for the year: a straight line from the baseline (end of the year before the programme starts) to the target (end of its target year), a toolkit default.',
            },
      inputs: [
        { label: { id: 'Baseline', en: 'Baseline' }, value: kpi.baseline },
        { label: { id: 'Target', en: 'Target' }, value: kpi.target },
        { label: { id: 'Capaian', en: 'Actual' }, value: actual },
      ],
      formula:
        (m.source === 'milestone'
          ? `${formatNumber(m.value)}`
          : `${formatNumber(kpi.baseline)} + (${formatNumber(kpi.target)} − ${formatNumber(kpi.baseline)}) × min(1, (${year} − ${p.startYear - 1}) / (${to} − ${p.startYear - 1})) = ${formatNumber(m.value)}`) +
        `; ${formatNumber(actual)} ${direction === 'increase' ? '≥' : '≤'} ${formatNumber(m.value)}: ${onTrack ? 'on track' : 'off track'}`,
      provenance: m.source === 'milestone' ? TOOLKIT_METHOD : TOOLKIT_METHOD,
    };
  });
}

class Sum {
  planned = 0;
  realised = 0;
  readonly bySource = new Map<string, { planned: number; realised: number }>();
  add(source: string, planned: number, realised: number): void {
    this.planned += planned;
    this.realised += realised;
    const s = this.bySource.get(source) ?? { planned: 0, realised: 0 };
    s.planned += planned;
    s.realised += realised;
    this.bySource.set(source, s);
  }
  addAll(other: Sum): void {
    for (const [src, s] of other.bySource) this.add(src, s.planned, s.realised);
  }
  out(order: readonly string[]): RealisationBySource {
    const bySource: Record<string, Realisation> = {};
    const rank = (s: string) => (order.indexOf(s) === -1 ? order.length : order.indexOf(s));
    for (const src of [...this.bySource.keys()].sort((a, b) => rank(a) - rank(b) || compareIds(a, b))) {
      const s = this.bySource.get(src)!;
      bySource[src] = { planned: s.planned, realised: s.realised, share: ratio(s.realised, s.planned) };
    }
    return {
      planned: this.planned,
      realised: this.realised,
      share: ratio(this.realised, this.planned),
      bySource,
    };
  }
}

/** One programme's planned and realised money in a year: its budget lines, overridden by the record's `planned`. */
function programmeMoney(p: Programme, year: number, record: MonitoringRecord | undefined): Sum {
  const sum = new Sum();
  const plannedBy = new Map<string, number>();
  for (const b of p.budget)
    if (b.year === year) plannedBy.set(b.source, (plannedBy.get(b.source) ?? 0) + b.amount);
  const realisedBy = new Map<string, number>();
  for (const b of record?.budget ?? []) {
    if (b.planned !== undefined) plannedBy.set(b.source, b.planned);
    realisedBy.set(b.source, (realisedBy.get(b.source) ?? 0) + b.realised);
  }
  for (const src of new Set([...plannedBy.keys(), ...realisedBy.keys()]))
    sum.add(src, plannedBy.get(src) ?? 0, realisedBy.get(src) ?? 0);
  return sum;
}

const LATE_TEXT: Record<LateReason, (p: string, y: number) => LocalizedText> = {
  'not-recorded': (p, y) => ({
    id: `Program ${p} seharusnya berjalan pada ${y}, tetapi tidak ada data monitoringnya.`,
    en: `Programme ${p} should have run in ${y}, but there is no monitoring record for it.`,
  }),
  'not-started': (p, y) => ({
    id: `Program ${p} belum dimulai pada ${y}.`,
    en: `Programme ${p} had not started in ${y}.`,
  }),
  late: (p, y) => ({ id: `Program ${p} terlambat pada ${y}.`, en: `Programme ${p} was late in ${y}.` }),
  stalled: (p, y) => ({ id: `Program ${p} terhenti pada ${y}.`, en: `Programme ${p} stalled in ${y}.` }),
  'did-not-run': (p, y) => ({
    id: `Program ${p} tidak berjalan pada ${y}.`,
    en: `Programme ${p} did not run in ${y}.`,
  }),
};

/**
 * Plan against realisation for every monitored year (in total, per funding source, dimension, OPD and
 * programme), the programmes late or unfunded in those years, and every KPI actual against its milestone.
 * A programme is expected in the years its own plan gives (`startYear`–`endYear`). Pure.
 */
export function monitoringSummary(masterplan: Masterplan, framework: Framework): MonitoringSummary {
  const m = masterplan;
  const order = framework.fundingSources.options.map((o) => o.id);
  const dimOrder = framework.dimensions.map((d) => d.id);
  const records = m.monitoring ?? [];
  const byKey = new Map<string, MonitoringRecord>();
  for (const r of records)
    if (!byKey.has(`${r.programme}|${r.year}`)) byKey.set(`${r.programme}|${r.year}`, r);
  const programmes = [...m.programmes].sort((a, b) => compareIds(a.id, b.id));
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const late: LateProgramme[] = [];
  const unfunded: UnfundedProgramme[] = [];
  const kpis: KpiTracking[] = [];
  const out: MonitoringYear[] = [];

  for (const year of years) {
    const total = new Sum();
    const dims = new Map<string, { sum: Sum; expected: number; ran: number }>();
    const opds = new Map<string, { sum: Sum; expected: number; ran: number }>();
    const rows: ProgrammeYear[] = [];
    const activities = { planned: 0, ran: 0, reported: 0 };
    let expectedCount = 0;
    let ranCount = 0;
    for (const p of programmes) {
      const record = byKey.get(`${p.id}|${year}`);
      const expected = p.startYear <= year && year <= p.endYear;
      if (!expected && !record) continue;
      const money = programmeMoney(p, year, record);
      total.addAll(money);
      const ran = record ? record.ran : null;
      for (const [map, key] of [
        [dims, p.dimension],
        [opds, p.owner],
      ] as const) {
        const g = map.get(key) ?? { sum: new Sum(), expected: 0, ran: 0 };
        g.sum.addAll(money);
        if (expected) g.expected++;
        if (ran) g.ran++;
        map.set(key, g);
      }
      if (expected) expectedCount++;
      if (ran) ranCount++;
      if (record?.activities) {
        activities.planned += record.activities.planned;
        activities.ran += record.activities.ran;
        activities.reported++;
      }
      rows.push({
        programme: p.id,
        dimension: p.dimension,
        owner: p.owner,
        expected,
        ran,
        status: record?.status ?? null,
        ...money.out(order),
      });

      if (expected) {
        let reason: LateReason | null = null;
        if (!record) reason = 'not-recorded';
        else if (record.status === 'not-started' || record.status === 'late' || record.status === 'stalled')
          reason = record.status;
        else if (!record.ran && record.status !== 'completed' && record.status !== 'cancelled')
          reason = 'did-not-run';
        if (reason) late.push({ programme: p.id, year, reason, message: LATE_TEXT[reason](p.id, year) });
        if (record?.status !== 'cancelled') {
          if (money.planned === 0)
            unfunded.push({
              programme: p.id,
              year,
              reason: 'no-budget',
              sources: [],
              planned: 0,
              realised: money.realised,
              message: {
                id: `Program ${p.id} direncanakan berjalan pada ${year} tanpa anggaran.`,
                en: `Programme ${p.id} is planned to run in ${year} without a budget.`,
              },
            });
          else if (record) {
            const missing = [...money.bySource]
              .filter(([, s]) => s.planned > 0 && s.realised === 0)
              .map(([src]) => src);
            if (missing.length > 0)
              unfunded.push({
                programme: p.id,
                year,
                reason: 'not-realised',
                sources: missing,
                planned: money.planned,
                realised: money.realised,
                message: {
                  id: `Program ${p.id} ${year}: anggaran ${missing.join(', ')} direncanakan tetapi tidak terealisasi (realisasi ${formatRupiah(money.realised, 'id')} dari ${formatRupiah(money.planned, 'id')}).`,
                  en: `Programme ${p.id} ${year}: the ${missing.join(', ')} budget was planned and not realised (${formatRupiah(money.realised, 'en')} of ${formatRupiah(money.planned, 'en')} realised).`,
                },
              });
          }
        }
      }
      for (const a of record?.kpis ?? []) {
        const kpi = p.kpis.find((k) => k.id === a.kpi);
        if (kpi) kpis.push(trackKpi(p, kpi, year, a.actual));
      }
    }
    const group = (map: Map<string, { sum: Sum; expected: number; ran: number }>, ids: readonly string[]) =>
      ids
        .filter((id) => map.has(id))
        .map((id) => {
          const g = map.get(id)!;
          return { id, expected: g.expected, ran: g.ran, ...g.sum.out(order) };
        });
    out.push({
      year,
      expected: expectedCount,
      ran: ranCount,
      activities,
      ...total.out(order),
      byDimension: group(dims, [
        ...dimOrder,
        ...[...dims.keys()].filter((d) => !dimOrder.includes(d)).sort(compareIds),
      ]),
      byOpd: group(opds, [...opds.keys()].sort(compareIds)),
      programmes: rows,
    });
  }
  const last = out[out.length - 1];
  return {
    years: out,
    late,
    unfunded,
    kpis,
    offTrack: kpis.filter((k) => !k.onTrack),
    explain: {
      rule: {
        id: 'Rencana = baris anggaran program pada tahun itu (atau `planned` dalam data monitoring); realisasi = data monitoring. Program diharapkan berjalan pada tahun-tahun rencananya sendiri.',
        en: "Planned = the programme's budget lines of the year (or `planned` in the monitoring record); realised = the monitoring record. A programme is expected in its own planned years.",
      },
      inputs: [
        { label: { id: 'Data monitoring', en: 'Monitoring records' }, value: records.length },
        { label: { id: 'Tahun dipantau', en: 'Years monitored' }, value: years.length },
      ],
      formula: last
        ? `${last.year}: ${formatRupiah(last.realised, 'en')} / ${formatRupiah(last.planned, 'en')} = ${last.share === null ? '—' : `${formatFixed(last.share * 100, 1)}%`}`
        : '—',
      provenance: TOOLKIT_METHOD,
    },
  };
}
