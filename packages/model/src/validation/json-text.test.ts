import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINAHASA_SAMPLE } from '../samples/minahasa.js';
import { decodeText, detectEncoding } from './decode.js';
import { positionAt, scanJson } from './json-text.js';
import { parseDocument } from './parse.js';

const sampleText = JSON.stringify(MINAHASA_SAMPLE, null, 2);

describe('scanJson', () => {
  it('finds nothing in JSON that JSON.parse reads without loss (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        fc.pre(!JSON.stringify(value).includes('"__proto__"'));
        expect(scanJson(JSON.stringify(value, null, pretty ? 2 : undefined))).toEqual([]);
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  it('refuses exactly the texts JSON.parse refuses (property)', () => {
    const texts = fc.oneof(
      fc.string({
        unit: fc.constantFrom(...'{}[],:"\\ 0123456789.eE+-tfnul\n\tax'.split('')),
        maxLength: 24,
      }),
      fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.string({ maxLength: 2 })).map(([v, at, s]) => {
        const t = JSON.stringify(v);
        const i = at % (t.length + 1);
        return t.slice(0, i) + s + t.slice(i + 1);
      }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const issues = scanJson(text).filter((i) => i.code === 'invalid-json');
        expect(issues.length === 0).toBe(parses);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('reports a key given twice with its path and both places', () => {
    const text = sampleText.replace(/\n}\s*$/, ',\n  "quickWins": { "selected": [] }\n}\n');
    const issues = scanJson(text);
    expect(issues).toHaveLength(1);
    const [dup] = issues;
    expect(dup!.code).toBe('duplicate-key');
    expect(dup!.path).toEqual(['quickWins']);
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  "quickWins"')) + 1;
    expect(dup!.position!.line).toBe(lines.length - 2);
    expect(dup!.message.id).toContain(`pertama di baris ${first}, kolom 3`);
    expect(dup!.message.en).toContain(`first at line ${first}, column 3`);
    // And parseDocument refuses the file instead of dropping the six chosen quick wins.
    const r = parseDocument(text);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate-key']);
  });

  it('sees through escapes and reports duplicates deep inside', () => {
    const issues = scanJson('{"a":[{"b":1,"\\u0062":2}],"c":{"d":{"e":1,"e":2,"e":3}}}');
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-key', ['a', 0, 'b']],
      ['duplicate-key', ['c', 'd', 'e']],
      ['duplicate-key', ['c', 'd', 'e']],
    ]);
  });

  it('reports __proto__ keys anywhere', () => {
    const issues = scanJson('{"a":{"__proto__":{"x":1}},"b":[{"__proto__":null}]}');
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden-key', ['a', '__proto__']],
      ['forbidden-key', ['b', 0, '__proto__']],
    ]);
  });

  it.each([
    ['', 1, 1, 'akhir teks'],
    ['{"a":1,}', 1, 8, '"}"'],
    ['[1,]', 1, 4, '"]"'],
    ['{"a" 1}', 1, 6, '"1"'],
    ['{"a":1\n "b":2}', 2, 2, 'ditemukan """'],
    ['{"a":"x\ny"}', 1, 8, 'U+000A'],
    ['{"a":"\\x"}', 1, 7, 'escape yang sah'],
    ['{"a":01}', 1, 7, '"1"'],
    ['{"a":tru}', 1, 6, '"t"'],
    ['{} x', 1, 4, '"x"'],
    ["{'a':1}", 1, 2, `"'"`],
    ['{"a":1', 1, 7, 'akhir teks'],
    ['\u00a0{}', 1, 1, 'U+00A0'],
  ])('localises the syntax error in %j: line %i, column %i, found %s', (text, line, column, found) => {
    const [e, ...rest] = scanJson(text);
    expect(rest).toEqual([]);
    expect(e!.code).toBe('invalid-json');
    expect(e!.position).toMatchObject({ line, column });
    expect(e!.message.id).toMatch(
      new RegExp(`^Bukan JSON yang sah pada baris ${line}, kolom ${column}: diharapkan .+, ditemukan `),
    );
    expect(e!.message.id).toContain(found);
    expect(e!.message.en).toMatch(
      new RegExp(`^Not valid JSON at line ${line}, column ${column}: expected .+, found `),
    );
    // No V8 wording.
    expect(`${e!.message.id} ${e!.message.en}`).not.toMatch(/Unexpected|JSON at position|Bad control/);
  });

  it('scans a megabyte string and 100,000 levels of nesting without recursion', () => {
    expect(scanJson(JSON.stringify({ a: 'x'.repeat(1_000_000) }))).toEqual([]);
    expect(scanJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual([]);
    expect(scanJson(`${'['.repeat(100_000)}`)[0]!.code).toBe('invalid-json');
  });

  it('counts lines and columns from 1, a CRLF as one break', () => {
    expect(positionAt('ab\r\ncd', 4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(positionAt('abc', 2)).toEqual({ line: 1, column: 3, offset: 2 });
  });
});

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < s.length; i++) view.setUint16(at + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  const text = '{"name":"Kabupaten Minahasa – Tondano, Ñandú 😀"}';

  it.each([
    ['UTF-8', utf8(text), 'utf-8', false],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8', true],
    ['UTF-16 LE with a BOM', utf16(text, true, true), 'utf-16le', true],
    ['UTF-16 BE with a BOM', utf16(text, false, true), 'utf-16be', true],
    ['UTF-16 LE without a BOM', utf16(text, true, false), 'utf-16le', false],
    ['UTF-16 BE without a BOM', utf16(text, false, false), 'utf-16be', false],
  ] as const)('reads %s', (_, bytes, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ text, encoding, bom });
    expect(detectEncoding(bytes).encoding).toBe(encoding);
  });

  it('refuses Latin-1 with the byte offset instead of turning é into U+FFFD', () => {
    const latin1 = new Uint8Array([...utf8('{\n  "name": "Caf'), 0xe9, ...utf8('"\n}')]);
    const r = decodeText(latin1);
    expect('issues' in r).toBe(true);
    if (!('issues' in r)) return;
    const [e] = r.issues;
    expect(e!.code).toBe('invalid-encoding');
    expect(e!.position).toEqual({ line: 2, column: 15, offset: 16 });
    expect(e!.message.id).toContain('0xE9');
    expect(e!.message.id).toContain('offset bita 16');
    expect(e!.message.en).toContain('byte offset 16');
    expect(e!.message.en).toContain('Latin-1');
    // parseDocument refuses the bytes the same way.
    expect(parseDocument(latin1).issues.map((i) => i.code)).toEqual(['invalid-encoding']);
  });

  it('refuses overlong forms, surrogates in UTF-8, truncated sequences and lone UTF-16 surrogates', () => {
    for (const bad of [
      [0x7b, 0xc0, 0xaf],
      [0x7b, 0xed, 0xa0, 0x80],
      [0x7b, 0xe2, 0x82],
      [0x7b, 0xf5, 0x80, 0x80, 0x80],
    ]) {
      const r = decodeText(new Uint8Array(bad));
      expect('issues' in r && r.issues[0]!.position!.offset).toBe(1);
    }
    const lone = utf16('{"a":"x"}', true, true);
    new DataView(lone.buffer).setUint16(2 + 6 * 2, 0xd800, true);
    const r = decodeText(lone);
    expect('issues' in r && r.issues[0]!.position!.offset).toBe(14);
    expect('issues' in decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toBe(true);
  });

  it('lets parseDocument read the sample in every accepted encoding', () => {
    for (const bytes of [
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sampleText)]),
      utf16(sampleText, true, true),
      utf16(sampleText, false, false),
    ])
      expect(parseDocument(bytes).issues).toEqual([]);
    expect(parseDocument(`\uFEFF${sampleText}`).issues).toEqual([]);
  });
});
