import { GMSC, parseMasterplan } from '@smartcity/model';
import { generateMasterplan, MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import { parse, SMALL } from '../test/fixtures.js';
import { benchmark } from './benchmark.js';
import { scoreEvaluation } from './evaluation.js';
import { type Explanation, explainToText } from './explain.js';
import { scoreMaturity } from './maturity.js';
import { scoreReadiness } from './readiness.js';
import { scheduleRoadmap } from './roadmap.js';
import { scoreMasterplan } from './score.js';

const M = 1_000_000;

/** Every `explain` in a result tree, with its path. */
function explanations(
  value: unknown,
  path = '$',
  out: [string, Explanation][] = [],
): [string, Explanation][] {
  if (Array.isArray(value)) value.forEach((v, i) => explanations(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'explain' && v && typeof v === 'object' && 'rule' in v) out.push([path, v as Explanation]);
      else if (k === 'explain' && v && typeof v === 'object')
        for (const [kk, vv] of Object.entries(v)) out.push([`${path}.explain.${kk}`, vv as Explanation]);
      else explanations(v, `${path}.${k}`, out);
    }
  return out;
}

describe('scoreMasterplan on the test fixture', () => {
  const plan = parse(SMALL);
  const s = scoreMasterplan(plan, GMSC);

  it('puts together every part for one region', () => {
    expect(s.framework).toEqual({ id: 'gmsc', version: '2021.1' });
    expect(s.region.code).toBe('71.02');
    expect(s.readiness).toEqual(scoreReadiness(plan.readiness!, GMSC));
    // The latest maturity year is 2024, whatever the order in the document; 2023 is the previous one.
    expect(s.maturity).toEqual(scoreMaturity(plan.maturity.find((m) => m.year === 2024)!, GMSC));
    expect(s.previousMaturity?.year).toBe(2023);
    expect(s.maturityChange?.overall.changeRounded).toBe(1.11);
    expect(s.evaluation).toEqual(scoreEvaluation(plan.evaluations[0]!, GMSC));
    expect(s.literacy?.index.gapToNational).toBeCloseTo(0.14, 12);
    expect(s.roadmap.programmes).toHaveLength(5);
  });

  it('optimises quick wins with the plan’s own budget and limit, overridable', () => {
    // Budget 1,000 M and 1 per OPD from the plan: e-health + public-wifi + tourism-portal (see portfolio tests).
    expect(s.quickWins.years).toEqual({ from: 2025, to: 2026 });
    expect(s.quickWins.candidates.map((c) => c.id)).toEqual([
      'e-health',
      'one-data',
      'public-wifi',
      'tourism-portal',
    ]);
    // tourism-portal (planned 2026–2027, plan years 2–3) waits for one-data until 2028–2029: the roadmap
    // moves it out of the quick-win window (plan years 1–2), so it is no quick win.
    expect(s.quickWins.portfolio.chosen).toEqual(['e-health', 'public-wifi']);
    expect(s.quickWins.portfolio.decisions.find((d) => d.id === 'tourism-portal')!.reason).toBe(
      'outside-window',
    );
    expect(s.quickWins.portfolio).toMatchObject({ budget: 1000 * M, maxPerOwner: 1 });
    expect(s.quickWins.planned).toEqual(['e-health']);
    const wider = scoreMasterplan(plan, GMSC, { budget: 850 * M, maxPerOwner: null });
    expect(wider.quickWins.portfolio).toMatchObject({
      budget: 850 * M,
      maxPerOwner: null,
      chosen: ['e-health', 'public-wifi'],
    });
    const unlimited = scoreMasterplan(plan, GMSC, { budget: null, maxPerOwner: null });
    expect(unlimited.quickWins.portfolio.chosen).toEqual(['e-health', 'one-data', 'public-wifi']);
  });

  it('does not count a programme starting in plan year 6 as a quick win', () => {
    const base = plan.programmes.find((p) => p.id === 'e-health')!;
    const late = {
      ...base,
      id: 'late-portal',
      owner: 'dlh',
      startYear: 2030,
      endYear: 2030,
      dependsOn: [],
      budget: [{ year: 2030, source: 'apbd', amount: 100 * M }],
    };
    const s6 = scoreMasterplan({ ...plan, programmes: [...plan.programmes, late] }, GMSC);
    // It costs nothing in plan years 1–2 and is well rated: only the window keeps it out.
    expect(s6.quickWins.candidates.find((c) => c.id === 'late-portal')).toMatchObject({
      cost: 0,
      windowYears: [],
    });
    expect(s6.quickWins.portfolio.chosen).not.toContain('late-portal');
    const d = s6.quickWins.portfolio.decisions.find((x) => x.id === 'late-portal')!;
    expect(d.reason).toBe('outside-window');
    expect(d.text.en).toContain('so it is no quick win');
  });

  it('applies the plan’s per-year quick-win limits and reports each quick win’s year', () => {
    // Year 1: one quick win; year 2: two, within 700 M. e-health (600 M) and public-wifi (250 M) are chosen
    // (tourism-portal is moved out of the window); one-data cannot join: diskominfo already has public-wifi.
    const yearly = scoreMasterplan(
      {
        ...plan,
        quickWins: {
          ...plan.quickWins,
          years: [
            { year: 1, maxCount: 1 },
            { year: 2, budget: 700 * M, maxCount: 2 },
          ],
        },
      },
      GMSC,
    );
    const p = yearly.quickWins.portfolio;
    expect(p.optimal).toBe(true);
    expect(p.chosen).toEqual(['e-health', 'public-wifi']);
    expect(p.perYear.map((u) => [u.year, u.count, u.cost])).toEqual([
      [1, 1, 250 * M],
      [2, 1, 600 * M],
    ]);
    // public-wifi runs in 2025 only (plan year 1); e-health (2025–2026) takes the place left in year 2.
    expect(p.decisions.find((d) => d.id === 'public-wifi')!.year).toBe(1);
    expect(p.decisions.find((d) => d.id === 'e-health')!.year).toBe(2);
  });

  it('passes roadmap ceilings, weight set and default target through', () => {
    const o = scoreMasterplan(plan, GMSC, {
      ceilings: { apbd: 700 * M },
      weightSet: 'alternative',
      defaultTarget: 3,
    });
    expect(o.roadmap.programmes.find((p) => p.id === 'public-wifi')!.start).toBe(2027);
    expect(o.evaluation?.weightSet.id).toBe('alternative');
    expect(o.maturity!.dimensions[1]!.elements[0]!.gap).toBe(2);
  });

  it('explains every figure, in both languages, with a provenance', () => {
    const all = explanations(s);
    expect(all.length).toBeGreaterThan(100);
    for (const [path, e] of all) {
      expect(e.rule.id.length, path).toBeGreaterThan(0);
      expect(e.rule.en.length, path).toBeGreaterThan(0);
      expect(typeof e.formula, path).toBe('string');
      expect(['official', 'adopted', 'toolkit-default'], path).toContain(e.provenance.status);
      for (const input of e.inputs) expect(input.label.en.length, path).toBeGreaterThan(0);
      expect(explainToText(e, 'id')).toContain('Rumus:');
      expect(explainToText(e, 'en')).toContain('Formula:');
    }
  });

  it('builds explanations on first read, as plain data that copies and serialises', () => {
    const doc = parse(SMALL);
    const fresh = scoreMasterplan(doc, GMSC);
    const aspect = fresh.readiness!.pillars[0]!.aspects[0]!;
    // Changing the document after scoring does not change what the explanation will say.
    (doc.readiness!.answers[0] as { value: number }).value = 1;
    doc.programmes[0]!.budget[0]!.amount = 1;
    expect(aspect.explain.formula).toBe('(3×1 + 4×1 + 2×1) / 3 = 3.00; (3 − 1) / (5 − 1) × 100 = 50.00');
    expect(fresh.quickWins.candidates.find((c) => c.id === 'e-health')!.explain.cost.formula).toBe(
      '400000000 + 200000000 = 600000000',
    );
    expect(Object.keys(aspect)).toContain('explain');
    expect(JSON.parse(JSON.stringify(aspect)).explain.formula).toBe(aspect.explain.formula);
    expect(structuredClone(aspect).explain).toEqual(aspect.explain);
    expect({ ...aspect }.explain).toBe(aspect.explain);
    expect(aspect.explain).toBe(aspect.explain); // built once
  });

  it('gives the same output for the same input, through JSON and back', () => {
    const again = scoreMasterplan(parse(JSON.parse(JSON.stringify(SMALL))), GMSC);
    expect(JSON.stringify(again)).toBe(JSON.stringify(s));
  });
});

describe('scoreMasterplan on the bundled samples', () => {
  it('scores the Minahasa sample', () => {
    const r = parseMasterplan(MINAHASA_SAMPLE);
    if (!r.ok) throw new Error('sample does not parse');
    const s = scoreMasterplan(r.value.document, r.value.framework);
    expect(s.readiness?.index).not.toBeNull();
    expect(s.maturity?.predicate).not.toBeNull();
    expect(s.maturityChange).not.toBeNull();
    expect(s.evaluation?.index).not.toBeNull();
    expect(s.quickWins.portfolio.totalCost).toBeLessThanOrEqual(s.quickWins.portfolio.budget!);
    expect(Math.max(...Object.values(s.quickWins.portfolio.perOwner))).toBeLessThanOrEqual(
      s.quickWins.portfolio.maxPerOwner!,
    );
    expect(s.roadmap.programmes.every((p) => p.start !== null)).toBe(true);
    expect(s.literacy).not.toBeNull();
  });

  it('schedules the Minahasa sample inside 2022–2031 with no conflicts', () => {
    const r = parseMasterplan(MINAHASA_SAMPLE);
    if (!r.ok) throw new Error('sample does not parse');
    const { document: plan, framework } = r.value;
    const roadmap = scheduleRoadmap(plan.programmes, plan.period, framework);
    expect(roadmap.conflicts).toEqual([]);
    expect(scoreMasterplan(plan, framework).roadmap.conflicts).toEqual([]);
    for (const p of roadmap.programmes) {
      // Nothing waits for a dependency: each starts as planned, or earlier where `earliestStart` allows.
      expect(p.start!).toBeLessThanOrEqual(p.planned.start);
      expect(p.start!).toBeGreaterThanOrEqual(2022);
      expect(p.end!).toBeLessThanOrEqual(2031);
    }
    const scheduled = new Map(roadmap.programmes.map((p) => [p.id, p]));
    for (const p of roadmap.programmes)
      for (const d of p.dependsOn) expect(scheduled.get(d)!.end!).toBeLessThan(p.start!);
  });

  it('schedules generated regions as planned, with no conflicts', () => {
    for (const code of ['11.01', '31.71', '71.02', '94.01'])
      for (let seed = 0; seed < 25; seed++) {
        const m = generateMasterplan(code, seed);
        const roadmap = scheduleRoadmap(m.programmes, m.period, GMSC);
        expect({ code, seed, conflicts: roadmap.conflicts }).toEqual({ code, seed, conflicts: [] });
        expect(roadmap.programmes.every((p) => p.shift === 0)).toBe(true);
      }
  });

  it('scores generated regions and benchmarks them', () => {
    const codes = ['11.01', '31.71', '32.73', '35.78', '71.02', '71.71', '94.01', '96.71'];
    const scores = codes.map((code, i) => scoreMasterplan(generateMasterplan(code, 2024 + i), GMSC));
    for (const s of scores) {
      if (s.readiness?.index != null) expect(s.readiness.index).toBeLessThanOrEqual(100);
      if (s.maturity?.index != null) expect(s.maturity.index).toBeLessThanOrEqual(5);
      const p = s.quickWins.portfolio;
      if (p.budget !== null) expect(p.totalCost).toBeLessThanOrEqual(p.budget);
    }
    const b = benchmark(scores, { framework: GMSC });
    expect(b.regions).toBe(codes.length);
    expect(Object.keys(b.median).length).toBeGreaterThan(0);
    expect(b.entries.map((e) => e.code)).toEqual([...codes].sort());
  });
});
