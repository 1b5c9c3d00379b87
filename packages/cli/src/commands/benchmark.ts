import { writeFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { renderMaturityRadarSvg } from '@smartcity/charts/svg';
import {
  type Framework,
  type Locale,
  type Masterplan,
  type Region,
  type SelfAssessmentDocument,
  toCsv,
} from '@smartcity/model';
import {
  type BenchmarkEntry,
  type BenchmarkResult,
  benchmark,
  type Distribution,
  formatFixed,
  scoreMasterplan,
  scoreSelfAssessment,
} from '@smartcity/scoring';
import { collectJsonFiles } from '../files.js';
import { type CommonOptions, type Io, progress, say } from '../io.js';
import { type FileReport, validateFile } from './validate.js';

export interface BenchmarkCommandOptions extends CommonOptions {
  readonly out?: string;
}

/** What the national comparison read: the benchmark of the valid files and the verdict on the others. */
export interface NationalReport {
  readonly files: number;
  readonly invalid: readonly FileReport[];
  readonly skipped: readonly { file: string; kind: string }[];
  readonly benchmark: BenchmarkResult;
  readonly framework: { id: string; version: string } | null;
  /** The evaluation each region's index comes from, by region code: year, instrument, coverage. */
  readonly evaluations: Readonly<Record<string, RegionEvaluation>>;
}

/** Where a region's evaluation index in the benchmark comes from. */
export interface RegionEvaluation {
  readonly year: number;
  /** `id@version` of the ministry's instrument, or `null` for an old 0–5 evaluation. */
  readonly instrument: string | null;
  /** A masterplan's evaluation (dimension scores) or a self-assessment (question values). */
  readonly from: 'masterplan' | 'self-assessment';
  /** Answered and asked questions, for a self-assessment. */
  readonly coverage: { readonly answered: number; readonly questions: number } | null;
}

/** Reads, validates and scores every file; bad files are reported, never stop the run. */
export async function nationalReport(
  paths: readonly string[],
  lang: Locale,
  io: Io,
): Promise<NationalReport> {
  const files = await collectJsonFiles(io.cwd, paths);
  const tick = progress(io, lang, files.length);
  const invalid: FileReport[] = [];
  const skipped: { file: string; kind: string }[] = [];
  let framework: Framework | null = null;
  const entries: BenchmarkEntry[] = [];
  const masterplanRegions = new Set<string>();
  const assessedOnly = new Map<string, BenchmarkEntry>();
  const evaluations = new Map<string, RegionEvaluation & { index: number | null }>();
  // The latest evaluation of a region wins, whichever file carries it; a self-assessment wins a tie.
  const offer = (region: Region, e: RegionEvaluation & { index: number | null }) => {
    const had = evaluations.get(region.code);
    if (!had || e.year > had.year || (e.year === had.year && e.from === 'self-assessment'))
      evaluations.set(region.code, e);
  };
  for (const [i, file] of files.entries()) {
    const { parsed, ...report } = await validateFile(file);
    const name = relative(io.cwd, file) || file;
    if (!parsed?.ok) invalid.push({ ...report, file: name });
    else if (parsed.value.document.kind === 'smartcity.masterplan') {
      framework ??= parsed.value.framework;
      const score = scoreMasterplan(parsed.value.document as Masterplan, parsed.value.framework);
      entries.push(score);
      masterplanRegions.add(score.region.code);
      const e = score.evaluation;
      if (e)
        offer(score.region, {
          year: e.year,
          instrument: e.instrument ? `${e.instrument.id}@${e.instrument.version}` : null,
          from: 'masterplan',
          coverage: null,
          index: e.index,
        });
    } else if (parsed.value.document.kind === 'smartcity.self-assessment') {
      const doc = parsed.value.document as SelfAssessmentDocument;
      const r = scoreSelfAssessment(doc.assessment);
      if (!assessedOnly.has(doc.region.code)) assessedOnly.set(doc.region.code, { region: doc.region });
      offer(doc.region, {
        year: doc.assessment.year,
        instrument: `${r.instrument.id}@${r.instrument.version}`,
        from: 'self-assessment',
        coverage: { answered: r.coverage.answered, questions: r.coverage.questions },
        index: r.index,
      });
    } else skipped.push({ file: name, kind: parsed.value.document.kind });
    tick(i + 1);
  }
  for (const [code, e] of assessedOnly) if (!masterplanRegions.has(code)) entries.push(e);
  const scores = entries.map((e) => {
    const ev = evaluations.get(e.region.code);
    return { ...e, evaluation: ev ? { index: ev.index } : null };
  });
  const result = benchmark(scores, framework ? { framework } : {});
  return {
    files: files.length,
    invalid,
    skipped,
    benchmark: result,
    framework: framework ? { id: framework.id, version: framework.version } : null,
    evaluations: Object.fromEntries([...evaluations].map(([code, { index: _, ...e }]) => [code, e])),
  };
}

const fx = (v: number | null | undefined, d = 2) => (v === null || v === undefined ? '' : formatFixed(v, d));

/** One row per region: its figures, ranks and percentiles. */
export function nationalCsv(r: NationalReport): string {
  const b = r.benchmark;
  const dims = b.dimensionList.map((d) => d.id);
  const head = [
    'code',
    'name',
    'type',
    'province_code',
    'province',
    'cohort',
    'maturity_index',
    'maturity_rank',
    'maturity_percentile',
    ...dims.map((d) => `maturity_${d}`),
    'readiness_index',
    'readiness_rank',
    'evaluation_index',
    'evaluation_rank',
    'evaluation_year',
    'evaluation_instrument',
    'evaluation_answered',
  ];
  const rows = b.entries.map((e) => [
    e.code,
    e.name,
    e.type,
    e.province.code,
    e.province.name,
    e.cohort,
    fx(e.overall.value),
    e.overall.rank,
    fx(e.overall.percentile, 1),
    ...dims.map((d) => fx(e.dimensions[d]?.value)),
    fx(e.readiness.value, 1),
    e.readiness.rank,
    fx(e.evaluation.value),
    e.evaluation.rank,
    r.evaluations[e.code]?.year,
    r.evaluations[e.code]?.instrument ?? (r.evaluations[e.code] ? 'legacy-0-5' : ''),
    r.evaluations[e.code]?.coverage
      ? `${r.evaluations[e.code]!.coverage!.answered}/${r.evaluations[e.code]!.coverage!.questions}`
      : '',
  ]);
  return toCsv(head, rows);
}

const esc = (s: unknown) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function distributionRows(label: string, d: Distribution, decimals = 2): string {
  return `<tr><th scope="row">${esc(label)}</th>${[
    d.count,
    fx(d.min, decimals),
    fx(d.q1, decimals),
    fx(d.median, decimals),
    fx(d.mean, decimals),
    fx(d.q3, decimals),
    fx(d.max, decimals),
  ]
    .map((v) => `<td>${esc(v)}</td>`)
    .join('')}</tr>`;
}

/** A self-contained HTML report (no script, inline SVG charts) of the national comparison. */
export function nationalHtml(r: NationalReport, lang: Locale): string {
  const t = (id: string, en: string) => say(lang, id, en);
  const b = r.benchmark;
  const dimName = (d: (typeof b.dimensionList)[number]) => d.name?.[lang] ?? d.id;
  const radar = renderMaturityRadarSvg(
    {
      title: t('Median nasional per dimensi', 'National median per dimension'),
      axes: b.dimensionList.map((d) => ({ id: d.id, label: dimName(d) })),
      series: [
        { id: 'median', label: t('Median nasional', 'National median'), kind: 'median', values: b.median },
      ],
      band: {
        id: 'iqr',
        label: t('Kuartil 1–3', 'Quartiles 1–3'),
        min: Object.fromEntries(b.dimensionList.map((d) => [d.id, b.dimensions[d.id]?.q1 ?? null])),
        max: Object.fromEntries(b.dimensionList.map((d) => [d.id, b.dimensions[d.id]?.q3 ?? null])),
      },
    },
    { lang, width: 560 },
  );
  const ranked = [...b.entries].sort(
    (x, y) =>
      (x.overall.rank ?? Number.POSITIVE_INFINITY) - (y.overall.rank ?? Number.POSITIVE_INFINITY) ||
      x.code.localeCompare(y.code),
  );
  const distHead = [t('Angka', 'Figure'), 'n', 'min', 'Q1', 'median', t('rerata', 'mean'), 'Q3', 'max'];
  const peerTable = (title: string, groups: BenchmarkResult['peerGroups']['type']) =>
    `<h3>${esc(title)}</h3><table><thead><tr>${[
      t('Kelompok', 'Group'),
      t('Wilayah', 'Regions'),
      'median',
      'Q1',
      'Q3',
    ]
      .map((h) => `<th scope="col">${esc(h)}</th>`)
      .join('')}</tr></thead><tbody>${groups
      .map(
        (g) =>
          `<tr><th scope="row">${esc(g.name)}</th><td>${g.regions}</td><td>${fx(g.overall.median)}</td><td>${fx(g.overall.q1)}</td><td>${fx(g.overall.q3)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(t('Perbandingan nasional Smart City', 'Smart City national comparison'))}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;color:#1f2937;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d1d5db}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:right}
th[scope=row],td.l,th.l{text-align:left}thead th{background:#f3f4f6}
.chart{max-width:560px}.bad{color:#991b1b}code{font-size:.9em}
@media print{h2{break-before:page}table{break-inside:auto}tr{break-inside:avoid}}
</style>
</head>
<body>
<main>
<h1>${esc(t('Perbandingan nasional Smart City', 'Smart City national comparison'))}</h1>
<p>${esc(
    t(
      `${r.files} berkas dibaca: ${b.entries.length} masterplan valid dibandingkan, ${r.invalid.length} tidak valid, ${r.skipped.length} bukan masterplan.`,
      `${r.files} files read: ${b.entries.length} valid masterplans compared, ${r.invalid.length} invalid, ${r.skipped.length} not masterplans.`,
    ),
  )}${r.framework ? ` ${esc(t('Kerangka', 'Framework'))}: ${esc(r.framework.id)} ${esc(r.framework.version)}.` : ''}
${esc(t('Kuartil: interpolasi linear (tipe 7).', 'Quartiles: linear interpolation (type 7).'))}</p>
<h2>${esc(t('Sebaran indeks kematangan', 'Distribution of the maturity index'))}</h2>
<div class="chart">${radar}</div>
<table><caption>${esc(t('Indeks kematangan (0–5), indeks kesiapan (0–100) dan indeks evaluasi (0–5)', 'Maturity index (0–5), readiness index (0–100) and evaluation index (0–5)'))}</caption>
<thead><tr>${distHead.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>
${distributionRows(t('Kematangan keseluruhan', 'Overall maturity'), b.overall)}
${b.dimensionList.map((d) => distributionRows(dimName(d), b.dimensions[d.id]!)).join('\n')}
${distributionRows(t('Kesiapan', 'Readiness'), b.readiness, 1)}
${distributionRows(t('Indeks evaluasi', 'Evaluation index'), b.evaluation)}
</tbody></table>
<h2>${esc(t('Peringkat', 'Ranking'))}</h2>
<table><thead><tr>${[
    t('Peringkat', 'Rank'),
    t('Wilayah', 'Region'),
    t('Provinsi', 'Province'),
    t('Kohort', 'Cohort'),
    t('Kematangan', 'Maturity'),
    t('Persentil', 'Percentile'),
    t('Kesiapan', 'Readiness'),
    t('Evaluasi', 'Evaluation'),
  ]
    .map((h, i) => `<th scope="col"${i === 1 || i === 2 ? ' class="l"' : ''}>${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>
${ranked
  .map(
    (e) =>
      `<tr><td>${e.overall.rank ?? '—'}</td><th scope="row">${esc(e.name)} <code>${esc(e.code)}</code></th><td class="l">${esc(e.province.name)}</td><td>${e.cohort ?? '—'}</td><td>${fx(e.overall.value)}</td><td>${fx(e.overall.percentile, 1)}</td><td>${fx(e.readiness.value, 1)}</td><td>${fx(e.evaluation.value)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<h2>${esc(t('Kelompok sebaya', 'Peer groups'))}</h2>
${peerTable(t('Kabupaten dan kota', 'Regencies and cities'), b.peerGroups.type)}
${peerTable(t('Kohort program', 'Programme cohort'), b.peerGroups.cohort)}
${peerTable(t('Provinsi', 'Province'), b.peerGroups.province)}
<h2>${esc(t('Berkas tidak valid', 'Invalid files'))} (${r.invalid.length})</h2>
${
  r.invalid.length === 0
    ? `<p>${esc(t('Tidak ada.', 'None.'))}</p>`
    : `<ul>${r.invalid
        .map(
          (f) =>
            `<li><code>${esc(f.file)}</code><ul>${f.issues.map((i) => `<li class="bad"><code>${esc(i.path)}</code>: ${esc(i.message[lang])}</li>`).join('')}</ul></li>`,
        )
        .join('')}</ul>`
}
</main>
</body>
</html>
`;
}

/** `smartcity benchmark <folder> --out <report.html|.csv|.json>`: the national comparison of all valid files. */
export async function benchmarkCommand(
  paths: readonly string[],
  opts: BenchmarkCommandOptions,
  io: Io,
): Promise<number> {
  const { lang } = opts;
  const out = opts.out;
  const ext = out ? extname(out).toLowerCase() : opts.json ? '.json' : '';
  if (paths.length === 0 || !['.html', '.csv', '.json'].includes(ext)) {
    io.err(
      `${say(
        lang,
        'Pemakaian: smartcity benchmark <folder> --out <laporan.html|.csv|.json>',
        'Usage: smartcity benchmark <folder> --out <report.html|.csv|.json>',
      )}\n`,
    );
    return 2;
  }
  const report = await nationalReport(paths, lang, io);
  const text =
    ext === '.json'
      ? `${JSON.stringify({ files: report.files, framework: report.framework, invalid: report.invalid, skipped: report.skipped, benchmark: report.benchmark }, null, 2)}\n`
      : ext === '.csv'
        ? nationalCsv(report)
        : nationalHtml(report, lang);
  if (out) {
    try {
      await writeFile(resolve(io.cwd, out), text);
    } catch {
      io.err(`${say(lang, `Tidak dapat menulis ${out}.`, `Cannot write ${out}.`)}\n`);
      return 2;
    }
  } else io.out(text);
  io.err(
    `${say(
      lang,
      `${report.benchmark.entries.length} wilayah dibandingkan, ${report.invalid.length} berkas tidak valid${out ? `; laporan: ${out}` : ''}.`,
      `${report.benchmark.entries.length} regions compared, ${report.invalid.length} invalid files${out ? `; report: ${out}` : ''}.`,
    )}\n`,
  );
  return 0;
}
