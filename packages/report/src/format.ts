// Display formatting of the report. The seam to the project's one number/rupiah format module: today it
// calls scoring's `formatFixed` and `formatRupiah` (the same the CLI prints with), so the report's figures
// read exactly as the CLI's; when the shared module lands, only this file changes.
import type { Locale } from '@smartcity/model';
import { formatFixed, formatRupiah } from '@smartcity/scoring';

export const DASH = '—';

/** A number with exactly `decimals` decimals, or a dash for none. */
export function fixed(v: number | null | undefined, decimals: number): string {
  return v === null || v === undefined ? DASH : formatFixed(v, decimals);
}

/** An amount in rupiah. */
export function rupiah(v: number, lang: Locale): string {
  return formatRupiah(v, lang);
}

/** A share 0–1 as a whole percentage. */
export function percent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? DASH : `${formatFixed(ratio * 100, 0)}%`;
}

const MONTHS = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** An ISO date `2022-03-01` as "1 Maret 2022" / "1 March 2022" (no time zone involved). */
export function longDate(iso: string | undefined, lang: Locale): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[lang][Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
