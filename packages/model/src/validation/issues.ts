import type { z } from 'zod';
import type { LocalizedText } from '../i18n.js';
import {
  FORBIDDEN_CHARACTER,
  FRAMEWORK_VERSION_PATTERN,
  HTTP_URL_PATTERN,
  ID_PATTERN,
  NO_CONTROL_CHARACTERS,
  PROVINCE_CODE_PATTERN,
  REGION_CODE_PATTERN,
} from '../schema/patterns.js';

/** A location inside a document: object keys and array indexes from the root. */
export type IssuePath = ReadonlyArray<string | number>;

/** Every problem code the model reports. */
export type IssueCode =
  | 'too-large'
  | 'too-deep'
  | 'invalid-json'
  | 'not-an-object'
  | 'unknown-kind'
  | 'schema-version-newer'
  | 'schema-version-unsupported'
  | 'unknown-framework'
  | 'unknown-framework-version'
  | 'unknown-instrument'
  | 'unknown-question'
  | 'schema-migrated'
  | 'instrument-not-applicable'
  | 'invalid-csv'
  | 'missing-columns'
  | 'ambiguous-region'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'too-small'
  | 'too-big'
  | 'unrecognized-key'
  | 'control-characters'
  | 'duplicate-key'
  | 'forbidden-key'
  | 'invalid-encoding'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'unknown-region'
  | 'region-mismatch'
  | 'out-of-scale'
  | 'invalid-weights'
  | 'unordered-thresholds'
  | 'invalid-range'
  | 'dependency-cycle'
  | 'invalid';

/** One problem found in a document or framework. */
export interface ValidationIssue {
  /** Where the problem is, from the document's root. */
  readonly path: IssuePath;
  readonly code: IssueCode;
  /** What is wrong, in Bahasa Indonesia and English: what was expected and what was found. */
  readonly message: LocalizedText;
  /**
   * Where in the text the problem is, for problems found while reading JSON text or bytes (syntax errors,
   * duplicate keys, undecodable bytes): line and column from 1, and the offset from 0 (in characters of
   * the text, or in bytes for an encoding problem).
   */
  readonly position?: TextPosition;
}

/** A place in a text: line and column count from 1, `offset` from 0 (characters, or bytes when decoding). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Writes a path the way a person reads it: `programmes[3].budget[0].amount`; the root is `(dokumen)`. */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** One problem, in Bahasa Indonesia (`id`) and English (`en`), at `path` (and, for text, at `position`). */
export function issue(
  path: IssuePath,
  code: IssueCode,
  id: string,
  en: string,
  position?: TextPosition,
): ValidationIssue {
  return position
    ? { path: [...path], code, message: { id, en }, position }
    : { path: [...path], code, message: { id, en } };
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['teks', 'text'],
  number: ['angka', 'a number'],
  int: ['bilangan bulat', 'a whole number'],
  boolean: ['benar/salah', 'true or false'],
  object: ['objek', 'an object'],
  array: ['daftar', 'a list'],
  null: ['null', 'null'],
  undefined: ['kosong', 'nothing'],
  nan: ['NaN', 'NaN'],
};

function typeName(t: unknown): [string, string] {
  return TYPE_NAMES[String(t)] ?? [String(t), String(t)];
}

/** Shows a value in a message: JSON (control characters escaped), cut to about 60 characters. */
function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const s =
    typeof value === 'string' && value.length > 200
      ? JSON.stringify(value.slice(0, 200))
      : JSON.stringify(value);
  return s && s.length > 60 ? `${s.slice(0, 57)}...` : String(s);
}

/**
 * What was found, in both languages: the kind of value and a glimpse of it, e.g. `teks "satu miliar"` /
 * `text "satu miliar"`, `angka 1899` / `the number 1899`, `daftar (0 isian)` / `a list (0 entries)`.
 */
export function describeFound(input: unknown): [id: string, en: string] {
  if (input === undefined) return ['tidak ada nilai', 'nothing'];
  if (input === null) return ['null', 'null'];
  if (Array.isArray(input)) return [`daftar (${input.length} isian)`, `a list (${input.length} entries)`];
  switch (typeof input) {
    case 'string':
      return input.length > 60
        ? [
            `teks ${show(input)} (${input.length} karakter)`,
            `text ${show(input)} (${input.length} characters)`,
          ]
        : [`teks ${show(input)}`, `text ${show(input)}`];
    case 'number':
      return Number.isNaN(input) ? ['NaN', 'NaN'] : [`angka ${show(input)}`, `the number ${show(input)}`];
    case 'boolean':
      return [`benar/salah (${input})`, `a boolean (${input})`];
    case 'object':
      return ['objek', 'an object'];
    default:
      return [typeof input, typeof input];
  }
}

/** The first character a text may not hold, shown as a code point, with its place (from 1). */
function firstForbidden(input: unknown): [id: string, en: string] {
  if (typeof input !== 'string') return describeFound(input);
  const m = FORBIDDEN_CHARACTER.exec(input);
  if (!m) return describeFound(input);
  const cp = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return [`${cp} pada karakter ke-${m.index + 1}`, `${cp} at character ${m.index + 1}`];
}

/** What a value that fails one of the format's patterns should look like, in both languages. */
const PATTERN_HINTS = new Map<string, [string, string]>([
  [
    String(ID_PATTERN),
    [
      'Pengenal hanya boleh berisi huruf kecil, angka dan tanda hubung, diawali huruf atau angka (mis. "layanan-publik").',
      'An identifier may only use lowercase letters, digits and dashes, starting with a letter or digit (e.g. "public-service").',
    ],
  ],
  [
    String(REGION_CODE_PATTERN),
    [
      'Kode wilayah harus berbentuk PP.RR, mis. "71.02".',
      'A region code must look like PP.RR, e.g. "71.02".',
    ],
  ],
  [
    String(PROVINCE_CODE_PATTERN),
    ['Kode provinsi harus dua angka, mis. "71".', 'A province code must be two digits, e.g. "71".'],
  ],
  [
    String(FRAMEWORK_VERSION_PATTERN),
    [
      'Versi kerangka harus berbentuk mayor.minor, mis. "2021.1".',
      'A framework version must look like major.minor, e.g. "2021.1".',
    ],
  ],
  [
    String(HTTP_URL_PATTERN),
    [
      'Alamat harus diawali http:// atau https:// (huruf kecil) dan tanpa spasi.',
      'The address must start with http:// or https:// (lowercase) and hold no spaces.',
    ],
  ],
]);

/**
 * The options to pass to zod's `safeParse` so that each issue carries the value it is about (zod 4 leaves
 * `input` out otherwise); `fromZodIssues` needs it to say what was found.
 */
export const ZOD_PARSE_PARAMS = { reportInput: true } as const;

/** `expected`, then what was found: `Diharapkan angka, ditemukan teks "satu".` */
function expectedFound(path: IssuePath, code: IssueCode, expected: [string, string], input: unknown) {
  const [fid, fen] = describeFound(input);
  return issue(
    path,
    code,
    `Diharapkan ${expected[0]}, ditemukan ${fid}.`,
    `Expected ${expected[1]}, found ${fen}.`,
  );
}

/** ` Ditemukan …` / ` Found …`, for messages that state the rule first. */
function found(input: unknown): [string, string] {
  const [fid, fen] = describeFound(input);
  return [` Ditemukan ${fid}.`, ` Found ${fen}.`];
}

/** The size of what was found, for a length or count rule. */
function size(input: unknown): [string, string] {
  if (typeof input === 'string')
    return [` Ditemukan ${input.length} karakter.`, ` Found ${input.length} characters.`];
  if (Array.isArray(input)) return [` Ditemukan ${input.length} isian.`, ` Found ${input.length} entries.`];
  if (input instanceof Set) return [` Ditemukan ${input.size} isian.`, ` Found ${input.size} entries.`];
  return found(input);
}

/**
 * Turns zod's issues into the toolkit's bilingual issues, with the same paths. Each message says what was
 * expected and what was found; parse with `ZOD_PARSE_PARAMS` so that zod reports the values found (without
 * them a missing value and a wrong type cannot be told apart).
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: IssuePath = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const zi of issues) {
    const path = [...prefix, ...(zi.path as (string | number)[])];
    const input: unknown = zi.input;
    switch (zi.code) {
      case 'invalid_type': {
        const expected = typeName(zi.expected);
        if (input === undefined) {
          out.push(
            issue(
              path,
              'invalid-type',
              `Wajib diisi: diharapkan ${expected[0]}, tidak ada nilai.`,
              `Required: expected ${expected[1]}, found nothing.`,
            ),
          );
          break;
        }
        out.push(expectedFound(path, 'invalid-type', expected, input));
        break;
      }
      case 'invalid_value': {
        const options = zi.values.map(show).join(', ');
        const [fid, fen] = found(input);
        out.push(
          issue(
            path,
            'invalid-value',
            `Nilai tidak dikenal; pilihan: ${options}.${fid}`,
            `Unknown value; options: ${options}.${fen}`,
          ),
        );
        break;
      }
      case 'invalid_format': {
        if (zi.format === 'regex' && zi.pattern === String(NO_CONTROL_CHARACTERS)) {
          const [cid, cen] = firstForbidden(input);
          out.push(
            issue(
              path,
              'control-characters',
              `Teks berisi karakter kendali atau pengatur arah teks yang tidak diizinkan (hanya tab dan baris baru yang boleh); ditemukan ${cid}.`,
              `The text contains a control or bidirectional-formatting character that is not allowed (only tabs and line breaks are); found ${cen}.`,
            ),
          );
          break;
        }
        const [fid, fen] = found(input);
        const hint = zi.format === 'regex' ? PATTERN_HINTS.get(String(zi.pattern)) : undefined;
        if (hint) {
          out.push(issue(path, 'invalid-format', `${hint[0]}${fid}`, `${hint[1]}${fen}`));
          break;
        }
        const f = zi.format;
        const fmt: Record<string, [string, string]> = {
          regex: ['format tidak sesuai', 'does not match the expected format'],
          date: ['harus tanggal YYYY-MM-DD', 'must be a date YYYY-MM-DD'],
          datetime: ['harus waktu ISO 8601', 'must be an ISO 8601 date and time'],
          email: ['harus alamat email', 'must be an email address'],
          url: ['harus alamat http(s)', 'must be an http(s) address'],
        };
        const [xid, xen] = fmt[f] ?? [`format ${f} tidak sesuai`, `invalid ${f}`];
        out.push(issue(path, 'invalid-format', `Isian ${xid}.${fid}`, `The value ${xen}.${fen}`));
        break;
      }
      case 'too_small': {
        const min = String(zi.minimum);
        const what = zi.origin;
        const [fid, fen] = size(input);
        if (what === 'array' || what === 'set')
          out.push(issue(path, 'too-small', `Minimal ${min} isian.${fid}`, `At least ${min} entries.${fen}`));
        else if (what === 'string')
          out.push(
            issue(
              path,
              'too-small',
              min === '1' ? `Tidak boleh kosong.${fid}` : `Minimal ${min} karakter.${fid}`,
              min === '1' ? `Must not be empty.${fen}` : `At least ${min} characters.${fen}`,
            ),
          );
        else out.push(issue(path, 'too-small', `Minimal ${min}.${fid}`, `Must be at least ${min}.${fen}`));
        break;
      }
      case 'too_big': {
        const max = String(zi.maximum);
        const what = zi.origin;
        const [fid, fen] = size(input);
        if (what === 'array' || what === 'set')
          out.push(issue(path, 'too-big', `Maksimal ${max} isian.${fid}`, `At most ${max} entries.${fen}`));
        else if (what === 'string')
          out.push(
            issue(path, 'too-big', `Maksimal ${max} karakter.${fid}`, `At most ${max} characters.${fen}`),
          );
        else out.push(issue(path, 'too-big', `Maksimal ${max}.${fid}`, `Must be at most ${max}.${fen}`));
        break;
      }
      case 'not_multiple_of': {
        const [fid, fen] = found(input);
        out.push(
          issue(
            path,
            'invalid-value',
            `Harus kelipatan ${zi.divisor}.${fid}`,
            `Must be a multiple of ${zi.divisor}.${fen}`,
          ),
        );
        break;
      }
      case 'unrecognized_keys':
        for (const key of zi.keys)
          out.push(
            issue(
              [...path, key],
              'unrecognized-key',
              `Kunci tidak dikenal: diharapkan hanya kunci yang ditentukan format ini, ditemukan ${show(key)}. Hapus atau periksa ejaannya.`,
              `Unknown key: only the keys this format defines are expected, found ${show(key)}. Remove it or check its spelling.`,
            ),
          );
        break;
      case 'invalid_key': {
        const [fid, fen] = found(input);
        out.push(
          issue(
            path,
            'invalid-format',
            `Kunci tidak sah: diharapkan pengenal (huruf kecil, angka, tanda hubung).${fid}`,
            `Invalid key: expected an identifier (lowercase letters, digits, dashes).${fen}`,
          ),
        );
        break;
      }
      case 'invalid_union': {
        const [fid, fen] = found(input);
        out.push(
          issue(
            path,
            'invalid-type',
            `Nilai tidak sesuai dengan bentuk yang diizinkan.${fid}`,
            `The value has none of the allowed shapes.${fen}`,
          ),
        );
        break;
      }
      case 'custom':
        out.push(issue(path, 'invalid', zi.message, zi.message));
        break;
      default: {
        const [fid, fen] = found(input);
        out.push(issue(path, 'invalid', `Nilai tidak valid.${fid}`, `Invalid value.${fen}`));
      }
    }
  }
  return out;
}
