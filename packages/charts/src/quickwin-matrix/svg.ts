import { escapeXml } from '../shared/escape.js';
import { QUICKWIN_STRINGS } from '../shared/i18n.js';
import { type ChartTheme, markerPath } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { rectPath } from '../shared/scale.js';
import { el, type SvgRenderOptions, textBlock } from '../shared/svg.js';
import { FONT_SIZE, LINE_HEIGHT } from '../shared/text.js';
import { layoutQuickWinMatrix, type QuickWinLayout } from './geometry.js';
import { normalizeQuickWinData, type QuickWinMatrixData } from './quickwin-matrix.config.js';

/** Static SVG markup of a matrix layout (colours from `theme`, or none for the element's CSS). */
export function quickwinBody(m: QuickWinLayout, theme: ChartTheme): string {
  let out = '';
  out += el(
    'g',
    { class: 'quadrants' },
    m.quadrants
      .map(
        (q) =>
          el('path', {
            class: q.id === 'quick-win' ? 'qw s4 c-fill' : 'band',
            part: 'quadrant',
            d: rectPath(q.x, q.y, q.w, q.h),
            fill: q.id === 'quick-win' ? theme.series[4] : theme.band,
            'fill-opacity': q.id === 'quick-win' ? 0.12 : q.id === 'thankless-task' ? 0.16 : 0.06,
          }) +
          el(
            'text',
            {
              class: 't-muted',
              x: q.lx,
              y: q.ly,
              'text-anchor': q.anchor,
              fill: theme.muted,
              'font-weight': 600,
              'font-size': FONT_SIZE - 0.5,
            },
            escapeXml(q.label),
          ),
      )
      .join(''),
  );
  const p = m.plot;
  out += el('path', { class: 'axis', d: rectPath(p.x, p.y, p.w, p.h), fill: 'none', stroke: theme.axis });
  const mid = m.quadrants[3]!;
  out += el('path', {
    class: 'axis',
    d: `M${mid.x},${p.y}V${p.y + p.h}M${p.x},${mid.y}H${p.x + p.w}`,
    stroke: theme.axis,
    'stroke-dasharray': '4 3',
  });
  out += el(
    'g',
    { class: 'ticks t-muted', fill: theme.muted, 'font-size': FONT_SIZE - 1 },
    m.xTicks
      .map((t) => el('text', { x: t.x, y: p.y + p.h + 15, 'text-anchor': 'middle' }, escapeXml(t.label)))
      .join('') +
      m.yTicks
        .map((t) => el('text', { x: p.x - 6, y: t.y + 4, 'text-anchor': 'end' }, escapeXml(t.label)))
        .join(''),
  );
  out += el(
    'text',
    { class: 't-text', x: m.xTitle.x, y: m.xTitle.y, 'text-anchor': 'middle', fill: theme.text },
    escapeXml(m.xTitle.text),
  );
  out += el(
    'text',
    {
      class: 't-text',
      x: m.yTitle.x,
      y: m.yTitle.y,
      'text-anchor': 'middle',
      fill: theme.text,
      transform: `rotate(-90 ${m.yTitle.x} ${m.yTitle.y})`,
    },
    escapeXml(m.yTitle.text),
  );
  for (const o of m.outOfScale) {
    out += el('path', {
      class: 'warn-stroke',
      d: markerPath('circle', o.x, o.y, 10),
      fill: 'none',
      stroke: theme.warning,
      'stroke-width': 1.5,
      'stroke-dasharray': '3 2',
    });
  }
  const halo = {
    stroke: theme.background,
    'stroke-width': 3,
    'paint-order': 'stroke',
    'stroke-linejoin': 'round',
  };
  out += el(
    'g',
    { class: 'labels', 'font-size': FONT_SIZE - 1 },
    m.labels
      .map((l) =>
        textBlock(l.lines, l.x, l.y, LINE_HEIGHT - 1, {
          class: 't-text t-halo',
          fill: theme.text,
          'text-anchor': l.anchor,
          ...halo,
        }),
      )
      .join(''),
  );
  return out;
}

/** Renders the quick-win matrix to a standalone SVG string without a DOM. Same geometry as `<sc-quickwin-matrix>`. */
export function renderQuickWinMatrixSvg(data: QuickWinMatrixData, options: SvgRenderOptions = {}): string {
  return renderChartSvg(
    {
      normalize: normalizeQuickWinData,
      layout: layoutQuickWinMatrix,
      body: quickwinBody,
      name: (lang) => QUICKWIN_STRINGS[lang].name,
    },
    data,
    options,
  );
}
