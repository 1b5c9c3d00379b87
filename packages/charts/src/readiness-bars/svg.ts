import { escapeXml } from '../shared/escape.js';
import { READINESS_STRINGS } from '../shared/i18n.js';
import { type ChartTheme, markerPath } from '../shared/palette.js';
import { renderChartSvg } from '../shared/render-svg.js';
import { rectPath } from '../shared/scale.js';
import { el, type SvgRenderOptions, textBlock } from '../shared/svg.js';
import { FONT_SIZE, LINE_HEIGHT } from '../shared/text.js';
import { layoutReadinessBars, type ReadinessLayout } from './geometry.js';
import { normalizeReadinessData, type ReadinessBarsData } from './readiness-bars.config.js';

/** Static SVG markup of a readiness layout (colours from `theme`, or none for the element's CSS). */
export function readinessBody(m: ReadinessLayout, theme: ChartTheme): string {
  let out = '';
  out += el(
    'g',
    { class: 'ticks' },
    m.ticks
      .map(
        (t) =>
          el('line', {
            class: 'grid',
            x1: t.x,
            x2: t.x,
            y1: m.plotTop,
            y2: m.plotBottom,
            stroke: theme.grid,
          }) +
          el(
            'text',
            {
              class: 't-muted',
              x: t.x,
              y: m.plotTop - 4,
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
    const color = theme.series[r.styleIndex % theme.series.length];
    let g = textBlock(r.lines, r.lx, r.ly, LINE_HEIGHT, {
      class: 't-text',
      fill: theme.text,
      'font-weight': r.level === 'pillar' ? 600 : undefined,
    });
    const tr = r.track;
    if (r.missing) {
      g += el('path', {
        class: 'axis',
        d: rectPath(tr.x + 0.5, tr.y + 0.5, tr.w - 1, tr.h - 1, 2),
        fill: 'none',
        stroke: theme.axis,
        'stroke-dasharray': '4 3',
      });
      g += el(
        'text',
        {
          class: 't-muted',
          x: tr.x + 8,
          y: tr.y + tr.h / 2 + 4,
          fill: theme.muted,
          'font-size': FONT_SIZE - 1,
          'font-style': 'italic',
        },
        escapeXml(m.missingText),
      );
    } else {
      g += el('path', {
        class: 'grid-fill',
        d: rectPath(tr.x, tr.y, tr.w, tr.h, 2),
        fill: theme.grid,
        'fill-opacity': 0.45,
      });
      const b = r.bar!;
      g += el('path', { class: 'c-fill', d: rectPath(b.x, b.y, b.w, b.h, 2), fill: color });
    }
    if (r.outOfScale) {
      g += el('path', {
        class: 'warn',
        d: markerPath('triangle', tr.x + tr.w + 6, tr.y + tr.h / 2, 4),
        fill: theme.warning,
      });
    }
    g += el(
      'text',
      {
        class: 't-text',
        x: r.vx,
        y: r.ty,
        'text-anchor': 'end',
        fill: theme.text,
        'font-weight': r.level === 'pillar' ? 600 : undefined,
        'font-variant-numeric': 'tabular-nums',
      },
      escapeXml(r.valueText),
    );
    if (r.coverageText || r.lowCoverage) {
      const cls = r.lowCoverage ? 't-warn' : 't-muted';
      g += el(
        'text',
        {
          class: cls,
          x: r.cx + (r.lowCoverage ? 12 : 0),
          y: r.ty,
          fill: r.lowCoverage ? theme.warning : theme.muted,
          'font-size': FONT_SIZE - 1,
        },
        escapeXml(r.coverageText),
      );
      if (r.lowCoverage) {
        g += el('path', {
          class: 'warn',
          d: markerPath('triangle', r.cx + 4.5, r.ty - 4, 4.2),
          fill: theme.warning,
        });
      }
    }
    out += el('g', { class: `row s${r.styleIndex}`, part: r.level === 'pillar' ? 'pillar' : 'aspect' }, g);
  }
  return out;
}

/** Renders readiness bars to a standalone SVG string without a DOM. Same geometry as `<sc-readiness-bars>`. */
export function renderReadinessBarsSvg(data: ReadinessBarsData, options: SvgRenderOptions = {}): string {
  return renderChartSvg(
    {
      normalize: normalizeReadinessData,
      layout: layoutReadinessBars,
      body: readinessBody,
      name: (lang) => READINESS_STRINGS[lang].name,
    },
    data,
    options,
  );
}
