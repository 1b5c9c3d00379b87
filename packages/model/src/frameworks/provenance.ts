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
