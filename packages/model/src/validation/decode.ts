// The one place where the bytes of a file become text, for every reader (parseDocument, the command line,
// the dashboard's import). A file is UTF-8 (with or without a byte order mark) or UTF-16 (little or big
// endian, with a byte order mark, or without one when its first character is ASCII, as every JSON
// document's is). Bytes that are not valid in that encoding are refused with their offset, never turned
// into U+FFFD: a Latin-1 "é" silently becoming "�" is data lost.

import { issue, type TextPosition, type ValidationIssue } from './issues.js';
import { positionAt } from './json-text.js';

/** The encodings a file may use. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decoded text, the encoding it was in and whether it began with a byte order mark (not part of `text`). */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
}

/** Which encoding the first bytes announce, and how many bytes the byte order mark takes. */
export function detectEncoding(bytes: Uint8Array): {
  encoding: TextEncodingName | 'utf-32';
  bomLength: number;
} {
  const [a, b, c, d] = bytes;
  if (
    (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) ||
    (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00)
  )
    return { encoding: 'utf-32', bomLength: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // Without a mark: an ASCII first character next to a NUL byte is UTF-16.
  if (bytes.length >= 2 && a !== 0x00 && b === 0x00) return { encoding: 'utf-16le', bomLength: 0 };
  if (bytes.length >= 2 && a === 0x00 && b !== 0x00) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** The offset of the first byte that is not valid UTF-8 (RFC 3629: shortest form, no surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The offset of the first byte of a unit that is not valid UTF-16 (a lone surrogate, an odd last byte), or -1. */
function firstInvalidUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): number {
  const unit = (at: number) =>
    littleEndian ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
  const n = bytes.length;
  let i = from;
  while (i + 1 < n) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= n) return i;
      const v = unit(i + 2);
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 4;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
    else i += 2;
  }
  return i < n ? i : -1;
}

function hex(b: number | undefined): string {
  return b === undefined ? '' : `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes the bytes of a file: UTF-8 or UTF-16 by its byte order mark (which is dropped) or, without one,
 * by the NUL bytes of UTF-16. Refuses UTF-32 and any byte sequence that is not valid in the encoding, with
 * an `invalid-encoding` issue giving the byte offset (and the line and column of the text before it).
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer): DecodedText | { issues: ValidationIssue[] } {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { encoding, bomLength } = detectEncoding(data);
  if (encoding === 'utf-32')
    return {
      issues: [
        issue(
          [],
          'invalid-encoding',
          'Berkas tersimpan sebagai UTF-32: diharapkan UTF-8 (atau UTF-16). Simpan ulang sebagai UTF-8.',
          'The file is saved as UTF-32: UTF-8 (or UTF-16) is expected. Save it again as UTF-8.',
          { line: 1, column: 1, offset: 0 },
        ),
      ],
    };
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(data.subarray(bomLength));
    return { text, encoding, bom: bomLength > 0 };
  } catch {
    const offset =
      encoding === 'utf-8'
        ? firstInvalidUtf8(data, bomLength)
        : firstInvalidUtf16(data, bomLength, encoding === 'utf-16le');
    const at = Math.max(offset, bomLength);
    const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(data.subarray(bomLength, at));
    const { line, column } = positionAt(before, before.length);
    const position: TextPosition = { line, column, offset: at };
    const shown = [...data.subarray(at, at + 4)].map(hex).join(' ');
    const name = encoding.toUpperCase();
    const latin1 =
      encoding === 'utf-8'
        ? [
            ' Mungkin berkas tersimpan sebagai Latin-1/Windows-1252; simpan ulang sebagai UTF-8.',
            ' The file may be saved as Latin-1/Windows-1252; save it again as UTF-8.',
          ]
        : ['', ''];
    return {
      issues: [
        issue(
          [],
          'invalid-encoding',
          `Berkas bukan teks ${name} yang sah: diharapkan ${name}, ditemukan bita ${shown} pada offset bita ${at} (baris ${line}, kolom ${column}).${latin1[0]}`,
          `The file is not valid ${name} text: ${name} was expected, found the bytes ${shown} at byte offset ${at} (line ${line}, column ${column}).${latin1[1]}`,
          position,
        ),
      ],
    };
  }
}
