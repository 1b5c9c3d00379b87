import { GMSC, type Programme } from '@smartcity/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetIn, quadrantOf, scoreQuickWin, scoreQuickWins } from './quickwin.js';

const programme = (
  id: string,
  quickWin: Record<string, number> | undefined,
  budget: Programme['budget'] = [],
): Programme => ({
  id,
  name: id,
  dimension: 'governance',
  elements: ['public-service'],
  owner: 'diskominfo',
  source: { kind: 'rpjmd', reference: 'RPJMD' },
  innovation: 'technology',
  startYear: 2025,
  endYear: 2027,
  budget,
  kpis: [],
  dependsOn: [],
  ...(quickWin ? { quickWin } : {}),
});

// GMSC criteria: impact 0.3 (↑ better, impact axis), alignment 0.15 (↑, impact), cost 0.2 (↓ better, effort),
// time 0.15 (↓, effort), feasibility 0.2 (↑, effort); scale 1–5, so an inverted rating is 1 + 5 − v = 6 − v.
const E_HEALTH = programme('e-health', { impact: 5, alignment: 4, cost: 2, time: 2, feasibility: 4 }, [
  { year: 2025, source: 'apbd', amount: 400_000_000 },
  { year: 2026, source: 'apbd', amount: 200_000_000 },
  { year: 2027, source: 'apbd', amount: 900_000_000 },
]);

describe('scoreQuickWin — hand-computed', () => {
  const r = scoreQuickWin(E_HEALTH, 2025, GMSC);

  it('scores the weighted mean of the oriented ratings', () => {
    // oriented: impact 5, alignment 4, cost 6 − 2 = 4, time 6 − 2 = 4, feasibility 4
    // (5×0.3 + 4×0.15 + 4×0.2 + 4×0.15 + 4×0.2) / 1 = 1.5 + 0.6 + 0.8 + 0.6 + 0.8 = 4.30
    expect(r.ratings.map((x) => x.oriented)).toEqual([5, 4, 4, 4, 4]);
    expect(r.score).toBeCloseTo(4.3, 12);
    expect(r.scoreRounded).toBe(4.3);
    expect(r.explain.score.formula).toBe('(5×0.3 + 4×0.15 + 4×0.2 + 4×0.15 + 4×0.2) / 1 = 4.30');
    expect(r.explain.score.rule.en).toContain("Inverted (v' = 1 + 5 − v): Cost, Time to deliver.");
  });

  it('places it on the impact/effort matrix', () => {
    // impact = (5×0.3 + 4×0.15) / 0.45 = 2.1 / 0.45 = 4.6667 (high, ≥ 3)
    // effort = cost 2, time 2 as rated (higher = more effort), feasibility inverted 6 − 4 = 2:
    //          (2×0.2 + 2×0.15 + 2×0.2) / 0.55 = 2 (low) → quick win
    expect(r.impact).toBeCloseTo(14 / 3, 12);
    expect(r.effort).toBeCloseTo(2, 12);
    expect(r.quadrant).toBe('quick-win');
    expect(r.quadrantName).toEqual({ id: 'Quick win', en: 'Quick win' });
    expect(r.explain.effort.formula).toBe('(2×0.2 + 2×0.15 + 2×0.2) / 0.55 = 2.00');
    expect(r.explain.quadrant.formula).toBe('4.67 ≥ 3, 2.00 < 3 → quick-win');
  });

  it('costs the budget of the first two plan years', () => {
    // 2025 + 2026 = 400 M + 200 M = 600 M (2027 is outside framework.quickWin.years = 2)
    expect(r.cost).toBe(600_000_000);
    expect(r.costYears).toEqual({ from: 2025, to: 2026 });
    expect(r.explain.cost.formula).toBe('400000000 + 200000000 = 600000000');
    expect(budgetIn(E_HEALTH, 2027, 2027)).toBe(900_000_000);
  });

  it('classifies the other three quadrants', () => {
    // one-data: impact (3×0.3 + 5×0.15)/0.45 = 3.67; effort (3×0.2 + 4×0.15 + (6−3)×0.2)/0.55 = 3.27 → major project
    const major = scoreQuickWin(
      programme('one-data', { impact: 3, alignment: 5, cost: 3, time: 4, feasibility: 3 }),
      2025,
      GMSC,
    );
    expect(major.score).toBeCloseTo(3.15, 12); // 0.9 + 0.75 + 0.6 + 0.3 + 0.6
    expect(major.quadrant).toBe('major-project');
    // tourism: impact (2×0.3 + 2×0.15)/0.45 = 2; effort (4×0.2 + 3×0.15 + (6−2)×0.2)/0.55 = 3.73 → thankless
    const thankless = scoreQuickWin(
      programme('t', { impact: 2, alignment: 2, cost: 4, time: 3, feasibility: 2 }),
      2025,
      GMSC,
    );
    expect(thankless.impact).toBeCloseTo(2, 12);
    expect(thankless.effort).toBeCloseTo(2.05 / 0.55, 12);
    expect(thankless.quadrant).toBe('thankless-task');
    expect(quadrantOf(2, 2, 3)).toBe('fill-in');
    // "high" includes the threshold itself
    expect(quadrantOf(3, 3, 3)).toBe('major-project');
  });

  it('leaves unrated criteria out and lists them', () => {
    // only impact 4 (0.3) and cost 2 → 4 (0.2): (4×0.3 + 4×0.2) / 0.5 = 4
    const partial = scoreQuickWin(programme('p', { impact: 4, cost: 2 }), 2025, GMSC);
    expect(partial.missing).toEqual(['alignment', 'time', 'feasibility']);
    expect(partial.score).toBe(4);
    const none = scoreQuickWin(programme('n', {}), 2025, GMSC);
    expect([none.score, none.impact, none.effort, none.quadrant]).toEqual([null, null, null, null]);
  });

  it('takes every threshold and weight from the framework', () => {
    const f = structuredClone(GMSC);
    f.quickWin.quadrantThreshold = 4.7;
    f.quickWin.years = 1;
    f.quickWin.criteria[0]!.weight = 0.6;
    const s = scoreQuickWin(E_HEALTH, 2025, f);
    // (5×0.6 + 4×0.15 + 4×0.2 + 4×0.15 + 4×0.2) / 1.3 = 5.8 / 1.3 = 4.4615
    expect(s.score).toBeCloseTo(5.8 / 1.3, 12);
    // impact (5×0.6 + 4×0.15)/0.75 = 4.8 ≥ 4.7 still high
    expect(s.quadrant).toBe('quick-win');
    expect(s.cost).toBe(400_000_000);
  });

  it('lists only rated programmes, in id order', () => {
    const list = scoreQuickWins(
      [programme('b', { impact: 3 }), programme('c', undefined), programme('a', { impact: 1 })],
      2025,
      GMSC,
    );
    expect(list.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

const rating = fc.integer({ min: 1, max: 5 });
const ratingsArb = fc.record({
  impact: rating,
  alignment: rating,
  cost: rating,
  time: rating,
  feasibility: rating,
});

describe('scoreQuickWin — properties', () => {
  it('stays on the scale; a better rating never lowers the score; equal weights give a plain mean', () => {
    const equal = structuredClone(GMSC);
    for (const c of equal.quickWin.criteria) c.weight = 1;
    fc.assert(
      fc.property(
        ratingsArb,
        fc.constantFrom('impact', 'alignment', 'cost', 'time', 'feasibility'),
        (q, key) => {
          const r = scoreQuickWin(programme('x', q), 2025, GMSC);
          for (const v of [r.score, r.impact, r.effort]) {
            expect(v!).toBeGreaterThanOrEqual(1);
            expect(v!).toBeLessThanOrEqual(5);
          }
          const criterion = GMSC.quickWin.criteria.find((c) => c.id === key)!;
          const better = {
            ...q,
            [key]: criterion.higherIsBetter ? Math.min(5, q[key] + 1) : Math.max(1, q[key] - 1),
          };
          expect(scoreQuickWin(programme('x', better), 2025, GMSC).score!).toBeGreaterThanOrEqual(r.score!);
          const plain = (q.impact + q.alignment + (6 - q.cost) + (6 - q.time) + q.feasibility) / 5;
          expect(scoreQuickWin(programme('x', q), 2025, equal).score!).toBeCloseTo(plain, 12);
        },
      ),
    );
  });
});

describe('windowYears — the quick-win window is plan years 1–2', () => {
  it('gives the window years a programme runs in, and none from plan year 3 on', async () => {
    const { GMSC } = await import('@smartcity/model');
    const { windowYears } = await import('./quickwin.js');
    expect(windowYears(2025, 2027, 2025, GMSC)).toEqual([1, 2]);
    expect(windowYears(2026, 2026, 2025, GMSC)).toEqual([2]);
    // A programme starting in plan year 6 is not a quick win.
    expect(windowYears(2030, 2031, 2025, GMSC)).toEqual([]);
  });
});
