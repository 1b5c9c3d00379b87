import { describe, expect, it } from 'vitest';
import { formatFixed } from './explain.js';
import { formatDecimal, formatNumber, formatPercent, formatRupiah, formatRupiahShort } from './format.js';

describe('format — the one place numbers and rupiah are written for people', () => {
  it('rounds with the toolkit rule before Intl writes the digits, so every consumer shows the same', () => {
    // 1.005 is 1.00499999… in binary: Intl alone writes 1.00; the toolkit's rule (and the CLI) give 1.01.
    expect(formatDecimal(1.005, 'en', 2)).toBe(formatFixed(1.005, 2));
    expect(formatDecimal(1.005, 'id', 2)).toBe('1,01');
    expect(formatDecimal(3, 'id', 2)).toBe('3,00');
    expect(formatNumber(2.75, 'id')).toBe('2,75');
    expect(formatNumber(1250.5, 'en', 0)).toBe('1,251');
    expect(formatNumber(null, 'en')).toBe('—');
    expect(formatPercent(1 / 18, 'id')).toBe('6%');
  });

  it('writes rupiah in full and short', () => {
    expect(formatRupiah(1_250_000_000, 'id')).toBe('Rp 1.250.000.000');
    expect(formatRupiah(1_250_000_000, 'en')).toBe('IDR 1,250,000,000');
    expect(formatRupiah(0, 'en')).toBe('IDR 0');
    expect(formatRupiahShort(1_200_000_000, 'id')).toBe('Rp 1,2 M');
    expect(formatRupiahShort(350_000_000, 'id')).toBe('Rp 350 jt');
    expect(formatRupiahShort(999_960_000, 'id')).toBe('Rp 1 M');
    expect(formatRupiahShort(1_200_000_000, 'en')).toBe('IDR 1.2 B');
    expect(formatRupiahShort(2e12, 'en')).toBe('IDR 2 T');
    expect(formatRupiahShort(12_500, 'id')).toBe('Rp 12.500');
  });
});
