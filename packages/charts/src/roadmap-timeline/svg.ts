import { escapeXml } from '../shared/escape.js';
import { ROADMAP_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { rectPath } from '../shared/scale.js';
import { el, type SvgRenderOptions, textBlock } from '../shared/svg.js';
import { FONT_SIZE, LINE_HEIGHT } from '../shared/text.js';
import { layoutRoadmapTimeline, quickWinMarker, type RoadmapLayout } from './geometry.js';
import { normalizeRoadmapData, type RoadmapTimelineData } from './roadmap-timeline.config.js';

/** Static SVG markup of a roadmap layout (colours from `theme`, or none for the element's CSS). */
export function roadmapBody(m: RoadmapLayout, theme: ChartTheme): string {
  const color = (i: number) => theme.series[i % theme.series.length];
  let out = '';
  // Phases: alternating bands over the whole height, names on top.
  out += el(
    'g',
    { class: 'phases' },
    m.phases
      .map(
        (ph, i) =>
          el('path', {
            class: 'band',
            part: 'phase',
            d: rectPath(ph.x, ph.y, ph.w, m.budget.baseline - ph.y),
            fill: theme.band,
            'fill-opacity': i % 2 ? 0.05 : 0.13,
          }) +
          (ph.label
            ? el(
                'text',
                {
                  class: 't-text',
                  x: ph.x + ph.w / 2,
                  y: ph.y + 15,
                  'text-anchor': 'middle',
                  fill: theme.text,
                  'font-weight': 600,
                  'font-size': FONT_SIZE - 1,
                },
                escapeXml(ph.label),
              )
            : ''),
      )
      .join(''),
  );
  out += el(
    'g',
    { class: 'years t-muted', fill: theme.muted, 'font-size': FONT_SIZE - 1, 'text-anchor': 'middle' },
    m.years.map((y) => (y.label ? el('text', { x: y.x, y: m.top - 10 }, escapeXml(y.label)) : '')).join(''),
  );
  out += el(
    'g',
    { class: 'grid', stroke: theme.grid },
    m.years
      .map((y) => el('line', { x1: y.x - m.colW / 2, x2: y.x - m.colW / 2, y1: m.top - 4, y2: m.bottom }))
      .join(''),
  );
  for (const g of m.groups) {
    out += el(
      'g',
      { class: `group s${g.styleIndex}` },
      el('path', { class: 'c-fill', d: rectPath(8, g.y + 3, 3, g.h - 6, 1.5), fill: color(g.styleIndex) }) +
        el(
          'text',
          { class: 't-text', x: 16, y: g.y + 15, fill: theme.text, 'font-weight': 600 },
          escapeXml(g.label),
        ),
    );
  }
  for (const p of m.programmes) {
    let g = textBlock(p.lines, p.lx + 6, p.ly, LINE_HEIGHT, { class: 't-text', fill: theme.text });
    if (p.bar) g += el('path', { class: 'c-fill', part: 'programme', d: p.bar, fill: color(p.styleIndex) });
    if (p.quickWin) {
      g += el('path', {
        class: 'bg qw-mark',
        d: quickWinMarker(p.quickWin.x, p.quickWin.y),
        fill: theme.background,
        stroke: theme.text,
        'stroke-width': 1,
      });
    }
    out += el('g', { class: `programme s${p.styleIndex}` }, g);
  }
  const b = m.budget;
  out += el(
    'text',
    { class: 't-text', x: 8, y: b.ly, fill: theme.text, 'font-weight': 600 },
    escapeXml(b.label),
  );
  out += el('line', {
    class: 'axis',
    x1: m.x0,
    x2: m.x1,
    y1: b.baseline,
    y2: b.baseline,
    stroke: theme.axis,
  });
  out += el(
    'g',
    { class: 'budget s0' },
    b.bars
      .map(
        (bar) =>
          (bar.d ? el('path', { class: 'c-fill', part: 'budget', d: bar.d, fill: color(0) }) : '') +
          (bar.text
            ? el(
                'text',
                {
                  class: 't-text',
                  x: bar.x,
                  y: bar.y,
                  'text-anchor': 'middle',
                  fill: theme.text,
                  'font-size': FONT_SIZE - 2.5,
                },
                escapeXml(bar.text),
              )
            : ''),
      )
      .join(''),
  );
  return out;
}

/** Renders the roadmap to a standalone SVG string without a DOM. Same geometry as `<sc-roadmap-timeline>`. */
export function renderRoadmapTimelineSvg(data: RoadmapTimelineData, options: SvgRenderOptions = {}): string {
  return renderChartSvg(
    {
      normalize: normalizeRoadmapData,
      layout: layoutRoadmapTimeline,
      body: roadmapBody,
      name: (lang) => ROADMAP_STRINGS[lang].name,
    },
    data,
    options,
  );
}
