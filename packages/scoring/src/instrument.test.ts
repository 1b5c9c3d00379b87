import {
  BUILTIN_INSTRUMENTS,
  GMSC,
  type InstrumentInput,
  parseDocument,
  parseInstrument,
  type SelfAssessmentDocument,
} from '@smartcity/model';
import { MINAHASA_SAMPLE, MINAHASA_SELF_ASSESSMENT_2022 } from '@smartcity/model/samples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreEvaluation } from './evaluation.js';
import { explainToText } from './explain.js';
import {
  evaluationGains,
  scoreDimensionScores,
  scoreQuestionValues,
  scoreSelfAssessment,
} from './instrument.js';

const t = (s: string) => ({ id: s, en: s });
const TINY_INPUT: InstrumentInput = {
  kind: 'smartcity.evaluation-instrument',
  id: 'tiny',
  version: '1.0',
  year: 2030,
  title: t('Tiny'),
  description: t('A hand-checkable instrument'),
  provenance: { status: 'toolkit-default', source: 'test' },
  wordingProvenance: { status: 'toolkit-default', source: 'test' },
  appliesTo: { description: t('any') },
  scale: { min: 1, max: 4, notEvaluated: 0, provenance: { status: 'toolkit-default', source: 'test' } },
  decimals: 2,
  dimensions: [
    {
      id: 'a',
      name: t('A'),
      description: t('A'),
      weight: 0.4,
      indicators: [
        {
          id: 'a-i',
          name: t('A i'),
          subIndicators: [
            { id: 'a-s', name: t('A s'), questions: ['a1', 'a2', 'a3'].map((id) => ({ id, text: t(id) })) },
          ],
        },
      ],
    },
    {
      id: 'b',
      name: t('B'),
      description: t('B'),
      weight: 0.6,
      indicators: [
        {
          id: 'b-i',
          name: t('B i'),
          subIndicators: [
            { id: 'b-s', name: t('B s'), questions: ['b1', 'b2'].map((id) => ({ id, text: t(id) })) },
          ],
        },
      ],
    },
  ],
};
const tiny = (() => {
  const r = parseInstrument(TINY_INPUT);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();

const VALUES = [
  { question: 'a1', value: 4, evidence: 1 },
  { question: 'a2', value: 2 },
  { question: 'a3', value: 0, evidence: 2 },
  { question: 'b1', value: 1, validated: 2, evidence: 1 },
  { question: 'b2', value: 3 },
];

describe('scoreQuestionValues — hand-computed', () => {
  it('dimension = mean of the answered values (0 left out), index = Σ weight × dimension', () => {
    // a = (4 + 2) / 2 = 3 (a3 = 0: not evaluated); b = (1 + 3) / 2 = 2 on the region's own values.
    // index = 0.4 × 3 + 0.6 × 2 = 1.2 + 1.2 = 2.4
    const own = scoreQuestionValues(VALUES, tiny, 'own');
    expect(own.dimensions.map((d) => [d.id, d.score])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(own.index).toBeCloseTo(2.4, 12);
    expect(own.indexRounded).toBe(2.4);
    expect(own.dimensions[0]!.explain.formula).toBe('(4×1 + 2×1) / 2 = 3.00');
    expect(own.explain.formula).toBe('0.4×3 + 0.6×2 = 2.40');
  });

  it('uses the assessors’ validated value for the final result', () => {
    // b = (2 + 3) / 2 = 2.5; index = 1.2 + 0.6 × 2.5 = 2.7
    const final = scoreQuestionValues(VALUES, tiny);
    expect(final.basis).toBe('final');
    expect(final.dimensions[1]!.score).toBe(2.5);
    expect(final.index).toBeCloseTo(2.7, 12);
    const b1 = final.dimensions[1]!.questions[0]!;
    expect([b1.own, b1.validated, b1.value]).toEqual([1, 2, 2]);
  });

  it('reports coverage beside every figure: answered, with evidence, not evaluated', () => {
    const r = scoreQuestionValues(VALUES, tiny, 'own');
    expect(r.dimensions[0]!.coverage).toEqual({
      questions: 3,
      answered: 2,
      withEvidence: 1,
      notEvaluated: 1,
      ratio: 2 / 3,
    });
    expect(r.coverage).toEqual({ questions: 5, answered: 4, withEvidence: 2, notEvaluated: 1, ratio: 0.8 });
    expect(r.explain.rule.en).toContain('4 of 5 questions answered, 2 with evidence');
    expect(explainToText(r.dimensions[0]!.explain, 'id')).toContain(
      '2 dari 3 pertanyaan dijawab, 1 dengan data dukung',
    );
  });

  it('counts a dimension with nothing answered as 0 in the weighted sum, and says so', () => {
    const r = scoreQuestionValues([{ question: 'a1', value: 4 }], tiny);
    expect(r.missing).toEqual(['b']);
    expect(r.index).toBeCloseTo(1.6, 12);
    expect(r.explain.rule.en).toContain('counted as 0: b');
    expect(scoreQuestionValues([], tiny).index).toBeNull();
  });

  it('ranks the questions by the index gain of raising them to 4', () => {
    // b1: 0.6 × (4 − 1) / 2 = 0.9 · a2: 0.4 × (4 − 2) / 2 = 0.4 · b2: 0.6 × 1 / 2 = 0.3
    // a3 (not evaluated): the mean becomes (4 + 2 + 4) / 3 = 3.3333, × 0.4 → +0.1333 · a1 is at the top.
    const r = scoreQuestionValues(VALUES, tiny, 'own');
    const g = evaluationGains(r, tiny);
    expect(g.map((x) => x.question)).toEqual(['b1', 'a2', 'b2', 'a3']);
    expect(g.map((x) => Number(x.gain.toFixed(4)))).toEqual([0.9, 0.4, 0.3, 0.1333]);
    expect(evaluationGains(r, tiny, 2)).toHaveLength(2);
    // The gain is what the index really does when the question is raised.
    const raised = scoreQuestionValues(
      VALUES.map((v) => (v.question === 'a3' ? { ...v, value: 4 } : v)),
      tiny,
      'own',
    );
    expect(raised.index! - r.index!).toBeCloseTo(g[3]!.gain, 12);
  });

  it('never falls when a value rises, stays on 0–4, equals Σ weight × mean (property)', () => {
    const value = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 4, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 5, maxLength: 5 }), fc.nat(4), (vs, k) => {
        const ids = ['a1', 'a2', 'a3', 'b1', 'b2'];
        const values = ids.map((question, i) => ({ question, value: vs[i]! }));
        const r = scoreQuestionValues(values, tiny);
        const idx = r.index ?? 0;
        expect(idx).toBeGreaterThanOrEqual(0);
        expect(idx).toBeLessThanOrEqual(4 + 1e-12);
        const up = values.map((v, i) => (i === k ? { ...v, value: 4 } : v));
        expect((scoreQuestionValues(up, tiny).index ?? 0) + 1e-12).toBeGreaterThanOrEqual(idx);
      }),
    );
  });
});

describe('the published 2022 index of Kabupaten Minahasa', () => {
  const published = { baseline: 1.85, output: 1.39, outcome: 2.4, impact: 2.13, 'quick-win': 2.73 };
  const x2022 = BUILTIN_INSTRUMENTS.get('gmsc-2022', '2022.1')!;

  it('is reproduced from its dimension scores to ±0.015 (final 2.22)', () => {
    // 0.1×1.85 + 0.2×1.39 + 0.3×2.40 + 0.1×2.13 + 0.3×2.73 = 0.185 + 0.278 + 0.72 + 0.213 + 0.819 = 2.215
    const r = scoreDimensionScores(published, x2022);
    expect(Math.abs(r.index! - 2.22)).toBeLessThanOrEqual(0.015);
    expect(r.indexRounded).toBe(2.22);
    // The letter calls it an average; a plain mean would give 2.10, outside the tolerance.
    const plain = Object.values(published).reduce((s, v) => s + v, 0) / 5;
    expect(Math.abs(plain - 2.22)).toBeGreaterThan(0.1);
    // The 2021 guideline's weights would not reproduce it either.
    const g = scoreDimensionScores(published, BUILTIN_INSTRUMENTS.get('gmsc-2021-guideline')!);
    expect(Math.abs(g.index! - 2.22)).toBeGreaterThan(0.015);
  });

  it('is the evaluation the sample masterplan reports, with the published figure beside it', () => {
    const parsed = parseDocument(MINAHASA_SAMPLE);
    if (!parsed.ok || parsed.value.document.kind !== 'smartcity.masterplan') throw new Error('sample');
    const r = scoreEvaluation(parsed.value.document.evaluations[0]!, GMSC);
    expect(r.instrument?.id).toBe('gmsc-2022');
    expect(r.weightSet.id).toBe('gmsc-2022');
    expect(r.published?.index).toBe(2.22);
    expect(Math.abs(r.index! - r.published!.index)).toBeLessThanOrEqual(0.015);
    expect(r.dimensions.map((d) => d.weight)).toEqual([0.1, 0.2, 0.3, 0.1, 0.3]);
  });

  it('follows from the illustrative self-assessment’s question values, question by question', () => {
    const parsed = parseDocument(MINAHASA_SELF_ASSESSMENT_2022);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const doc = parsed.value.document as SelfAssessmentDocument;
    const r = scoreSelfAssessment(doc.assessment);
    expect(r.dimensions.map((d) => d.scoreRounded)).toEqual([1.85, 1.39, 2.4, 2.13, 2.73]);
    expect(Math.abs(r.index! - 2.22)).toBeLessThanOrEqual(0.015);
    expect(r.coverage.questions).toBe(59);
    expect(r.coverage.answered).toBe(59);
    expect(r.coverage.withEvidence).toBe(40);
  });
});
