// A small scanner for JSON text (RFC 8259), run before `JSON.parse` builds the value. `JSON.parse` is fast
// but hides two things a document must not hide, and words its errors in V8's English:
// - a key that appears twice in one object: the last one wins and the others vanish without a word;
// - a `__proto__` key: kept by `JSON.parse`, then dropped by the schemas (zod will not copy it), again
//   without a word.
// The scanner reports both with their path and place, and a syntax error with its line, column and reason in
// Bahasa Indonesia and English. It keeps its own stack (no recursion), so hostile nesting cannot overflow.

import { type IssuePath, issue, type TextPosition, type ValidationIssue } from './issues.js';

/** The place of a character offset in a text: line and column from 1 (a CRLF counts as one break). */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** A character as a message shows it: printable ones quoted, others as a code point. */
function showChar(text: string, at: number): [id: string, en: string] {
  if (at >= text.length) return ['akhir teks', 'the end of the text'];
  const cp = text.codePointAt(at)!;
  if (
    cp < 0x21 ||
    (cp >= 0x7f && cp <= 0xa0) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff)
  ) {
    const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return [`karakter ${u}`, `the character ${u}`];
  }
  const ch = String.fromCodePoint(cp);
  return [`"${ch}"`, `"${ch}"`];
}

/** What the scanner expected, in both languages. */
const EXPECTED = {
  value: [
    'sebuah nilai (objek, daftar, teks, angka, true, false atau null)',
    'a value (object, list, text, number, true, false or null)',
  ],
  key: ['kunci dalam tanda kutip ganda', 'a key in double quotes'],
  colon: ['":" sesudah kunci', '":" after the key'],
  objectNext: ['"," atau "}"', '"," or "}"'],
  arrayNext: ['"," atau "]"', '"," or "]"'],
  end: ['akhir teks (dokumen sudah selesai)', 'the end of the text (the document is complete)'],
  digit: ['angka', 'a digit'],
  escape: [
    'escape yang sah (\\" \\\\ \\/ \\b \\f \\n \\r \\t atau \\uXXXX)',
    'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
  ],
  stringEnd: ['tanda kutip penutup "', 'a closing quote "'],
  literal: ['true, false atau null', 'true, false or null'],
} as const satisfies Record<string, readonly [string, string]>;

type Expected = keyof typeof EXPECTED;

class JsonSyntaxError {
  constructor(
    readonly at: number,
    readonly expected: Expected,
    readonly note?: readonly [string, string],
  ) {}
}

function syntaxIssue(text: string, e: JsonSyntaxError, path: IssuePath): ValidationIssue {
  const pos = positionAt(text, e.at);
  const [fid, fen] = showChar(text, e.at);
  const [xid, xen] = EXPECTED[e.expected];
  const [nid, nen] = e.note ?? ['', ''];
  return issue(
    path,
    'invalid-json',
    `Bukan JSON yang sah pada baris ${pos.line}, kolom ${pos.column}: diharapkan ${xid}, ditemukan ${fid}.${nid}`,
    `Not valid JSON at line ${pos.line}, column ${pos.column}: expected ${xen}, found ${fen}.${nen}`,
    pos,
  );
}

interface Frame {
  readonly object: boolean;
  /** The keys of an object so far, with the offset of their first appearance. */
  readonly keys: Map<string, number> | null;
  /** The current key or index. */
  at: string | number;
}

// Runs of characters that need no attention, matched natively: the bulk of a string, and white space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters
const STRING_RUN = /[^"\\\u0000-\u001F]*/y;
const SPACE_RUN = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Scans JSON text: the first syntax error (then stops), or every duplicate key and `__proto__` key (at most
 * `maxIssues`). An empty list means the text is JSON that `JSON.parse` reads without losing anything.
 */
export function scanJson(text: string, maxIssues = 100): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const stack: Frame[] = [];
  const path = (): (string | number)[] => stack.map((f) => f.at);
  const n = text.length;
  let i = 0;
  const space = () => {
    SPACE_RUN.lastIndex = i;
    SPACE_RUN.test(text);
    i = SPACE_RUN.lastIndex;
  };
  /** Scans a string from its opening quote; returns its value when `decode`, else ''. */
  const string = (decode: boolean): string => {
    const start = i;
    i++;
    let escaped = false;
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.test(text);
      i = STRING_RUN.lastIndex;
      if (i >= n) throw new JsonSyntaxError(i, 'stringEnd');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) throw new JsonSyntaxError(i, 'escape');
          i += 6;
        } else if (
          e === 0x22 ||
          e === 0x5c ||
          e === 0x2f ||
          e === 0x62 ||
          e === 0x66 ||
          e === 0x6e ||
          e === 0x72 ||
          e === 0x74
        )
          i += 2;
        else throw new JsonSyntaxError(i, 'escape');
        continue;
      }
      throw new JsonSyntaxError(i, 'stringEnd', [
        ' Karakter kendali di dalam teks harus ditulis sebagai escape (mis. \\n, \\t).',
        ' A control character inside a string must be written as an escape (e.g. \\n, \\t).',
      ]);
    }
    i++;
    if (!decode) return '';
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  const literal = () => {
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    throw new JsonSyntaxError(i, 'literal');
  };
  const key = () => {
    const frame = stack[stack.length - 1]!;
    const start = i;
    const k = string(true);
    frame.at = k;
    if (out.length >= maxIssues) return;
    const first = frame.keys!.get(k);
    if (first !== undefined) {
      const pos = positionAt(text, start);
      const was = positionAt(text, first);
      out.push(
        issue(
          path(),
          'duplicate-key',
          `Kunci ${JSON.stringify(k)} muncul lagi di objek yang sama (baris ${pos.line}, kolom ${pos.column}; pertama di baris ${was.line}, kolom ${was.column}). Diharapkan setiap kunci sekali saja: hanya nilai terakhir yang akan terbaca, yang lain hilang.`,
          `The key ${JSON.stringify(k)} appears again in the same object (line ${pos.line}, column ${pos.column}; first at line ${was.line}, column ${was.column}). Each key is expected once: only the last value would be read, the others lost.`,
          pos,
        ),
      );
    } else frame.keys!.set(k, start);
    if (k === '__proto__') {
      const pos = positionAt(text, start);
      out.push(
        issue(
          path(),
          'forbidden-key',
          `Kunci "__proto__" tidak diizinkan (baris ${pos.line}, kolom ${pos.column}): diharapkan nama kunci biasa; nilainya tidak akan terbaca.`,
          `The key "__proto__" is not allowed (line ${pos.line}, column ${pos.column}): an ordinary key name is expected; its value would not be read.`,
          pos,
        ),
      );
    }
  };

  try {
    let expectValue = true;
    for (;;) {
      space();
      if (expectValue) {
        const c = text.charCodeAt(i);
        if (c === 0x7b /* { */) {
          i++;
          space();
          if (text.charCodeAt(i) === 0x7d) {
            i++;
            expectValue = false;
            continue;
          }
          stack.push({ object: true, keys: new Map(), at: '' });
          if (text.charCodeAt(i) !== 0x22) throw new JsonSyntaxError(i, 'key');
          key();
          space();
          if (text.charCodeAt(i) !== 0x3a) throw new JsonSyntaxError(i, 'colon');
          i++;
          continue;
        }
        if (c === 0x5b /* [ */) {
          i++;
          space();
          if (text.charCodeAt(i) === 0x5d) {
            i++;
            expectValue = false;
            continue;
          }
          stack.push({ object: false, keys: null, at: 0 });
          continue;
        }
        if (c === 0x22) string(false);
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) throw new JsonSyntaxError(i + 1, 'digit');
          i = NUMBER.lastIndex;
        } else if (c === 0x74 || c === 0x66 || c === 0x6e) literal();
        else throw new JsonSyntaxError(i, 'value');
        expectValue = false;
        continue;
      }
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (i < n) throw new JsonSyntaxError(i, 'end');
        return out;
      }
      const c = text.charCodeAt(i);
      if (c === 0x2c /* , */) {
        i++;
        space();
        if (frame.object) {
          if (text.charCodeAt(i) !== 0x22)
            throw new JsonSyntaxError(
              i,
              'key',
              text.charCodeAt(i) === 0x7d
                ? [' Hapus koma sebelum "}".', ' Remove the comma before "}".']
                : undefined,
            );
          key();
          space();
          if (text.charCodeAt(i) !== 0x3a) throw new JsonSyntaxError(i, 'colon');
          i++;
        } else {
          if (text.charCodeAt(i) === 0x5d)
            throw new JsonSyntaxError(i, 'value', [
              ' Hapus koma sebelum "]".',
              ' Remove the comma before "]".',
            ]);
          frame.at = (frame.at as number) + 1;
        }
        expectValue = true;
        continue;
      }
      if (c === (frame.object ? 0x7d : 0x5d)) {
        i++;
        stack.pop();
        continue;
      }
      throw new JsonSyntaxError(i, frame.object ? 'objectNext' : 'arrayNext');
    }
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return [syntaxIssue(text, e, [])];
  }
}
