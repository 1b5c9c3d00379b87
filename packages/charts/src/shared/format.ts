// Number and rupiah formatting is owned by `@smartcity/scoring/format` (on `Intl`, with the toolkit's rounding),
// so a chart writes a figure exactly as the dashboard, the CLI and the report do. That subpath loads nothing
// but the rounding rule: no zod, no model at run time.
import { formatNumber as format, formatRupiahShort } from '@smartcity/scoring/format';
import type { ChartLang } from './i18n.js';

/** True for a finite number; `null`, `undefined`, `NaN`, `±Infinity` and non-numbers are missing values. */
export function isValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Formats a number for the chart language (`2,75` in Bahasa Indonesia, `2.75` in English).
 * @param digits maximum fraction digits, default 2; trailing zeros are dropped.
 */
export function formatNumber(value: number, lang: ChartLang, digits = 2): string {
  return format(value, lang, digits);
}

/**
 * Formats an amount in rupiah, short: `Rp 1,2 M` (miliar) / `Rp 350 jt` (juta) / `Rp 2 T` (triliun) in
 * Bahasa Indonesia, `IDR 1.2 B` / `IDR 350 M` / `IDR 2 T` in English; amounts under a million in full.
 */
export function formatIdr(value: number, lang: ChartLang): string {
  return formatRupiahShort(value, lang);
}
