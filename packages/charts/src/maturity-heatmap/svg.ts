import { escapeXml } from '../shared/escape.js';
import { HEATMAP_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { el, type SvgRenderOptions } from '../shared/svg.js';
import { FONT_SIZE, textWidth } from '../shared/text.js';
import {
  DIMENSION_BAND_HEIGHT,
  type HeatmapLayout,
  type HeatmapView,
  layoutMaturityHeatmap,
} from './geometry.js';
import { type MaturityHeatmapData, normalizeHeatmapData } from './maturity-heatmap.config.js';

const ARROW = { asc: ' ▲', desc: ' ▼' } as const;

/** Static SVG markup of a heatmap layout (colours from `theme`, or none for the element's CSS). */
export function heatmapBody(m: HeatmapLayout, theme: ChartTheme): string {
  const c = theme.series[0];
  const headBottom = m.gridTop - 4 - (m.bands.length ? DIMENSION_BAND_HEIGHT : 0);
  const heading = (id: string, x: number, text: string, w: number) =>
    el(
      'g',
      { class: 'axis-label', 'data-axis': id },
      // The hit area lies along the slanted text, so neighbouring headings never cover each other.
      el('rect', {
        class: 'hit',
        x: x - 4,
        y: headBottom - 4 - Math.min(w, 16) * 0.75,
        width: textWidth(text, FONT_SIZE - 1) + 8,
        height: Math.min(w, 16),
        transform: `rotate(-60 ${x} ${headBottom - 4})`,
        fill: 'transparent',
      }) +
        el(
          'text',
          {
            class: 't-text',
            x,
            y: headBottom - 4,
            transform: `rotate(-60 ${x} ${headBottom - 4})`,
            fill: theme.text,
            'font-size': FONT_SIZE - 1,
          },
          escapeXml(text),
        ),
    );
  let out = el(
    'g',
    { class: 'axis-labels', part: 'axis-labels' },
    m.columns
      .map((col) => heading(col.id, col.x, col.text + (col.sorted ? ARROW[col.sorted] : ''), m.cellW))
      .join('') + heading('mean', m.meanX, `${m.meanLabel}${m.meanSorted ? ARROW[m.meanSorted] : ''}`, 40),
  );
  out += el(
    'g',
    { class: 'bands' },
    m.bands
      .map(
        (b) =>
          el('rect', {
            class: 'band',
            x: b.x,
            y: m.gridTop - 4 - DIMENSION_BAND_HEIGHT,
            width: b.w,
            height: m.height - (m.gridTop - 4 - DIMENSION_BAND_HEIGHT) - 8,
            fill: theme.band,
            'fill-opacity': b.shade ? 0.14 : 0.05,
          }) +
          el(
            'text',
            {
              class: 't-muted',
              x: b.x + b.w / 2,
              y: m.gridTop - 9,
              'text-anchor': 'middle',
              fill: theme.muted,
              'font-size': FONT_SIZE - 1.5,
            },
            escapeXml(b.text),
          ),
      )
      .join(''),
  );
  out += el(
    'g',
    { class: 'groups', 'font-weight': 600 },
    m.groups
      .map((g) => el('text', { class: 't-text', x: 8, y: g.y, fill: theme.text }, escapeXml(g.text)))
      .join(''),
  );
  let cells = '';
  let labels = '';
  for (const r of m.rows) {
    labels +=
      el(
        'text',
        { class: 't-text', x: 8, y: r.y, fill: theme.text, 'font-size': FONT_SIZE - 1 },
        escapeXml(r.text),
      ) +
      el(
        'text',
        {
          class: 't-muted',
          x: m.meanX,
          y: r.y,
          fill: theme.muted,
          'font-size': FONT_SIZE - 1,
          'text-anchor': 'middle',
        },
        escapeXml(r.meanText),
      );
    for (const cell of r.cells) {
      const box = { x: cell.x, y: cell.y, width: m.cellW - 1, height: m.cellH };
      cells +=
        cell.step < 0
          ? el('rect', {
              ...box,
              class: 'grid missing',
              fill: 'none',
              stroke: theme.grid,
              'stroke-dasharray': '2 2',
            })
          : el('rect', {
              ...box,
              class: `c-fill st${cell.step}`,
              fill: c,
              'fill-opacity': m.steps[cell.step],
            });
    }
  }
  out += el('g', { class: 'cells s0' }, cells) + el('g', { class: 'row-labels' }, labels);
  return out;
}

/** Renders the heatmap to a standalone SVG string without a DOM. Same geometry as `<sc-maturity-heatmap>`. */
export function renderMaturityHeatmapSvg(
  data: MaturityHeatmapData,
  options: SvgRenderOptions & HeatmapView = {},
): string {
  return renderChartSvg(
    {
      normalize: normalizeHeatmapData,
      layout: (d, width, lang) => layoutMaturityHeatmap(d, width, lang, options),
      body: heatmapBody,
      name: (lang) => HEATMAP_STRINGS[lang].name,
    },
    data,
    options,
  );
}
