import { BUILTIN_INSTRUMENTS, findRegion, toCsv } from '@smartcity/model';
import { describe, expect, it } from 'vitest';
import { nationalResults, type ResultsRow, readResultsTable } from './national-results.js';

const X2022 = BUILTIN_INSTRUMENTS.get('gmsc-2022', '2022.1')!;
const region = (code: string, cohort: number | null = 2021) => ({ ...findRegion(code)!, cohort });
const s = (b: number, o: number, oc: number, i: number, q: number) => ({
  baseline: b,
  output: o,
  outcome: oc,
  impact: i,
  'quick-win': q,
});

describe('nationalResults', () => {
  const rows: ResultsRow[] = [
    { region: region('71.02'), scores: s(1.85, 1.39, 2.4, 2.13, 2.73) }, // 2.215 → 2.22
    { region: region('81.71'), scores: s(3, 3, 3, 3, 3) }, // kota: 3.00
    { region: region('34.04'), scores: s(2, 2, 2, 2, 2) }, // 2.00
    { region: region('71.71', 2019), scores: s(2, 2, 2, 2, 2) }, // kota, 2019 cohort: 2.00, tied
    { region: region('71.05'), scores: s(0, 0, 0, 0, 0) }, // took no part
  ];

  it('ranks by the published (rounded) index, ties sharing a rank; peers by type and cohort', () => {
    const r = nationalResults(rows, X2022, { regions: [region('71.06')] });
    expect(r.entries.map((e) => [e.code, e.indexRounded, e.rank])).toEqual([
      ['81.71', 3, 1],
      ['71.02', 2.22, 2],
      ['34.04', 2, 3],
      ['71.71', 2, 3],
      ['71.05', 0, null],
      ['71.06', 0, null],
    ]);
    const e = (code: string) => r.entries.find((x) => x.code === code)!;
    expect(e('71.02').typeRank).toEqual({ rank: 1, of: 2 });
    expect(e('34.04').typeRank).toEqual({ rank: 2, of: 2 });
    expect(e('71.71').typeRank).toEqual({ rank: 2, of: 2 });
    expect(e('81.71').cohortRank).toEqual({ rank: 1, of: 3 });
    expect(e('71.71').cohortRank).toEqual({ rank: 1, of: 1 });
    expect(r.participants).toBe(4);
    expect(r.nonParticipants).toBe(2);
  });

  it('lists non-participants with 0 everywhere, marked and unranked', () => {
    const r = nationalResults(rows, X2022, { regions: [region('71.06')] });
    for (const code of ['71.05', '71.06']) {
      const e = r.entries.find((x) => x.code === code)!;
      expect(e).toMatchObject({
        participated: false,
        index: 0,
        rank: null,
        typeRank: null,
        cohortRank: null,
      });
      expect(Object.values(e.dimensions)).toEqual([0, 0, 0, 0, 0]);
      expect(e.explain.rule.en).toContain('Did not take part');
    }
    expect(r.entries.find((x) => x.code === '71.02')!.explain.formula).toBe(
      '0.1×1.85 + 0.2×1.39 + 0.3×2.4 + 0.1×2.13 + 0.3×2.73 = 2.22',
    );
  });
});

describe('readResultsTable', () => {
  const head = ['region', 'baseline', 'output', 'outcome', 'impact', 'quick_win', 'cohort'];

  it('reads codes and names, reports each bad row with its line, and keeps the rest', () => {
    const csv = toCsv(head, [
      ['71.02', 1.85, 1.39, 2.4, 2.13, 2.73, 2021], // line 2
      ['Kota Ambon', 3, 3, 3, 3, 3, 2021], // 3
      ['Atlantis', 3, 3, 3, 3, 3, ''], // 4 unknown
      ['Bekasi', 3, 3, 3, 3, 3, ''], // 5 ambiguous
      ['Kabupaten Sleman', 5, 3, 3, 3, 3, ''], // 6 off the scale
      ['Kab. Minahasa', 2, 2, 2, 2, 2, ''], // 7 twice
      ['Kota Manado', 2, '', 2, 2, 2, ''], // 8 empty score
      ['Kota Bitung', '2,5', 0.5, 2, 2, 2, 'dua ribu'], // 9 0.5 and a bad cohort
      ['Kota Tomohon', 0, 0, 0, 0, 0, ''], // 10 took no part
    ]);
    const t = readResultsTable(csv, X2022);
    expect(t.ok).toBe(true);
    expect(t.rows.map((r) => [r.region.code, r.line, r.region.cohort])).toEqual([
      ['71.02', 2, 2021],
      ['81.71', 3, 2021],
      ['71.73', 10, null],
    ]);
    expect(t.issues.map((i) => [i.line, i.code, i.column])).toEqual([
      [4, 'unknown-region', 'region'],
      [5, 'ambiguous-region', 'region'],
      [6, 'out-of-scale', 'baseline'],
      [7, 'duplicate-id', 'region'],
      [8, 'invalid-type', 'output'],
      [9, 'out-of-scale', 'output'],
      [9, 'invalid-type', 'cohort'],
    ]);
    expect(t.issues[0]!.message.id).toBe(
      'Baris 4, kolom "region": wilayah "Atlantis" tidak ada dalam daftar Kemendagri (kode PP.RR atau nama kabupaten/kota). Baris dilewati.',
    );
    expect(t.issues[1]!.message.en).toContain('Kabupaten Bekasi (32.16) and Kota Bekasi (32.75)');
    const r = nationalResults(t.rows, X2022);
    expect(r.entries.map((e) => [e.code, e.rank, e.participated])).toEqual([
      ['81.71', 1, true],
      ['71.02', 2, true],
      ['71.73', null, false],
    ]);
  });

  it('refuses a table without the instrument’s columns, naming them', () => {
    const t = readResultsTable('region,baseline,output\n71.02,1,1\n', X2022);
    expect(t.ok).toBe(false);
    expect(t.issues[0]!.code).toBe('missing-columns');
    expect(t.issues[0]!.message.en).toContain('The columns outcome, impact, quick-win are missing');
  });
});
