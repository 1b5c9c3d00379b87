import { GMSC, type Region } from '@smartcity/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BenchmarkEntry, benchmark } from './benchmark.js';

const region = (code: string, name: string, cohort?: number): Region => ({
  code,
  name,
  type: name.startsWith('Kota') ? 'kota' : 'kabupaten',
  province: { code: code.slice(0, 2), name: `Provinsi ${code.slice(0, 2)}` },
  ...(cohort === undefined ? {} : { cohort }),
});

const entry = (
  r: Region,
  overall: number | null,
  governance: number | null,
  branding: number | null,
): BenchmarkEntry => ({
  region: r,
  maturity:
    overall === null
      ? null
      : {
          index: overall,
          decimals: 2,
          dimensions: [
            { id: 'governance', index: governance },
            { id: 'branding', index: branding },
          ],
        },
  readiness: { index: overall === null ? null : overall * 20 },
  evaluation: null,
});

const ENTRIES = [
  entry(region('71.02', 'Kabupaten Minahasa', 2021), 2.44, 2.33, 1.0),
  entry(region('71.71', 'Kota Manado', 2017), 3.1, 3.5, 2.7),
  entry(region('71.03', 'Kabupaten Kepulauan Sangihe'), 2.6, 2.0, null),
  entry(region('32.73', 'Kota Bandung', 2017), 3.8, 4.0, 3.6),
  entry(region('32.04', 'Kabupaten Bandung', 2021), 2.6, 2.6, 2.2),
  entry(region('11.01', 'Kabupaten Aceh Selatan'), null, null, null),
];

describe('benchmark — hand-computed', () => {
  const b = benchmark(ENTRIES, { framework: GMSC });
  const at = (code: string) => b.entries.find((e) => e.code === code)!;

  it('summarises the overall index (type 7 quantiles)', () => {
    // sorted: 2.44 2.6 2.6 3.1 3.8 (n = 5, Aceh Selatan has none): h = 4p
    // q1: h = 1 → 2.6; median: h = 2 → 2.6; q3: h = 3 → 3.1; mean 14.54 / 5 = 2.908
    expect(b.overall).toMatchObject({ count: 5, min: 2.44, q1: 2.6, median: 2.6, q3: 3.1, max: 3.8 });
    expect(b.overall.mean).toBeCloseTo(2.908, 12);
    expect(b.quantileMethod).toBe('type-7');
    expect(b.regions).toBe(6);
    // readiness is 20 × the overall here: quartiles scale with it
    expect(b.readiness.median).toBeCloseTo(52, 12);
    expect(b.evaluation.count).toBe(0);
  });

  it('summarises each dimension and gives the national median as a radar series', () => {
    // branding: 1.0 2.2 2.7 3.6 (n = 4, h = 3p): q1 h = .75 → 1 + .75 × 1.2 = 1.9;
    // median h = 1.5 → 2.2 + .5 × .5 = 2.45; q3 h = 2.25 → 2.7 + .25 × .9 = 2.925
    expect(b.dimensions.branding!.q1).toBeCloseTo(1.9, 12);
    expect(b.dimensions.branding!.median).toBeCloseTo(2.45, 12);
    expect(b.dimensions.branding!.q3).toBeCloseTo(2.925, 12);
    // governance: 2.0 2.33 2.6 3.5 4.0 → median 2.6
    expect(b.median).toEqual({ governance: 2.6, branding: expect.closeTo(2.45, 12) });
    expect(b.dimensions.economy!.count).toBe(0);
    expect(b.dimensionList.map((d) => d.id)).toEqual(GMSC.dimensions.map((d) => d.id));
  });

  it('ranks regions, ties sharing the rank, with percentiles', () => {
    // 3.8 → 1 (4 of 4 others below: 100); 3.1 → 2 (75); 2.6, 2.6 → 3 (25); 2.44 → 5 (0)
    expect(b.entries.map((e) => [e.code, e.overall.rank, e.overall.percentile])).toEqual([
      ['11.01', null, null],
      ['32.04', 3, 25],
      ['32.73', 1, 100],
      ['71.02', 5, 0],
      ['71.03', 3, 25],
      ['71.71', 2, 75],
    ]);
    expect(at('71.02').overall.of).toBe(5);
    expect(at('71.02').dimensions.branding).toMatchObject({ value: 1, rank: 4, percentile: 0, of: 4 });
  });

  it('forms peer groups by province, type and cohort', () => {
    expect(b.peerGroups.province.map((g) => [g.id, g.regions, g.overall.median])).toEqual([
      ['11', 1, null],
      ['32', 2, 3.2],
      ['71', 3, 2.6],
    ]);
    expect(b.peerGroups.type.map((g) => g.id)).toEqual(['kabupaten', 'kota']);
    expect(b.peerGroups.cohort.map((g) => [g.id, g.regions])).toEqual([
      ['2017', 2],
      ['2021', 2],
    ]);
    // Sulawesi Utara: Manado 3.1 (1), Sangihe 2.6 (2), Minahasa 2.44 (3)
    expect(at('71.02').peers.province).toMatchObject({ rank: 3, of: 3, percentile: 0 });
    // kabupaten: Sangihe 2.6 and Kab. Bandung 2.6 share 1; Minahasa 3
    expect(at('71.03').peers.type.rank).toBe(1);
    expect(at('32.04').peers.type.rank).toBe(1);
    expect(at('71.02').peers.type.rank).toBe(3);
    // cohort 2021: Kab. Bandung 2.6 (1), Minahasa 2.44 (2); Sangihe has no cohort
    expect(at('71.02').peers.cohort).toMatchObject({ rank: 2, of: 2 });
    expect(at('71.03').peers.cohort).toBeNull();
  });

  it('compares ranks at the reported decimals', () => {
    // 2.604 and 2.6 are both reported as 2.60: they share the rank.
    const t = benchmark([
      entry(region('71.02', 'Kabupaten Minahasa'), 2.604, 2, 2),
      entry(region('71.71', 'Kota Manado'), 2.6, 2, 2),
    ]);
    expect(t.rankDecimals).toBe(2);
    expect(t.entries.map((e) => e.overall.rank)).toEqual([1, 1]);
  });
});

describe('benchmark — properties', () => {
  const valuesArb = fc.array(fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }), {
    minLength: 1,
    maxLength: 30,
  });
  it('does not depend on the order of the regions; ranks and percentiles stay in range', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const entries = values.map((v, i) =>
          entry(
            region(
              `${String(11 + (i % 3))}.${String(i + 1).padStart(2, '0')}`,
              i % 2 ? 'Kota X' : 'Kabupaten X',
              2017 + (i % 2),
            ),
            v,
            v,
            v,
          ),
        );
        const b = benchmark(entries, { framework: GMSC });
        expect(benchmark([...entries].reverse(), { framework: GMSC })).toEqual(b);
        const ranked = b.entries.filter((e) => e.overall.rank !== null);
        for (const e of ranked) {
          expect(e.overall.rank!).toBeGreaterThanOrEqual(1);
          expect(e.overall.rank!).toBeLessThanOrEqual(ranked.length);
          expect(e.overall.percentile!).toBeGreaterThanOrEqual(0);
          expect(e.overall.percentile!).toBeLessThanOrEqual(100);
        }
        if (ranked.length > 0) {
          const best = ranked.filter((e) => e.overall.rank === 1).map((e) => e.overall.value!);
          expect(Math.min(...best)).toBeGreaterThanOrEqual(b.overall.max! - 0.005);
          expect(b.overall.min!).toBeLessThanOrEqual(b.overall.q1!);
          expect(b.overall.q1!).toBeLessThanOrEqual(b.overall.median!);
          expect(b.overall.median!).toBeLessThanOrEqual(b.overall.q3!);
          expect(b.overall.q3!).toBeLessThanOrEqual(b.overall.max!);
        }
      }),
    );
  });
});
