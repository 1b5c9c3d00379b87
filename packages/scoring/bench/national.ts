// The national benchmark: every kabupaten/kota scored end to end, stage by stage, on synthetic data.
//
//   pnpm --filter @smartcity/scoring bench      (or `pnpm bench` at the root: turbo builds first)
//
// Runs the built packages (dist), as an application would. Prints figures; asserts nothing about time.
// Options: --seed=N (default 2024), --runs=N timed runs per stage (default 7), --warmup=N (default 2).
import { type Masterplan, parseMasterplan } from '@smartcity/model';
import { generateMasterplan, generateNationalSet } from '@smartcity/model/samples';
import {
  benchmark,
  literacyGaps,
  type MasterplanScore,
  optimisePortfolio,
  scheduleRoadmap,
  scoreEvaluation,
  scoreMasterplan,
  scoreMaturity,
  scoreQuickWins,
  scoreReadiness,
} from '@smartcity/scoring';

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const SEED = arg('seed', 2024);
const RUNS = arg('runs', 7);
const WARMUP = arg('warmup', 2);

/** Median wall time of `fn` in milliseconds, after warm-up runs. */
function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ── Data: 514 regions, serialised to JSON first, as they would arrive from files or a server ──────────
const t0 = performance.now();
const docs = generateNationalSet(SEED);
const texts = docs.map((d) => JSON.stringify(d));
const bytes = texts.reduce((s, t) => s + t.length, 0);
const candidates = docs.map((d) => d.programmes.filter((p) => p.quickWin).length);
const programmes = docs.map((d) => d.programmes.length);
console.log(
  `National set: ${docs.length} regions (seed ${SEED}), ${(bytes / 1e6).toFixed(1)} MB of JSON, ` +
    `generated in ${(performance.now() - t0).toFixed(0)} ms.`,
);
console.log(
  `  programmes per region: ${Math.min(...programmes)}–${Math.max(...programmes)} (median ${median(programmes)}); ` +
    `quick-win candidates: ${Math.min(...candidates)}–${Math.max(...candidates)} (median ${median(candidates)})`,
);
console.log(`  median of ${RUNS} runs after ${WARMUP} warm-up runs, one process (one core)\n`);

// ── Stages ─────────────────────────────────────────────────────────────────────────────────────────────
const values: unknown[] = texts.map((t) => JSON.parse(t));
const plans: Masterplan[] = values.map((v) => {
  const r = parseMasterplan(v);
  if (!r.ok) throw new Error(`generated document does not validate: ${JSON.stringify(r.issues[0])}`);
  return r.value.document;
});
const framework = (() => {
  const r = parseMasterplan(values[0]);
  if (!r.ok) throw new Error('unreachable');
  return r.value.framework;
})();
const scores: MasterplanScore[] = plans.map((p) => scoreMasterplan(p, framework));
const quickWins = plans.map((p) => scoreQuickWins(p.programmes, p.period.startYear, framework));

const stages: [string, number][] = [];
const jsonOnly = time(() => texts.map((t) => JSON.parse(t)));
stages.push(['parse (JSON.parse)', jsonOnly]);
stages.push(['validate (parseMasterplan)', time(() => values.map((v) => parseMasterplan(v)))]);
stages.push([
  'score (readiness, maturity, evaluation, literacy, quick-win scores)',
  time(() =>
    plans.map((p) => {
      const byYear = [...p.maturity].sort((a, b) => a.year - b.year);
      const last = p.evaluations[p.evaluations.length - 1];
      return [
        p.readiness && scoreReadiness(p.readiness, framework),
        byYear.map((m) => scoreMaturity(m, framework)),
        last && scoreEvaluation(last, framework),
        p.literacy && literacyGaps(p.literacy, framework),
        scoreQuickWins(p.programmes, p.period.startYear, framework),
      ];
    }),
  ),
]);
stages.push([
  'optimise quick wins (optimal portfolio)',
  time(() =>
    plans.map((p, i) =>
      optimisePortfolio(
        quickWins[i]!,
        {
          ...(p.quickWins.budget === undefined ? {} : { budget: p.quickWins.budget }),
          maxPerOwner: p.quickWins.maxPerOwner ?? 2,
        },
        { decimals: framework.maturity.decimals },
      ),
    ),
  ),
]);
stages.push([
  'schedule (roadmap)',
  time(() => plans.map((p) => scheduleRoadmap(p.programmes, p.period, framework))),
]);
stages.push(['benchmark (514 regions)', time(() => benchmark(scores, { framework }))]);
const endToEnd = time(() => {
  const all = texts.map((t) => {
    const r = parseMasterplan(t);
    if (!r.ok) throw new Error('invalid');
    return scoreMasterplan(r.value.document, r.value.framework);
  });
  return benchmark(all, { framework });
});

const scoringOnly = time(() =>
  benchmark(
    plans.map((p) => scoreMasterplan(p, framework)),
    { framework },
  ),
);

const width = Math.max(...stages.map(([name]) => name.length)) + 2;
console.log('Stage'.padEnd(width), '   median');
for (const [name, t] of stages) console.log(name.padEnd(width), ms(t));
console.log('-'.repeat(width + 12));
console.log('end to end (text → parseMasterplan → scoreMasterplan → benchmark)'.padEnd(width), ms(endToEnd));
console.log(`  of which JSON.parse alone on the same input: ${jsonOnly.toFixed(1)} ms`);
console.log(`  scoreMasterplan + benchmark alone, on validated documents: ${scoringOnly.toFixed(1)} ms\n`);

// ── One region with 60 quick-win candidates ─────────────────────────────────────────────────────────
// A generated 60-programme plan in which every programme is rated (a seeded generator fills the ratings
// the plan leaves out), with a budget of a quarter of the candidates' year-1–2 cost and 2 per OPD.
let state = SEED >>> 0;
const random = () => {
  // mulberry32: a small deterministic generator
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const big = generateMasterplan('71.02', SEED, { programmes: 60 });
for (const p of big.programmes)
  p.quickWin ??= Object.fromEntries(
    framework.quickWin.criteria.map((c) => [c.id, 1 + Math.floor(random() * 5)]),
  );
const bigCandidates = scoreQuickWins(big.programmes, big.period.startYear, framework);
const bigBudget = Math.round(bigCandidates.reduce((s, c) => s + c.cost, 0) / 4);
let last = optimisePortfolio(bigCandidates, { budget: bigBudget, maxPerOwner: 2 });
const bigTime = time(() => {
  last = optimisePortfolio(bigCandidates, { budget: bigBudget, maxPerOwner: 2 });
});
const owners = new Set(bigCandidates.map((c) => c.owner)).size;
console.log(
  `Optimal portfolio, one region with ${bigCandidates.length} candidates (${owners} OPDs, max 2 per OPD, ` +
    `budget Rp ${(bigBudget / 1e9).toFixed(1)} bn): ${bigTime.toFixed(2)} ms ` +
    `(${last.chosen.length} chosen, total score ${last.totalScore.toFixed(2)}, ${last.nodes} partial portfolios examined)`,
);
