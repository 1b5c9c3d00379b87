import { EXTERNAL_INDICES, type Framework, type LocalizedText, type Masterplan } from '@smartcity/model';
import type { Explanation } from './explain.js';
import { formatFixed, TOOLKIT_METHOD } from './explain.js';
import { monitoringSummary } from './monitoring.js';
import { compareIds } from './stats.js';

/** Whether the masterplan has outlived the RPJMD it follows. */
export interface RevisionStatus {
  /** The RPJMD period, or `null` when the masterplan records none. */
  readonly rpjmd: { readonly startYear: number; readonly endYear: number } | null;
  /** `true` when the plan runs past the RPJMD's last year: due for revision with the next RPJMD. */
  readonly revisionDue: boolean;
  /** Plan years after the RPJMD ends. */
  readonly yearsBeyond: number;
  /** Programmes that run past the RPJMD's last year, in id order. */
  readonly programmesBeyond: readonly string[];
  readonly message: LocalizedText;
}

/**
 * The masterplan against its RPJMD: a plan that outlives the RPJMD is flagged for revision (the ministry's
 * assessors ask that the masterplan be revised with the RPJMD), with the programmes that run past it.
 */
export function revisionStatus(masterplan: Masterplan): RevisionStatus {
  const r = masterplan.rpjmd;
  if (!r)
    return {
      rpjmd: null,
      revisionDue: false,
      yearsBeyond: 0,
      programmesBeyond: [],
      message: {
        id: 'Periode RPJMD belum dicatat; catat agar masterplan dapat direvisi bersama RPJMD.',
        en: 'The RPJMD period is not recorded; record it so the masterplan can be revised with the RPJMD.',
      },
    };
  const beyond = Math.max(0, masterplan.period.endYear - r.endYear);
  const programmes = masterplan.programmes
    .filter((p) => p.endYear > r.endYear)
    .map((p) => p.id)
    .sort(compareIds);
  return {
    rpjmd: { startYear: r.startYear, endYear: r.endYear },
    revisionDue: beyond > 0,
    yearsBeyond: beyond,
    programmesBeyond: programmes,
    message:
      beyond > 0
        ? {
            id: `Masterplan berjalan sampai ${masterplan.period.endYear}, ${beyond} tahun setelah RPJMD ${r.startYear}–${r.endYear} berakhir: revisi bersama RPJMD berikutnya (${programmes.length} program melewati ${r.endYear}).`,
            en: `The masterplan runs to ${masterplan.period.endYear}, ${beyond} years after the RPJMD ${r.startYear}–${r.endYear} ends: revise it with the next RPJMD (${programmes.length} programmes run past ${r.endYear}).`,
          }
        : {
            id: `Masterplan berada dalam RPJMD ${r.startYear}–${r.endYear}.`,
            en: `The masterplan lies within the RPJMD ${r.startYear}–${r.endYear}.`,
          },
  };
}

/** Where a suggested answer comes from. */
export interface AnswerSource {
  readonly kind: 'monitoring' | 'external-index' | 'literacy';
  /** The year of the data used. */
  readonly year: number;
  /** Paths in the masterplan of the data used (e.g. `['monitoring', 12]`). */
  readonly paths: readonly (readonly (string | number)[])[];
  readonly description: LocalizedText;
}

/**
 * A figure the masterplan's own data gives for a question of the yearly evaluation, for the self-assessment
 * to suggest (the region confirms it). `topic` names what is asked, not the instrument's question id.
 */
export interface SuggestedAnswer {
  /** `<evaluation dimension>.<topic>`, e.g. `baseline.programmes-ran`, `outcome.dimension-progress`. */
  readonly topic: string;
  /** The evaluation dimension id the question belongs to (`baseline`, `output`, `outcome`, `quick-win`). */
  readonly evaluationDimension: string;
  /** A framework dimension (for per-dimension topics) or an index id, else `null`. */
  readonly subject: string | null;
  readonly label: LocalizedText;
  readonly value: number;
  /** `count`, `share` (0–1) or `index` (on the index's own scale). */
  readonly unit: 'count' | 'share' | 'index';
  readonly source: AnswerSource;
  readonly explain: Explanation;
}

/** Options of `suggestedEvaluationAnswers`. */
export interface SuggestionOptions {
  /**
   * The year the evaluation is held; realisation questions ask about the year before (default: the year
   * after the latest monitored year).
   */
  readonly evaluationYear?: number;
}

/**
 * The evaluation questions the monitoring data can answer, as suggestions with their source: how many
 * programmes and action-plan activities ran the previous year, how far each dimension's programmes ran,
 * the APBD share and the alternative (non-APBD) financing of the realised budget, quick wins still running,
 * and the latest SPBE / Indeks Pemerintah Digital value and literacy measurement. Never invents a figure:
 * a question without data gets no suggestion. Pure.
 */
export function suggestedEvaluationAnswers(
  masterplan: Masterplan,
  framework: Framework,
  options: SuggestionOptions = {},
): SuggestedAnswer[] {
  const m = masterplan;
  const summary = monitoringSummary(m, framework);
  const lastMonitored = summary.years[summary.years.length - 1]?.year;
  const evaluationYear = options.evaluationYear ?? (lastMonitored === undefined ? null : lastMonitored + 1);
  const out: SuggestedAnswer[] = [];
  if (evaluationYear === null) return out;
  const year = evaluationYear - 1;
  const y = summary.years.find((x) => x.year === year);
  const records = (m.monitoring ?? []).flatMap((r, i) => (r.year === year ? [{ r, i }] : []));
  const paths = (ids?: ReadonlySet<string>) =>
    records.filter(({ r }) => !ids || ids.has(r.programme)).map(({ i }) => ['monitoring', i] as const);
  const monitoring = (ids?: ReadonlySet<string>): AnswerSource => ({
    kind: 'monitoring',
    year,
    paths: paths(ids),
    description: { id: `Data monitoring ${year}`, en: `Monitoring records of ${year}` },
  });
  const explain = (formula: string, rule: LocalizedText): Explanation => ({
    rule,
    inputs: [],
    formula,
    provenance: TOOLKIT_METHOD,
  });
  const pct = (x: number) => `${formatFixed(x * 100, 1)}%`;

  if (y) {
    out.push({
      topic: 'baseline.programmes-ran',
      evaluationDimension: 'baseline',
      subject: null,
      label: {
        id: `Program smart city yang berjalan pada ${year}`,
        en: `Smart city programmes that ran in ${year}`,
      },
      value: y.ran,
      unit: 'count',
      source: monitoring(),
      explain: explain(`${y.ran} / ${y.expected}`, {
        id: 'Jumlah data monitoring tahun itu yang menyatakan program berjalan.',
        en: 'The number of records of the year that say the programme ran.',
      }),
    });
    if (y.activities.reported > 0)
      out.push({
        topic: 'baseline.activities-ran',
        evaluationDimension: 'baseline',
        subject: null,
        label: {
          id: `Kegiatan rencana aksi yang berjalan pada ${year}`,
          en: `Action-plan activities that ran in ${year}`,
        },
        value: y.activities.ran,
        unit: 'count',
        source: monitoring(new Set(records.filter(({ r }) => r.activities).map(({ r }) => r.programme))),
        explain: explain(`${y.activities.ran} / ${y.activities.planned}`, {
          id: `Jumlah kegiatan yang berjalan, dari ${y.activities.reported} program yang melaporkannya.`,
          en: `Activities that ran, summed over the ${y.activities.reported} programmes that report them.`,
        }),
      });
    for (const d of y.byDimension) {
      if (d.expected === 0) continue;
      const ids = new Set(y.programmes.filter((p) => p.dimension === d.id).map((p) => p.programme));
      const name = framework.dimensions.find((x) => x.id === d.id)?.name ?? { id: d.id, en: d.id };
      out.push({
        topic: 'outcome.dimension-progress',
        evaluationDimension: 'outcome',
        subject: d.id,
        label: {
          id: `Program dimensi ${name.id} yang berjalan pada ${year}`,
          en: `${name.en} programmes that ran in ${year}`,
        },
        value: d.ran / d.expected,
        unit: 'share',
        source: monitoring(ids),
        explain: explain(
          `${d.ran} / ${d.expected} = ${pct(d.ran / d.expected)}; ${d.share === null ? '' : `budget ${pct(d.share)}`}`,
          {
            id: 'Bagian program dimensi itu yang direncanakan berjalan dan memang berjalan; realisasi anggarannya ditunjukkan di samping.',
            en: "The share of the dimension's programmes planned for the year that ran; its budget realisation is shown beside it.",
          },
        ),
      });
    }
    if (y.realised > 0) {
      const apbd = y.bySource.apbd?.realised ?? 0;
      out.push({
        topic: 'output.apbd-share',
        evaluationDimension: 'output',
        subject: null,
        label: {
          id: `Bagian APBD dalam anggaran smart city yang terealisasi pada ${year}`,
          en: `APBD share of the smart city budget realised in ${year}`,
        },
        value: apbd / y.realised,
        unit: 'share',
        source: monitoring(),
        explain: explain(`${apbd} / ${y.realised} = ${pct(apbd / y.realised)}`, {
          id: 'Realisasi APBD dibagi seluruh realisasi program smart city tahun itu (bukan seluruh APBD daerah).',
          en: "APBD realised divided by all smart city programmes' realised budget of the year (not the whole regional budget).",
        }),
      });
      const other = Object.entries(y.bySource).filter(([s, v]) => s !== 'apbd' && v.realised > 0);
      out.push({
        topic: 'output.alternative-financing',
        evaluationDimension: 'output',
        subject: null,
        label: { id: `Pembiayaan selain APBD pada ${year}`, en: `Financing other than the APBD in ${year}` },
        value: (y.realised - apbd) / y.realised,
        unit: 'share',
        source: monitoring(),
        explain: explain(
          `${other.map(([s]) => s).join(' + ') || '0'}: ${pct((y.realised - apbd) / y.realised)}`,
          {
            id: 'Bagian realisasi dari sumber selain APBD (APBN, DAK, KPBU, CSR, lainnya).',
            en: 'The share realised from sources other than the APBD (APBN, DAK, KPBU, CSR, other).',
          },
        ),
      });
    }
    const quickWins = new Set(m.quickWins.selected.map((s) => s.programme));
    if (quickWins.size > 0) {
      const running = y.programmes.filter((p) => quickWins.has(p.programme) && p.ran);
      out.push({
        topic: 'quick-win.still-running',
        evaluationDimension: 'quick-win',
        subject: null,
        label: {
          id: `Quick win yang masih berjalan pada ${year}`,
          en: `Quick wins still running in ${year}`,
        },
        value: running.length,
        unit: 'count',
        source: monitoring(quickWins),
        explain: explain(`${running.length} / ${quickWins.size}`, {
          id: 'Quick win terpilih yang menurut data monitoring berjalan tahun itu.',
          en: 'Selected quick wins that the records say ran in the year.',
        }),
      });
    }
  }
  for (const def of EXTERNAL_INDICES) {
    const values = (m.externalIndices ?? [])
      .map((x, i) => ({ x, i }))
      .filter(({ x }) => x.index === def.id && x.year < evaluationYear)
      .sort((a, b) => b.x.year - a.x.year);
    const latest = values[0];
    if (!latest) continue;
    out.push({
      topic: `outcome.${def.id}-index`,
      evaluationDimension: 'outcome',
      subject: def.id,
      label: { id: `${def.name.id} ${latest.x.year}`, en: `${def.name.en} ${latest.x.year}` },
      value: latest.x.value,
      unit: 'index',
      source: {
        kind: 'external-index',
        year: latest.x.year,
        paths: [['externalIndices', latest.i]],
        description: { id: latest.x.source, en: latest.x.source },
      },
      explain: explain(String(latest.x.value), {
        id: 'Nilai terakhir yang dicatat sebelum tahun evaluasi, dengan sumbernya.',
        en: 'The latest value recorded before the evaluation year, with its source.',
      }),
    });
  }
  const measured = (m.literacy?.measured ?? [])
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.year < evaluationYear && x.index !== undefined)
    .sort((a, b) => b.x.year - a.x.year)[0];
  if (measured)
    out.push({
      topic: 'outcome.literacy',
      evaluationDimension: 'outcome',
      subject: null,
      label: {
        id: `Indeks literasi digital ${measured.x.year}`,
        en: `Digital literacy index ${measured.x.year}`,
      },
      value: measured.x.index!,
      unit: 'index',
      source: {
        kind: 'literacy',
        year: measured.x.year,
        paths: [['literacy', 'measured', measured.i]],
        description: { id: measured.x.source, en: measured.x.source },
      },
      explain: explain(String(measured.x.index), {
        id: 'Pengukuran literasi terakhir sebelum tahun evaluasi.',
        en: 'The latest literacy measurement before the evaluation year.',
      }),
    });
  return out;
}
