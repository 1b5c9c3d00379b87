// The contract every DOM-free renderer keeps, checked once per chart (the radar has more in its own file).
import { describe, expect, it } from 'vitest';
import { benchmark, HOSTILE, quickwins, readiness, roadmap } from '../../test/fixtures.js';
import { normalizeBenchmarkData } from '../benchmark-strip/benchmark-strip.config.js';
import { layoutBenchmarkStrip } from '../benchmark-strip/geometry.js';
import { renderBenchmarkStripSvg } from '../benchmark-strip/svg.js';
import { layoutQuickWinMatrix } from '../quickwin-matrix/geometry.js';
import { normalizeQuickWinData } from '../quickwin-matrix/quickwin-matrix.config.js';
import { renderQuickWinMatrixSvg } from '../quickwin-matrix/svg.js';
import { layoutReadinessBars } from '../readiness-bars/geometry.js';
import { normalizeReadinessData } from '../readiness-bars/readiness-bars.config.js';
import { renderReadinessBarsSvg } from '../readiness-bars/svg.js';
import { layoutRoadmapTimeline } from '../roadmap-timeline/geometry.js';
import { normalizeRoadmapData } from '../roadmap-timeline/roadmap-timeline.config.js';
import { renderRoadmapTimelineSvg } from '../roadmap-timeline/svg.js';
import type { ChartLang } from './i18n.js';
import type { ChartModel, Normalized } from './model.js';
import { darkTheme } from './palette.js';
import type { SvgRenderOptions } from './svg.js';

interface Case<D> {
  name: string;
  data(lang?: ChartLang): D;
  /** Puts hostile text into the first labelled item. */
  poison(d: D): void;
  normalize(d: unknown): Normalized<unknown>;
  layout(n: unknown, width: number, lang: ChartLang): ChartModel<unknown>;
  render(d: D, options?: SvgRenderOptions): string;
}

const cases = [
  {
    name: 'renderReadinessBarsSvg',
    data: readiness,
    poison: (d) => {
      d.pillars[0]!.label = HOSTILE;
    },
    normalize: normalizeReadinessData,
    layout: layoutReadinessBars,
    render: renderReadinessBarsSvg,
  } as Case<ReturnType<typeof readiness>>,
  {
    name: 'renderQuickWinMatrixSvg',
    data: quickwins,
    poison: (d) => {
      d.candidates[0]!.label = HOSTILE;
    },
    normalize: normalizeQuickWinData,
    layout: layoutQuickWinMatrix,
    render: renderQuickWinMatrixSvg,
  } as Case<ReturnType<typeof quickwins>>,
  {
    name: 'renderRoadmapTimelineSvg',
    data: roadmap,
    poison: (d) => {
      d.programmes[0]!.label = HOSTILE;
    },
    normalize: normalizeRoadmapData,
    layout: layoutRoadmapTimeline,
    render: renderRoadmapTimelineSvg,
  } as Case<ReturnType<typeof roadmap>>,
  {
    name: 'renderBenchmarkStripSvg',
    data: benchmark,
    poison: (d) => {
      d.rows[0]!.label = HOSTILE;
    },
    normalize: normalizeBenchmarkData,
    layout: layoutBenchmarkStrip,
    render: renderBenchmarkStripSvg,
  } as Case<ReturnType<typeof benchmark>>,
] as Case<{ title?: string }>[];

describe.each(cases)('$name', (c) => {
  it('renders a standalone SVG without a DOM, with the same geometry as the element', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const n = c.normalize(c.data());
    if (!n.ok) throw new Error(n.error.en);
    const m = c.layout(n.value, 560, 'id');
    const svg = c.render(c.data(), { width: 560 });
    expect(svg).toContain(`viewBox="0 0 560 ${m.height}"`);
    expect(svg).toMatch(/<desc id="sc-[0-9a-f]{8}-desc">/);
    expect(svg).toContain(`-desc">${m.summary.replaceAll('&', '&amp;')}</desc>`);
    for (const p of m.points.values()) if (p.mark.d) expect(svg).toContain(`d="${p.mark.d}"`);
    expect(m.table.rows.length).toBeGreaterThan(2);
  });

  it('escapes hostile text and follows the language and theme', () => {
    const d = c.data();
    c.poison(d);
    d.title = HOSTILE;
    const svg = c.render(d);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const en = c.render(c.data('en'), { lang: 'en', theme: darkTheme });
    expect(en).toContain(`fill="${darkTheme.background}"`);
  });

  it('shows invalid input as a message, never throws', () => {
    expect(() => c.render(null as never)).not.toThrow();
    expect(c.render('nope' as never)).toContain('Data grafik tidak valid');
  });
});
