import { type ChartLang, chartStrings } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: ChartLang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(chartStrings(lang).locale, { maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/** True for a finite number; `null`, `undefined`, `NaN`, `±Infinity` and non-numbers are missing values. */
export function isValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Formats a number for the chart language (`2,75` in Bahasa Indonesia, `2.75` in English).
 * @param digits maximum fraction digits, default 2; trailing zeros are dropped.
 */
export function formatNumber(value: number, lang: ChartLang, digits = 2): string {
  return formatter(lang, digits).format(value);
}

const IDR_UNITS: Record<ChartLang, [number, string][]> = {
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
 * Formats an amount in rupiah, short: `Rp 1,2 M` (miliar) / `Rp 350 jt` (juta) / `Rp 2 T` (triliun) in
 * Bahasa Indonesia, `IDR 1.2 B` / `IDR 350 M` / `IDR 2 T` in English; amounts under a million in full.
 * One fraction digit at most.
 */
export function formatIdr(value: number, lang: ChartLang): string {
  const prefix = lang === 'en' ? 'IDR' : 'Rp';
  const abs = Math.abs(value);
  for (const [unit, suffix] of IDR_UNITS[lang]) {
    // Round first so that 999.96 juta becomes "1 M" rather than "1.000 jt".
    if (Math.round((abs / unit) * 10) / 10 >= 1 && abs >= unit * 0.99995) {
      return `${prefix} ${formatNumber(value / unit, lang, 1)} ${suffix}`;
    }
  }
  return `${prefix} ${formatNumber(value, lang, 0)}`;
}
