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
 * Wraps `text` into lines no wider than `maxWidth` px, breaking between words (and inside a word only
 * when the word alone is too wide). Never drops text.
 */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE, bold = false): string[] {
  const words = String(text).trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  };
  for (const word of words) {
    if (textWidth(word, fontSize, bold) <= maxWidth) {
      push(word);
      continue;
    }
    // Hard-break a word wider than a line, with a hyphen at each break.
    if (line) {
      lines.push(line);
      line = '';
    }
    let chunk = '';
    for (const c of word) {
      if (chunk && textWidth(`${chunk}${c}-`, fontSize, bold) > maxWidth) {
        lines.push(`${chunk}-`);
        chunk = c;
      } else chunk += c;
    }
    line = chunk;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The widest of `lines`, in px. */
export function linesWidth(lines: readonly string[], fontSize = FONT_SIZE, bold = false): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, textWidth(l, fontSize, bold));
  return w;
}
