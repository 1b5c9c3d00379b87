/** The languages the charts speak: Bahasa Indonesia (`id`, the default) and English (`en`). */
export type ChartLang = 'id' | 'en';

/**
 * Maps a BCP 47 language tag to a chart language: tags starting with `en` give English, everything else
 * (including a missing tag) gives Bahasa Indonesia.
 */
export function normalizeLang(tag: string | null | undefined): ChartLang {
  return typeof tag === 'string' && /^en(-|$)/i.test(tag.trim()) ? 'en' : 'id';
}

/** Built-in strings of every chart, in both languages. */
export interface ChartStrings {
  locale: string;
  missing: string;
  outOfScale: string;
  above: string;
  below: string;
  showTable: string;
  hideTable: string;
  legend: string;
  invalidData: string;
  invalidJson: string;
  empty: string;
  seriesHidden: string;
  seriesShown: string;
  chart: string;
  /** Names of the SPBE capability levels 0–5 (Permen PANRB 59/2020), the default maturity rings. */
  levels: readonly string[];
  // maturity radar
  radarName: string;
  axis: string;
  band: string;
  mean: string;
  highest: string;
  lowest: string;
  missingCount: (n: number) => string;
  radarSummary: (axes: number, series: number, min: string, max: string) => string;
  // readiness bars
  readinessName: string;
  pillar: string;
  aspect: string;
  score: string;
  coverage: string;
  lowCoverage: string;
  readinessSummary: (pillars: number, aspects: number) => string;
  // quick-win matrix
  quickwinName: string;
  impact: string;
  effort: string;
  low: string;
  high: string;
  quadrant: string;
  quadrants: { 'quick-win': string; 'major-project': string; 'fill-in': string; 'thankless-task': string };
  chosen: string;
  notChosen: string;
  candidate: string;
  notPlaced: string;
  quickwinSummary: (candidates: number, chosen: number) => string;
  // roadmap timeline
  roadmapName: string;
  programme: string;
  dimension: string;
  years: string;
  year: string;
  budget: string;
  yearlyBudget: string;
  phases: { short: string; medium: string; long: string };
  phase: string;
  quickWin: string;
  roadmapSummary: (programmes: number, from: number, to: number, total: string) => string;
  // benchmark strip
  benchmarkName: string;
  median: string;
  range: string;
  quartiles: string;
  value: string;
  rank: string;
  rankOf: (rank: number, count: number) => string;
  regions: string;
  benchmarkSummary: (rows: number, region: string) => string;
}

const id: ChartStrings = {
  locale: 'id-ID',
  missing: 'tidak ada data',
  outOfScale: 'di luar skala',
  above: 'di atas skala',
  below: 'di bawah skala',
  showTable: 'Tampilkan tabel data',
  hideTable: 'Sembunyikan tabel data',
  legend: 'Legenda',
  invalidData: 'Data grafik tidak valid',
  invalidJson: 'Atribut data bukan JSON yang valid',
  empty: 'Belum ada data untuk ditampilkan.',
  seriesHidden: 'disembunyikan',
  seriesShown: 'ditampilkan',
  chart: 'Grafik',
  levels: ['Belum Ada', 'Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'],
  radarName: 'Radar kematangan',
  axis: 'Sumbu',
  band: 'Rentang',
  mean: 'rata-rata',
  highest: 'tertinggi',
  lowest: 'terendah',
  missingCount: (n) => `${n} nilai tidak ada`,
  radarSummary: (axes, series, min, max) =>
    `Radar kematangan dengan ${axes} sumbu dan ${series} seri, skala ${min} sampai ${max}.`,
  readinessName: 'Kesiapan',
  pillar: 'Pilar',
  aspect: 'Aspek',
  score: 'Skor',
  coverage: 'Cakupan',
  lowCoverage: 'cakupan rendah',
  readinessSummary: (p, a) => `Skor kesiapan (0–100) untuk ${p} pilar dan ${a} aspek.`,
  quickwinName: 'Matriks quick win',
  impact: 'Dampak',
  effort: 'Upaya',
  low: 'rendah',
  high: 'tinggi',
  quadrant: 'Kuadran',
  quadrants: {
    'quick-win': 'Quick win',
    'major-project': 'Proyek besar',
    'fill-in': 'Pengisi',
    'thankless-task': 'Tugas tanpa hasil',
  },
  chosen: 'Dipilih (portofolio)',
  notChosen: 'Tidak dipilih',
  candidate: 'Kandidat',
  notPlaced: 'Tanpa nilai dampak atau upaya',
  quickwinSummary: (c, k) => `Matriks dampak terhadap upaya dengan ${c} kandidat; ${k} dipilih dalam portofolio.`,
  roadmapName: 'Peta jalan',
  programme: 'Program',
  dimension: 'Dimensi',
  years: 'Tahun',
  year: 'Tahun',
  budget: 'Anggaran',
  yearlyBudget: 'Anggaran per tahun',
  phases: { short: 'Jangka pendek', medium: 'Jangka menengah', long: 'Jangka panjang' },
  phase: 'Tahap',
  quickWin: 'Quick win',
  roadmapSummary: (p, from, to, total) =>
    `Peta jalan ${p} program dari ${from} sampai ${to}; total anggaran ${total}.`,
  benchmarkName: 'Perbandingan',
  median: 'Median',
  range: 'Rentang',
  quartiles: 'Kuartil',
  value: 'Nilai',
  rank: 'Peringkat',
  rankOf: (r, c) => `${r} dari ${c}`,
  regions: 'daerah',
  benchmarkSummary: (rows, region) => `Posisi ${region} di antara daerah lain pada ${rows} dimensi.`,
};

const en: ChartStrings = {
  locale: 'en-US',
  missing: 'no data',
  outOfScale: 'outside the scale',
  above: 'above the scale',
  below: 'below the scale',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  legend: 'Legend',
  invalidData: 'Invalid chart data',
  invalidJson: 'The data attribute is not valid JSON',
  empty: 'No data to display yet.',
  seriesHidden: 'hidden',
  seriesShown: 'shown',
  chart: 'Chart',
  levels: ['None', 'Initial', 'Managed', 'Defined', 'Integrated and measured', 'Optimised'],
  radarName: 'Maturity radar',
  axis: 'Axis',
  band: 'Range',
  mean: 'mean',
  highest: 'highest',
  lowest: 'lowest',
  missingCount: (n) => `${n} ${n === 1 ? 'value' : 'values'} missing`,
  radarSummary: (axes, series, min, max) =>
    `Maturity radar with ${axes} axes and ${series} series, scale ${min} to ${max}.`,
  readinessName: 'Readiness',
  pillar: 'Pillar',
  aspect: 'Aspect',
  score: 'Score',
  coverage: 'Coverage',
  lowCoverage: 'low coverage',
  readinessSummary: (p, a) => `Readiness scores (0–100) for ${p} pillars and ${a} aspects.`,
  quickwinName: 'Quick-win matrix',
  impact: 'Impact',
  effort: 'Effort',
  low: 'low',
  high: 'high',
  quadrant: 'Quadrant',
  quadrants: {
    'quick-win': 'Quick win',
    'major-project': 'Major project',
    'fill-in': 'Fill-in',
    'thankless-task': 'Thankless task',
  },
  chosen: 'Chosen (portfolio)',
  notChosen: 'Not chosen',
  candidate: 'Candidate',
  notPlaced: 'Without an impact or effort value',
  quickwinSummary: (c, k) => `Impact versus effort matrix with ${c} candidates; ${k} chosen for the portfolio.`,
  roadmapName: 'Roadmap',
  programme: 'Programme',
  dimension: 'Dimension',
  years: 'Years',
  year: 'Year',
  budget: 'Budget',
  yearlyBudget: 'Budget per year',
  phases: { short: 'Short term', medium: 'Medium term', long: 'Long term' },
  phase: 'Phase',
  quickWin: 'Quick win',
  roadmapSummary: (p, from, to, total) => `Roadmap of ${p} programmes from ${from} to ${to}; total budget ${total}.`,
  benchmarkName: 'Benchmark',
  median: 'Median',
  range: 'Range',
  quartiles: 'Quartiles',
  value: 'Value',
  rank: 'Rank',
  rankOf: (r, c) => `${r} of ${c}`,
  regions: 'regions',
  benchmarkSummary: (rows, region) => `Where ${region} stands among other regions on ${rows} dimensions.`,
};

const STRINGS: Record<ChartLang, ChartStrings> = { id, en };

/** The built-in strings for a language. */
export function chartStrings(lang: ChartLang): ChartStrings {
  return STRINGS[lang];
}
