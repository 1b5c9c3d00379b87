import { GMSC, type Programme } from '@smartcity/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, SMALL } from '../test/fixtures.js';
import { scheduleRoadmap } from './roadmap.js';

const M = 1_000_000;
const plan = parse(SMALL);
const PERIOD = plan.period; // 2025–2029

const programme = (
  id: string,
  startYear: number,
  endYear: number,
  dependsOn: string[] = [],
  budget: Programme['budget'] = [],
  earliestStart?: number,
): Programme => ({
  id,
  name: id,
  dimension: 'governance',
  elements: ['public-service'],
  owner: 'diskominfo',
  source: { kind: 'rpjmd', reference: 'RPJMD' },
  innovation: 'technology',
  startYear,
  endYear,
  ...(earliestStart === undefined ? {} : { earliestStart }),
  budget,
  kpis: [],
  dependsOn,
});

describe('scheduleRoadmap — hand-computed on the fixture', () => {
  const r = scheduleRoadmap(plan.programmes, PERIOD, GMSC);
  const p = (id: string) => r.programmes.find((x) => x.id === id)!;

  it('starts each programme after its dependencies end, keeping its duration', () => {
    expect(r.programmes.map((x) => [x.id, x.start, x.end, x.phase])).toEqual([
      // depends on one-data (ends 2027) and public-wifi (2025): max(2027, 2027 + 1, 2025 + 1) = 2028;
      // 3 years → 2030, past the plan's end
      ['command-center', 2028, 2030, 'medium'],
      ['e-health', 2025, 2026, 'short'],
      ['one-data', 2025, 2027, 'short'],
      ['public-wifi', 2025, 2025, 'short'],
      // may start in 2025, but one-data ends 2027 → 2028–2029; plan year 2028 − 2025 + 1 = 4 → medium
      ['tourism-portal', 2028, 2029, 'medium'],
    ]);
    expect(p('tourism-portal')).toMatchObject({ shift: 2, planYear: 4, duration: 2, earliestStart: 2025 });
    expect(p('command-center').explain.formula).toBe(
      'max(2027, 2027 + 1, 2025 + 1) = 2028; 2028 + 3 − 1 = 2030; 2028 − 2025 + 1 = 4 → medium',
    );
    // Budget lines move with the programme: 2026 → 2028, 2027 → 2029
    expect(p('tourism-portal').budget).toEqual([
      { year: 2028, source: 'apbd', amount: 150 * M },
      { year: 2029, source: 'csr', amount: 100 * M },
    ]);
  });

  it('reports a programme that cannot end inside the horizon as a conflict', () => {
    expect(r.conflicts).toEqual([
      expect.objectContaining({
        kind: 'beyond-horizon',
        programme: 'command-center',
        end: 2030,
        horizonEnd: 2029,
      }),
    ]);
  });

  it('totals every year, per funding source', () => {
    // 2025: e-health 400 + one-data 300 + public-wifi 250 = 950 M; 2026: 200 + 300 = 500 M; 2027: 300 M
    // 2028: tourism-portal apbd 150 + command-center apbn 2,000; 2029: command-center apbd 500 + tourism csr 100
    expect(r.years.map((y) => [y.year, y.planYear, y.total / M, y.bySource])).toEqual([
      [2025, 1, 950, { apbd: 950 * M }],
      [2026, 2, 500, { apbd: 500 * M }],
      [2027, 3, 300, { apbd: 300 * M }],
      [2028, 4, 2150, { apbd: 150 * M, apbn: 2000 * M }],
      [2029, 5, 600, { apbd: 500 * M, csr: 100 * M }],
      [2030, 6, 0, {}],
    ]);
    expect(r.horizon).toEqual({ startYear: 2025, endYear: 2029, years: 5 });
  });

  it('moves programmes to respect yearly ceilings per funding source', () => {
    // APBD ceiling 700 M a year. Placed in dependency order, earliest start then id:
    //   e-health 2025 (400 | 200), one-data 2025 (2025: 400 + 300 = 700 ≤ 700),
    //   public-wifi: 2025 would be 950, 2026 would be 750 → 2027 (300 + 250 = 550).
    //   command-center and tourism-portal then wait for public-wifi / one-data (end 2027) → 2028.
    const c = scheduleRoadmap(plan.programmes, PERIOD, GMSC, { ceilings: { apbd: 700 * M } });
    expect(c.programmes.find((x) => x.id === 'public-wifi')).toMatchObject({ start: 2027, shift: 2 });
    expect(c.programmes.find((x) => x.id === 'public-wifi')!.explain.formula).toContain(
      '= 2025 → 2027 (pagu/ceilings)',
    );
    expect(c.years.map((y) => y.bySource.apbd ?? 0)).toEqual([700, 500, 550, 150, 500, 0].map((x) => x * M));
    expect(c.years[0]!.ceilings).toEqual({ apbd: 700 * M });
    expect(c.conflicts.filter((x) => x.kind === 'over-budget')).toEqual([]);
  });

  it('reports years over a ceiling when no year fits', () => {
    // APBD ceiling 300 M in every year.
    //   e-health: 400 M in its first year never fits → placed at its earliest, 2025.
    //   one-data (300 M × 3): 2025 → 700, 2026 → 500, 2027–2029 → 300 each: fits from 2027.
    //   public-wifi (250 M): 2025 → 650, 2026 → 450, 2027–2029 → 550: never fits → 2025.
    //   command-center and tourism-portal wait for one-data (ends 2029) → 2030, past the horizon.
    //   Over: 2025 apbd 400 + 250 = 650 M; 2031 apbd 500 M (command-center's 2028 line, moved 3 years).
    const c = scheduleRoadmap(plan.programmes, PERIOD, GMSC, { ceilings: { apbd: 300 * M } });
    expect(c.programmes.map((x) => [x.id, x.start])).toEqual([
      ['command-center', 2030],
      ['e-health', 2025],
      ['one-data', 2027],
      ['public-wifi', 2025],
      ['tourism-portal', 2030],
    ]);
    expect(
      c.conflicts.map((x) => [x.kind, 'year' in x ? x.year : x.kind === 'beyond-horizon' ? x.programme : '']),
    ).toEqual([
      ['beyond-horizon', 'command-center'],
      ['beyond-horizon', 'tourism-portal'],
      ['over-budget', 2025],
      ['over-budget', 2031],
    ]);
    expect(c.conflicts[2]).toMatchObject({ source: 'apbd', total: 650 * M, ceiling: 300 * M });
    expect(c.years[0]!.over).toEqual(['apbd']);
    // A ceiling for one year only leaves the others unlimited: e-health simply moves to 2026.
    const once = scheduleRoadmap(plan.programmes, PERIOD, GMSC, { ceilings: { apbd: { '2025': 300 * M } } });
    expect(once.programmes.find((x) => x.id === 'e-health')!.start).toBe(2026);
  });
});

describe('scheduleRoadmap — conflicts as data', () => {
  it('reports cycles, what they block and unknown dependencies, and schedules the rest', () => {
    const r = scheduleRoadmap(
      [
        programme('a', 2025, 2026, ['b']),
        programme('b', 2025, 2025, ['a']),
        programme('c', 2025, 2025, ['a']),
        programme('d', 2026, 2027, ['zzz']),
        programme('e', 2025, 2025, ['e']),
      ],
      PERIOD,
      GMSC,
    );
    expect(r.conflicts.map((c) => c.kind)).toEqual([
      'unknown-dependency',
      'dependency-cycle',
      'dependency-cycle',
      'blocked',
    ]);
    expect(r.conflicts[1]).toMatchObject({ programmes: ['a', 'b'] });
    expect(r.conflicts[2]).toMatchObject({ programmes: ['e'] });
    expect(r.conflicts[3]).toMatchObject({ programme: 'c', dependencies: ['a'] });
    expect(r.programmes.map((p) => [p.id, p.start])).toEqual([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', 2026],
      ['e', null],
    ]);
    expect(r.conflicts[0]!.message.en).toBe(
      'Programme d depends on "zzz", which does not exist; that dependency is ignored.',
    );
  });

  it('reports a plan length outside the framework horizon', () => {
    const r = scheduleRoadmap([], { startYear: 2025, endYear: 2036 }, GMSC);
    expect(r.conflicts).toEqual([expect.objectContaining({ kind: 'horizon', years: 12, min: 5, max: 10 })]);
    expect(r.years).toHaveLength(12);
  });

  it('does not start before the plan', () => {
    const r = scheduleRoadmap([programme('old', 2022, 2024, [], [], 2020)], PERIOD, GMSC);
    expect(r.programmes[0]).toMatchObject({ start: 2025, end: 2027, earliestStart: 2025, planYear: 1 });
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────────────

const dagArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: 2025, max: 2029 }),
      length: fc.integer({ min: 1, max: 4 }),
      early: fc.integer({ min: 0, max: 2 }),
      deps: fc.array(fc.nat(), { maxLength: 3 }),
      amount: fc.integer({ min: 1, max: 900 }),
      source: fc.constantFrom('apbd', 'apbn', 'dak'),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((x, i) => {
      // Dependencies only on earlier programmes (a DAG), as validated plans are.
      const deps = i === 0 ? [] : [...new Set(x.deps.map((d) => `p${String(d % i).padStart(2, '0')}`))];
      const end = x.start + x.length - 1;
      const budget = Array.from({ length: x.length }, (_, k) => ({
        year: x.start + k,
        source: x.source,
        amount: x.amount * M,
      }));
      return programme(`p${String(i).padStart(2, '0')}`, x.start, end, deps, budget, x.start - x.early);
    }),
  );

describe('scheduleRoadmap — properties', () => {
  it('respects dependencies, earliest starts and durations; totals add up; order is irrelevant', () => {
    fc.assert(
      fc.property(
        dagArb,
        fc.option(fc.integer({ min: 500, max: 3000 }), { nil: undefined }),
        (ps, ceiling) => {
          const options = ceiling === undefined ? {} : { ceilings: { apbd: ceiling * M } };
          const r = scheduleRoadmap(ps, PERIOD, GMSC, options);
          const byId = new Map(r.programmes.map((p) => [p.id, p]));
          for (const p of r.programmes) {
            expect(p.start).not.toBeNull();
            expect(p.start!).toBeGreaterThanOrEqual(p.earliestStart);
            expect(p.end! - p.start! + 1).toBe(p.duration);
            for (const d of p.dependsOn) expect(p.start!).toBeGreaterThan(byId.get(d)!.end!);
            expect(p.phase === null).toBe(p.planYear! > 10);
          }
          const grand = r.years.reduce((s, y) => s + y.total, 0);
          const lines = ps.flatMap((p) => p.budget).reduce((s, b) => s + b.amount, 0);
          expect(grand).toBe(lines);
          for (const y of r.years)
            for (const [source, c] of Object.entries(y.ceilings))
              expect((y.bySource[source] ?? 0) > c).toBe(
                r.conflicts.some((x) => x.kind === 'over-budget' && x.year === y.year && x.source === source),
              );
          expect(scheduleRoadmap([...ps].reverse(), PERIOD, GMSC, options)).toEqual(r);
        },
      ),
      { numRuns: 200 },
    );
  });
});
