import type { Provenance } from '../schema/common.js';

/** The sources the built-in frameworks cite, one place each. */
export const SOURCES = {
  dimensions: {
    status: 'official',
    source:
      'Kemkominfo, evaluasi Gerakan Menuju Smart City Kota Ambon 2024; Citiasia Center for Smart Nation',
  },
  bimtekSleman: {
    status: 'official',
    source: 'Tim pendamping Gerakan Menuju Smart City, Kabupaten Sleman 2021',
  },
  spbe: { status: 'adopted', source: 'Permen PANRB 59/2020 tentang Pemantauan dan Evaluasi SPBE' },
  garuda: {
    status: 'official',
    source: 'Garuda Smart City Model (ITB)',
    note: {
      id: 'Urutan Scattered < Integrated < Smart resmi; nama dua tingkat pertama belum pasti.',
      en: 'The order Scattered < Integrated < Smart is official; the first two names are uncertain.',
    },
  },
  evaluation2021: {
    status: 'official',
    source: 'Pedoman Evaluasi Gerakan Menuju Smart City 2021',
  },
  evaluationAlternative: {
    status: 'official',
    source: 'Pedoman evaluasi Gerakan Menuju Smart City (tahun program lain)',
    note: {
      id: 'Bobot tahun program lain; tahunnya tidak disebut sumber.',
      en: 'Weights of another programme year; the sources do not name the year.',
    },
  },
  quickWinDefinition: { status: 'official', source: 'Gerakan Menuju Smart City, materi Bimtek IV' },
  literacy: {
    status: 'official',
    source: 'Indeks Literasi Digital Indonesia (Kemkominfo dan Katadata Insight Center), 2020–2023',
  },
  horizon: { status: 'official', source: 'Gerakan Menuju Smart City: masterplan 5–10 tahun' },
  rpjmd: {
    status: 'official',
    source: 'Gerakan Menuju Smart City, materi Bimtek II (RPJMD dan Renstra OPD)',
  },
  toolkit: { status: 'toolkit-default', source: 'smartcity toolkit' },
} as const satisfies Record<string, Provenance>;

/** The sources of the ministry's evaluation instruments (Evaluasi Implementasi Kota Cerdas). */
export const EVALUATION_SOURCES = {
  guideline2021: {
    status: 'official',
    source: 'Pedoman Evaluasi Gerakan Menuju Smart City v2.0 (2021)',
  },
  evaluation2022: {
    status: 'official',
    source: 'Ditjen Aptika Kemkominfo, surat dan laporan hasil Evaluasi Implementasi Kota Cerdas 2022',
  },
  evaluation2023: {
    status: 'official',
    source:
      'Ditjen Aptika Kemkominfo, surat dan laporan hasil Evaluasi Implementasi Kota Cerdas 2023 tahap II',
  },
  wording: {
    status: 'toolkit-default',
    source: 'smartcity toolkit',
    note: {
      id: 'Susunan dimensi, indikator dan jumlah pertanyaan mengikuti instrumen kementerian; kalimat pertanyaan dan teks bantuan ditulis ulang oleh toolkit, bukan teks resmi formulir.',
      en: "The dimensions, indicators and number of questions follow the ministry's instrument; the question wording and help text are the toolkit's paraphrase, not the form's official text.",
    },
  },
  scale: {
    status: 'official',
    source: 'Ditjen Aptika Kemkominfo, laporan hasil Evaluasi Implementasi Kota Cerdas 2022 dan 2023',
    note: {
      id: 'Nilai pertanyaan 1,00–4,00 (pecahan bila rata-rata sub-jawaban atau responden); 0 = tidak dievaluasi. Label tiap titik skala adalah rumusan toolkit.',
      en: 'Question values 1.00–4.00 (fractions where they average sub-answers or respondents); 0 = not evaluated. The labels of the scale points are the toolkit’s wording.',
    },
  },
} as const satisfies Record<string, Provenance>;
