// Worst cases of the quick-win optimiser: fractional scores with costs proportional to them (every candidate
// the same score density, a subset-sum at heart), up to 200 candidates, with and without owner and per-year
// limits. Prints, per case, the bounded branch and bound (median time, nodes, proved optimal or the gap)
// beside the former exhaustive method, run in a child process and stopped after --timeout seconds.
//
//   pnpm --filter @smartcity/scoring bench:portfolio      [--timeout=10] [--runs=5]
//
// Runs on the sources. Prints figures; asserts nothing about time.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { optimisePortfolio } from '../src/portfolio.js';
import { type WorstCaseLimits, worstCase } from '../test/worst-case.js';

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const TIMEOUT = arg('timeout', 10);
const RUNS = arg('runs', 5);
const child = fileURLToPath(new URL('./exhaustive-child.ts', import.meta.url));

function exhaustive(n: number, limits: WorstCaseLimits): string {
  if (limits === 'budget+owner+years') return 'no year limits';
  const out = spawnSync(
    process.execPath,
    ['--conditions=@smartcity/source', '--import', 'tsx', child, String(n), limits],
    {
      timeout: TIMEOUT * 1000,
      encoding: 'utf8',
    },
  );
  if (out.status !== 0) return `did not finish in ${TIMEOUT} s`;
  const [ms, nodes, score] = out.stdout.trim().split(' ');
  return `${ms} ms, ${nodes} nodes, total ${Number(score).toFixed(6)}`;
}

const rows: string[][] = [];
for (const limits of ['budget', 'budget+owner', 'budget+owner+years'] as const)
  for (const n of [12, 16, 20, 24, 30, 40, 60, 100, 200]) {
    const { candidates, constraints } = worstCase(n, limits);
    const times: number[] = [];
    let r = optimisePortfolio(candidates, constraints);
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      r = optimisePortfolio(candidates, constraints);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push([
      limits,
      String(n),
      `${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
      String(r.nodes),
      r.optimal ? 'optimal' : `gap ${r.gap.toExponential(2)} (${((100 * r.gap) / r.bound).toFixed(4)} %)`,
      r.totalScore.toFixed(6),
      exhaustive(n, limits),
    ]);
  }
const head = ['limits', 'n', 'time', 'nodes', 'proof', 'total', 'former exhaustive method'];
const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
for (const r of [head, ...rows]) console.log(r.map((c, k) => c.padEnd(widths[k]!)).join('  '));
