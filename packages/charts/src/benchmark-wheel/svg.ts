import { escapeXml } from '../shared/escape.js';
import { WHEEL_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { el, type SvgRenderOptions, textBlock } from '../shared/svg.js';
import { FONT_SIZE, LINE_HEIGHT } from '../shared/text.js';
import { type BenchmarkWheelData, normalizeWheelData } from './benchmark-wheel.config.js';
import { layoutBenchmarkWheel, type WheelLayout } from './geometry.js';

/** Static SVG markup of a wheel layout (colours from `theme`, or none for the element's CSS). */
export function wheelBody(m: WheelLayout, theme: ChartTheme): string {
  const c = theme.series[0];
  let out = el(
    'g',
    { class: 'rings', fill: 'none' },
    m.rings.map((r) => el('circle', { class: 'grid', cx: m.cx, cy: m.cy, r, stroke: theme.grid })).join(''),
  );
  out += el(
    'g',
    { class: 'dimensions s0' },
    m.dimensions
      .map(
        (d) =>
          (d.missing
            ? el('path', {
                class: 'grid',
                d: d.track,
                fill: 'none',
                stroke: theme.grid,
                'stroke-dasharray': '2 2',
              })
            : el('path', { class: 'c-fill', d: d.track, fill: c, 'fill-opacity': m.steps[d.step] })) +
          (d.label
            ? el(
                'text',
                {
                  class: d.step >= 3 ? 't-halo-text' : 't-text',
                  x: d.label.x,
                  y: d.label.y,
                  'text-anchor': 'middle',
                  'font-size': FONT_SIZE - 2,
                  fill: d.step >= 3 ? theme.background : theme.text,
                  'aria-hidden': 'true',
                },
                escapeXml(d.label.text),
              )
            : ''),
      )
      .join(''),
  );
  out += el(
    'g',
    { class: 'elements s0' },
    m.elements
      .map(
        (e) =>
          el('path', {
            class: e.missing ? 'grid-fill warn-stroke' : 'grid-fill',
            d: e.track,
            fill: theme.grid,
            'fill-opacity': 0.45,
            stroke: e.missing ? theme.warning : undefined,
            'stroke-dasharray': e.missing ? '2 2' : undefined,
            'stroke-width': e.missing ? 1 : undefined,
          }) +
          (e.bar ? el('path', { class: 'c-fill', d: e.bar, fill: c, 'fill-opacity': 0.85 }) : '') +
          (e.peer ? el('path', { class: 'rule-fill', d: e.peer, fill: theme.text }) : ''),
      )
      .join(''),
  );
  out += el(
    'g',
    { class: 'axis-labels', part: 'axis-labels', 'font-size': FONT_SIZE - 1 },
    m.labels
      .map((l) =>
        textBlock(
          l.lines,
          l.x,
          l.y,
          LINE_HEIGHT - 1,
          {
            class: 't-text',
            fill: theme.text,
            'text-anchor': l.anchor,
          },
          true,
        ),
      )
      .join(''),
  );
  return out;
}

/** Renders the benchmark wheel to a standalone SVG string without a DOM. Same geometry as `<sc-benchmark-wheel>`. */
export function renderBenchmarkWheelSvg(data: BenchmarkWheelData, options: SvgRenderOptions = {}): string {
  return renderChartSvg(
    {
      normalize: normalizeWheelData,
      layout: layoutBenchmarkWheel,
      body: wheelBody,
      name: (lang) => WHEEL_STRINGS[lang].name,
    },
    data,
    options,
  );
}
