// The visible title, legend and notes of a static SVG (reports, slides, PDFs): in print there is no
// element around the chart to show them, and without them one cannot tell current from target from median.
import { escapeXml } from './escape.js';
import type { LegendItem } from './model.js';
import type { ChartTheme } from './palette.js';
import { legendSwatch } from './points.js';
import { el, textBlock } from './svg.js';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from './text.js';

const PAD = 8;
const TITLE_SIZE = 14;
const TITLE_LINE = 18;
const ROW = 20;

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
    const w = 36 + textWidth(item.label) + 16;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += ROW;
    }
    items.push(
      el(
        'g',
        { class: 'caption-legend-item', opacity: item.visible ? undefined : 0.45 },
        legendSwatch(item, theme, x, y - 7) +
          el(
            'text',
            {
              x: x + 36,
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
