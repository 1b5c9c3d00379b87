import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv.js';

describe('csv', () => {
  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
  });

  it('guards cells starting with white space or a full-width formula character', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\n=1+1')).toBe(`"'\n=1+1"`);
    expect(csvCell('\u00A0=1+1')).toBe("'\u00A0=1+1");
    expect(csvCell('\u3000=1+1')).toBe("'\u3000=1+1");
    for (const c of ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])
      expect(csvCell(`${c}SUM(A1)`)).toBe(`'${c}SUM(A1)`);
    expect(csvCell('Kabupaten Minahasa')).toBe('Kabupaten Minahasa');
  });

  it('keeps numbers as numbers, including negative ones', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(1500000000)).toBe('1500000000');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Dinas Kominfo, Minahasa')).toBe('"Dinas Kominfo, Minahasa"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('writes a BOM and CRLF rows', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, '=1'],
        ],
      ),
    ).toBe(`\uFEFFa,b\r\n1,x\r\n,'=1\r\n`);
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes, guarded cells included', () => {
    const text = toCsv(
      ['region', 'note'],
      [
        ['71.02', '=1+1'],
        ['Kota Ambon', 'a, "b"\nc'],
      ],
    );
    const r = parseCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.header).toEqual(['region', 'note']);
    expect(r.table.records).toEqual([
      { line: 2, cells: ['71.02', '=1+1'] },
      { line: 3, cells: ['Kota Ambon', 'a, "b"\nc'] },
    ]);
  });

  it('detects a semicolon or tab delimiter, skips blank lines and counts lines across quoted breaks', () => {
    const r = parseCsv('a;b\n1;"x\ny"\n\n2;3\n');
    expect(r.ok && r.table.delimiter).toBe(';');
    expect(r.ok && r.table.records.map((x) => x.line)).toEqual([2, 5]);
    const t = parseCsv('a\tb\r\n1\t2');
    expect(t.ok && t.table.records[0]!.cells).toEqual(['1', '2']);
  });

  it('reports an unterminated quote with the line it opened on', () => {
    const r = parseCsv('a,b\n1,2\n3,"open\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(3);
  });
});
