import { escapeXml } from '../shared/escape.js';
import { BENCHMARK_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { el, type SvgRenderOptions, textBlock } from '../shared/svg.js';
import { FONT_SIZE, LINE_HEIGHT } from '../shared/text.js';
import { type BenchmarkStripData, normalizeBenchmarkData } from './benchmark-strip.config.js';
import { type BenchmarkLayout, layoutBenchmarkStrip } from './geometry.js';

/** Static SVG markup of a benchmark layout (colours from `theme`, or none for the element's CSS). */
export function benchmarkBody(m: BenchmarkLayout, theme: ChartTheme): string {
  let out = el(
    'g',
    { class: 'ticks' },
    m.ticks
      .map(
        (t) =>
          el('line', { class: 'grid', x1: t.x, x2: t.x, y1: m.top - 4, y2: m.bottom, stroke: theme.grid }) +
          el(
            'text',
            {
              class: 't-muted',
              x: t.x,
              y: m.top - 8,
              'text-anchor': 'middle',
              fill: theme.muted,
              'font-size': FONT_SIZE - 1,
            },
            escapeXml(t.label),
          ),
      )
      .join(''),
  );
  for (const r of m.rows) {
    let g = textBlock(r.lines, r.lx, r.ly, LINE_HEIGHT, { class: 't-text', fill: theme.text });
    if (r.whisker)
      g += el('path', { class: 'axis', d: r.whisker, stroke: theme.axis, 'stroke-width': 1.5, fill: 'none' });
    if (r.box) g += el('path', { class: 'band', d: r.box, fill: theme.band, 'fill-opacity': 0.45 });
    if (r.median) g += el('path', { class: 'rule', d: r.median, stroke: theme.text, 'stroke-width': 2.5 });
    g += el(
      'text',
      {
        class: r.missing ? 't-warn' : 't-text',
        x: m.rx,
        y: r.cy - 2,
        fill: r.missing ? theme.warning : theme.text,
        'font-weight': r.missing ? undefined : 600,
        'font-style': r.missing ? 'italic' : undefined,
        'font-size': r.missing ? FONT_SIZE - 1 : FONT_SIZE,
      },
      escapeXml(r.valueText),
    );
    if (r.rankText) {
      g += el(
        'text',
        { class: 't-muted', x: m.rx, y: r.cy + 12, fill: theme.muted, 'font-size': FONT_SIZE - 1 },
        escapeXml(r.rankText),
      );
    }
    out += el('g', { class: 'row', part: 'row' }, g);
  }
  return out;
}

/** Renders the benchmark strips to a standalone SVG string without a DOM. Same geometry as `<sc-benchmark-strip>`. */
export function renderBenchmarkStripSvg(data: BenchmarkStripData, options: SvgRenderOptions = {}): string {
  return renderChartSvg(
    {
      normalize: normalizeBenchmarkData,
      layout: layoutBenchmarkStrip,
      body: benchmarkBody,
      name: (lang) => BENCHMARK_STRINGS[lang].name,
    },
    data,
    options,
  );
}
