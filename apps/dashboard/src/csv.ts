// CSV that spreadsheet users open safely: UTF-8 with a byte order mark, CRLF rows, every text cell quoted
// when needed, and text that a spreadsheet would run as a formula (= + - @ tab CR) prefixed with a quote.

/** A cell value: text is protected against formula injection, numbers are written as they are. */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') s = value ? 'true' : 'false';
  else {
    s = value;
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  return /[",;\r\n\t]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document (with BOM) from a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
