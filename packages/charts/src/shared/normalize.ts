// Small, dependency-free guards for untrusted input (JSON attributes, adapters). Charts take plain objects
// and never trust them: data of the wrong shape (a list that is not a list, an item that is not an object
// with an id, a map that is not an object) becomes the element's error state, with a message in both
// languages naming the place, what was expected and what was found; a value that is merely not a number
// becomes a visibly missing value.

import type { ChartMessage, Normalized } from './model.js';

/** Data of the wrong shape, thrown by the guards below and turned into `{ ok: false }` by `normalized`. */
export class ShapeError {
  constructor(readonly message: ChartMessage) {}
}

/** What a value is, for a message: `teks "abc"` / `text "abc"`, `angka 3` / `the number 3`, … */
export function describeValue(value: unknown): ChartMessage {
  if (value === undefined) return { id: 'tidak ada nilai', en: 'nothing' };
  if (value === null) return { id: 'null', en: 'null' };
  if (Array.isArray(value))
    return { id: `daftar (${value.length} isian)`, en: `a list (${value.length} entries)` };
  if (typeof value === 'string') {
    const s = JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
    return { id: `teks ${s}`, en: `text ${s}` };
  }
  if (typeof value === 'number') return { id: `angka ${value}`, en: `the number ${value}` };
  if (typeof value === 'boolean') return { id: `benar/salah (${value})`, en: `a boolean (${value})` };
  if (typeof value === 'object') return { id: 'objek', en: 'an object' };
  return { id: typeof value, en: typeof value };
}

/** Throws a `ShapeError`: `<where>: diharapkan <expected>, ditemukan <found>.` */
export function wrongShape(where: string, expected: ChartMessage, found: unknown): never {
  const f = describeValue(found);
  const at = where ? `${where}: ` : '';
  throw new ShapeError({
    id: `${at}diharapkan ${expected.id}, ditemukan ${f.id}.`,
    en: `${at}expected ${expected.en}, found ${f.en}.`,
  });
}

/** Runs a normaliser body, turning a `ShapeError` into the failed result. */
export function normalized<T>(body: () => T): Normalized<T> {
  try {
    return { ok: true, value: body() };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: e.message };
    throw e;
  }
}

/** The chart data's root must be an object with the given keys (named in the message). */
export function root(input: unknown, keys: string): Record<string, unknown> {
  if (!isRecord(input)) wrongShape('', { id: `objek dengan ${keys}`, en: `an object with ${keys}` }, input);
  return input;
}

/** `max` must be greater than `min`. */
export function scale(min: number, max: number): void {
  if (!(max > min))
    throw new ShapeError({
      id: `"max" harus lebih besar dari "min"; ditemukan min ${min}, max ${max}.`,
      en: `"max" must be greater than "min"; found min ${min}, max ${max}.`,
    });
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as a string: strings as they are, finite numbers converted, anything else `fallback`. */
export function str(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}

/** `value` if it is a finite number, else `undefined`. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The items of a list (none when it is absent): each must be a plain object with a non-empty string (or
 * number) `id`, used once. Anything else is data of the wrong shape, reported at `where[i]`.
 */
export function records(value: unknown, where: string): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) wrongShape(where, { id: 'daftar', en: 'a list' }, value);
  const ids = new Set<string>();
  // Array.from, not map: a sparse array's holes are items too (undefined), not skipped.
  return Array.from(value as unknown[], (v: unknown, i) => {
    if (!isRecord(v))
      wrongShape(`${where}[${i}]`, { id: 'objek dengan "id"', en: 'an object with an "id"' }, v);
    const id = str(v.id);
    if (id === '')
      wrongShape(
        `${where}[${i}].id`,
        { id: 'pengenal (teks tidak kosong)', en: 'an identifier (non-empty text)' },
        v.id,
      );
    if (ids.has(id))
      throw new ShapeError({
        id: `${where}[${i}].id: diharapkan pengenal yang unik, ditemukan "${id}" untuk kedua kalinya.`,
        en: `${where}[${i}].id: a unique identifier is expected, found "${id}" a second time.`,
      });
    ids.add(id);
    return v;
  });
}

/**
 * A record of values keyed by id (none when absent); it must be an object. Non-numbers inside become
 * missing values, keeping the raw value for display.
 */
export function valueMap(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value))
    wrongShape(where, { id: 'objek (nilai per pengenal)', en: 'an object (values by id)' }, value);
  return value;
}
