// Hard but valid quick-win inputs for the portfolio optimiser: fractional scores (weighted means of
// fractional ratings) and costs proportional to the scores, so every candidate has the same score density.
// The LP bound then cannot tell portfolios apart, and an exhaustive method must enumerate almost every
// subset whose cost fits (a subset-sum problem).
import type { PortfolioCandidate, PortfolioConstraints } from '../src/portfolio.js';

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
export function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/** The variants of limits the worst cases are run with. */
export type WorstCaseLimits = 'budget' | 'budget+owner' | 'budget+owner+years';

/** `n` candidates with fractional scores, costs proportional to the scores, and limits binding about half. */
export function worstCase(
  n: number,
  limits: WorstCaseLimits = 'budget',
  seed = 11,
): { candidates: PortfolioCandidate[]; constraints: PortfolioConstraints } {
  const next = random(seed);
  const owners = Math.max(1, Math.ceil(n / 5));
  const candidates = Array.from({ length: n }, (_, i) => {
    // A weighted mean of four fractional ratings on 1–5.
    const ratings = [next(), next(), next(), next()].map((r) => 1 + r * 4);
    const score = (ratings[0]! * 3 + ratings[1]! * 2 + ratings[2]! * 2 + ratings[3]!) / 8;
    return {
      id: `p${String(i).padStart(3, '0')}`,
      owner: `o${i % owners}`,
      score,
      cost: Math.round(score * 250_000_000),
    };
  });
  const total = candidates.reduce((s, c) => s + c.cost, 0);
  const budget = Math.round(total / 2);
  const constraints: PortfolioConstraints =
    limits === 'budget'
      ? { budget }
      : limits === 'budget+owner'
        ? { budget, maxPerOwner: 3 }
        : {
            budget,
            maxPerOwner: 3,
            years: [
              { year: 1, budget: Math.round(total / 5), maxCount: Math.ceil(n / 5) },
              { year: 2, budget: Math.round(total / 4), maxCount: Math.ceil(n / 4) },
            ],
          };
  return { candidates, constraints };
}
