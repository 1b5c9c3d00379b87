import { type EvaluationBody, GMSC } from '@smartcity/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreEvaluation } from './evaluation.js';

const E2024: EvaluationBody = {
  year: 2024,
  scores: { baseline: 3, output: 3.5, outcome: 3, impact: 2.5, 'quick-win': 4 },
  evidence: [],
};

describe('scoreEvaluation — hand-computed', () => {
  it('weighs the five dimensions with the 2021 guideline by default', () => {
    // 0.1×3 + 0.2×3.5 + 0.3×3 + 0.3×2.5 + 0.1×4 = 0.3 + 0.7 + 0.9 + 0.75 + 0.4 = 3.05
    const r = scoreEvaluation(E2024, GMSC);
    expect(r.weightSet.id).toBe('2021');
    expect(r.index).toBeCloseTo(3.05, 12);
    expect(r.indexRounded).toBe(3.05);
    expect(r.missing).toEqual([]);
    expect(r.dimensions.map((d) => [d.id, d.weight, d.score])).toEqual([
      ['baseline', 0.1, 3],
      ['output', 0.2, 3.5],
      ['outcome', 0.3, 3],
      ['impact', 0.3, 2.5],
      ['quick-win', 0.1, 4],
    ]);
    expect(r.explain.formula).toBe('(3×0.1 + 3.5×0.2 + 3×0.3 + 2.5×0.3 + 4×0.1) / 1 = 3.05');
    expect(r.explain.provenance.status).toBe('official');
  });

  it("uses another year's weight set when asked (document or option)", () => {
    // 0.1×3 + 0.2×3.5 + 0.3×3 + 0.2×2.5 + 0.2×4 = 0.3 + 0.7 + 0.9 + 0.5 + 0.8 = 3.20
    const viaOption = scoreEvaluation(E2024, GMSC, { weightSet: 'alternative' });
    const viaDocument = scoreEvaluation({ ...E2024, weightSet: 'alternative' }, GMSC);
    expect(viaOption.indexRounded).toBe(3.2);
    expect(viaDocument).toEqual(viaOption);
    expect(() => scoreEvaluation(E2024, GMSC, { weightSet: 'nope' })).toThrow(RangeError);
  });

  it('reports a missing dimension and rescales the others', () => {
    // Without impact: (0.3 + 0.7 + 0.9 + 0.4) / (0.1 + 0.2 + 0.3 + 0.1) = 2.3 / 0.7 = 3.2857 → 3.29
    const { impact: _, ...scores } = E2024.scores;
    const r = scoreEvaluation({ ...E2024, scores }, GMSC);
    expect(r.missing).toEqual(['impact']);
    expect(r.indexRounded).toBe(3.29);
    expect(r.explain.rule.en).toContain('no score: impact');
    expect(scoreEvaluation({ ...E2024, scores: {} }, GMSC).index).toBeNull();
  });
});

const scoresArb = fc.record({
  baseline: fc.double({ min: 0, max: 5, noNaN: true }),
  output: fc.double({ min: 0, max: 5, noNaN: true }),
  outcome: fc.double({ min: 0, max: 5, noNaN: true }),
  impact: fc.double({ min: 0, max: 5, noNaN: true }),
  'quick-win': fc.double({ min: 0, max: 5, noNaN: true }),
});

describe('scoreEvaluation — properties', () => {
  it('stays on the 0–5 scale, never falls when a score rises, equals Σ weight × score', () => {
    fc.assert(
      fc.property(scoresArb, fc.constantFrom(...Object.keys(E2024.scores)), (scores, key) => {
        const r = scoreEvaluation({ year: 2024, scores, evidence: [] }, GMSC);
        expect(r.index!).toBeGreaterThanOrEqual(0);
        expect(r.index!).toBeLessThanOrEqual(5);
        const w = GMSC.evaluation.weightSets[0]!.weights;
        const direct = Object.entries(scores).reduce((s, [k, v]) => s + w[k]! * v, 0);
        expect(r.index!).toBeCloseTo(direct, 9);
        const raised = { ...scores, [key]: Math.min(5, scores[key as keyof typeof scores] + 0.5) };
        expect(
          scoreEvaluation({ year: 2024, scores: raised, evidence: [] }, GMSC).index!,
        ).toBeGreaterThanOrEqual(r.index!);
      }),
    );
  });
});
