// CSV that spreadsheet users open safely: UTF-8 with a byte order mark, CRLF rows (RFC 4180), cells quoted
// when needed, and text that a spreadsheet would run as a formula (= + - @ tab CR; CWE-1236) prefixed with
// an apostrophe so it shows as text.

/** A cell of a CSV table: text is protected against formula injection, numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell, guarded and quoted. A negative number stays a number. */
export function csvCell(value: CsvCell): string {
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

/** A CSV document (with BOM and CRLF rows) from a header row and data rows. */
export function toCsv(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const lines = [head, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
