// Display formatting of the report: the project's one number and rupiah format module (`@smartcity/scoring`'s
// `format`, on `Intl`), used by the charts, the dashboard and the CLI alike. Only the dates are the report's.
import type { Locale } from '@smartcity/model';
import { formatDecimal, formatPercent, formatRupiah, MISSING } from '@smartcity/scoring/format';

export const DASH = MISSING;

/** A number with exactly `decimals` decimals in the report's language, or a dash for none. */
export function fixed(v: number | null | undefined, decimals: number, lang: Locale): string {
  return formatDecimal(v, lang, decimals);
}

/** An amount in rupiah. */
export function rupiah(v: number, lang: Locale): string {
  return formatRupiah(v, lang);
}

/** A share 0–1 as a whole percentage. */
export function percent(ratio: number | null | undefined, lang: Locale): string {
  return formatPercent(ratio, lang);
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
