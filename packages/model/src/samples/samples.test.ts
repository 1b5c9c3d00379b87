import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSampleFiles } from '../../scripts/emit-samples.js';
import { GMSC } from '../frameworks/registry.js';
import { listRegions } from '../regions/regions.js';
import type { Masterplan } from '../schema/documents.js';
import { parseMasterplan } from '../validation/parse.js';
import { generateMasterplan, generateNationalSet, PROGRAMME_COHORTS } from './generate.js';
import { MINAHASA_SAMPLE } from './minahasa.js';

function parsed(input: unknown): Masterplan {
  const r = parseMasterplan(input);
  expect(r.issues).toEqual([]);
  if (!r.ok) throw new Error('unreachable');
  return r.value.document;
}

/**
 * Every dependency that does not end before its dependent starts, as `dependent (start) ← dependency (end)`.
 * The roadmap schedules finish-to-start, so with none of these every programme runs in its own years.
 */
function dependencyOrderViolations(m: Masterplan): string[] {
  const byId = new Map(m.programmes.map((p) => [p.id, p]));
  return m.programmes.flatMap((p) =>
    p.dependsOn.flatMap((d) => {
      const dep = byId.get(d);
      return dep && dep.endYear < p.startYear
        ? []
        : [`${p.id} (${p.startYear}) ← ${d} (ends ${dep?.endYear ?? 'missing'})`];
    }),
  );
}

describe('MINAHASA_SAMPLE', () => {
  const m = parsed(MINAHASA_SAMPLE);

  it('is an illustrative masterplan for Kabupaten Minahasa, 2021 cohort, 2022–2031', () => {
    expect(m.illustrative).toBe(true);
    expect(m.title).toMatch(/contoh ilustratif \/ illustrative sample/);
    expect(m.region).toEqual({
      code: '71.02',
      name: 'Kabupaten Minahasa',
      type: 'kabupaten',
      province: { code: '71', name: 'Sulawesi Utara' },
      cohort: 2021,
    });
    expect(m.period).toEqual({ startYear: 2022, endYear: 2031 });
  });

  it('has a realistic size', () => {
    expect(m.team.members.length).toBeGreaterThanOrEqual(12);
    expect(m.opds.length).toBeGreaterThanOrEqual(20);
    expect(m.programmes.length).toBeGreaterThanOrEqual(30);
    expect(m.programmes.filter((p) => p.quickWin).length).toBeGreaterThanOrEqual(12);
    expect(m.quickWins.selected).toHaveLength(6);
    expect(m.evaluations.map((e) => e.year)).toEqual([2022]);
  });

  it('covers every dimension with programmes and every element with a strategy', () => {
    expect(new Set(m.programmes.map((p) => p.dimension))).toEqual(new Set(GMSC.dimensions.map((d) => d.id)));
    const elements = GMSC.dimensions.flatMap((d) => d.elements.map((e) => e.id));
    expect(new Set(m.strategies.flatMap((s) => (s.element ? [s.element] : [])))).toEqual(new Set(elements));
    expect(new Set(m.programmes.map((p) => p.startYear)).size).toBeGreaterThan(3);
    expect(Math.max(...m.programmes.map((p) => p.endYear))).toBe(2031);
  });

  it('answers all 27 default readiness items, some unknown or not applicable, some with evidence', () => {
    const items = GMSC.readiness.pillars
      .filter((p) => p.enabledByDefault)
      .flatMap((p) => p.aspects.flatMap((a) => a.items.map((i) => i.id)));
    const answers = m.readiness!.answers;
    expect(answers.map((a) => a.item).sort()).toEqual([...items].sort());
    expect(answers.some((a) => a.value === 'unknown')).toBe(true);
    expect(answers.some((a) => a.value === 'not-applicable')).toBe(true);
    expect(answers.some((a) => a.evidence.some((e) => e.kind === 'link'))).toBe(true);
  });

  it('assesses all 18 elements in 2021 and 2023, some through per-level criteria', () => {
    expect(m.maturity.map((a) => a.year)).toEqual([2021, 2023]);
    for (const a of m.maturity) {
      expect(a.elements).toHaveLength(18);
      for (const e of a.elements) {
        expect(e.current !== undefined || e.criteriaMet !== undefined).toBe(true);
        expect(e.target).toBeTypeOf('number');
      }
    }
    expect(m.maturity[0]!.elements.some((e) => e.criteriaMet)).toBe(true);
  });

  it('budgets in whole rupiah with realistic magnitudes', () => {
    for (const p of m.programmes)
      for (const b of p.budget) {
        expect(Number.isInteger(b.amount)).toBe(true);
        expect(b.amount).toBeGreaterThanOrEqual(50_000_000);
        expect(b.amount).toBeLessThanOrEqual(5_000_000_000);
      }
  });

  it('has dependencies that end before their dependents start, foundations first', () => {
    expect(dependencyOrderViolations(m)).toEqual([]);
    const byId = new Map(m.programmes.map((p) => [p.id, p]));
    // Services build on the foundations laid in the first years.
    for (const id of ['mpp-digital', 'csirt', 'command-center', 'sip-tani'])
      expect(byId.get(id)!.dependsOn.length).toBeGreaterThan(0);
    for (const id of ['arsitektur-spbe', 'jaringan-intra', 'pusat-data', 'satu-data']) {
      expect(byId.get(id)!.startYear).toBe(2022);
      expect(byId.get(id)!.dependsOn).toEqual([]);
    }
  });

  it('keeps every programme and budget line inside 2022–2031', () => {
    for (const p of m.programmes) {
      expect(p.startYear).toBeGreaterThanOrEqual(2022);
      expect(p.endYear).toBeLessThanOrEqual(2031);
      for (const b of p.budget) {
        expect(b.year).toBeGreaterThanOrEqual(p.startYear);
        expect(b.year).toBeLessThanOrEqual(p.endYear);
      }
    }
  });

  it('chooses quick wins that start in the first two years and fit their budget and owner limits', () => {
    const byId = new Map(m.programmes.map((p) => [p.id, p]));
    const owners = new Map<string, number>();
    let spent = 0;
    for (const s of m.quickWins.selected) {
      const p = byId.get(s.programme)!;
      expect(p.quickWin).toBeDefined();
      // Delivered in plan year 1 or 2, so started by then.
      expect(p.startYear).toBeLessThanOrEqual(m.period.startYear + s.year - 1);
      owners.set(p.owner, (owners.get(p.owner) ?? 0) + 1);
      for (const b of p.budget) if (b.year < m.period.startYear + 2) spent += b.amount;
    }
    for (const n of owners.values()) expect(n).toBeLessThanOrEqual(m.quickWins.maxPerOwner!);
    expect(spent).toBeLessThanOrEqual(m.quickWins.budget!);
  });

  it('sets literacy targets per pillar up to 2026, from a baseline near the national figures', () => {
    const l = m.literacy!;
    expect(l.baseline.year).toBe(2022);
    const national = GMSC.literacy.national.find((n) => n.year === 2022)!;
    for (const [k, v] of Object.entries(l.baseline.pillars))
      expect(Math.abs(v - national.pillars[k]!)).toBeLessThan(0.3);
    expect(l.targets.map((t) => t.year)).toEqual([2023, 2024, 2025, 2026]);
    for (const t of l.targets)
      expect(Object.keys(t.pillars).sort()).toEqual(['culture', 'ethics', 'safety', 'skills']);
  });

  it('matches the committed samples/minahasa.json (regenerate with `pnpm samples`)', () => {
    for (const [name, text] of Object.entries(renderSampleFiles())) {
      const committed = JSON.parse(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'));
      // The same content (the committed copy is formatted by biome, so its white space may differ).
      expect(committed).toStrictEqual(JSON.parse(text));
      expect(parsed(committed)).toEqual(m);
    }
  });
});

describe('generateMasterplan', () => {
  it('is deterministic for a region and seed, and differs across seeds', () => {
    const a = generateMasterplan('71.02', 7);
    expect(generateMasterplan('71.02', 7)).toEqual(a);
    expect(generateMasterplan('71.02', 8)).not.toEqual(a);
    expect(generateMasterplan('71.71', 7)).not.toEqual(a);
  });

  it('throws for a code that is not on the list, and for a plan length outside the horizon', () => {
    expect(() => generateMasterplan('99.99', 1)).toThrow(RangeError);
    expect(() => generateMasterplan('71.02', 1, { years: 12 })).toThrow(RangeError);
  });

  it('honours its options', () => {
    const m = generateMasterplan('71.02', 3, {
      cohort: 2021,
      startYear: 2022,
      years: 5,
      programmes: 30,
      opds: 20,
    });
    expect(parsed(m)).toEqual(m);
    expect(m.region.cohort).toBe(2021);
    expect(m.period).toEqual({ startYear: 2022, endYear: 2026 });
    expect(m.programmes).toHaveLength(30);
    expect(m.opds).toHaveLength(20);
  });

  it('only makes a programme depend on programmes that end before it starts, for any seed', () => {
    const codes = ['11.01', '31.71', '71.02', '94.01'];
    let dependencies = 0;
    let dependents = 0;
    for (let seed = 0; seed < 60; seed++)
      for (const code of codes) {
        const m = generateMasterplan(code, seed, seed % 3 === 0 ? { years: 5, programmes: 60 } : {});
        expect({ code, seed, violations: dependencyOrderViolations(m) }).toEqual({
          code,
          seed,
          violations: [],
        });
        dependencies += m.programmes.reduce((n, p) => n + p.dependsOn.length, 0);
        dependents += m.programmes.filter((p) => p.dependsOn.length > 0).length;
      }
    // Not vacuous: plenty of programmes depend on others, some on two.
    expect(dependents).toBeGreaterThan(1000);
    expect(dependencies).toBeGreaterThan(dependents);
  });

  it('marks every generated document as illustrative', () => {
    const m = generateMasterplan('11.01', 1);
    expect(m.illustrative).toBe(true);
    expect(m.title).toMatch(/synthetic data/);
  });
});

describe('generateNationalSet', () => {
  const set = generateNationalSet(2021);

  it('generates one valid masterplan per region, in code order, all with zero issues', () => {
    expect(set.map((m) => m.region.code)).toEqual(listRegions().map((r) => r.code));
    for (const m of set) {
      const r = parseMasterplan(m);
      if (!r.ok)
        expect({ region: m.region.code, issues: r.issues }).toEqual({ region: m.region.code, issues: [] });
    }
  });

  it('stays within the realistic sizes', () => {
    const cohorts = new Set(PROGRAMME_COHORTS.map((c) => c.year));
    let rated = 0;
    let total = 0;
    for (const m of set) {
      expect(m.illustrative).toBe(true);
      expect(cohorts.has(m.region.cohort!)).toBe(true);
      expect(m.opds.length).toBeGreaterThanOrEqual(15);
      expect(m.opds.length).toBeLessThanOrEqual(30);
      expect(m.programmes.length).toBeGreaterThanOrEqual(25);
      expect(m.programmes.length).toBeLessThanOrEqual(60);
      expect(m.maturity.length).toBeGreaterThanOrEqual(1);
      expect(m.maturity.length).toBeLessThanOrEqual(2);
      expect(m.evaluations.length).toBeGreaterThanOrEqual(1);
      expect(m.readiness!.answers.length).toBeGreaterThanOrEqual(27);
      for (const p of m.programmes) expect(p.budget.length).toBeGreaterThan(0);
      expect(dependencyOrderViolations(m)).toEqual([]);
      rated += m.programmes.filter((p) => p.quickWin).length;
      total += m.programmes.length;
    }
    expect(rated / total).toBeGreaterThan(0.3);
    expect(rated / total).toBeLessThan(0.5);
    expect(new Set(set.map((m) => m.region.cohort)).size).toBe(PROGRAMME_COHORTS.length);
  });

  it('is deterministic', () => {
    expect(generateNationalSet(2021).slice(0, 5)).toEqual(set.slice(0, 5));
  });
});
