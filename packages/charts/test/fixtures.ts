// Sample data for tests, stories and screenshots (not shipped). Labels follow the framework's six
// dimensions and eighteen elements; the values are illustrative.
import type { BenchmarkWheelData } from '../src/benchmark-wheel/benchmark-wheel.config.js';
import type { MaturityHeatmapData } from '../src/maturity-heatmap/maturity-heatmap.config.js';
import type { MaturityRadarData } from '../src/maturity-radar/maturity-radar.config.js';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export const DIMENSIONS = {
  id: [
    ['governance', 'Tata Kelola'],
    ['branding', 'Branding'],
    ['economy', 'Ekonomi'],
    ['living', 'Lingkungan Hidup Layak'],
    ['society', 'Masyarakat'],
    ['environment', 'Lingkungan'],
  ],
  en: [
    ['governance', 'Smart Governance'],
    ['branding', 'Smart Branding'],
    ['economy', 'Smart Economy'],
    ['living', 'Smart Living'],
    ['society', 'Smart Society'],
    ['environment', 'Smart Environment'],
  ],
} as const;

export const ELEMENTS: [string, string, string, string][] = [
  ['governance', 'public-service', 'Layanan Publik', 'Public Service'],
  ['governance', 'bureaucracy', 'Tata Kelola Birokrasi', 'Bureaucracy'],
  ['governance', 'public-policy', 'Kebijakan Publik', 'Public Policy'],
  ['branding', 'tourism', 'Branding Pariwisata', 'Tourism Branding'],
  ['branding', 'business', 'Branding Bisnis', 'Business Branding'],
  ['branding', 'city-appearance', 'Wajah Kota', 'City Appearance'],
  ['economy', 'industry', 'Industri', 'Industry'],
  ['economy', 'welfare', 'Kesejahteraan', 'Welfare'],
  ['economy', 'transaction', 'Transaksi Keuangan', 'Transaction'],
  ['living', 'harmony', 'Harmonisasi Lingkungan', 'Harmony'],
  ['living', 'health', 'Kesehatan', 'Health'],
  ['living', 'mobility', 'Mobilitas', 'Mobility'],
  ['society', 'community', 'Komunitas', 'Community'],
  ['society', 'learning', 'Ekosistem Belajar', 'Learning'],
  ['society', 'security', 'Keamanan', 'Security'],
  ['environment', 'protection', 'Proteksi Lingkungan', 'Protection'],
  ['environment', 'waste', 'Pengelolaan Sampah dan Limbah', 'Waste'],
  ['environment', 'energy', 'Tata Kelola Energi', 'Energy'],
];

const dimLabel = (lang: 'id' | 'en', id: string) => DIMENSIONS[lang].find(([d]) => d === id)![1];

export function radarDimensions(lang: 'id' | 'en' = 'id'): MaturityRadarData {
  return {
    title: lang === 'id' ? 'Kematangan Kabupaten Minahasa' : 'Maturity of Kabupaten Minahasa',
    axes: DIMENSIONS[lang].map(([id, label]) => ({ id, label })),
    series: [
      {
        id: 'current',
        label: lang === 'id' ? 'Saat ini (2025)' : 'Current (2025)',
        kind: 'current',
        values: {
          governance: 2.67,
          branding: 1.33,
          economy: 2,
          living: 2.33,
          society: 1.67,
          environment: 1.5,
        },
      },
      {
        id: 'target',
        label: lang === 'id' ? 'Target 2030' : 'Target 2030',
        kind: 'target',
        values: { governance: 4, branding: 3, economy: 3.5, living: 3.5, society: 3, environment: 3 },
      },
      {
        id: 'median',
        label: lang === 'id' ? 'Median nasional' : 'National median',
        kind: 'median',
        values: { governance: 2.4, branding: 1.8, economy: 2.1, living: 2.2, society: 2, environment: 1.7 },
      },
    ],
    band: {
      id: 'peers',
      label: lang === 'id' ? 'Rentang daerah sejenis (min–maks)' : 'Peer range (min–max)',
      min: { governance: 1.2, branding: 0.8, economy: 1.1, living: 1.3, society: 1, environment: 0.9 },
      max: { governance: 3.6, branding: 2.9, economy: 3.2, living: 3.4, society: 3.1, environment: 2.8 },
    },
  };
}

export function radarElements(lang: 'id' | 'en' = 'id'): MaturityRadarData {
  const values = (seed: number) =>
    Object.fromEntries(
      ELEMENTS.map(([, id], i) => [id, Math.round(((Math.sin(i * 1.7 + seed) + 1) * 2 + 0.5) * 100) / 100]),
    );
  return {
    title: lang === 'id' ? 'Kematangan 18 elemen' : 'Maturity of the 18 elements',
    axes: ELEMENTS.map(([dim, id, labelId, labelEn]) => ({
      id,
      label: lang === 'id' ? labelId : labelEn,
      group: dimLabel(lang, dim),
    })),
    series: [
      { id: 'current', label: lang === 'id' ? 'Saat ini' : 'Current', kind: 'current', values: values(0) },
      { id: 'target', label: 'Target', kind: 'target', values: values(1.3) },
    ],
  };
}

export function radarMissing(): MaturityRadarData {
  const d = radarDimensions('id');
  d.title = 'Data belum lengkap';
  d.series[0]!.values = {
    governance: 2.67,
    branding: null,
    economy: 2,
    living: 7,
    society: undefined,
    environment: 1.5,
  };
  d.series = d.series.slice(0, 2);
  return d;
}

export function radarLongLabels(): MaturityRadarData {
  return {
    title: 'Label panjang',
    axes: [
      { id: 'a', label: 'Layanan Publik Terintegrasi Berbasis Elektronik di Seluruh Perangkat Daerah' },
      { id: 'b', label: 'Pengelolaan Sampah dan Limbah Rumah Tangga' },
      { id: 'c', label: 'Ekosistem Belajar Masyarakat Digital' },
      { id: 'd', label: 'Harmonisasi Lingkungan Hidup yang Layak dan Nyaman' },
      { id: 'e', label: 'Transaksi Keuangan Nontunai' },
      { id: 'f', label: 'Kebijakan Publik dan Peraturan Daerah tentang Kota Cerdas' },
      { id: 'g', label: 'Keamanan' },
    ],
    series: [
      {
        id: 'cur',
        label: 'Saat ini',
        kind: 'current',
        values: { a: 3, b: 2, c: 4, d: 1, e: 2.5, f: 3.5, g: 2 },
      },
      { id: 'tgt', label: 'Target', kind: 'target', values: { a: 4, b: 3, c: 4.5, d: 3, e: 4, f: 4, g: 3 } },
    ],
  };
}

export function radarManySeries(): MaturityRadarData {
  const d = radarDimensions('id');
  d.title = 'Banyak seri';
  const ids = d.axes.map((a) => a.id);
  const mk = (id: string, label: string, k: number) => ({
    id,
    label,
    kind: 'comparison' as const,
    values: Object.fromEntries(ids.map((a, i) => [a, Math.round((2 + Math.sin(i + k) * 1.5) * 100) / 100])),
  });
  d.series.push(
    mk('manado', 'Kota Manado', 1),
    mk('bitung', 'Kota Bitung', 2),
    mk('tomohon', 'Kota Tomohon', 3),
  );
  return d;
}

import type { BenchmarkStripData } from '../src/benchmark-strip/benchmark-strip.config.js';
import type { QuickWinMatrixData } from '../src/quickwin-matrix/quickwin-matrix.config.js';
import type { ReadinessBarsData } from '../src/readiness-bars/readiness-bars.config.js';
import type { RoadmapTimelineData } from '../src/roadmap-timeline/roadmap-timeline.config.js';

export function readiness(lang: 'id' | 'en' = 'id'): ReadinessBarsData {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  return {
    title: L('Kesiapan Kabupaten Minahasa', 'Readiness of Kabupaten Minahasa'),
    pillars: [
      {
        id: 'structure',
        label: L('Struktur', 'Structure'),
        score: 62,
        answered: 14,
        asked: 15,
        aspects: [
          {
            id: 'human-resources',
            label: L('SDM pelaksana dan penerima manfaat', 'Human resources'),
            score: 70,
            answered: 5,
            asked: 5,
          },
          { id: 'budget', label: L('Anggaran', 'Budget'), score: 45, answered: 2, asked: 5 },
          {
            id: 'governance',
            label: L('Tata kelola dan tata pamong', 'Governance'),
            score: 71,
            answered: 5,
            asked: 5,
          },
        ],
      },
      {
        id: 'infrastructure',
        label: L('Infrastruktur', 'Infrastructure'),
        score: 48,
        answered: 12,
        asked: 15,
        aspects: [
          { id: 'physical', label: L('Fisik', 'Physical'), score: 55, answered: 5, asked: 5 },
          { id: 'digital', label: L('Digital / TIK', 'Digital / ICT'), score: 38, answered: 4, asked: 5 },
          { id: 'social', label: L('Sosial', 'Social'), score: null, answered: 0, asked: 5 },
        ],
      },
      {
        id: 'superstructure',
        label: L('Suprastruktur', 'Superstructure'),
        score: 81,
        answered: 15,
        asked: 15,
        aspects: [
          {
            id: 'regulation',
            label: L('Kebijakan dan peraturan daerah', 'Regulation'),
            score: 88,
            answered: 5,
            asked: 5,
          },
          { id: 'institution', label: L('Kelembagaan', 'Institutions'), score: 76, answered: 5, asked: 5 },
          { id: 'procedure', label: L('Tata laksana', 'Procedures'), score: 79, answered: 5, asked: 5 },
        ],
      },
    ],
  };
}

export function quickwins(lang: 'id' | 'en' = 'id'): QuickWinMatrixData {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  return {
    title: L('Kandidat quick win 2026', 'Quick-win candidates 2026'),
    candidates: [
      {
        id: 'mpp',
        label: L('Mal Pelayanan Publik digital', 'Digital public service mall'),
        impact: 5,
        effort: 2,
        chosen: true,
      },
      {
        id: 'wifi',
        label: L('Wi-Fi publik desa', 'Village public Wi-Fi'),
        impact: 4,
        effort: 2,
        chosen: true,
      },
      {
        id: 'qris',
        label: L('Retribusi pasar dengan QRIS', 'Market levies by QRIS'),
        impact: 4,
        effort: 1,
        chosen: true,
      },
      { id: 'cctv', label: L('CCTV terpadu', 'Integrated CCTV'), impact: 4, effort: 5 },
      { id: 'ews', label: L('Peringatan dini banjir', 'Flood early warning'), impact: 5, effort: 4 },
      { id: 'web', label: L('Portal data terbuka', 'Open data portal'), impact: 2, effort: 2, chosen: true },
      { id: 'app', label: L('Aplikasi super daerah', 'Regional super app'), impact: 2, effort: 5 },
      { id: 'lit', label: L('Kelas literasi digital', 'Digital literacy classes'), impact: 3, effort: 1 },
      { id: 'sampah', label: L('Bank sampah digital', 'Digital waste bank'), impact: 2, effort: 2 },
      { id: 'nodata', label: L('Smart parking', 'Smart parking'), impact: null, effort: 3 },
    ],
  };
}

export function roadmap(lang: 'id' | 'en' = 'id'): RoadmapTimelineData {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const b = (from: number, to: number, amount: number) =>
    Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), amount]));
  return {
    title: L('Peta jalan Masterplan Smart City 2026–2035', 'Smart City Masterplan roadmap 2026–2035'),
    startYear: 2026,
    years: 10,
    dimensions: DIMENSIONS[lang].slice(0, 4).map(([id, label]) => ({ id, label })),
    programmes: [
      {
        id: 'mpp',
        label: L('Mal Pelayanan Publik digital', 'Digital public service mall'),
        dimension: 'governance',
        startYear: 2026,
        endYear: 2027,
        budget: b(2026, 2027, 1.2e9),
        quickWin: true,
      },
      {
        id: 'spbe',
        label: L('Arsitektur SPBE daerah', 'Regional e-government architecture'),
        dimension: 'governance',
        startYear: 2027,
        endYear: 2031,
        budget: b(2027, 2031, 8.5e8),
      },
      {
        id: 'brand',
        label: L('Kampanye wisata Danau Tondano', 'Lake Tondano tourism campaign'),
        dimension: 'branding',
        startYear: 2026,
        endYear: 2028,
        budget: b(2026, 2028, 4e8),
      },
      {
        id: 'umkm',
        label: L('Pasar daring UMKM', 'Online market for MSMEs'),
        dimension: 'economy',
        startYear: 2028,
        endYear: 2032,
        budget: b(2028, 2032, 6.5e8),
      },
      {
        id: 'qris',
        label: L('Retribusi pasar dengan QRIS', 'Market levies by QRIS'),
        dimension: 'economy',
        startYear: 2026,
        endYear: 2026,
        budget: b(2026, 2026, 3.5e8),
        quickWin: true,
      },
      {
        id: 'health',
        label: L('Rekam medis elektronik puskesmas', 'Electronic records in health centres'),
        dimension: 'living',
        startYear: 2029,
        endYear: 2035,
        budget: b(2029, 2035, 1.1e9),
      },
    ],
  };
}

export function benchmark(lang: 'id' | 'en' = 'id'): BenchmarkStripData {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const values = (centre: number) =>
    Array.from(
      { length: 514 },
      () => Math.round(Math.min(5, Math.max(0, centre + (rnd() + rnd() + rnd() - 1.5) * 1.6)) * 100) / 100,
    );
  const mine = [2.67, 1.33, 2, 2.33, null, 1.5];
  return {
    title:
      lang === 'id' ? 'Posisi di antara 514 kabupaten/kota' : 'Position among the 514 regencies and cities',
    region: 'Kabupaten Minahasa',
    rows: DIMENSIONS[lang].map(([id, label], i) => ({
      id,
      label,
      value: mine[i],
      values: values(1.6 + (i % 3) * 0.3),
    })),
  };
}

const PROVINCES = ['Sulawesi Utara', 'Jawa Barat', 'Nusa Tenggara Timur', 'Kalimantan Timur'];

/** `count` regions × the eighteen elements, deterministic, a few values missing. */
export function heatmap(lang: 'id' | 'en' = 'id', count = 12): MaturityHeatmapData {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return {
    title: lang === 'id' ? 'Kematangan 18 elemen per daerah' : 'Maturity of the 18 elements by region',
    dimensions: DIMENSIONS[lang].map(([id, label]) => ({ id, label })),
    elements: ELEMENTS.map(([dimension, id, labelId, labelEn]) => ({
      id,
      label: lang === 'id' ? labelId : labelEn,
      dimension,
    })),
    regions: Array.from({ length: count }, (_, i) => ({
      id: `r${i}`,
      label: `${i % 3 ? 'Kabupaten' : 'Kota'} Contoh ${i + 1}`,
      province: PROVINCES[i % PROVINCES.length],
      cohort: String(2017 + (i % 3)),
      values: Object.fromEntries(
        ELEMENTS.map(([, id], k) => [id, (i * 7 + k) % 23 === 5 ? null : Math.round(rnd() * 500) / 100]),
      ),
    })),
  };
}

/** One region's wheel: six dimensions, three elements each, the peers' median. */
export function wheel(lang: 'id' | 'en' = 'id'): BenchmarkWheelData {
  return {
    title: lang === 'id' ? 'Minahasa terhadap kabupaten sejenis' : 'Minahasa against similar regencies',
    region: 'Kabupaten Minahasa',
    peersLabel: lang === 'id' ? 'Median kabupaten sejenis' : 'Median of similar regencies',
    dimensions: DIMENSIONS[lang].map(([id, label]) => ({
      id,
      label,
      elements: ELEMENTS.filter(([d]) => d === id).map(([, eid, labelId, labelEn], k) => ({
        id: eid,
        label: lang === 'id' ? labelId : labelEn,
        value: eid === 'security' ? null : Math.round((1.2 + ((k * 1.3 + id.length) % 3.4)) * 100) / 100,
        peer: Math.round((1.8 + ((k + id.length) % 5) * 0.35) * 100) / 100,
      })),
    })),
  };
}
