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
    expect(r.conflicts[0]).toEqual(
      expect.objectContaining({
        kind: 'beyond-horizon',
        programme: 'command-center',
        end: 2030,
        horizonEnd: 2029,
      }),
    );
  });

  it('reports every programme moved later than planned, with the reason and the old and new years', () => {
    // command-center planned 2027–2029 and tourism-portal 2026–2027 both wait for one-data (ends 2027).
    expect(r.conflicts.filter((c) => c.kind === 'moved')).toEqual([
      expect.objectContaining({
        kind: 'moved',
        programme: 'command-center',
        reason: 'dependency',
        dependency: 'one-data',
        from: { start: 2027, end: 2029 },
        to: { start: 2028, end: 2030 },
      }),
      expect.objectContaining({
        kind: 'moved',
        programme: 'tourism-portal',
        reason: 'dependency',
        dependency: 'one-data',
        from: { start: 2026, end: 2027 },
        to: { start: 2028, end: 2029 },
      }),
    ]);
    const moved = r.conflicts.find((c) => c.kind === 'moved' && c.programme === 'tourism-portal')!;
    expect(moved.message.id).toBe(
      'Program tourism-portal dipindah dari 2026–2027 ke 2028–2029 karena bergantung pada one-data yang baru selesai 2027.',
    );
    expect(moved.message.en).toContain('moved from 2026–2027 to 2028–2029 because it depends on one-data');
    // A budget ceiling is a reason of its own.
    const c = scheduleRoadmap(plan.programmes, PERIOD, GMSC, { ceilings: { apbd: 700 * M } });
    expect(c.conflicts.find((x) => x.kind === 'moved' && x.programme === 'public-wifi')).toMatchObject({
      reason: 'ceiling',
      from: { start: 2025, end: 2025 },
      to: { start: 2027, end: 2027 },
    });
  });

  it('keeps budget lines that fall outside the plan in the totals and the ceiling checks, and reports them', () => {
    // A Rp 5 bn line a year after the programme's last year, and one a year before the plan starts.
    const ps = [
      programme(
        'late',
        2028,
        2029,
        [],
        [
          { year: 2029, source: 'apbd', amount: 100 * M },
          { year: 2030, source: 'apbd', amount: 5000 * M },
        ],
      ),
      programme('early', 2025, 2025, [], [{ year: 2024, source: 'apbd', amount: 300 * M }]),
    ];
    const c = scheduleRoadmap(ps, PERIOD, GMSC, { ceilings: { apbd: 1000 * M } });
    const sum = c.years.reduce((t, y) => t + y.total, 0);
    expect(sum).toBe(5400 * M);
    expect(c.years.map((y) => [y.year, y.planYear, y.inPlan, y.total / M])).toEqual([
      [2024, 0, false, 300],
      [2025, 1, true, 0],
      [2026, 2, true, 0],
      [2027, 3, true, 0],
      [2028, 4, true, 0],
      [2029, 5, true, 100],
      [2030, 6, false, 5000],
    ]);
    expect(c.conflicts.filter((x) => x.kind === 'budget-outside-plan')).toEqual([
      expect.objectContaining({ programme: 'early', line: 0, year: 2024, amount: 300 * M }),
      expect.objectContaining({ programme: 'late', line: 1, year: 2030, amount: 5000 * M }),
    ]);
    // The 5 bn line is over the 1 bn ceiling in 2030: reported, not dropped.
    expect(c.conflicts.filter((x) => x.kind === 'over-budget')).toEqual([
      expect.objectContaining({ year: 2030, source: 'apbd', total: 5000 * M, ceiling: 1000 * M }),
    ]);
    expect(c.years.at(-1)!.over).toEqual(['apbd']);
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
    expect(r.years.map((y) => y.inPlan)).toEqual([true, true, true, true, true, false]);
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
      c.conflicts
        .filter((x) => x.kind !== 'moved' && x.kind !== 'budget-outside-plan')
        .map((x) => [x.kind, 'year' in x ? x.year : x.kind === 'beyond-horizon' ? x.programme : '']),
    ).toEqual([
      ['beyond-horizon', 'command-center'],
      ['beyond-horizon', 'tourism-portal'],
      ['over-budget', 2025],
      ['over-budget', 2031],
    ]);
    expect(c.conflicts.find((x) => x.kind === 'over-budget')).toMatchObject({
      source: 'apbd',
      total: 650 * M,
      ceiling: 300 * M,
    });
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
