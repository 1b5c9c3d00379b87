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

/** A cell read back: an apostrophe that `csvCell` put before a formula character is taken off again. */
function unguard(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * Reads CSV text into rows of cells (RFC 4180: quoted cells may hold separators, quotes and line breaks).
 * A byte order mark is skipped; rows end with CRLF or LF; the separator is a comma, or a semicolon when the
 * first line has more semicolons than commas (a spreadsheet set to Indonesian writes semicolons). A blank
 * row is kept as `['']`, so that row numbers match the file's records. The apostrophe `csvCell` adds before a formula character is removed.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = s.slice(0, s.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(unguard(cell));
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) endCell();
    else if (c === '\n') endRow();
    else if (c === '\r' && s[i + 1] === '\n') {
      endRow();
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
