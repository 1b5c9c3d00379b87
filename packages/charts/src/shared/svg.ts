import { escapeXml } from './escape.js';
import { type ChartTheme, lightTheme } from './palette.js';
import { FONT_FAMILY } from './text.js';

type AttrValue = string | number | undefined | null | false;

/** Serialises attributes, escaping every value; `undefined`, `null` and `false` are left out. */
export function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const k in a) {
    const v = a[k];
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${escapeXml(v)}"`;
  }
  return out;
}

/** One SVG element as a string; `children` must already be safe markup. */
export function el(name: string, a: Record<string, AttrValue>, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

/**
 * A multi-line `<text>`: each line a `<tspan>` (escaped), the first baseline at `y`. With `spaced`, a space
 * separates the lines in the text content (what assistive technology and copy/paste read), so the label
 * reads "Tata Kelola Birokrasi", not "Tata KelolaBirokrasi"; it sits at the end of a line, where it shifts
 * an end-anchored line by a space's width at most.
 */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  a: Record<string, AttrValue>,
  spaced = false,
): string {
  const spans =
    lines.length === 1
      ? escapeXml(lines[0])
      : lines
          .map(
            (line, i) =>
              `<tspan${attrs({ x, dy: i === 0 ? undefined : lineHeight })}>${escapeXml(line)}</tspan>`,
          )
          .join(spaced ? ' ' : '');
  return el('text', { x, y, ...a }, spans);
}

/** Options shared by all DOM-free SVG renderers. */
export interface SvgRenderOptions {
  /** Width of the drawing in px (the viewBox is in the same units). Default 640. */
  width?: number;
  /** Language of the built-in strings: `'id'` (default) or `'en'`. */
  lang?: 'id' | 'en';
  /** Colours; missing keys fall back to {@link lightTheme}. */
  theme?: Partial<ChartTheme>;
  /** Whether to paint the background rectangle. Default true. */
  background?: boolean;
  /**
   * Whether to draw the title, the legend and the notes visibly (above and below the plot), as a report or
   * a slide needs: in print there is no page around the chart to show them. Default false (the drawing
   * alone; the title and summary are always in `<title>`/`<desc>`).
   */
  captions?: boolean;
}

/** Merges a partial theme with the default theme. */
export function resolveTheme(theme?: Partial<ChartTheme>): ChartTheme {
  return { ...lightTheme, ...theme };
}

/** FNV-1a (32 bit) of a text, in hex: a short deterministic fingerprint. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Wraps a body in a standalone SVG document with `<title>`/`<desc>` and a scalable viewBox. The ids of the
 * title and description carry a fingerprint of the content, so several different charts inlined in one
 * HTML page keep unique ids; the same input always gives the same markup.
 */
export function svgDocument(opts: {
  width: number;
  height: number;
  title: string;
  desc: string;
  theme: ChartTheme;
  background: boolean;
  body: string;
}): string {
  const { width, height, theme } = opts;
  const id = `sc-${fingerprint(`${opts.title}\n${opts.desc}\n${opts.body}`)}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT_FAMILY,
      'font-size': 12,
    })}>` +
    el('title', { id: `${id}-title` }, escapeXml(opts.title)) +
    el('desc', { id: `${id}-desc` }, escapeXml(opts.desc)) +
    (opts.background ? el('rect', { width, height, fill: theme.background }) : '') +
    opts.body +
    '</svg>'
  );
}

/** A small SVG carrying a message (invalid or empty data). */
export function errorSvg(
  width: number,
  message: string,
  theme: ChartTheme,
  background: boolean,
  title?: string,
): string {
  return svgDocument({
    width,
    height: 40,
    title: title ?? message,
    desc: message,
    theme,
    background,
    body: el('text', { x: 8, y: 24, fill: theme.text, class: 't-text' }, escapeXml(message)),
  });
}
