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

/** One data record of a CSV table, with the line (1-based, the header is line 1) it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV table as read: the header row, the data records, and the delimiter found. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly delimiter: ',' | ';' | '\t';
}

/** Why a CSV text could not be read: an unterminated quote, with the line it opened on. */
export interface CsvError {
  readonly line: number;
  readonly message: { readonly id: string; readonly en: string };
}

/**
 * Reads a CSV table (RFC 4180) as spreadsheet and survey tools export it: an optional UTF-8 byte order mark,
 * CRLF or LF rows, quoted cells with doubled quotes, and a comma, semicolon (spreadsheets in locales with a
 * decimal comma) or tab delimiter, detected from the header row. Blank lines are skipped; a cell that this
 * module's `csvCell` guarded against formula injection (a leading apostrophe before `= + - @`) is read back
 * without the apostrophe. Never throws.
 */
export function parseCsv(text: string): { ok: true; table: CsvTable } | { ok: false; error: CsvError } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const counts = ([',', ';', '\t'] as const).map((d) => [d, firstLine.split(d).length - 1] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best), counts[0]!)[0];
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  const endCell = () => {
    cells.push(unguard(cell));
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted)
    return {
      ok: false,
      error: {
        line: start,
        message: {
          id: `Tanda kutip yang dibuka di baris ${start} tidak ditutup.`,
          en: `A quote opened on line ${start} is never closed.`,
        },
      },
    };
  if (cell !== '' || cells.length > 0) endRow();
  const [head, ...records] = rows;
  return { ok: true, table: { header: head ? head.cells.map((h) => h.trim()) : [], records, delimiter } };
}
