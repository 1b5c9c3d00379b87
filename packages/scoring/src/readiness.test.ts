import { type AnswerValue, GMSC, type ReadinessAssessment } from '@smartcity/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainToText } from './explain.js';
import { scoreReadiness } from './readiness.js';

const assessment = (
  answers: [string, AnswerValue][],
  pillars: Record<string, boolean> = {},
): ReadinessAssessment => ({
  assessedOn: '2024-03-01',
  pillars,
  answers: answers.map(([item, value]) => ({ item, value, evidence: [] })),
});

const SMALL = assessment([
  ['human-resources-1', 3],
  ['human-resources-2', 4],
  ['human-resources-3', 2],
  ['budget-1', 4],
  ['budget-2', 'unknown'],
  ['budget-3', 'not-applicable'],
  ['digital-1', 5],
  ['digital-2', 3],
]);

describe('scoreReadiness — hand-computed', () => {
  const r = scoreReadiness(SMALL, GMSC);
  const structure = r.pillars.find((p) => p.id === 'structure')!;
  const aspect = (id: string) => r.pillars.flatMap((p) => p.aspects).find((a) => a.id === id)!;

  it('scores an aspect as the mean of its answered items', () => {
    // human-resources: (3×1 + 4×1 + 2×1) / 3 = 3.00; index (3 − 1) / (5 − 1) × 100 = 50
    const hr = aspect('human-resources');
    expect(hr.mean).toBe(3);
    expect(hr.index).toBe(50);
    expect(hr.coverage).toMatchObject({ asked: 3, answered: 3, ratio: 1, low: false });
    expect(hr.explain.formula).toBe('(3×1 + 4×1 + 2×1) / 3 = 3.00; (3 − 1) / (5 − 1) × 100 = 50.00');
  });

  it('leaves "not applicable" out and counts "unknown" against coverage only', () => {
    // budget: 4 answered, "unknown" asked but not answered, "not applicable" not asked.
    // mean = 4 (the unknown does not count as a low score); coverage 1 / 2 = 0.50 < 0.6 → flagged.
    const b = aspect('budget');
    expect(b.mean).toBe(4);
    expect(b.index).toBe(75);
    expect(b.coverage).toMatchObject({ asked: 2, answered: 1, unknown: 1, notApplicable: 1, unanswered: 0 });
    expect(b.coverage.ratio).toBe(0.5);
    expect(b.lowCoverage).toBe(true);
    expect(b.coverage.explain.formula).toBe('1 / 2 = 0.50 < 0.6');
  });

  it('reports an aspect without answers as missing, not as 0', () => {
    const g = aspect('governance');
    expect(g.mean).toBeNull();
    expect(g.index).toBeNull();
    expect(g.coverage).toMatchObject({ asked: 3, answered: 0, unanswered: 3, ratio: 0, low: true });
  });

  it('scores a pillar as the weighted mean of its scored aspects', () => {
    // structure: (3×1 + 4×1) / 2 = 3.50 (governance has no score); index (3.5 − 1) / 4 × 100 = 62.5
    expect(structure.mean).toBe(3.5);
    expect(structure.index).toBe(62.5);
    // coverage: answered 3 + 1 + 0 = 4 of asked 3 + 2 + 3 = 8 → 0.5 < 0.6
    expect(structure.coverage).toMatchObject({ asked: 8, answered: 4, ratio: 0.5, low: true });
    expect(structure.explain.formula).toBe('(3×1 + 4×1) / 2 = 3.50; (3.5 − 1) / (5 − 1) × 100 = 62.50');
  });

  it('scores the whole as the weighted mean of the enabled pillars', () => {
    // infrastructure: digital (5 + 3) / 2 = 4 only; superstructure: nothing answered.
    // overall: (3.5×1 + 4×1) / 2 = 3.75; index (3.75 − 1) / 4 × 100 = 68.75
    expect(r.pillars.map((p) => [p.id, p.mean])).toEqual([
      ['structure', 3.5],
      ['infrastructure', 4],
      ['superstructure', null],
    ]);
    expect(r.mean).toBe(3.75);
    expect(r.index).toBe(68.75);
    // answered 4 + 2 + 0 = 6 of asked 8 + 9 + 9 = 26
    expect(r.coverage).toMatchObject({ asked: 26, answered: 6 });
    expect(r.coverage.ratio).toBeCloseTo(6 / 26, 15);
    expect(r.lowCoverage).toBe(true);
    expect(r.disabledPillars).toEqual(['leadership']);
  });

  it('explains itself in both languages', () => {
    expect(explainToText(structure.explain, 'en')).toContain('Formula: (3×1 + 4×1) / 2 = 3.50');
    expect(explainToText(structure.explain, 'id')).toContain('Aturan: Pilar "Struktur"');
  });
});

describe('scoreReadiness — pillars and weights', () => {
  it('lets the assessment switch pillars on and off', () => {
    const a = assessment(
      [
        ['vision-1', 5],
        ['vision-2', 4],
        ['vision-3', 3],
        ['human-resources-1', 2],
      ],
      { leadership: true, infrastructure: false },
    );
    const r = scoreReadiness(a, GMSC);
    expect(r.pillars.map((p) => [p.id, p.enabledBy])).toEqual([
      ['structure', 'default'],
      ['superstructure', 'default'],
      ['leadership', 'assessment'],
    ]);
    expect(r.disabledPillars).toEqual(['infrastructure']);
    // structure 2 (one item), leadership (5 + 4 + 3) / 3 = 4 → overall (2 + 4) / 2 = 3
    expect(r.mean).toBe(3);
  });

  it('uses item, aspect and pillar weights from the framework', () => {
    const f = structuredClone(GMSC);
    const structure = f.readiness.pillars[0]!;
    structure.weight = 3;
    structure.aspects[0]!.items[0]!.weight = 2;
    structure.aspects[1]!.weight = 0.5;
    const r = scoreReadiness(SMALL, f);
    // human-resources: (3×2 + 4×1 + 2×1) / 4 = 3.00
    // structure: (3×1 + 4×0.5) / 1.5 = 3.3333…
    // overall: (3.3333×3 + 4×1) / 4 = 3.5
    expect(r.pillars[0]!.aspects[0]!.mean).toBe(3);
    expect(r.pillars[0]!.mean).toBeCloseTo(10 / 3, 12);
    expect(r.mean).toBeCloseTo(3.5, 12);
    expect(r.pillars[0]!.explain.formula).toBe(
      '(3×1 + 4×0.5) / 1.5 = 3.33; (3.3333 − 1) / (5 − 1) × 100 = 58.33',
    );
  });

  it('takes minCoverage from the framework', () => {
    const f = structuredClone(GMSC);
    f.readiness.minCoverage = 0.5;
    const b = scoreReadiness(SMALL, f).pillars[0]!.aspects[1]!;
    expect(b.coverage.ratio).toBe(0.5);
    expect(b.lowCoverage).toBe(false);
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────────────

const ITEMS = GMSC.readiness.pillars.flatMap((p) => p.aspects.flatMap((a) => a.items.map((i) => i.id)));
const answerValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<AnswerValue> },
  { weight: 1, arbitrary: fc.constant<AnswerValue>('unknown') },
  { weight: 1, arbitrary: fc.constant<AnswerValue>('not-applicable') },
  { weight: 1, arbitrary: fc.constant<AnswerValue | null>(null) },
);
const answersArb = fc
  .tuple(fc.array(answerValue, { minLength: ITEMS.length, maxLength: ITEMS.length }), fc.boolean())
  .map(([values, leadership]) =>
    assessment(
      ITEMS.flatMap((item, i) => (values[i] === null ? [] : [[item, values[i]!] as [string, AnswerValue]])),
      { leadership },
    ),
  );

const figures = (r: ReturnType<typeof scoreReadiness>) => [
  r,
  ...r.pillars,
  ...r.pillars.flatMap((p) => p.aspects),
];

describe('scoreReadiness — properties', () => {
  it('keeps every index in 0–100, every mean on the scale and coverage in 0–1', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const x of figures(scoreReadiness(a, GMSC))) {
          if (x.index !== null) expect(x.index).toBeGreaterThanOrEqual(0);
          if (x.index !== null) expect(x.index).toBeLessThanOrEqual(100);
          if (x.mean !== null) expect(x.mean).toBeGreaterThanOrEqual(1);
          if (x.mean !== null) expect(x.mean).toBeLessThanOrEqual(5);
          if (x.coverage.ratio !== null) expect(x.coverage.ratio).toBeLessThanOrEqual(1);
          expect(x.coverage.asked).toBe(x.coverage.answered + x.coverage.unknown + x.coverage.unanswered);
        }
      }),
    );
  });

  it('never lowers a score when an answer rises', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (a, k) => {
        const numeric = a.answers.filter((x) => typeof x.value === 'number' && x.value < 5);
        if (numeric.length === 0) return;
        const target = numeric[k % numeric.length]!;
        const raised = {
          ...a,
          answers: a.answers.map((x) => (x === target ? { ...x, value: (x.value as number) + 1 } : x)),
        };
        const before = figures(scoreReadiness(a, GMSC));
        const after = figures(scoreReadiness(raised, GMSC));
        before.forEach((b, i) => {
          if (b.mean !== null) expect(after[i]!.mean!).toBeGreaterThanOrEqual(b.mean);
        });
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.nat()), (a, stream) => {
        const keys = a.answers.map(() => stream.next().value as number);
        const shuffled = {
          ...a,
          answers: a.answers
            .map((x, i) => ({ x, k: keys[i]! }))
            .sort((p, q) => p.k - q.k)
            .map((p) => p.x),
        };
        expect(scoreReadiness(shuffled, GMSC)).toEqual(scoreReadiness(a, GMSC));
      }),
    );
  });

  it('with equal weights, an aspect is the plain mean of its answers and "unknown" never moves a score', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = scoreReadiness(a, GMSC);
        const byItem = new Map(a.answers.map((x) => [x.item, x.value]));
        for (const aspect of r.pillars.flatMap((p) => p.aspects)) {
          const nums = aspect.items
            .map((i) => byItem.get(i.id))
            .filter((v): v is number => typeof v === 'number');
          if (nums.length === 0) expect(aspect.mean).toBeNull();
          else expect(aspect.mean).toBeCloseTo(nums.reduce((s, v) => s + v, 0) / nums.length, 12);
        }
        // Dropping every "unknown" answer changes coverage bookkeeping, never a mean.
        const dropped = scoreReadiness(
          { ...a, answers: a.answers.filter((x) => x.value !== 'unknown') },
          GMSC,
        );
        expect(figures(dropped).map((x) => x.mean)).toEqual(figures(r).map((x) => x.mean));
      }),
    );
  });
});
