import { GMSC, type MaturityAssessment } from '@smartcity/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainToText } from './explain.js';
import { compareMaturity, levelFromCriteria, predicateOf, scoreMaturity } from './maturity.js';

const SPBE = GMSC.maturity.ladders.find((l) => l.id === 'spbe')!;
const GARUDA = GMSC.maturity.ladders.find((l) => l.id === 'garuda')!;
const ELEMENTS = GMSC.dimensions.flatMap((d) => d.elements.map((e) => e.id));

const A2024: MaturityAssessment = {
  year: 2024,
  elements: [
    { element: 'public-service', current: 3, target: 4, evidence: [] },
    { element: 'bureaucracy', current: 2, target: 3, evidence: [] },
    { element: 'public-policy', criteriaMet: [1, 2, 4], evidence: [] },
    { element: 'tourism', current: 1, evidence: [] },
    {
      element: 'health',
      current: 4,
      target: 4,
      evidence: [{ kind: 'note', note: 'SIMPUS di 19 puskesmas' }],
    },
  ],
};
const A2023: MaturityAssessment = {
  year: 2023,
  elements: [
    { element: 'public-service', current: 2, evidence: [] },
    { element: 'bureaucracy', current: 2, evidence: [] },
    { element: 'public-policy', current: 1, evidence: [] },
    { element: 'tourism', current: 1, evidence: [] },
  ],
};

describe('levelFromCriteria', () => {
  it('is the highest level whose criteria and all below are met', () => {
    expect(levelFromCriteria([1, 2, 4], SPBE)).toBe(2); // 3 is not met, so 4 does not count
    expect(levelFromCriteria([0, 1, 2, 3, 4, 5], SPBE)).toBe(5);
    expect(levelFromCriteria([2, 3], SPBE)).toBe(0); // 1 not met: stays at the floor
    expect(levelFromCriteria([], SPBE)).toBe(0);
    // The Garuda ladder starts at 1 (Ad-hoc), its floor.
    expect(levelFromCriteria([], GARUDA)).toBe(1);
    expect(levelFromCriteria([2, 3, 5], GARUDA)).toBe(3);
  });
});

describe('predicateOf (SPBE, adopted)', () => {
  it('is the predicate with the highest lower bound ≤ the index', () => {
    const id = (x: number) => predicateOf(x, SPBE, GMSC)?.id;
    expect(id(4.2)).toBe('memuaskan');
    expect(id(4.19)).toBe('sangat-baik');
    expect(id(3.5)).toBe('sangat-baik');
    expect(id(3.49)).toBe('baik');
    expect(id(2.6)).toBe('baik');
    expect(id(2.59)).toBe('cukup');
    expect(id(1.8)).toBe('cukup');
    expect(id(1.79)).toBe('kurang');
    expect(id(0)).toBe('kurang');
    expect(predicateOf(3, GARUDA, GMSC)).toBeNull(); // no predicates on that ladder
  });
});

describe('scoreMaturity — hand-computed', () => {
  const r = scoreMaturity(A2024, GMSC);
  const dim = (id: string) => r.dimensions.find((d) => d.id === id)!;

  it('levels each element, directly or from criteria', () => {
    const gov = dim('governance').elements;
    expect(gov.map((e) => [e.id, e.level, e.source])).toEqual([
      ['public-service', 3, 'assessed'],
      ['bureaucracy', 2, 'assessed'],
      ['public-policy', 2, 'criteria'],
    ]);
    expect(gov[0]!.levelName).toEqual({ id: 'Terdefinisi', en: 'Defined' });
    expect(gov[2]!.explain.formula).toBe('{1, 2, 4} → 2');
    // gap = target − level
    expect(gov.map((e) => e.gap)).toEqual([1, 1, null]);
    expect(dim('living').elements.find((e) => e.id === 'health')!.evidence).toBe(1);
  });

  it('indexes a dimension as the mean of its assessed elements, with its predicate', () => {
    // governance: (3×1 + 2×1 + 2×1) / 3 = 2.3333 → 2.33 → Cukup (1.8 ≤ 2.33 < 2.6)
    const g = dim('governance');
    expect(g.index).toBeCloseTo(7 / 3, 12);
    expect(g.indexRounded).toBe(2.33);
    expect(g.predicate?.id).toBe('cukup');
    expect(g.explain.formula).toBe('(3×1 + 2×1 + 2×1) / 3 = 2.33 → Cukup / Fair; gap (1×1 + 1×1) / 2 = 1.00');
    // target: (4 + 3) / 2 = 3.5 over the elements with both a level and a target
    expect(g.target).toBe(3.5);
    expect(g.gap).toBe(1);
    // branding: tourism 1 only; the two missing elements are listed, not counted as 0
    expect(dim('branding')).toMatchObject({
      index: 1,
      indexRounded: 1,
      missing: ['business', 'city-appearance'],
    });
    expect(dim('branding').predicate?.id).toBe('kurang');
    expect(dim('living')).toMatchObject({ index: 4, gap: 0, target: 4 });
    expect(dim('living').predicate?.id).toBe('sangat-baik');
    expect(dim('economy')).toMatchObject({ index: null, indexRounded: null, predicate: null });
  });

  it('indexes the whole as the mean of the dimensions that have an index', () => {
    // (2.3333×1 + 1×1 + 4×1) / 3 = 2.4444 → 2.44 → Cukup
    expect(r.index).toBeCloseTo(22 / 9, 12);
    expect(r.indexRounded).toBe(2.44);
    expect(r.predicate?.id).toBe('cukup');
    expect(r.explain.formula).toBe(
      '(2.3333×1 + 1×1 + 4×1) / 3 = 2.44 → Cukup / Fair; gap (1×1 + 0×1) / 2 = 0.50',
    );
    expect(r.gap).toBe(0.5);
    expect(r.gapRounded).toBe(0.5);
    expect(r.missing).toHaveLength(18 - 5);
    expect(r.ladder).toMatchObject({ id: 'spbe', min: 0, max: 5 });
    expect(explainToText(r.predicate!.explain, 'en')).toContain('Formula: 1.8 ≤ 2.44 < 2.6 → Cukup / Fair');
  });

  it('applies a default target only where the assessment sets none', () => {
    const t = scoreMaturity(A2024, GMSC, { defaultTarget: 3 });
    const tourism = t.dimensions[1]!.elements[0]!;
    expect([tourism.target, tourism.gap]).toEqual([3, 2]);
    expect(t.dimensions[0]!.elements[0]!.target).toBe(4);
  });

  it('reads the predicate from the reported (rounded) index', () => {
    // Weights 0.595 and 0.405: 3×0.595 + 2×0.405 = 2.595 by hand (2.5949999999999998 in binary).
    // Reported as 2.60, so "Baik", as SPBE reports would say.
    const f = structuredClone(GMSC);
    const gov = f.dimensions[0]!;
    gov.elements[0]!.weight = 0.595;
    gov.elements[1]!.weight = 0.405;
    gov.elements[2]!.weight = 0;
    const s = scoreMaturity(A2024, f).dimensions[0]!;
    expect(s.indexRounded).toBe(2.6);
    expect(s.predicate?.id).toBe('baik');
  });

  it('uses the ladder the assessment names', () => {
    const g = scoreMaturity({ ...A2023, ladder: 'garuda' }, GMSC);
    expect(g.ladder.id).toBe('garuda');
    expect(g.predicate).toBeNull();
    expect(() => scoreMaturity({ ...A2023, ladder: 'nope' }, GMSC)).toThrow(RangeError);
  });
});

describe('compareMaturity', () => {
  it('reports the change between two years, either argument order', () => {
    const before = scoreMaturity(A2023, GMSC);
    const after = scoreMaturity(A2024, GMSC);
    // 2023: governance (2 + 2 + 1) / 3 = 1.6667 → 1.67; branding 1; overall (1.6667 + 1) / 2 = 1.3333 → 1.33
    expect(before.indexRounded).toBe(1.33);
    const c = compareMaturity(after, before);
    expect([c.fromYear, c.toYear, c.comparable]).toEqual([2023, 2024, true]);
    // overall 2.44 − 1.33 = 1.11 (full precision 2.4444 − 1.3333 = 1.1111)
    expect(c.overall.change).toBeCloseTo(10 / 9, 12);
    expect(c.overall.changeRounded).toBe(1.11);
    expect(c.explain.formula).toBe('2.44 − 1.33 = 1.11');
    // governance: reported 2.33 − 1.67 = 0.66 (what a reader of the two reports computes)
    const gov = c.dimensions.find((d) => d.id === 'governance')!;
    expect(gov.changeRounded).toBe(0.66);
    expect(gov.change).toBeCloseTo(2 / 3, 12);
    // living was not assessed in 2023: no change, not a change from 0
    expect(c.dimensions.find((d) => d.id === 'living')).toMatchObject({ from: null, to: 4, change: null });
    expect(c.elements.find((e) => e.id === 'public-policy')).toMatchObject({ from: 1, to: 2, change: 1 });
    expect(compareMaturity(before, after)).toEqual(c);
  });

  it('does not compare different ladders', () => {
    const c = compareMaturity(
      scoreMaturity(A2023, GMSC),
      scoreMaturity({ ...A2024, ladder: 'garuda', elements: [] }, GMSC),
    );
    expect(c.comparable).toBe(false);
    expect(c.overall.change).toBeNull();
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────────────

const level = fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined });
const assessmentArb = fc.array(level, { minLength: ELEMENTS.length, maxLength: ELEMENTS.length }).map(
  (levels): MaturityAssessment => ({
    year: 2024,
    elements: ELEMENTS.flatMap((element, i) =>
      levels[i] === undefined ? [] : [{ element, current: levels[i], evidence: [] }],
    ),
  }),
);

describe('scoreMaturity — properties', () => {
  it('keeps every index within the ladder (0–5) and the rounded index within 0.005 of it', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const r = scoreMaturity(a, GMSC);
        for (const x of [r, ...r.dimensions]) {
          if (x.index === null) continue;
          expect(x.index).toBeGreaterThanOrEqual(0);
          expect(x.index).toBeLessThanOrEqual(5);
          expect(Math.abs(x.indexRounded! - x.index)).toBeLessThanOrEqual(0.005 + 1e-12);
          expect(x.predicate).not.toBeNull();
        }
      }),
    );
  });

  it('never lowers an index when a level rises', () => {
    fc.assert(
      fc.property(assessmentArb, fc.nat(), (a, k) => {
        const low = a.elements.filter((e) => (e.current ?? 5) < 5);
        if (low.length === 0) return;
        const t = low[k % low.length]!;
        const raised = {
          ...a,
          elements: a.elements.map((e) => (e === t ? { ...e, current: e.current! + 1 } : e)),
        };
        const before = scoreMaturity(a, GMSC);
        const after = scoreMaturity(raised, GMSC);
        expect(after.index!).toBeGreaterThanOrEqual(before.index!);
        before.dimensions.forEach((d, i) => {
          if (d.index !== null) expect(after.dimensions[i]!.index!).toBeGreaterThanOrEqual(d.index);
        });
      }),
    );
  });

  it('does not depend on the order of the elements; equal weights give plain means', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const r = scoreMaturity(a, GMSC);
        expect(scoreMaturity({ ...a, elements: [...a.elements].reverse() }, GMSC)).toEqual(r);
        const dims = r.dimensions.filter((d) => d.index !== null);
        for (const d of dims) {
          const levels = d.elements.filter((e) => e.level !== null).map((e) => e.level!);
          expect(d.index!).toBeCloseTo(levels.reduce((s, v) => s + v, 0) / levels.length, 12);
        }
        if (dims.length > 0)
          expect(r.index!).toBeCloseTo(dims.reduce((s, d) => s + d.index!, 0) / dims.length, 12);
      }),
    );
  });
});

describe('scoreMaturity — coverage', () => {
  it('flags an index resting on 1 of 18 elements instead of printing it bare', () => {
    const one: MaturityAssessment = {
      year: 2024,
      elements: [{ element: ELEMENTS[0]!, current: 3, evidence: [] }],
    } as unknown as MaturityAssessment;
    const r = scoreMaturity(one, GMSC);
    // The index alone would read 3.00 "Baik".
    expect(r.indexRounded).toBe(3);
    expect(r.predicate?.id).toBeDefined();
    expect(r.coverage).toMatchObject({ filled: 1, total: 18, minimum: 0.6, low: true });
    expect(r.coverage.ratio).toBeCloseTo(1 / 18, 12);
    expect(r.lowCoverage).toBe(true);
    expect(r.coverage.warning?.id).toContain('Cakupan tidak memadai');
    expect(r.coverage.warning?.id).toContain('1 dari 18 elemen');
    expect(r.coverage.warning?.en).toContain('Insufficient coverage');
    expect(r.coverage.warning?.en).toContain('toolkit default');
    expect(r.coverage.explain.provenance.status).toBe('toolkit-default');
    // Per dimension: the dimension of the filled element has 1 of its elements; the others none.
    const first = r.dimensions.find((d) => d.elements.some((e) => e.id === ELEMENTS[0]))!;
    expect(first.coverage.filled).toBe(1);
    expect(first.coverage.total).toBe(first.elements.length);
    expect(first.lowCoverage).toBe(true);
    for (const d of r.dimensions) expect(d.coverage.low).toBe(true);
  });

  it('trusts a full assessment, and the threshold is an option', () => {
    const full = {
      year: 2024,
      elements: ELEMENTS.map((element) => ({ element, current: 3, evidence: [] })),
    } as unknown as MaturityAssessment;
    const r = scoreMaturity(full, GMSC);
    expect(r.coverage).toMatchObject({ filled: 18, total: 18, ratio: 1, low: false, warning: null });
    expect(r.dimensions.every((d) => !d.lowCoverage)).toBe(true);
    const eleven = { ...full, elements: full.elements.slice(0, 11) };
    expect(scoreMaturity(eleven, GMSC).lowCoverage).toBe(false); // 11/18 = 0.61 ≥ 0.6
    expect(scoreMaturity(eleven, GMSC, { minCoverage: 0.9 }).lowCoverage).toBe(true);
  });
});
