import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribution, mean, quantileSorted, rankDescending, round, weightedMean } from './stats.js';

describe('round', () => {
  it('rounds half away from zero on the decimal form', () => {
    // Plain Math.round(x * 100) / 100 gives 1.00 and 2.67 here, because 1.005 and 2.675 are stored as
    // 1.00499999… and 2.67499999…; reports round the number as written.
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(2.595, 2)).toBe(2.6);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(2.4444, 2)).toBe(2.44);
    expect(round(1e-7, 2)).toBe(0);
    expect(round(1e21, 2)).toBe(1e21);
    expect(round(0.1 + 0.2, 2)).toBe(0.3);
    // 3 × 0.595 + 2 × 0.405 is 2.595 by hand but 2.5949999999999998 in binary: still 2.60.
    expect(round(3 * 0.595 + 2 * 0.405, 2)).toBe(2.6);
    expect(round(2.5949, 2)).toBe(2.59);
  });

  it('is within half a unit of the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(Math.abs(round(x, d) - x)).toBeLessThanOrEqual(
          0.5 / 10 ** d + 1e-9 * Math.max(1, Math.abs(x)),
        );
      }),
    );
  });
});

describe('weightedMean', () => {
  it('is Σ(v·w) / Σw', () => {
    // (3×1 + 4×2 + 2×1) / (1 + 2 + 1) = 13 / 4 = 3.25
    expect(weightedMean([3, 4, 2], [1, 2, 1])).toBe(3.25);
    // Weight 0 leaves a value out: (3×1 + 5×0) / 1 = 3
    expect(weightedMean([3, 5], [1, 0])).toBe(3);
    expect(weightedMean([], [])).toBeNull();
    expect(weightedMean([1, 2], [0, 0])).toBeNull();
  });

  it('equal weights equal a plain mean, and it stays within its inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        (xs, w) => {
          const m = weightedMean(
            xs,
            xs.map(() => w),
          )!;
          expect(m).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 9);
          expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(m).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
    );
  });

  it('never falls when a value rises', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 10, noNaN: true })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.nat(),
        (pairs, k) => {
          const values = pairs.map((p) => p[0]);
          const weights = pairs.map((p) => p[1]);
          const i = k % values.length;
          const raised = values.map((v, j) => (j === i ? Math.min(5, v + 1) : v));
          const a = weightedMean(values, weights);
          const b = weightedMean(raised, weights);
          if (a !== null && b !== null) expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});

describe('quantiles (type 7)', () => {
  it('matches R quantile(type = 7)', () => {
    // x = 1..10: h = 9p; p = .25 → h = 2.25 → x[2] + .25·(x[3] − x[2]) = 3 + .25 = 3.25 (0-based)
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(x, 0.25)).toBe(3.25);
    expect(quantileSorted(x, 0.5)).toBe(5.5);
    expect(quantileSorted(x, 0.75)).toBe(7.75);
    expect(quantileSorted(x, 0)).toBe(1);
    expect(quantileSorted(x, 1)).toBe(10);
    expect(quantileSorted([4], 0.3)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNull();
  });

  it('summarises a distribution regardless of order', () => {
    // sorted: 1.8 2.1 2.6 3.0 3.4; h(.25) = 1 → 2.1; median 2.6; h(.75) = 3 → 3.0; mean 12.9 / 5 = 2.58
    const d = distribution([3.4, 1.8, 2.6, 3.0, 2.1]);
    expect(d).toMatchObject({ count: 5, min: 1.8, q1: 2.1, median: 2.6, q3: 3, max: 3.4 });
    expect(d.mean).toBeCloseTo(2.58, 12);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { maxLength: 40 }), (xs) => {
        const rev = distribution([...xs].reverse());
        expect(rev).toEqual(distribution(xs));
        expect(mean([...xs].reverse())).toBe(mean(xs));
      }),
    );
  });
});

describe('rankDescending', () => {
  it('gives ties the same rank and skips the next (competition ranking)', () => {
    // 3.1 is best (1); the two 2.6 share 2; 1.9 is fourth. Percentile = share of the 3 others strictly below.
    const r = rankDescending([2.6, 3.1, 1.9, 2.6]);
    expect(r.map((s) => s.rank)).toEqual([2, 1, 4, 2]);
    expect(r.map((s) => s.percentile)).toEqual([(100 * 1) / 3, 100, 0, (100 * 1) / 3]);
    expect(rankDescending([7])).toEqual([{ rank: 1, percentile: 100 }]);
  });
});
