// Prints the examples shown in README.md, computed on the bundled (illustrative) Minahasa sample:
//
//   pnpm --filter @smartcity/scoring exec tsx --conditions=@smartcity/source scripts/examples.ts
import { parseMasterplan } from '@smartcity/model';
import { generateNationalSet, MINAHASA_SAMPLE } from '@smartcity/model/samples';
import {
  benchmark,
  explainToText,
  literacyGaps,
  optimisePortfolio,
  scheduleRoadmap,
  scoreEvaluation,
  scoreMasterplan,
  scoreMaturity,
  scoreQuickWins,
  scoreReadiness,
} from '../src/index.js';

const parsed = parseMasterplan(MINAHASA_SAMPLE);
if (!parsed.ok) throw new Error('the sample does not validate');
const { document: plan, framework } = parsed.value;
const section = (title: string) => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
const f2 = (x: number | null) => (x === null ? '—' : x.toFixed(2));

section('scoreReadiness');
const readiness = scoreReadiness(plan.readiness!, framework);
console.log(
  `index ${f2(readiness.index)} (mean ${f2(readiness.mean)} on 1–5), coverage ${readiness.coverage.answered}/${readiness.coverage.asked}${readiness.lowCoverage ? ' LOW' : ''}`,
);
for (const p of readiness.pillars)
  console.log(
    `  ${p.id.padEnd(15)} ${f2(p.index).padStart(6)}  coverage ${p.coverage.answered}/${p.coverage.asked}${p.lowCoverage ? ' LOW' : ''}`,
  );

section('scoreMaturity');
const [m2021, m2023] = [...plan.maturity]
  .sort((a, b) => a.year - b.year)
  .map((m) => scoreMaturity(m, framework));
console.log(
  `${m2023!.year}: index ${m2023!.indexRounded} → ${m2023!.predicate?.name.id}; gap to target ${m2023!.gapRounded}`,
);
for (const d of m2023!.dimensions)
  console.log(`  ${d.id.padEnd(12)} ${f2(d.indexRounded)}  ${d.predicate?.name.id}`);

section('scoreEvaluation');
const lastEvaluation = [...plan.evaluations].sort((a, b) => a.year - b.year).at(-1)!;
const evaluation = scoreEvaluation(lastEvaluation, framework);
console.log(`${evaluation.year}: ${evaluation.indexRounded} (weight set ${evaluation.weightSet.id})`);
console.log(`  ${evaluation.explain.formula}`);

section('scoreQuickWins + optimisePortfolio');
const candidates = scoreQuickWins(plan.programmes, plan.period.startYear, framework);
for (const c of candidates)
  console.log(
    `  ${c.id.padEnd(22)} score ${f2(c.score)}  impact ${f2(c.impact)}  effort ${f2(c.effort)}  ${c.quadrant}`,
  );
const portfolio = optimisePortfolio(candidates, {
  budget: plan.quickWins.budget!,
  maxPerOwner: plan.quickWins.maxPerOwner!,
});
console.log(`chosen: ${portfolio.chosen.join(', ')}`);
console.log(
  `total score ${f2(portfolio.totalScore)}, cost Rp ${portfolio.totalCost.toLocaleString('en')} of ${portfolio.budget?.toLocaleString('en')}`,
);
for (const d of portfolio.decisions.filter((x) => !x.chosen).slice(0, 3))
  console.log(`  ${d.id}: ${d.text.en}`);

section('scheduleRoadmap');
const asPlanned = scheduleRoadmap(plan.programmes, plan.period, framework);
console.log(
  `without ceilings: ${asPlanned.conflicts.length} conflicts, ${asPlanned.programmes.filter((p) => p.shift !== 0).map((p) => `${p.id} ${p.shift}`)}`,
);
const roadmap = scheduleRoadmap(plan.programmes, plan.period, framework, {
  ceilings: { apbd: 13_000_000_000 },
});
for (const y of roadmap.years.slice(0, 5))
  console.log(
    `  ${y.year} (year ${y.planYear}): Rp ${y.total.toLocaleString('en')} ${JSON.stringify(y.bySource)}`,
  );
console.log(`conflicts: ${roadmap.conflicts.length}`);
for (const moved of roadmap.programmes.filter((p) => p.shift! > 0))
  console.log(
    `${moved.id}: planned ${moved.planned.start}–${moved.planned.end}, scheduled ${moved.start}–${moved.end} (${moved.phase})`,
  );
console.log(`  ${roadmap.programmes.find((p) => p.id === 'sip-tani')!.explain.formula}`);

section('literacyGaps');
const literacy = literacyGaps(plan.literacy!, framework);
for (const p of literacy.pillars)
  console.log(
    `  ${p.id.padEnd(8)} baseline ${f2(p.baseline)}  national ${f2(p.national?.value ?? null)} (${p.national?.year})  gap ${f2(p.gapToNational)}`,
  );

section('scoreMasterplan + benchmark');
const mine = scoreMasterplan(plan, framework);
console.log(
  `maturity ${mine.previousMaturity?.year} → ${mine.maturity?.year}: ${mine.maturityChange?.overall.changeRounded}`,
);
const national = generateNationalSet(2024).map((d) => scoreMasterplan(d, framework));
const b = benchmark([...national.filter((s) => s.region.code !== '71.02'), mine], { framework });
const me = b.entries.find((e) => e.code === '71.02')!;
console.log(
  `overall maturity: national median ${f2(b.overall.median)} (q1 ${f2(b.overall.q1)}, q3 ${f2(b.overall.q3)}), n = ${b.overall.count}`,
);
console.log(
  `Minahasa: rank ${me.overall.rank} of ${me.overall.of}, percentile ${f2(me.overall.percentile)}; in Sulawesi Utara ${me.peers.province.rank} of ${me.peers.province.of}`,
);
console.log(
  `radar series (national median): ${JSON.stringify(Object.fromEntries(Object.entries(b.median).map(([k, v]) => [k, Number(v.toFixed(2))])))}`,
);

section('explainToText');
console.log(explainToText(m2023!.dimensions[0]!.explain, 'id'));
console.log();
console.log(explainToText(readiness.pillars[0]!.aspects[0]!.explain, 'en'));
void m2021;
