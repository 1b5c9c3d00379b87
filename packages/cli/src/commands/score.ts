import { relative, resolve } from 'node:path';
import { formatPath, type Locale, parseMasterplan } from '@smartcity/model';
import {
  formatFixed,
  formatRupiah,
  type MasterplanScore,
  type MaturityProjection,
  type MonitoringSummary,
  monitoringSummary,
  projectMaturity,
  type RevisionStatus,
  revisionStatus,
  scoreMasterplan,
} from '@smartcity/scoring';
import { readBytes } from '../files.js';
import { type CommonOptions, type Io, say } from '../io.js';
import { table } from '../table.js';

export interface ScoreOptions extends CommonOptions {
  /** Quick-win budget for plan years 1–2, in rupiah (default: the masterplan's own). */
  readonly budget?: number;
}

const dash = '—';
const fixed = (v: number | null | undefined, d: number) =>
  v === null || v === undefined ? dash : formatFixed(v, d);

/** The score of one region as text in the user's language. */
export function scoreText(s: MasterplanScore, lang: Locale): string {
  const t = (id: string, en: string) => say(lang, id, en);
  const out: string[] = [];
  out.push(
    `${s.region.name} (${s.region.code}) — ${t('periode', 'period')} ${s.period.startYear}–${s.period.endYear}`,
  );
  out.push(`${t('Kerangka', 'Framework')}: ${s.framework.id} ${s.framework.version}`, '');

  if (s.readiness) {
    const r = s.readiness;
    out.push(
      `${t('KESIAPAN', 'READINESS')}: ${fixed(r.index, 1)} / 100 (${t('rerata', 'mean')} ${fixed(r.mean, 2)})`,
    );
    out.push(
      table(
        [
          t('Pilar / aspek', 'Pillar / aspect'),
          t('Indeks', 'Index'),
          t('Rerata', 'Mean'),
          t('Cakupan', 'Coverage'),
        ],
        r.pillars.flatMap((p) => [
          [
            p.name[lang],
            fixed(p.index, 1),
            fixed(p.mean, 2),
            cover(p.coverage.answered, p.coverage.asked, p.lowCoverage),
          ],
          ...p.aspects.map((a) => [
            `  ${a.name[lang]}`,
            fixed(a.index, 1),
            fixed(a.mean, 2),
            cover(a.coverage.answered, a.coverage.asked, a.lowCoverage),
          ]),
        ]),
      ),
      '',
    );
  }
  if (s.maturity) {
    const m = s.maturity;
    out.push(
      `${t('KEMATANGAN', 'MATURITY')} ${m.year}: ${fixed(m.index, m.decimals)} — ${m.predicate?.name[lang] ?? dash}` +
        ` (${t('cakupan', 'coverage')} ${cover(m.coverage.filled, m.coverage.total, m.lowCoverage)})` +
        (s.maturityChange
          ? ` (${t('sejak', 'since')} ${s.maturityChange.fromYear}: ${signed(s.maturityChange.overall.change, m.decimals)})`
          : ''),
    );
    if (m.coverage.warning) out.push(`! ${m.coverage.warning[lang]}`);
    out.push(
      table(
        [
          t('Dimensi', 'Dimension'),
          t('Indeks', 'Index'),
          t('Predikat', 'Predicate'),
          t('Target', 'Target'),
          t('Selisih', 'Gap'),
          t('Cakupan', 'Coverage'),
        ],
        m.dimensions.map((d) => [
          d.name[lang],
          fixed(d.index, m.decimals),
          d.predicate?.name[lang] ?? dash,
          fixed(d.target, m.decimals),
          fixed(d.gap, m.decimals),
          cover(d.coverage.filled, d.coverage.total, d.lowCoverage),
        ]),
      ),
      '',
    );
  }
  if (s.evaluation) {
    const e = s.evaluation;
    out.push(
      `${t('INDEKS EVALUASI', 'EVALUATION INDEX')} ${e.year}: ${fixed(e.index, 2)} (${e.weightSet.name[lang]})` +
        (e.published
          ? `; ${t('diumumkan', 'published')} ${fixed(e.published.index, 2)} (${e.published.source})`
          : '') +
        (e.instrument ? '' : ` — ${t('skala lama 0–5', 'old 0–5 scale')}`),
    );
    out.push(
      table(
        [t('Dimensi', 'Dimension'), t('Bobot', 'Weight'), t('Skor', 'Score')],
        e.dimensions.map((d) => [d.name[lang], `${Math.round(d.weight * 100)}%`, fixed(d.score, 2)]),
      ),
      '',
    );
  }
  const q = s.quickWins;
  const p = q.portfolio;
  out.push(
    `${t('PORTOFOLIO QUICK WIN', 'QUICK-WIN PORTFOLIO')} ${q.years.from}–${q.years.to}: ${p.chosen.length} ${t('program', 'programmes')}, ` +
      `${t('skor', 'score')} ${formatFixed(p.totalScore, 2)}, ${formatRupiah(p.totalCost, lang)}` +
      (p.budget === null ? '' : ` ${t('dari', 'of')} ${formatRupiah(p.budget, lang)}`) +
      (p.optimal
        ? ` (${t('terbukti optimal', 'proved optimal')})`
        : ` (${t('terbaik yang ditemukan; selisih dari optimum paling banyak', 'best found; at most')} ${formatFixed(p.gap, 4)}${t('', ' below the optimum')})`),
  );
  const byId = new Map(q.candidates.map((c) => [c.id, c]));
  out.push(
    table(
      [
        '',
        t('Program', 'Programme'),
        t('Skor', 'Score'),
        t('Kuadran', 'Quadrant'),
        t('Biaya', 'Cost'),
        ...(p.perYear.length > 0 ? [t('Tahun rencana', 'Plan year')] : []),
      ],
      p.decisions.map((d) => {
        const c = byId.get(d.id);
        return [
          d.chosen ? '✓' : ' ',
          c?.name ?? d.id,
          fixed(d.score, 2),
          c?.quadrantName?.[lang] ?? dash,
          formatRupiah(d.cost, lang),
          ...(p.perYear.length > 0 ? [d.year === null ? dash : String(d.year)] : []),
        ];
      }),
    ),
  );
  if (s.roadmap.conflicts.length > 0)
    out.push('', `${t('Konflik roadmap', 'Roadmap conflicts')}: ${s.roadmap.conflicts.length}`);
  return `${out.join('\n')}\n`;
}

/** What `score --json` adds to the score: the projection by year, the monitoring summary and the RPJMD check. */
export interface LivingPlan {
  /** The projection without its schedule (the score's `roadmap` is the same schedule). */
  readonly projection: Omit<MaturityProjection, 'schedule'>;
  readonly monitoring: MonitoringSummary;
  readonly revision: RevisionStatus;
}

function livingPlan(
  projection: MaturityProjection,
  monitoring: MonitoringSummary,
  revision: RevisionStatus,
): LivingPlan {
  const { schedule: _schedule, ...rest } = projection;
  return { projection: rest, monitoring, revision };
}

/** The projection, the monitoring and the RPJMD check as text. */
export function livingText(l: LivingPlan, s: MasterplanScore, lang: Locale): string {
  const t = (id: string, en: string) => say(lang, id, en);
  const out: string[] = [''];
  const p = l.projection;
  const d = s.maturity?.decimals ?? 2;
  if (p.years.length > 0) {
    out.push(
      `${t('PROYEKSI KEMATANGAN', 'MATURITY PROJECTION')} (${t('dari roadmap yang terjadwal dan didanai', 'from the scheduled, funded roadmap')})`,
    );
    const dims = p.years[0]!.dimensions.map((x) => x.id);
    out.push(
      table(
        [t('Tahun', 'Year'), t('Indeks', 'Index'), ...dims],
        [
          ...p.years.map((y) => [
            String(y.year),
            fixed(y.indexRounded, d),
            ...y.dimensions.map((x) => fixed(x.indexRounded, d)),
          ]),
          [
            t('Target', 'Target'),
            fixed(p.target.indexRounded, d),
            ...p.target.dimensions.map((x) => fixed(x.indexRounded, d)),
          ],
        ],
      ),
    );
    if (p.gaps.length > 0) {
      out.push('', `${t('Target yang tidak tercapai', 'Targets not reached')}:`);
      for (const g of p.gaps) out.push(`  - ${g.message[lang]}`);
    }
    if (p.excluded.length > 0) {
      out.push('', `${t('Tidak dihitung', 'Not counted')}:`);
      for (const x of p.excluded) out.push(`  - ${x.message[lang]}`);
    }
    out.push('');
  }
  const m = l.monitoring;
  if (m.years.length > 0) {
    out.push(`${t('MONITORING', 'MONITORING')}`);
    out.push(
      table(
        [
          t('Tahun', 'Year'),
          t('Program berjalan', 'Programmes ran'),
          t('Rencana', 'Planned'),
          t('Realisasi', 'Realised'),
          '%',
        ],
        m.years.map((y) => [
          String(y.year),
          `${y.ran}/${y.expected}`,
          formatRupiah(y.planned, lang),
          formatRupiah(y.realised, lang),
          y.share === null ? dash : formatFixed(y.share * 100, 1),
        ]),
      ),
    );
    out.push(
      `${t('Terlambat', 'Late')}: ${m.late.length} · ${t('Tanpa dana', 'Unfunded')}: ${m.unfunded.length} · ${t('IKU tidak sesuai jalur', 'KPIs off track')}: ${m.offTrack.length}/${m.kpis.length}`,
      '',
    );
  }
  out.push(`RPJMD: ${l.revision.message[lang]}`);
  return `${out.join('\n')}\n`;
}

function cover(answered: number, asked: number, low: boolean): string {
  return `${answered}/${asked}${low ? ' !' : ''}`;
}

function signed(v: number | null, d: number): string {
  if (v === null) return dash;
  return `${v > 0 ? '+' : ''}${formatFixed(v, d)}`;
}

/** `smartcity score <file>`: one region's readiness, maturity, evaluation index and quick-win portfolio. */
export async function scoreCommand(file: string | undefined, opts: ScoreOptions, io: Io): Promise<number> {
  const { lang } = opts;
  if (!file) {
    io.err(`${say(lang, 'Sebutkan satu berkas masterplan.', 'Name one masterplan file.')}\n`);
    return 2;
  }
  const path = resolve(io.cwd, file);
  const read = await readBytes(path);
  if ('error' in read) {
    io.err(`${relative(io.cwd, path) || file}: ${read.error[lang]}\n`);
    return 1;
  }
  const parsed = parseMasterplan(read.bytes);
  if (!parsed.ok) {
    io.err(`${say(lang, 'Berkas tidak valid', 'Invalid file')}: ${file}\n`);
    for (const i of parsed.issues) io.err(`    ${formatPath(i.path)}: ${i.message[lang]} [${i.code}]\n`);
    return 1;
  }
  const { document, framework, notices } = parsed.value;
  for (const n of notices) io.err(`${formatPath(n.path)}: ${n.message[lang]}\n`);
  const score = scoreMasterplan(
    document,
    framework,
    opts.budget === undefined ? {} : { budget: opts.budget },
  );
  const living = livingPlan(
    projectMaturity(document, framework),
    monitoringSummary(document, framework),
    revisionStatus(document),
  );
  io.out(
    opts.json
      ? `${JSON.stringify({ ...score, ...living }, null, 2)}\n`
      : scoreText(score, lang) + livingText(living, score, lang),
  );
  return 0;
}
