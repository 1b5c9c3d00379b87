import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../src/csv.js';
import { getAt, pathKey, setAt } from '../src/paths.js';

describe('csv', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"|"$/g, '')).toMatch(/^'/);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Dinas Kominfo')).toBe('Dinas Kominfo');
  });

  it('quotes separators, quotes and line breaks, and starts with a BOM', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    const csv = toCsv(['a', 'b'], [[1, '<img src=x>']]);
    expect(csv).toBe('\uFEFFa,b\r\n1,<img src=x>\r\n');
  });
});

describe('paths', () => {
  it('writes paths as the model formats them and edits copies', () => {
    expect(pathKey(['programmes', 3, 'budget', 0, 'amount'])).toBe('programmes[3].budget[0].amount');
    expect(pathKey(['quickWin', 'a-b'])).toBe('quickWin["a-b"]');
    const doc = { a: [{ b: 1 }], c: 2 };
    const next = setAt(doc, ['a', 0, 'b'], 5);
    expect(getAt(next, ['a', 0, 'b'])).toBe(5);
    expect(doc.a[0]!.b).toBe(1);
    expect(next.c).toBe(2);
    expect('c' in setAt(doc, ['c'], undefined)).toBe(false);
  });
});
