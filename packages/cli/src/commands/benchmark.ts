import { writeFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import {
  renderBenchmarkWheelSvg,
  renderMaturityHeatmapSvg,
  renderMaturityRadarSvg,
} from '@smartcity/charts/svg';
import {
  BUILTIN_FRAMEWORKS,
  type Crosswalk,
  type CrosswalkGap,
  createRegistry,
  type Framework,
  type FrameworkRegistry,
  formatPath,
  type Locale,
  type LocalizedText,
  type Masterplan,
  parseCrosswalk,
  parseFramework,
  type Region,
  readUnderVersion,
  type SelfAssessmentDocument,
  toCsv,
  type ValidationIssue,
} from '@smartcity/model';
import {
  type BenchmarkEntry,
  type BenchmarkResult,
  benchmark,
  type Distribution,
  distribution,
  formatFixed,
  type MasterplanScore,
  type RegionBenchmark,
  scoreMasterplan,
  scoreSelfAssessment,
} from '@smartcity/scoring';
import { collectJsonFiles, readText } from '../files.js';
import { type CommonOptions, type Io, progress, say } from '../io.js';
import { type FileReport, validateFile } from './validate.js';

export interface BenchmarkCommandOptions extends CommonOptions {
  readonly out?: string;
  /** Framework versions besides the built-in ones (e.g. an older version some files use). */
  readonly frameworks?: readonly Framework[];
  /** Crosswalks between framework versions, to read files made under older versions. */
  readonly crosswalks?: readonly Crosswalk[];
}

/** A file made under an older framework version, read under the compared one through crosswalks. */
export interface CrosswalkedFile {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  /** The versions passed through, e.g. `["2019.1", "2020.1", "2021.1"]`. */
  readonly path: readonly string[];
  /** How many ids the crosswalks mapped (renamed, split, merged, retired or unchanged). */
  readonly mappings: number;
  /** What could not be carried over, with where it was. */
  readonly unmapped: readonly CrosswalkGap[];
}

/** A valid masterplan left out of the comparison, and why. */
export interface NotComparedFile {
  readonly file: string;
  readonly framework: { readonly id: string; readonly version: string };
  readonly reason: LocalizedText;
}

/** What the national comparison read: the benchmark of the valid files and the verdict on the others. */
export interface NationalReport {
  readonly files: number;
  readonly invalid: readonly FileReport[];
  readonly skipped: readonly { file: string; kind: string }[];
  /** Masterplans left out because an earlier file (in path order) has the same region: `used` is compared. */
  readonly duplicates: readonly { file: string; region: string; used: string }[];
  readonly benchmark: BenchmarkResult;
  /** The framework version the regions are compared on: the newest any file uses. */
  readonly framework: { id: string; version: string } | null;
  readonly crosswalked: readonly CrosswalkedFile[];
  readonly notCompared: readonly NotComparedFile[];
  /** The evaluation each region's index comes from, by region code: year, instrument, coverage. */
  readonly evaluations: Readonly<Record<string, RegionEvaluation>>;
  /** The compared framework's dimensions and their elements, for the element-level pictures. */
  readonly structure: readonly {
    readonly id: string;
    readonly name: LocalizedText;
    readonly elements: readonly { readonly id: string; readonly name: LocalizedText }[];
  }[];
  /** Each compared masterplan's latest maturity level per element (`null`: not assessed), by region code. */
  readonly elementLevels: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
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

/** `2021.1` → [2021, 1], for ordering versions. */
function versionKey(v: string): number[] {
  return v.split('.').map((x) => Number.parseInt(x, 10) || 0);
}

function newer(a: string, b: string): boolean {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

/** The crosswalks leading from one version to another (fewest steps), or `null` when none does. */
export function crosswalkChain(
  crosswalks: readonly Crosswalk[],
  id: string,
  from: string,
  to: string,
): Crosswalk[] | null {
  const queue: { version: string; chain: Crosswalk[] }[] = [{ version: from, chain: [] }];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const { version, chain } = queue.shift()!;
    if (version === to) return chain;
    for (const c of crosswalks)
      if (c.framework === id && c.from === version && !seen.has(c.to)) {
        seen.add(c.to);
        queue.push({ version: c.to, chain: [...chain, c] });
      }
  }
  return null;
}

/** Reads, validates and scores every file; bad files are reported, never stop the run. */
export async function nationalReport(
  paths: readonly string[],
  lang: Locale,
  io: Io,
  options: { frameworks?: readonly Framework[]; crosswalks?: readonly Crosswalk[] } = {},
): Promise<NationalReport> {
  const registry: FrameworkRegistry = options.frameworks?.length
    ? createRegistry([...BUILTIN_FRAMEWORKS.all, ...options.frameworks])
    : BUILTIN_FRAMEWORKS;
  const crosswalks = options.crosswalks ?? [];
  const files = await collectJsonFiles(io.cwd, paths);
  const tick = progress(io, lang, files.length);
  const invalid: FileReport[] = [];
  const skipped: { file: string; kind: string }[] = [];
  const duplicates: { file: string; region: string; used: string }[] = [];
  const byRegion = new Map<string, string>();
  const plans: { file: string; document: Masterplan; framework: Framework }[] = [];
  const assessedOnly = new Map<string, BenchmarkEntry>();
  const evaluations = new Map<string, RegionEvaluation & { index: number | null }>();
  // The latest evaluation of a region wins, whichever file carries it; a self-assessment wins a tie.
  const offer = (region: Region, e: RegionEvaluation & { index: number | null }) => {
    const had = evaluations.get(region.code);
    if (!had || e.year > had.year || (e.year === had.year && e.from === 'self-assessment'))
      evaluations.set(region.code, e);
  };
  for (const [i, file] of files.entries()) {
    const { parsed, ...report } = await validateFile(file, registry);
    const name = relative(io.cwd, file.file) || file.file;
    if (!parsed?.ok) invalid.push({ ...report, file: name });
    else if (parsed.value.document.kind === 'smartcity.self-assessment') {
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
    } else if (parsed.value.document.kind !== 'smartcity.masterplan')
      skipped.push({ file: name, kind: parsed.value.document.kind });
    else if (byRegion.has(parsed.value.document.region.code)) {
      const { region } = parsed.value.document;
      duplicates.push({
        file: name,
        region: `${region.code} ${region.name}`,
        used: byRegion.get(region.code)!,
      });
    } else {
      byRegion.set(parsed.value.document.region.code, name);
      plans.push({
        file: name,
        document: parsed.value.document as Masterplan,
        framework: parsed.value.framework,
      });
    }
    tick(i + 1);
  }
  // The regions are compared on the framework most files answer, in the newest version any of them uses;
  // files under older versions are read through the crosswalks, never scored on a version they do not use.
  const count = new Map<string, number>();
  for (const p of plans) count.set(p.framework.id, (count.get(p.framework.id) ?? 0) + 1);
  const id = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  let framework: Framework | null = null;
  for (const p of plans)
    if (p.framework.id === id && (!framework || newer(p.framework.version, framework.version)))
      framework = p.framework;
  const entries: BenchmarkEntry[] = [];
  const masterplanRegions = new Set<string>();
  const elementLevels: Record<string, Record<string, number | null>> = {};
  /** Takes a plan's score into the comparison and offers its evaluation. */
  const add = (score: MasterplanScore) => {
    entries.push(score);
    masterplanRegions.add(score.region.code);
    if (score.maturity)
      elementLevels[score.region.code] = Object.fromEntries(
        score.maturity.dimensions.flatMap((d) => d.elements.map((e) => [e.id, e.level])),
      );
    const e = score.evaluation;
    if (e)
      offer(score.region, {
        year: e.year,
        instrument: e.instrument ? `${e.instrument.id}@${e.instrument.version}` : null,
        from: 'masterplan',
        coverage: null,
        index: e.index,
      });
  };
  const crosswalked: CrosswalkedFile[] = [];
  const notCompared: NotComparedFile[] = [];
  for (const p of plans) {
    const ref = { id: p.framework.id, version: p.framework.version };
    if (!framework || p.framework.id !== framework.id) {
      notCompared.push({
        file: p.file,
        framework: ref,
        reason: {
          id: `Kerangka ${ref.id} berbeda dengan kerangka perbandingan ${framework?.id ?? '—'}.`,
          en: `Framework ${ref.id} differs from the compared framework ${framework?.id ?? '—'}.`,
        },
      });
      continue;
    }
    if (p.framework.version === framework.version) {
      add(scoreMasterplan(p.document, framework));
      continue;
    }
    const chain = crosswalkChain(crosswalks, ref.id, ref.version, framework.version);
    const steps = chain?.map((c) => registry.get(ref.id, c.to));
    if (!chain || !steps || steps.some((s) => !s)) {
      notCompared.push({
        file: p.file,
        framework: ref,
        reason: {
          id: `Tidak ada crosswalk dari ${ref.id} ${ref.version} ke ${framework.version}; berkas ini tidak dibandingkan (sertakan --crosswalk).`,
          en: `No crosswalk leads from ${ref.id} ${ref.version} to ${framework.version}; this file is not compared (pass --crosswalk).`,
        },
      });
      continue;
    }
    let doc: Masterplan = p.document;
    let mappings = 0;
    const unmapped: CrosswalkGap[] = [];
    chain.forEach((c, k) => {
      const read = readUnderVersion(doc, steps[k]!, c);
      doc = read.document;
      mappings += read.mappings.length;
      unmapped.push(...read.unmapped);
    });
    crosswalked.push({
      file: p.file,
      from: ref.version,
      to: framework.version,
      path: [ref.version, ...chain.map((c) => c.to)],
      mappings,
      unmapped,
    });
    add(scoreMasterplan(doc, framework));
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
    duplicates,
    benchmark: result,
    framework: framework ? { id: framework.id, version: framework.version } : null,
    crosswalked,
    notCompared,
    evaluations: Object.fromEntries([...evaluations].map(([code, { index: _, ...e }]) => [code, e])),
    structure: (framework?.dimensions ?? []).map((d) => ({
      id: d.id,
      name: d.name,
      elements: d.elements.map((e) => ({ id: e.id, name: e.name })),
    })),
    elementLevels,
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

/**
 * The heatmap of every compared region that has element levels × the framework's elements, grouped by
 * province and sorted by the mean within each, as a static SVG; `''` when no region has element levels.
 */
export function nationalHeatmapSvg(r: NationalReport, lang: Locale): string {
  const regions = r.benchmark.entries.filter((e) => r.elementLevels[e.code]);
  if (regions.length === 0 || r.structure.length === 0) return '';
  return renderMaturityHeatmapSvg(
    {
      title: say(lang, 'Tingkat kematangan per elemen', 'Maturity level per element'),
      dimensions: r.structure.map((d) => ({ id: d.id, label: d.name[lang] })),
      elements: r.structure.flatMap((d) =>
        d.elements.map((e) => ({ id: e.id, label: e.name[lang], dimension: d.id })),
      ),
      regions: regions.map((e) => ({
        id: e.code,
        label: e.name,
        province: e.province.name,
        ...(e.cohort === null ? {} : { cohort: String(e.cohort) }),
        values: r.elementLevels[e.code]!,
      })),
      groupBy: 'province',
      sortBy: 'mean',
    },
    { lang, width: 1060, captions: true },
  );
}

/**
 * The benchmark wheel of the top-ranked region (overall maturity) against the median of its peers of the
 * same type (kabupaten or kota) per element, as a static SVG; `null` when no ranked region has element levels.
 */
export function topRegionWheel(
  r: NationalReport,
  lang: Locale,
): { region: RegionBenchmark; peers: number; svg: string } | null {
  const top = [...r.benchmark.entries]
    .filter((e) => e.overall.rank !== null && r.elementLevels[e.code])
    .sort((x, y) => x.overall.rank! - y.overall.rank! || x.code.localeCompare(y.code))[0];
  if (!top || r.structure.length === 0) return null;
  const peers = r.benchmark.entries.filter(
    (e) => e.type === top.type && e.code !== top.code && r.elementLevels[e.code],
  );
  const median = (id: string) =>
    distribution(
      peers.map((p) => r.elementLevels[p.code]![id]).filter((v): v is number => typeof v === 'number'),
    ).median;
  const levels = r.elementLevels[top.code]!;
  const peersLabel =
    top.type === 'kota'
      ? say(lang, 'Median kota lain', 'Median of the other cities')
      : say(lang, 'Median kabupaten lain', 'Median of the other regencies');
  const svg = renderBenchmarkWheelSvg(
    {
      title: say(lang, `${top.name} dibanding sebayanya`, `${top.name} against its peers`),
      region: top.name,
      peersLabel,
      dimensions: r.structure.map((d) => ({
        id: d.id,
        label: d.name[lang],
        elements: d.elements.map((e) => ({
          id: e.id,
          label: e.name[lang],
          value: levels[e.id] ?? null,
          peer: median(e.id),
        })),
      })),
    },
    { lang, width: 560, captions: true },
  );
  return { region: top, peers: peers.length, svg };
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
  const heatmap = nationalHeatmapSvg(r, lang);
  const wheel = topRegionWheel(r, lang);
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
.chart{max-width:560px}.chart.wide{max-width:none}.bad{color:#991b1b}code{font-size:.9em}
@media print{h2{break-before:page}table{break-inside:auto}tr{break-inside:avoid}}
</style>
</head>
<body>
<main>
<h1>${esc(t('Perbandingan nasional Smart City', 'Smart City national comparison'))}</h1>
<p>${esc(
    t(
      `${r.files} berkas dibaca: ${b.entries.length} masterplan valid dibandingkan, ${r.invalid.length} tidak valid, ${r.skipped.length} bukan masterplan, ${r.duplicates.length} duplikat wilayah.`,
      `${r.files} files read: ${b.entries.length} valid masterplans compared, ${r.invalid.length} invalid, ${r.skipped.length} not masterplans, ${r.duplicates.length} duplicate regions.`,
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
${
  heatmap
    ? `<h2>${esc(t('Kematangan per elemen', 'Maturity per element'))}</h2>
<p>${esc(t('Setiap baris satu wilayah, dikelompokkan per provinsi dan diurutkan menurut rerata elemen; kotak bergaris: elemen belum dinilai.', 'One row per region, grouped by province and sorted by the mean of its elements; dashed cells: element not assessed.'))}</p>
<div class="chart wide">${heatmap}</div>`
    : ''
}
${
  wheel
    ? `<h2>${esc(t('Wilayah teratas dibanding sebayanya', 'The top region against its peers'))}</h2>
<p>${esc(
        t(
          `${wheel.region.name} (peringkat ${wheel.region.overall.rank}) per elemen, dibanding median ${wheel.peers} ${wheel.region.type} lain yang dibandingkan.`,
          `${wheel.region.name} (rank ${wheel.region.overall.rank}) per element, against the median of the ${wheel.peers} other ${wheel.region.type === 'kota' ? 'cities' : 'regencies'} compared.`,
        ),
      )}</p>
<div class="chart">${wheel.svg}</div>`
    : ''
}
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
${
  r.duplicates.length === 0
    ? ''
    : `<h2>${esc(t('Wilayah ganda', 'Duplicate regions'))} (${r.duplicates.length})</h2><ul>${r.duplicates
        .map((d) => `<li>${esc(duplicateText(d, lang))}</li>`)
        .join('')}</ul>`
}
<h2>${esc(t('Dibaca melalui crosswalk', 'Read through a crosswalk'))} (${r.crosswalked.length})</h2>
${
  r.crosswalked.length === 0
    ? `<p>${esc(t('Tidak ada: semua berkas memakai versi kerangka yang sama.', 'None: every file uses the same framework version.'))}</p>`
    : `<ul>${r.crosswalked
        .map(
          (c) =>
            `<li><code>${esc(c.file)}</code>: ${esc(c.path.join(' → '))}, ${c.mappings} ${esc(t('pemetaan', 'mappings'))}${c.unmapped.length ? `<ul>${c.unmapped.map((g) => `<li class="bad"><code>${esc(g.path.join('.'))}</code>: ${esc(g.reason[lang])}</li>`).join('')}</ul>` : ''}</li>`,
        )
        .join('')}</ul>`
}
${
  r.notCompared.length === 0
    ? ''
    : `<h2>${esc(t('Tidak dibandingkan', 'Not compared'))} (${r.notCompared.length})</h2><ul>${r.notCompared
        .map((n) => `<li class="bad"><code>${esc(n.file)}</code>: ${esc(n.reason[lang])}</li>`)
        .join('')}</ul>`
}
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

/** The sentence naming a duplicate region, the file left out and the file compared. */
export function duplicateText(d: NationalReport['duplicates'][number], lang: Locale): string {
  return say(
    lang,
    `${d.file}: wilayah ${d.region} sudah ada di ${d.used}; yang dibandingkan ${d.used}, berkas ini diabaikan.`,
    `${d.file}: region ${d.region} is already in ${d.used}; ${d.used} is compared, this file is left out.`,
  );
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
  const report = await nationalReport(paths, lang, io, {
    ...(opts.frameworks ? { frameworks: opts.frameworks } : {}),
    ...(opts.crosswalks ? { crosswalks: opts.crosswalks } : {}),
  });
  const text =
    ext === '.json'
      ? `${JSON.stringify({ files: report.files, framework: report.framework, invalid: report.invalid, skipped: report.skipped, duplicates: report.duplicates, crosswalked: report.crosswalked, notCompared: report.notCompared, benchmark: report.benchmark }, null, 2)}\n`
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
  for (const d of report.duplicates) io.err(`${duplicateText(d, lang)}\n`);
  io.err(
    `${say(
      lang,
      `${report.benchmark.entries.length} wilayah dibandingkan, ${report.invalid.length} berkas tidak valid, ${report.duplicates.length} wilayah ganda${report.crosswalked.length ? `, ${report.crosswalked.length} dibaca melalui crosswalk` : ''}${report.notCompared.length ? `, ${report.notCompared.length} tidak dibandingkan` : ''}${out ? `; laporan: ${out}` : ''}.`,
      `${report.benchmark.entries.length} regions compared, ${report.invalid.length} invalid files, ${report.duplicates.length} duplicate regions${report.crosswalked.length ? `, ${report.crosswalked.length} read through a crosswalk` : ''}${report.notCompared.length ? `, ${report.notCompared.length} not compared` : ''}${out ? `; report: ${out}` : ''}.`,
    )}\n`,
  );
  return 0;
}

/**
 * Reads the framework and crosswalk files named by `--framework` and `--crosswalk`; every problem is
 * written to `io.err` with the file and the path inside it. Resolves to `null` when any file is unusable.
 */
export async function loadVersioning(
  frameworkFiles: readonly string[],
  crosswalkFiles: readonly string[],
  lang: Locale,
  io: Io,
): Promise<{ frameworks: Framework[]; crosswalks: Crosswalk[] } | null> {
  const frameworks: Framework[] = [];
  const crosswalks: Crosswalk[] = [];
  let ok = true;
  const load = async <T>(
    file: string,
    parse: (text: string) => { ok: true; value: T } | { ok: false; issues: readonly ValidationIssue[] },
    into: T[],
  ) => {
    const read = await readText(resolve(io.cwd, file));
    if ('error' in read) {
      io.err(`${file}: ${read.error[lang]}\n`);
      ok = false;
      return;
    }
    const r = parse(read.text);
    if (r.ok) into.push(r.value);
    else {
      ok = false;
      io.err(`${say(lang, 'Berkas tidak valid', 'Invalid file')}: ${file}\n`);
      for (const i of r.issues) io.err(`    ${formatPath(i.path)}: ${i.message[lang]} [${i.code}]\n`);
    }
  };
  for (const f of frameworkFiles) await load(f, (t) => parseFramework(t), frameworks);
  for (const c of crosswalkFiles) await load(c, (t) => parseCrosswalk(t), crosswalks);
  return ok ? { frameworks, crosswalks } : null;
}
