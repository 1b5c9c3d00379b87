import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainToText } from './explain.js';
import { optimisePortfolio, type PortfolioCandidate, type PortfolioConstraints } from './portfolio.js';

const M = 1_000_000;
// The four rated programmes of the test fixture, with the scores computed in quickwin.test.ts.
const CANDIDATES: PortfolioCandidate[] = [
  { id: 'e-health', owner: 'dinkes', score: 4.3, cost: 600 * M },
  { id: 'one-data', owner: 'diskominfo', score: 3.15, cost: 600 * M },
  { id: 'public-wifi', owner: 'diskominfo', score: 4.2, cost: 250 * M },
  { id: 'tourism-portal', owner: 'dispar', score: 2.15, cost: 150 * M },
];

describe('optimisePortfolio — hand-computed', () => {
  it('chooses the best combination within the budget and the owner limit', () => {
    // Budget 1,000 M, one per OPD. diskominfo gets one of one-data / public-wifi.
    //   e-health + public-wifi + tourism-portal: 600 + 250 + 150 = 1,000 M, 4.3 + 4.2 + 2.15 = 10.65  ← best
    //   e-health + one-data: 1,200 M > budget;  one-data + tourism-portal: 750 M, 5.30
    const r = optimisePortfolio(CANDIDATES, { budget: 1000 * M, maxPerOwner: 1 });
    expect(r.chosen).toEqual(['e-health', 'public-wifi', 'tourism-portal']);
    expect(r.totalScore).toBeCloseTo(10.65, 12);
    expect(r.totalCost).toBe(1000 * M);
    expect(r.remainingBudget).toBe(0);
    expect(r.perOwner).toEqual({ dinkes: 1, diskominfo: 1, dispar: 1 });
    const oneData = r.decisions.find((d) => d.id === 'one-data')!;
    expect(oneData.reason).toBe('budget-and-owner');
    expect(oneData.text.en).toContain('exceeds the remaining budget (IDR 0)');
    expect(oneData.text.id).toContain('sudah mencapai batas 1 quick win per OPD');
    expect(r.explain.formula).toBe('4.30 + 4.20 + 2.15 = 10.65; Σ 1000000000 ≤ 1000000000; max 1 / OPD');
    expect(explainToText(r.explain, 'id')).toContain('terbukti optimal');
    expect(r.optimal).toBe(true);
    expect(r.gap).toBe(0);
  });

  it('is exact where a greedy choice by score density is not', () => {
    // Budget 850 M, no owner limit. Density (score per M): public-wifi 0.0168, tourism 0.0143,
    // e-health 0.0072, one-data 0.0053. Greedy: public-wifi + tourism (400 M) = 6.35, then nothing fits.
    // Optimal: e-health + public-wifi = 850 M, 4.3 + 4.2 = 8.50.
    const r = optimisePortfolio(CANDIDATES, { budget: 850 * M });
    expect(r.chosen).toEqual(['e-health', 'public-wifi']);
    expect(r.totalScore).toBeCloseTo(8.5, 12);
    expect(r.decisions.find((d) => d.id === 'tourism-portal')!.reason).toBe('budget'); // 150 M > 0 M left
  });

  it('gives each exclusion its reason', () => {
    // Budget 700 M, 1 per OPD: e-health alone costs 600 M …
    //   public-wifi + tourism = 400 M, 6.35; e-health + tourism = 750 M > 700; e-health alone 4.3;
    //   best = public-wifi + tourism (6.35), 300 M left.
    const r = optimisePortfolio(
      [
        ...CANDIDATES,
        { id: 'unrated', owner: 'dlh', score: null, cost: 0 },
        { id: 'huge', owner: 'dlh', score: 5, cost: 900 * M },
      ],
      { budget: 700 * M, maxPerOwner: 1 },
    );
    expect(r.chosen).toEqual(['public-wifi', 'tourism-portal']);
    const reason = (id: string) => r.decisions.find((d) => d.id === id)!.reason;
    expect(reason('e-health')).toBe('budget'); // 600 M > 300 M left
    expect(reason('one-data')).toBe('budget-and-owner');
    expect(reason('unrated')).toBe('unscored');
    expect(reason('huge')).toBe('over-budget');
    // Owner full, but it would fit the budget: the owner limit is the reason.
    const o = optimisePortfolio(CANDIDATES, { maxPerOwner: 1 });
    expect(o.chosen).toEqual(['e-health', 'public-wifi', 'tourism-portal']);
    expect(o.decisions.find((d) => d.id === 'one-data')!.reason).toBe('owner-limit');
    expect(o.budget).toBeNull();
  });

  it('without limits, takes every candidate with a positive score', () => {
    const r = optimisePortfolio([...CANDIDATES, { id: 'zero', owner: 'x', score: 0, cost: 1 }]);
    expect(r.chosen).toEqual(['e-health', 'one-data', 'public-wifi', 'tourism-portal']);
    expect(r.decisions.find((d) => d.id === 'zero')!.reason).toBe('no-benefit');
  });

  it('breaks ties the same way whatever the input order', () => {
    // Two equal candidates, room for one: the cheaper total wins; equal cost → a fixed order (by id).
    const tie: PortfolioCandidate[] = [
      { id: 'b', owner: 'o', score: 3, cost: 100 },
      { id: 'a', owner: 'o', score: 3, cost: 100 },
      { id: 'c', owner: 'o', score: 3, cost: 90 },
    ];
    const r = optimisePortfolio(tie, { budget: 100 });
    expect(r.chosen).toEqual(['c']);
    const r2 = optimisePortfolio(tie.slice(0, 2), { budget: 100 });
    expect(optimisePortfolio([...tie.slice(0, 2)].reverse(), { budget: 100 })).toEqual(r2);
  });
});

// ── Against brute force ────────────────────────────────────────────────────────────────────────────────

function bruteForce(cands: readonly PortfolioCandidate[], c: PortfolioConstraints): number {
  let best = 0;
  const n = cands.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    let cost = 0;
    let score = 0;
    const per = new Map<string, number>();
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const x = cands[i]!;
      if (x.score === null) {
        ok = false;
        break;
      }
      cost += x.cost;
      score += x.score;
      per.set(x.owner, (per.get(x.owner) ?? 0) + 1);
      if (
        (c.budget !== undefined && cost > c.budget) ||
        (c.maxPerOwner !== undefined && per.get(x.owner)! > c.maxPerOwner)
      )
        ok = false;
    }
    if (ok && score > best) best = score;
  }
  return best;
}

const caseArb = fc
  .record({
    n: fc.integer({ min: 0, max: 12 }),
    owners: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(
      fc.record({
        owner: fc.nat(),
        // Scores on the quick-win grid (multiples of 0.05 on 1–5) or arbitrary, costs in whole millions.
        score: fc.oneof(
          fc.integer({ min: 20, max: 100 }).map((k) => k / 20),
          fc.double({ min: 0.5, max: 5, noNaN: true }),
        ),
        cost: fc.integer({ min: 0, max: 2000 }).map((k) => k * M),
      }),
      { minLength: 12, maxLength: 12 },
    ),
    budgetShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
    cap: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    noBudget: fc.boolean(),
  })
  .map(({ n, owners, rows, budgetShare, cap, noBudget }) => {
    const cands = rows.slice(0, n).map((r, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      owner: `o${r.owner % owners}`,
      score: r.score,
      cost: r.cost,
    }));
    const total = cands.reduce((s, x) => s + x.cost, 0);
    const constraints: PortfolioConstraints = {
      ...(noBudget ? {} : { budget: Math.round((total * budgetShare) / M) * M }),
      ...(cap === undefined ? {} : { maxPerOwner: cap }),
    };
    return { cands, constraints };
  });

describe('optimisePortfolio — properties', () => {
  it('is never beaten by brute force and never breaks a limit (≤ 12 candidates)', () => {
    fc.assert(
      fc.property(caseArb, ({ cands, constraints }) => {
        const r = optimisePortfolio(cands, constraints);
        expect(r.totalScore).toBeCloseTo(bruteForce(cands, constraints), 9);
        if (constraints.budget !== undefined) expect(r.totalCost).toBeLessThanOrEqual(constraints.budget);
        if (constraints.maxPerOwner !== undefined)
          for (const k of Object.values(r.perOwner)) expect(k).toBeLessThanOrEqual(constraints.maxPerOwner);
        expect(r.decisions).toHaveLength(cands.length);
        for (const d of r.decisions) expect(d.chosen).toBe(r.chosen.includes(d.id));
        // A candidate left out although it fits both the remaining budget and its owner's room would mean
        // the portfolio is not optimal.
        for (const d of r.decisions)
          if (!d.chosen && d.score !== null && d.score > 0) expect(d.reason).not.toBe('no-benefit');
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(caseArb, ({ cands, constraints }) => {
        const r = optimisePortfolio(cands, constraints);
        const rev = optimisePortfolio([...cands].reverse(), constraints);
        expect(rev).toEqual(r);
      }),
    );
  });

  it('solves a 60-candidate region exactly (checked against the greedy lower bound)', () => {
    // Deterministic pseudo-random data (a linear congruential generator), 12 owners, 2 per owner.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const cands = Array.from({ length: 60 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      owner: `o${Math.floor(next() * 12)}`,
      score: Math.round((1 + next() * 4) * 20) / 20,
      cost: Math.round(50 + next() * 1950) * M,
    }));
    const r = optimisePortfolio(cands, { budget: 6000 * M, maxPerOwner: 2 });
    expect(r.totalCost).toBeLessThanOrEqual(6000 * M);
    expect(Math.max(...Object.values(r.perOwner))).toBeLessThanOrEqual(2);
    // The search's first incumbent is the greedy portfolio; the optimum is at least as good.
    let greedy = 0;
    let spent = 0;
    const per = new Map<string, number>();
    for (const c of [...cands].sort((a, b) => b.score / b.cost - a.score / a.cost)) {
      if (spent + c.cost > 6000 * M || (per.get(c.owner) ?? 0) >= 2) continue;
      spent += c.cost;
      per.set(c.owner, (per.get(c.owner) ?? 0) + 1);
      greedy += c.score;
    }
    expect(r.totalScore).toBeGreaterThanOrEqual(greedy - 1e-9);
  });
});
