// A seeded fuzz run over mutants of each element's valid data, through the normalisers and the string
// renderers (the same code the elements run): nothing throws, and data that is refused carries a message
// in both languages saying what was expected and what was found.
import { describe, expect, it } from 'vitest';
import { normalizeBenchmarkData } from '../src/benchmark-strip/benchmark-strip.config.js';
import { normalizeRadarData } from '../src/maturity-radar/maturity-radar.config.js';
import { normalizeQuickWinData } from '../src/quickwin-matrix/quickwin-matrix.config.js';
import { normalizeReadinessData } from '../src/readiness-bars/readiness-bars.config.js';
import { normalizeRoadmapData } from '../src/roadmap-timeline/roadmap-timeline.config.js';
import type { Normalized } from '../src/shared/model.js';
import {
  renderBenchmarkStripSvg,
  renderMaturityRadarSvg,
  renderQuickWinMatrixSvg,
  renderReadinessBarsSvg,
  renderRoadmapTimelineSvg,
} from '../src/svg.js';
import { benchmark, quickwins, radarDimensions, readiness, roadmap } from './fixtures.js';

const SEED = 0xc4a27;
const MUTANTS_PER_CHART = 300;

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

let deep: unknown = 0;
for (let i = 0; i < 2000; i++) deep = [deep];
const POOL: unknown[] = [
  null,
  undefined,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  '',
  'x',
  '<img src=x onerror=alert(1)>',
  'a\u202Eb\u001b[31m',
  'x'.repeat(100_000),
  true,
  [],
  [1, 'a', null],
  {},
  { id: 'z' },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  deep,
];

function mutate(r: ReturnType<typeof prng>, base: unknown): unknown {
  const doc = structuredClone(base) as Record<string | number, unknown>;
  const all = paths(doc);
  const path = r.pick(all);
  if (path.length === 0) return r.pick(POOL);
  let node = doc;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (r.next() < 0.2) delete node[last];
  else node[last] = r.pick(POOL);
  return doc;
}

type Chart = {
  name: string;
  valid: unknown;
  normalize: (d: unknown) => Normalized<unknown>;
  svg: (d: unknown, o: { lang: 'id' | 'en' }) => string;
};
const render = <T>(f: (d: T, o: { lang: 'id' | 'en' }) => string) => f as unknown as Chart['svg'];

const CHARTS: Chart[] = [
  {
    name: 'radar',
    valid: radarDimensions(),
    normalize: normalizeRadarData,
    svg: render(renderMaturityRadarSvg),
  },
  {
    name: 'readiness',
    valid: readiness(),
    normalize: normalizeReadinessData,
    svg: render(renderReadinessBarsSvg),
  },
  {
    name: 'quick wins',
    valid: quickwins(),
    normalize: normalizeQuickWinData,
    svg: render(renderQuickWinMatrixSvg),
  },
  {
    name: 'roadmap',
    valid: roadmap(),
    normalize: normalizeRoadmapData,
    svg: render(renderRoadmapTimelineSvg),
  },
  {
    name: 'benchmark',
    valid: benchmark(),
    normalize: normalizeBenchmarkData,
    svg: render(renderBenchmarkStripSvg),
  },
];

describe('fuzz: chart data', () => {
  let refusedInAll = 0;
  for (const chart of CHARTS)
    it(`${chart.name}: ${MUTANTS_PER_CHART} seeded mutants (seed ${SEED})`, () => {
      const r = prng(SEED);
      let refused = 0;
      for (let n = 0; n < MUTANTS_PER_CHART; n++) {
        const data = mutate(r, chart.valid);
        const label = `${chart.name} mutant #${n}`;
        const result = chart.normalize(data);
        if (!result.ok) {
          refused++;
          expect(result.error.id, label).toMatch(/(diharapkan|harus).*ditemukan/);
          expect(result.error.en, label).toMatch(/(expected|must).*found/);
        }
        const lang = n % 2 === 0 ? 'id' : 'en';
        const svg = chart.svg(data, { lang });
        expect(svg, label).toMatch(/^<svg /);
        if (!result.ok)
          expect(svg, label).toContain(lang === 'id' ? 'Data grafik tidak valid' : 'Invalid chart data');
        // Nothing from the data reaches the SVG as markup.
        expect(svg, label).not.toContain('<img');
      }
      refusedInAll += refused;
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

  it('refused some of the mutants (the run did real work)', () => {
    expect(refusedInAll).toBeGreaterThan(CHARTS.length * 10);
  });
});
