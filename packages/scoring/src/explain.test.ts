import { GMSC } from '@smartcity/model';
import { describe, expect, it } from 'vitest';
import { explainToText, formatFixed, formatNumber, formatRupiah, weightedMeanFormula } from './explain.js';

describe('formatting', () => {
  it('writes numbers and amounts the same on every machine', () => {
    expect(formatNumber(0.30000000000000004)).toBe('0.3');
    expect(formatNumber(10 / 3)).toBe('3.3333');
    expect(formatFixed(3, 2)).toBe('3.00');
    expect(formatFixed(2.675, 2)).toBe('2.68');
    expect(formatRupiah(1_250_000_000, 'id')).toBe('Rp 1.250.000.000');
    expect(formatRupiah(1_250_000_000, 'en')).toBe('IDR 1,250,000,000');
    expect(formatRupiah(999, 'id')).toBe('Rp 999');
  });

  it('writes out a weighted mean', () => {
    expect(weightedMeanFormula([3, 4, 2], [1, 1, 1], 3, 2)).toBe('(3×1 + 4×1 + 2×1) / 3 = 3.00');
    expect(weightedMeanFormula([5, 4], [0.3, 0.15], 4.6667, 2)).toBe('(5×0.3 + 4×0.15) / 0.45 = 4.67');
    expect(weightedMeanFormula([], [], null, 2)).toBe('—');
  });
});

describe('explainToText', () => {
  const e = {
    rule: { id: 'Aspek = rata-rata butir.', en: 'Aspect = mean of items.' },
    inputs: [
      { label: { id: 'Butir 1', en: 'Item 1' }, value: 3, weight: 1 },
      { label: { id: 'Butir 2', en: 'Item 2' }, value: 'unknown' },
      { label: { id: 'Butir 3', en: 'Item 3' }, value: null },
    ],
    formula: '(3×1) / 1 = 3.00',
    provenance: GMSC.readiness.coverageProvenance,
  };

  it('writes Bahasa Indonesia by default', () => {
    expect(explainToText(e)).toBe(
      [
        'Aturan: Aspek = rata-rata butir.',
        'Masukan:',
        '- Butir 1: 3 (bobot 1)',
        '- Butir 2: tidak diketahui',
        '- Butir 3: (tidak ada)',
        'Rumus: (3×1) / 1 = 3.00',
        'Sumber: smartcity toolkit (bawaan toolkit, dapat diubah; bukan aturan kementerian).',
      ].join('\n'),
    );
  });

  it('writes English, with the provenance note', () => {
    const text = explainToText({ ...e, provenance: GMSC.maturity.ladders[0]!.provenance }, 'en');
    expect(text).toContain('Rule: Aspect = mean of items.');
    expect(text).toContain('- Item 2: unknown');
    expect(text).toContain('- Item 3: (missing)');
    expect(text).toContain(
      'Source: Permen PANRB 59/2020 tentang Pemantauan dan Evaluasi SPBE (adopted from an official government method).',
    );
  });
});
