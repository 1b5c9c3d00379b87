/**
 * Display formatting of numbers and rupiah, on `Intl`, for every consumer: the charts, the dashboard, the CLI
 * and the texts of this package. The one place these rules live.
 *
 * This module is a subpath of its own (`@smartcity/scoring/format`) and imports nothing at run time but the
 * rounding rule (`round`, half away from zero, in `stats.ts`): the charts use it without loading zod or the
 * model. Numbers are rounded by `round` first, then written by `Intl.NumberFormat`, so a figure shows the
 * same digits in the dashboard, the CLI and the report (1.005 → "1,01" / "1.01"), whatever `Intl` would do
 * with the binary value on its own.
 */
import type { Locale } from '@smartcity/model';
import { round } from './stats.js';

export type { Locale };

/** The `Intl` locale of each toolkit language. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALES[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    cache.set(key, f);
  }
  return f;
}

/** The text written where a value is missing (`null`, `undefined`, `NaN`, `±Infinity`). */
export const MISSING = '—';

const present = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * A number with at most `maxDecimals` decimals (default 2), trailing zeros dropped: `2,75` / `2.75`,
 * `1.250` / `1,250` grouped. Missing values give `—`.
 */
export function formatNumber(value: number | null | undefined, locale: Locale, maxDecimals = 2): string {
  if (!present(value)) return MISSING;
  return formatter(locale, 0, maxDecimals).format(round(value, maxDecimals));
}

/** A number with exactly `decimals` decimals (rounded half away from zero): `3,00` / `3.00`. */
export function formatDecimal(value: number | null | undefined, locale: Locale, decimals: number): string {
  if (!present(value)) return MISSING;
  return formatter(locale, decimals, decimals).format(round(value, decimals));
}

/** A share 0–1 as a whole percentage: `0.0556` → `6%`. */
export function formatPercent(share: number | null | undefined, locale: Locale): string {
  if (!present(share)) return MISSING;
  return `${formatter(locale, 0, 0).format(round(share * 100, 0))}%`;
}

/**
 * An amount of rupiah in full, rounded to whole rupiah: `Rp 1.250.000.000` (id) or `IDR 1,250,000,000` (en).
 */
export function formatRupiah(amount: number | null | undefined, locale: Locale): string {
  if (!present(amount)) return MISSING;
  return `${locale === 'id' ? 'Rp' : 'IDR'} ${formatter(locale, 0, 0).format(round(amount, 0))}`;
}

const RUPIAH_UNITS: Readonly<Record<Locale, readonly (readonly [number, string])[]>> = {
  id: [
    [1e12, 'T'],
    [1e9, 'M'],
    [1e6, 'jt'],
  ],
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ],
};

/**
 * An amount of rupiah, short, for charts and tight tables: `Rp 1,2 M` (miliar) / `Rp 350 jt` (juta) /
 * `Rp 2 T` (triliun) in Bahasa Indonesia, `IDR 1.2 B` / `IDR 350 M` / `IDR 2 T` in English; amounts under a
 * million in full. One decimal at most.
 */
export function formatRupiahShort(amount: number | null | undefined, locale: Locale): string {
  if (!present(amount)) return MISSING;
  const prefix = locale === 'id' ? 'Rp' : 'IDR';
  const abs = Math.abs(amount);
  for (const [unit, suffix] of RUPIAH_UNITS[locale]) {
    // Round first so that 999.96 juta becomes "1 M" rather than "1.000 jt".
    if (Math.round((abs / unit) * 10) / 10 >= 1 && abs >= unit * 0.99995)
      return `${prefix} ${formatNumber(amount / unit, locale, 1)} ${suffix}`;
  }
  return `${prefix} ${formatNumber(amount, locale, 0)}`;
}
