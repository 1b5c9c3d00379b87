// Runs the former exhaustive optimiser on one worst case and prints "<ms> <nodes> <totalScore>".
import { type WorstCaseLimits, worstCase } from '../test/worst-case.js';
import { optimisePortfolio } from './exhaustive.js';

const { candidates, constraints } = worstCase(Number(process.argv[2]), process.argv[3] as WorstCaseLimits);
const t0 = performance.now();
const r = optimisePortfolio(candidates, constraints);
process.stdout.write(`${(performance.now() - t0).toFixed(1)} ${r.nodes} ${r.totalScore}`);
