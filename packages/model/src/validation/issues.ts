import type { z } from 'zod';
import type { LocalizedText } from '../i18n.js';
import {
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
  /** What is wrong, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
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

/** One issue: where, which code, and the message in Bahasa Indonesia and English. */
export function issue(path: IssuePath, code: IssueCode, id: string, en: string): ValidationIssue {
  return { path: [...path], code, message: { id, en } };
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

function received(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s && s.length > 60 ? `${s.slice(0, 57)}...` : String(s);
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

/** Turns zod's issues into the toolkit's bilingual issues, with the same paths. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: IssuePath = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const zi of issues) {
    const path = [...prefix, ...(zi.path as (string | number)[])];
    switch (zi.code) {
      case 'invalid_type': {
        if (zi.input === undefined) {
          out.push(issue(path, 'invalid-type', 'Wajib diisi.', 'Required.'));
          break;
        }
        const [eid, een] = typeName(zi.expected);
        const [rid, ren] = typeName(received(zi.input));
        out.push(issue(path, 'invalid-type', `Harus ${eid}, bukan ${rid}.`, `Must be ${een}, not ${ren}.`));
        break;
      }
      case 'invalid_value': {
        const options = zi.values.map(show).join(', ');
        out.push(
          issue(
            path,
            'invalid-value',
            `Nilai tidak dikenal; pilihan: ${options}.`,
            `Unknown value; options: ${options}.`,
          ),
        );
        break;
      }
      case 'invalid_format': {
        if (zi.format === 'regex' && zi.pattern === String(NO_CONTROL_CHARACTERS)) {
          out.push(
            issue(
              path,
              'control-characters',
              'Teks berisi karakter kendali yang tidak diizinkan (hanya tab dan baris baru yang boleh).',
              'The text contains control characters that are not allowed (only tabs and line breaks are).',
            ),
          );
          break;
        }
        const hint = zi.format === 'regex' ? PATTERN_HINTS.get(String(zi.pattern)) : undefined;
        if (hint) {
          out.push(issue(path, 'invalid-format', hint[0], hint[1]));
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
        const [fid, fen] = fmt[f] ?? [`format ${f} tidak sesuai`, `invalid ${f}`];
        out.push(issue(path, 'invalid-format', `Isian ${fid}.`, `The value ${fen}.`));
        break;
      }
      case 'too_small': {
        const min = String(zi.minimum);
        const what = zi.origin;
        if (what === 'array' || what === 'set')
          out.push(issue(path, 'too-small', `Minimal ${min} isian.`, `At least ${min} entries.`));
        else if (what === 'string')
          out.push(
            issue(
              path,
              'too-small',
              min === '1' ? 'Tidak boleh kosong.' : `Minimal ${min} karakter.`,
              min === '1' ? 'Must not be empty.' : `At least ${min} characters.`,
            ),
          );
        else out.push(issue(path, 'too-small', `Minimal ${min}.`, `Must be at least ${min}.`));
        break;
      }
      case 'too_big': {
        const max = String(zi.maximum);
        const what = zi.origin;
        if (what === 'array' || what === 'set')
          out.push(issue(path, 'too-big', `Maksimal ${max} isian.`, `At most ${max} entries.`));
        else if (what === 'string')
          out.push(issue(path, 'too-big', `Maksimal ${max} karakter.`, `At most ${max} characters.`));
        else out.push(issue(path, 'too-big', `Maksimal ${max}.`, `Must be at most ${max}.`));
        break;
      }
      case 'unrecognized_keys':
        for (const key of zi.keys)
          out.push(
            issue(
              [...path, key],
              'unrecognized-key',
              'Kunci ini tidak dikenal.',
              'This key is not recognised.',
            ),
          );
        break;
      case 'invalid_union':
        out.push(
          issue(
            path,
            'invalid-type',
            'Nilai tidak sesuai dengan bentuk yang diizinkan.',
            'The value has none of the allowed shapes.',
          ),
        );
        break;
      case 'custom':
        out.push(issue(path, 'invalid', zi.message, zi.message));
        break;
      default:
        out.push(issue(path, 'invalid', 'Nilai tidak valid.', 'Invalid value.'));
    }
  }
  return out;
}
