import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

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
