// The same illustrative data on every portal page (not official figures): one radar, bars, matrix,
// timeline and strip, so that each framework shows all five charts.
import type {
  BenchmarkStripData,
  MaturityRadarData,
  QuickWinMatrixData,
  ReadinessBarsData,
  RoadmapTimelineData,
} from '@smartcity/charts';
export const radar: MaturityRadarData = {
  title: 'Kematangan Kabupaten Contoh',
  axes: [
    { id: 'governance', label: 'Tata Kelola' },
    { id: 'branding', label: 'Branding' },
    { id: 'economy', label: 'Ekonomi' },
    { id: 'living', label: 'Lingkungan Hidup Layak' },
    { id: 'society', label: 'Masyarakat' },
    { id: 'environment', label: 'Lingkungan' },
  ],
  series: [
    {
      id: 'current',
      label: 'Saat ini',
      kind: 'current',
      values: { governance: 2.67, branding: 1.33, economy: 2, living: 2.33, society: 1.67, environment: 1.5 },
    },
    {
      id: 'target',
      label: 'Target',
      kind: 'target',
      values: { governance: 4, branding: 3, economy: 3.5, living: 3.5, society: 3, environment: 3 },
    },
  ],
};

export const bars: ReadinessBarsData = {
  title: 'Indeks kesiapan (0–100)',
  pillars: [
    { id: 'structure', label: 'Struktur', score: 36.1, answered: 7, asked: 9 },
    { id: 'infrastructure', label: 'Infrastruktur', score: 44.4, answered: 8, asked: 8 },
    { id: 'superstructure', label: 'Suprastruktur', score: 47.2, answered: 7, asked: 8 },
  ],
};

export const matrix: QuickWinMatrixData = {
  title: 'Quick win',
  candidates: [
    { id: 'a', label: 'Layanan izin daring', impact: 4.5, effort: 2, chosen: true },
    { id: 'b', label: 'Pusat komando', impact: 4, effort: 4.5 },
    { id: 'c', label: 'Portal data', impact: 2, effort: 1.5 },
  ],
};

export const timeline: RoadmapTimelineData = {
  title: 'Peta jalan',
  startYear: 2025,
  years: 5,
  dimensions: [{ id: 'governance', label: 'Tata Kelola' }],
  programmes: [
    {
      id: 'p1',
      label: 'Satu data',
      dimension: 'governance',
      startYear: 2025,
      endYear: 2027,
      budget: { 2025: 1.2e9 },
    },
  ],
};

export const strip: BenchmarkStripData = {
  title: 'Posisi terhadap daerah lain',
  region: 'Kabupaten Contoh',
  rows: [
    { id: 'governance', label: 'Tata Kelola', value: 2.67, values: [1.2, 2, 2.4, 2.67, 3.1, 3.6] },
    { id: 'economy', label: 'Ekonomi', value: 2, values: [1.1, 1.8, 2, 2.5, 3.2] },
  ],
};
