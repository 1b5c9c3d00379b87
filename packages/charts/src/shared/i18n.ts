import type { Locale } from '@smartcity/scoring/format';

/**
 * The languages the charts speak: Bahasa Indonesia (`id`, the default) and English (`en`) — the model's
 * `Locale`, defined once there.
 */
export type ChartLang = Locale;

/**
 * Maps a BCP 47 language tag to a chart language: tags starting with `en` give English, everything else
 * (including a missing tag) gives Bahasa Indonesia.
 */
export function normalizeLang(tag: string | null | undefined): ChartLang {
  return typeof tag === 'string' && /^en(-|$)/i.test(tag.trim()) ? 'en' : 'id';
}

/** Strings every chart uses, in both languages. */
export interface ChartStrings {
  locale: string;
  missing: string;
  above: string;
  below: string;
  showTable: string;
  hideTable: string;
  legend: string;
  invalidData: string;
  invalidJson: string;
  empty: string;
  /** Names of the SPBE capability levels 0–5 (Permen PANRB 59/2020), the default maturity rings. */
  levels: readonly string[];
}

const STRINGS: Record<ChartLang, ChartStrings> = {
  id: {
    locale: 'id-ID',
    missing: 'tidak ada data',
    above: 'di atas skala',
    below: 'di bawah skala',
    showTable: 'Tampilkan tabel data',
    hideTable: 'Sembunyikan tabel data',
    legend: 'Legenda',
    invalidData: 'Data grafik tidak valid',
    invalidJson: 'Atribut data bukan JSON yang valid',
    empty: 'Belum ada data untuk ditampilkan.',
    levels: ['Belum Ada', 'Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'],
  },
  en: {
    locale: 'en-US',
    missing: 'no data',
    above: 'above the scale',
    below: 'below the scale',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    legend: 'Legend',
    invalidData: 'Invalid chart data',
    invalidJson: 'The data attribute is not valid JSON',
    empty: 'No data to display yet.',
    levels: ['None', 'Initial', 'Managed', 'Defined', 'Integrated and measured', 'Optimised'],
  },
};

/** The strings every chart uses, for a language. */
export function chartStrings(lang: ChartLang): ChartStrings {
  return STRINGS[lang];
}

// Each chart's own strings are separate constants so that a bundle with one chart carries only its strings.

/** Strings of `<sc-maturity-radar>`. */
export const RADAR_STRINGS = {
  id: {
    name: 'Radar kematangan',
    axis: 'Sumbu',
    mean: 'rata-rata',
    highest: 'tertinggi',
    lowest: 'terendah',
    missingCount: (n: number) => `${n} nilai tidak ada`,
    summary: (axes: number, series: number, min: string, max: string) =>
      `Radar kematangan dengan ${axes} sumbu dan ${series} seri, skala ${min} sampai ${max}.`,
  },
  en: {
    name: 'Maturity radar',
    axis: 'Axis',
    mean: 'mean',
    highest: 'highest',
    lowest: 'lowest',
    missingCount: (n: number) => `${n} ${n === 1 ? 'value' : 'values'} missing`,
    summary: (axes: number, series: number, min: string, max: string) =>
      `Maturity radar with ${axes} axes and ${series} series, scale ${min} to ${max}.`,
  },
} satisfies Record<ChartLang, unknown>;

/** Strings of `<sc-readiness-bars>`. */
export const READINESS_STRINGS = {
  id: {
    name: 'Kesiapan',
    item: 'Pilar / aspek',
    score: 'Skor (0–100)',
    coverage: 'Cakupan',
    lowCoverage: 'cakupan rendah',
    answered: (a: number, q: number) => `${a} dari ${q} pertanyaan dijawab`,
    summary: (p: number, a: number) => `Skor kesiapan (0–100) untuk ${p} pilar dan ${a} aspek.`,
  },
  en: {
    name: 'Readiness',
    item: 'Pillar / aspect',
    score: 'Score (0–100)',
    coverage: 'Coverage',
    lowCoverage: 'low coverage',
    answered: (a: number, q: number) => `${a} of ${q} questions answered`,
    summary: (p: number, a: number) => `Readiness scores (0–100) for ${p} pillars and ${a} aspects.`,
  },
} satisfies Record<ChartLang, unknown>;

/** Strings of `<sc-quickwin-matrix>`. */
export const QUICKWIN_STRINGS = {
  id: {
    name: 'Matriks quick win',
    candidate: 'Kandidat',
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
    portfolio: 'Portofolio',
    yes: 'ya',
    no: 'tidak',
    notPlaced: 'Tanpa nilai dampak atau upaya',
    summary: (c: number, k: number) =>
      `Matriks dampak terhadap upaya dengan ${c} kandidat; ${k} dipilih dalam portofolio.`,
  },
  en: {
    name: 'Quick-win matrix',
    candidate: 'Candidate',
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
    portfolio: 'Portfolio',
    yes: 'yes',
    no: 'no',
    notPlaced: 'Without an impact or effort value',
    summary: (c: number, k: number) =>
      `Impact versus effort matrix with ${c} candidates; ${k} chosen for the portfolio.`,
  },
} satisfies Record<ChartLang, unknown>;

/** Strings of `<sc-roadmap-timeline>`. */
export const ROADMAP_STRINGS = {
  id: {
    name: 'Peta jalan',
    programme: 'Program',
    dimension: 'Dimensi',
    years: 'Tahun',
    budget: 'Anggaran',
    yearlyBudget: 'Anggaran per tahun',
    total: 'Total',
    phases: { short: 'Jangka pendek', medium: 'Jangka menengah', long: 'Jangka panjang' },
    quickWin: 'Quick win',
    summary: (p: number, from: number, to: number, total: string) =>
      `Peta jalan ${p} program dari ${from} sampai ${to}; total anggaran ${total}.`,
  },
  en: {
    name: 'Roadmap',
    programme: 'Programme',
    dimension: 'Dimension',
    years: 'Years',
    budget: 'Budget',
    yearlyBudget: 'Budget per year',
    total: 'Total',
    phases: { short: 'Short term', medium: 'Medium term', long: 'Long term' },
    quickWin: 'Quick win',
    summary: (p: number, from: number, to: number, total: string) =>
      `Roadmap of ${p} programmes from ${from} to ${to}; total budget ${total}.`,
  },
} satisfies Record<ChartLang, unknown>;

/** Strings of `<sc-benchmark-strip>`. */
export const BENCHMARK_STRINGS = {
  id: {
    name: 'Perbandingan antardaerah',
    row: 'Dimensi',
    median: 'Median',
    range: 'Min–maks',
    quartiles: 'Kuartil 1–3',
    value: 'Nilai',
    rank: 'Peringkat',
    distribution: 'Sebaran daerah',
    rankOf: (r: number, c: number) => `${r} dari ${c}`,
    summary: (rows: number, region: string) => `Posisi ${region} di antara daerah lain pada ${rows} dimensi.`,
  },
  en: {
    name: 'Benchmark',
    row: 'Dimension',
    median: 'Median',
    range: 'Min–max',
    quartiles: 'Quartiles 1–3',
    value: 'Value',
    rank: 'Rank',
    distribution: 'Distribution of regions',
    rankOf: (r: number, c: number) => `${r} of ${c}`,
    summary: (rows: number, region: string) =>
      `Where ${region} stands among other regions on ${rows} dimensions.`,
  },
} satisfies Record<ChartLang, unknown>;

export const HEATMAP_STRINGS = {
  id: {
    name: 'Peta panas kematangan',
    region: 'Daerah',
    mean: 'Rata-rata',
    other: 'Lainnya',
    province: 'provinsi',
    cohort: 'kelompok',
    sortedBy: 'diurutkan menurut',
    label: 'nama',
    asc: 'naik',
    desc: 'turun',
    regions: (n: number) => `${n} daerah`,
    summary: (rows: number, cols: number) => `Peta panas kematangan ${rows} daerah pada ${cols} elemen.`,
    highest: 'Rata-rata tertinggi',
    lowest: 'terendah',
    sortHint: 'Klik atau tekan Enter pada judul kolom untuk mengurutkan.',
  },
  en: {
    name: 'Maturity heatmap',
    region: 'Region',
    mean: 'Mean',
    other: 'Other',
    province: 'province',
    cohort: 'cohort',
    sortedBy: 'sorted by',
    label: 'name',
    asc: 'ascending',
    desc: 'descending',
    regions: (n: number) => `${n} regions`,
    summary: (rows: number, cols: number) => `Maturity heatmap of ${rows} regions on ${cols} elements.`,
    highest: 'Highest mean',
    lowest: 'lowest',
    sortHint: 'Click a column heading, or press Enter on it, to sort.',
  },
} satisfies Record<ChartLang, unknown>;

export const WHEEL_STRINGS = {
  id: {
    name: 'Roda pembanding',
    dimension: 'Dimensi',
    element: 'Elemen',
    value: 'Nilai',
    peers: 'Median daerah sejenis',
    gap: 'Selisih',
    summary: (region: string, dims: number, els: number) =>
      `Roda pembanding ${region}: ${dims} dimensi dan ${els} elemen terhadap median daerah sejenis.`,
    above: 'di atas median',
    below: 'di bawah median',
  },
  en: {
    name: 'Benchmark wheel',
    dimension: 'Dimension',
    element: 'Element',
    value: 'Value',
    peers: 'Peer median',
    gap: 'Difference',
    summary: (region: string, dims: number, els: number) =>
      `Benchmark wheel of ${region}: ${dims} dimensions and ${els} elements against the peer median.`,
    above: 'above the median',
    below: 'below the median',
  },
} satisfies Record<ChartLang, unknown>;
