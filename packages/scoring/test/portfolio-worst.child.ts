// Runs the portfolio optimiser on the hard input named on the command line and prints the outcome as JSON.
// Run in a child process by portfolio-bounded.test.ts, which kills it if it does not end.
import { optimisePortfolio } from '../src/portfolio.js';
import { type WorstCaseLimits, worstCase } from './worst-case.js';

const n = Number(process.argv[2] ?? 60);
const limits = (process.argv[3] ?? 'budget') as WorstCaseLimits;
const { candidates, constraints } = worstCase(n, limits);
const r = optimisePortfolio(candidates, constraints);
process.stdout.write(
  JSON.stringify({
    totalScore: r.totalScore,
    totalCost: r.totalCost,
    optimal: r.optimal,
    bound: r.bound,
    gap: r.gap,
    nodes: r.nodes,
    chosen: r.chosen.length,
  }),
);
