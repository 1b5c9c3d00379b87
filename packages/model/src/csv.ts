// CSV that spreadsheet users open safely: UTF-8 with a byte order mark, CRLF rows (RFC 4180), cells quoted
// when needed, and text that a spreadsheet would run as a formula (= + - @ tab CR; CWE-1236) prefixed with
// an apostrophe so it shows as text. Also guarded: text starting with white space (a space, a line feed, a
// no-break space), which spreadsheets may trim before reading a formula, and the full-width forms of the
// formula characters (＝ ＋ － ＠), which some spreadsheets fold into the ASCII ones.

/** A cell of a CSV table: text is protected against formula injection, numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START =
  /^[=+\-@\t\r\n \u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\uFF1D\uFF0B\uFF0D\uFF20]/;

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
