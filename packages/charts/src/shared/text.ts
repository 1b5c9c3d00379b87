// DOM-free text measurement: the SVG string renderer has no canvas to measure with, and the elements must
// lay out exactly like it, so both use these estimates. Widths are Helvetica/Arial advance widths (per 1000
// em) scaled up a little so that wider system fonts (Noto Sans, SF, Segoe UI) still fit.
const WIDTHS: Record<string, number> = {};
function assign(chars: string, width: number): void {
  for (const c of chars) WIDTHS[c] = width;
}
assign(' ', 278);
assign("ijlI|!.,:;'", 240);
assign('ftr()[]/-', 333);
assign('"', 355);
assign('ckszvxyJ', 500);
assign('abdeghnopqu0123456789$?#_~+=<>', 556);
assign('FTLZ', 611);
assign('ABEKPSVXY&', 667);
assign('CDHNRUw', 722);
assign('GOQ', 778);
assign('mM%', 860);
assign('W—', 960);

/** Default font size of chart labels, in px. */
export const FONT_SIZE = 12;
/** Default line height of chart labels, in px. */
export const LINE_HEIGHT = 15;
/** Font stack of every chart (overridable in elements through `--sc-font-family`). */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Estimated width in px of `text` at `fontSize` px (bold adds about 7 %). */
export function textWidth(text: string, fontSize = FONT_SIZE, bold = false): number {
  let units = 0;
  for (const c of text) units += WIDTHS[c] ?? (c.charCodeAt(0) > 0x2e80 ? 1000 : 580);
  return (units / 1000) * fontSize * 1.06 * (bold ? 1.07 : 1);
}

/**
 * Lays `text` out in at most `maxLines` lines no wider than `maxWidth` px, breaking only at spaces: a word
 * is never split or cut (Indonesian words such as "Masyarakat" or "Pengembangan" stay whole; a single word
 * wider than the line stays whole and the caller makes room for it). Text beyond `maxLines` is left out
 * at a word boundary and the last line ends with "…"; callers show the full text as a tooltip and in the
 * accessible name (see {@link isShortened}).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize = FONT_SIZE,
  bold = false,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const words = String(text).trim().split(/\s+/).filter(Boolean);
  const lines: string[][] = [];
  let line: string[] = [];
  for (const word of words) {
    if (line.length && textWidth([...line, word].join(' '), fontSize, bold) > maxWidth) {
      lines.push(line);
      line = [];
    }
    line.push(word);
  }
  if (line.length) lines.push(line);
  if (lines.length > maxLines) {
    const last = lines[maxLines - 1]!;
    lines.length = maxLines;
    while (last.length > 1 && textWidth(`${last.join(' ')}…`, fontSize, bold) > maxWidth) last.pop();
    last[last.length - 1] += '…';
  }
  return lines.length ? lines.map((l) => l.join(' ')) : [''];
}

/** Whether `lines` (from {@link wrapText}) show less than `text`. */
export function isShortened(text: string, lines: readonly string[]): boolean {
  return lines.join(' ') !== String(text).trim().split(/\s+/).join(' ');
}

/** The widest of `lines`, in px. */
export function linesWidth(lines: readonly string[], fontSize = FONT_SIZE, bold = false): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, textWidth(l, fontSize, bold));
  return w;
}
