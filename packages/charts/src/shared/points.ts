import { escapeXml } from './escape.js';
import type { ChartPoint, LegendItem, TableModel } from './model.js';
import { type ChartTheme, markerPath, SERIES_DASHES, SERIES_MARKERS } from './palette.js';
import { el } from './svg.js';

/**
 * A theme without colours: the elements paint through CSS classes and custom properties, so their markup
 * carries no colour attributes (smaller, and themable).
 */
export const CSS_PAINT = { series: [] as string[] } as unknown as ChartTheme;

/**
 * The markers of the points. With `active` (the elements), each marker is itself the focusable element
 * (one node per point keeps pages of hundreds of charts light): a wide transparent stroke is its hit area,
 * `tabindex` is 0 on the active one only (roving tabindex). Hollow markers are rings (even-odd fill), so
 * the stroke stays free for the hit area and the focus ring. Without `active`, static markers.
 */
export function pointsSvg(points: Iterable<ChartPoint<unknown>>, theme: ChartTheme, active?: string): string {
  let out = '';
  for (const p of points) {
    const k = p.mark;
    const color = theme.series[k.styleIndex % theme.series.length];
    if (active === undefined) {
      if (k.d) {
        out += el('path', {
          class: `mk s${k.styleIndex}${k.hollow ? ' hollow' : ''}`,
          d: k.d,
          'fill-rule': k.hollow ? 'evenodd' : undefined,
          fill: color,
          stroke: k.hollow ? undefined : theme.background,
          'stroke-width': k.hollow ? undefined : 1.5,
        });
      }
      continue;
    }
    out += el('path', {
      class: `point s${k.styleIndex}${k.d ? ' mk' : ' area'}${k.hollow ? ' hollow' : ''}${p.key === active ? ' active' : ''}`,
      part: 'point',
      d: k.d ?? k.ring,
      'fill-rule': k.hollow ? 'evenodd' : undefined,
      'data-key': p.key,
      tabindex: p.key === active ? 0 : -1,
      role: 'button',
      'aria-label': p.label,
    });
  }
  return el('g', { class: 'points' }, out);
}

/** The legend as HTML: toggle buttons (`aria-pressed`) or static entries, each with a swatch. */
export function legendHtml(items: readonly LegendItem[]): string {
  return items
    .map((item) => {
      const inner = `${legendSwatch(item)}<span class="label">${escapeXml(item.label)}</span>`;
      return `<li>${
        item.toggle
          ? `<button type="button" part="legend-item" data-series="${escapeXml(item.id)}" aria-pressed="${item.visible}">${inner}</button>`
          : `<span class="static" part="legend-item">${inner}</span>`
      }</li>`;
    })
    .join('');
}

/**
 * A small swatch (line with dash and marker, area, box or marker), hidden from assistive technology. The
 * elements paint it through its classes; with `theme` (static SVG captions) its colours are written in,
 * and `x`/`y` place it (the top-left corner) inside a drawing.
 */
export function legendSwatch(item: LegendItem, theme?: ChartTheme, x?: number, y?: number): string {
  const cls = `s${item.styleIndex}`;
  const dash = item.dash ?? SERIES_DASHES[item.styleIndex % SERIES_DASHES.length];
  const marker = item.marker ?? SERIES_MARKERS[item.styleIndex % SERIES_MARKERS.length]!;
  const c = theme?.series[item.styleIndex % theme.series.length];
  const svg = (width: number, body: string) =>
    el('svg', { x, y, width, height: 14, 'aria-hidden': 'true', class: cls }, body);
  switch (item.swatch) {
    case 'area':
      return svg(
        26,
        el('rect', {
          class: 'band',
          x: 1,
          y: 2,
          width: 24,
          height: 10,
          rx: 2,
          opacity: 0.45,
          fill: theme?.band,
        }),
      );
    case 'rule':
      return svg(20, el('path', { class: 'rule', d: 'M10,1V13', 'stroke-width': 2.5, stroke: theme?.text }));
    case 'box':
      return svg(
        26,
        el('rect', {
          class: 'c-fill',
          x: 1,
          y: 2,
          width: 24,
          height: 10,
          rx: 2,
          fill: c,
          'fill-opacity': item.opacity,
        }),
      );
    case 'marker':
      return svg(
        16,
        el('path', {
          class: `mk${item.hollow ? ' hollow' : ''}`,
          d: markerPath(marker, 8, 7, 5) + (item.hollow ? markerPath(marker, 8, 7, 3.2) : ''),
          'fill-rule': item.hollow ? 'evenodd' : undefined,
          'stroke-width': item.hollow ? 0 : 1,
          fill: c,
          stroke: item.hollow ? undefined : theme?.background,
        }),
      );
    default:
      return svg(
        30,
        el('path', {
          class: 'c-stroke',
          d: 'M1,7H29',
          'stroke-width': 2.5,
          'stroke-dasharray': dash || undefined,
          fill: 'none',
          stroke: c,
        }) +
          el('path', {
            class: 'mk',
            d: markerPath(marker, 15, 7, 3.8),
            'stroke-width': 1,
            fill: c,
            stroke: theme?.background,
          }),
      );
  }
}

/** The data table as HTML (caption, column headers, row headers), every text escaped. */
export function tableHtml(t: TableModel): string {
  const th = (c: string, scope: string) => `<th scope="${scope}">${escapeXml(c)}</th>`;
  return (
    `<table><caption>${escapeXml(t.caption)}</caption><thead><tr>${t.columns.map((c) => th(c, 'col')).join('')}</tr></thead><tbody>` +
    t.rows
      .map((r) => `<tr>${th(r.header, 'row')}${r.cells.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`)
      .join('') +
    '</tbody></table>'
  );
}
