import { escapeXml } from '../shared/escape.js';
import { RADAR_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { markerPath } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { el, type SvgRenderOptions, textBlock } from '../shared/svg.js';
import { FONT_SIZE, LINE_HEIGHT } from '../shared/text.js';
import { layoutMaturityRadar, type RadarLayout } from './geometry.js';
import { type MaturityRadarData, normalizeRadarData } from './maturity-radar.config.js';

/**
 * The static SVG markup of a radar layout (everything but the focusable points). Colours are presentation
 * attributes from `theme`; the class names let the element restyle them through CSS custom properties.
 */
export function radarBody(m: RadarLayout, theme: ChartTheme): string {
  const color = (i: number) => theme.series[i % theme.series.length]!;
  let out = '';
  if (m.sectors.length) {
    out += el(
      'g',
      { class: 'sectors' },
      m.sectors.map((d) => el('path', { class: 'band', d, fill: theme.band, 'fill-opacity': 0.1 })).join(''),
    );
  }
  out += el(
    'g',
    { class: 'rings', fill: 'none' },
    m.rings
      .map((r) => el('path', { class: 'grid', d: r.path, stroke: theme.grid, 'stroke-width': 1 }))
      .join(''),
  );
  out += el(
    'g',
    { class: 'spokes' },
    m.axes
      .map((a) => el('line', { class: 'grid', x1: m.cx, y1: m.cy, x2: a.x, y2: a.y, stroke: theme.grid }))
      .join(''),
  );
  if (m.band) {
    out += el('path', {
      class: 'band',
      part: 'band',
      d: m.band.path,
      fill: theme.band,
      'fill-opacity': 0.38,
      'fill-rule': 'evenodd',
    });
  }
  // Draw the first series last so that it stays on top.
  for (const se of [...m.series].reverse()) {
    const c = color(se.styleIndex);
    let g = '';
    if (se.area && se.fillOpacity > 0) {
      g += el('path', { class: 'c-fill', d: se.area, fill: c, 'fill-opacity': se.fillOpacity });
    }
    if (se.line) {
      g += el('path', {
        class: 'c-stroke',
        d: se.line,
        fill: 'none',
        stroke: c,
        'stroke-width': 2.25,
        'stroke-dasharray': se.dash || undefined,
        'stroke-linejoin': 'round',
      });
    }
    if (se.bridge) {
      g += el('path', {
        class: 'c-stroke bridge',
        d: se.bridge,
        fill: 'none',
        stroke: c,
        'stroke-width': 1.25,
        'stroke-dasharray': '1 4',
        'stroke-linecap': 'round',
      });
    }
    out += el('g', { class: `series s${se.styleIndex}`, part: 'series', 'data-series': se.id }, g);
  }
  for (const o of m.outOfScale) {
    out += el('path', {
      class: 'warn-stroke',
      d: markerPath('circle', o.x, o.y, 8),
      fill: 'none',
      stroke: theme.warning,
      'stroke-width': 1.5,
      'stroke-dasharray': '3 2',
    });
  }
  const halo = {
    class: 't-muted t-halo',
    fill: theme.muted,
    stroke: theme.background,
    'stroke-width': 3,
    'paint-order': 'stroke',
    'stroke-linejoin': 'round',
  };
  out += el(
    'g',
    { class: 'ring-labels', 'font-size': FONT_SIZE - 1.5, 'aria-hidden': 'true' },
    m.rings
      .map((r) => el('text', { ...halo, x: r.lx, y: r.ly, 'text-anchor': 'end' }, escapeXml(r.label)))
      .join(''),
  );
  out += el(
    'g',
    { class: 'axis-labels', part: 'axis-labels' },
    m.axes
      .map((a) => {
        // A hit area over the label box: the element makes each label a button (sc-axis-select).
        let t = el('rect', {
          class: 'hit',
          x: a.box.x - 2,
          y: a.box.y - 2,
          width: a.box.w + 4,
          height: a.box.h + 4,
          fill: 'transparent',
        });
        t += textBlock(
          a.lines,
          a.tx,
          a.ty,
          LINE_HEIGHT,
          {
            class: 't-text',
            fill: theme.text,
            'text-anchor': a.anchor,
          },
          true,
        );
        if (a.note) {
          t += el(
            'text',
            {
              class: 'warn',
              x: a.tx,
              y: a.ty + a.lines.length * LINE_HEIGHT,
              fill: theme.warning,
              'text-anchor': a.anchor,
              'font-size': FONT_SIZE - 1,
              'font-style': 'italic',
            },
            escapeXml(a.note),
          );
        }
        if (a.lines.join(' ') !== a.label) t += el('title', {}, escapeXml(a.label));
        return el('g', { class: 'axis-label', 'data-axis': a.id }, t);
      })
      .join(''),
  );
  return out;
}

/** Options of {@link renderMaturityRadarSvg}. */
export interface MaturityRadarSvgOptions extends SvgRenderOptions {
  /** Ids of series (or the band) to leave out of the drawing. */
  hidden?: readonly string[];
}

/**
 * Renders a maturity radar to a standalone SVG string without a DOM (Node, workers, PDF/report pipelines).
 * Same geometry as `<sc-maturity-radar>`. All text is escaped. Invalid data gives an SVG showing the error.
 */
export function renderMaturityRadarSvg(
  data: MaturityRadarData,
  options: MaturityRadarSvgOptions = {},
): string {
  const hidden = new Set(options.hidden ?? []);
  return renderChartSvg(
    {
      normalize: normalizeRadarData,
      layout: (d, width, lang) => layoutMaturityRadar(d, width, lang, hidden),
      body: radarBody,
      name: (lang) => RADAR_STRINGS[lang].name,
    },
    data,
    options,
  );
}
