// Every state each element is shown in: the stories render these, and a browser test runs axe-core on
// each of them, so that "no violations in any story" is checked, not assumed.
import { DARK } from '../test/contract.js';
import {
  benchmark,
  HOSTILE,
  quickwins,
  radarDimensions,
  radarElements,
  radarLongLabels,
  radarManySeries,
  radarMissing,
  readiness,
  roadmap,
} from '../test/fixtures.js';

export interface StoryState {
  name: string;
  data?: unknown;
  /** JSON for the `data` attribute instead of the property. */
  json?: string;
  lang?: 'id' | 'en';
  /** Inline style of the wrapper (e.g. the dark theme's custom properties). */
  style?: string;
  /** Wrapper width in px; default 640. */
  width?: number;
}

function common<D>(data: () => D, english: () => D, hostile: (d: D) => void): StoryState[] {
  const h = data();
  hostile(h);
  return [
    { name: 'Default', data: data() },
    { name: 'English', data: english(), lang: 'en' },
    { name: 'Dark theme', data: data(), style: DARK },
    { name: 'Narrow', data: data(), width: 340 },
    { name: 'Empty', data: { title: 'Belum ada data' } },
    { name: 'Malformed JSON', json: '{"title": "oops", ' },
    { name: 'Hostile strings', data: h },
  ];
}

export const STATES: Record<string, StoryState[]> = {
  'sc-maturity-radar': [
    ...common(
      radarDimensions,
      () => radarDimensions('en'),
      (d) => {
        d.axes[0]!.label = HOSTILE;
      },
    ),
    { name: 'Missing values', data: radarMissing() },
    { name: 'Eighteen axes', data: radarElements(), width: 720 },
    { name: 'Eighteen axes, English', data: radarElements('en'), lang: 'en', width: 720 },
    { name: 'Long labels', data: radarLongLabels() },
    { name: 'Long labels, narrow', data: radarLongLabels(), width: 360 },
    { name: 'Many series', data: radarManySeries() },
    { name: 'JSON attribute', json: JSON.stringify(radarDimensions()) },
  ],
  'sc-readiness-bars': [
    ...common(
      readiness,
      () => readiness('en'),
      (d) => {
        d.pillars[0]!.label = HOSTILE;
      },
    ),
    {
      name: 'Missing values',
      data: {
        title: 'Data belum lengkap',
        pillars: [
          { id: 'a', label: 'Struktur', score: null, answered: 0, asked: 12 },
          { id: 'b', label: 'Suprastruktur', score: 140 },
        ],
      },
    },
  ],
  'sc-quickwin-matrix': [
    ...common(
      quickwins,
      () => quickwins('en'),
      (d) => {
        d.candidates[0]!.label = HOSTILE;
      },
    ),
    {
      name: 'Missing values',
      data: {
        candidates: [
          { id: 'a', label: 'Tanpa dampak', impact: null, effort: 2 },
          { id: 'b', label: 'Di luar skala', impact: 7, effort: 1, chosen: true },
          { id: 'c', label: 'Wi-Fi publik', impact: 4, effort: 2 },
        ],
      },
    },
  ],
  'sc-roadmap-timeline': [
    ...common(
      roadmap,
      () => roadmap('en'),
      (d) => {
        d.programmes[0]!.label = HOSTILE;
      },
    ),
    {
      name: 'Missing values',
      data: {
        startYear: 2026,
        dimensions: [{ id: 'g', label: 'Tata Kelola' }],
        programmes: [
          { id: 'a', label: 'Tanpa tahun', dimension: 'g' },
          { id: 'b', label: 'Tanpa anggaran', dimension: 'g', startYear: 2027, endYear: 2029 },
        ],
      },
    },
  ],
  'sc-benchmark-strip': [
    ...common(
      benchmark,
      () => benchmark('en'),
      (d) => {
        d.rows[0]!.label = HOSTILE;
      },
    ),
    {
      name: 'Missing values',
      data: {
        region: 'Kota Tomohon',
        rows: [
          { id: 'a', label: 'Tata Kelola', value: null, values: [1, 2, 3] },
          { id: 'b', label: 'Ekonomi', value: 6.5, values: [1, 2, 3] },
        ],
      },
    },
  ],
};
