// The visible title, legend and notes of a static SVG (reports, slides, PDFs): in print there is no
// element around the chart to show them, and without them one cannot tell current from target from median.
import { escapeXml } from './escape.js';
import type { LegendItem } from './model.js';
import { type ChartTheme, markerPath, SERIES_DASHES, SERIES_MARKERS } from './palette.js';
import { el, textBlock } from './svg.js';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from './text.js';

const PAD = 8;
const TITLE_SIZE = 14;
const TITLE_LINE = 18;
const ROW = 20;
const SWATCH = 30;

/** One legend swatch at (x, y) (its vertical centre), painted with `theme`. */
function swatch(item: LegendItem, theme: ChartTheme, x: number, y: number): string {
  const c = theme.series[item.styleIndex % theme.series.length]!;
  const dash = item.dash ?? SERIES_DASHES[item.styleIndex % SERIES_DASHES.length];
  const marker = item.marker ?? SERIES_MARKERS[item.styleIndex % SERIES_MARKERS.length]!;
  switch (item.swatch) {
    case 'area':
      return el('rect', {
        x: x + 1,
        y: y - 5,
        width: 24,
        height: 10,
        rx: 2,
        fill: theme.band,
        opacity: 0.45,
      });
    case 'rule':
      return el('path', { d: `M${x + 10},${y - 6}V${y + 6}`, stroke: theme.text, 'stroke-width': 2.5 });
    case 'box':
      return el('rect', { x: x + 1, y: y - 5, width: 24, height: 10, rx: 2, fill: c });
    case 'marker':
      return el('path', {
        d: markerPath(marker, x + 8, y, 5) + (item.hollow ? markerPath(marker, x + 8, y, 3.2) : ''),
        'fill-rule': item.hollow ? 'evenodd' : undefined,
        fill: c,
      });
    default:
      return (
        el('path', {
          d: `M${x + 1},${y}H${x + 29}`,
          stroke: c,
          'stroke-width': 2.5,
          'stroke-dasharray': dash || undefined,
          fill: 'none',
        }) + el('path', { d: markerPath(marker, x + 15, y, 3.8), fill: c, stroke: theme.background })
      );
  }
}

/** The title block above the plot: its markup and height (0 without a title). */
export function titleBlock(title: string | undefined, width: number, theme: ChartTheme) {
  if (!title) return { svg: '', height: 0 };
  const lines = wrapText(title, width - 2 * PAD, TITLE_SIZE, true);
  const svg = textBlock(lines, PAD, PAD + TITLE_SIZE, TITLE_LINE, {
    class: 'caption-title',
    fill: theme.text,
    'font-size': TITLE_SIZE,
    'font-weight': 600,
  });
  return { svg, height: PAD + lines.length * TITLE_LINE + 4 };
}

/** The legend (wrapping rows of swatch + label; hidden series struck through) and the notes, from `top`. */
export function footerBlock(
  legend: readonly LegendItem[],
  notes: readonly string[],
  width: number,
  top: number,
  theme: ChartTheme,
) {
  let out = '';
  let x = PAD;
  let y = top + (legend.length ? PAD + ROW / 2 : 0);
  const items: string[] = [];
  for (const item of legend) {
    const w = SWATCH + 6 + textWidth(item.label) + 16;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += ROW;
    }
    items.push(
      el(
        'g',
        { class: 'caption-legend-item', opacity: item.visible ? undefined : 0.45 },
        swatch(item, theme, x, y) +
          el(
            'text',
            {
              x: x + SWATCH + 6,
              y: y + 4,
              fill: theme.text,
              'text-decoration': item.visible ? undefined : 'line-through',
            },
            escapeXml(item.label),
          ),
      ),
    );
    x += w;
  }
  if (items.length) out += el('g', { class: 'caption-legend' }, items.join(''));
  let bottom = legend.length ? y + ROW / 2 : top;
  if (notes.length) {
    let ny = bottom + PAD + FONT_SIZE;
    const lines: string[] = [];
    for (const note of notes) {
      const wrapped = wrapText(note, width - 2 * PAD);
      lines.push(textBlock(wrapped, PAD, ny, LINE_HEIGHT, { fill: theme.warning }));
      ny += wrapped.length * LINE_HEIGHT;
    }
    out += el('g', { class: 'caption-notes' }, lines.join(''));
    bottom = ny - FONT_SIZE + 4;
  }
  return { svg: out, height: bottom - top + (legend.length || notes.length ? PAD : 0) };
}
