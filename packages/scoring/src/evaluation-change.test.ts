import { BUILTIN_INSTRUMENTS, instrumentQuestions } from '@smartcity/model';
import { describe, expect, it } from 'vitest';
import { compareEvaluations } from './evaluation-change.js';
import { scoreQuestionValues } from './instrument.js';

const X2022 = BUILTIN_INSTRUMENTS.get('gmsc-2022', '2022.1')!;
const X2023 = BUILTIN_INSTRUMENTS.get('gmsc-2023-stage-2', '2023.2')!;
const all = (x: typeof X2022, v: number) =>
  instrumentQuestions(x).map((q) => ({ question: q.question.id, value: v }));

describe('compareEvaluations', () => {
  const y2022 = scoreQuestionValues(
    [
      ...all(X2022, 2).filter((q) => q.question !== 'bl-legal-basis'),
      { question: 'bl-legal-basis', value: 1 },
    ],
    X2022,
  );
  const y2023 = scoreQuestionValues(all(X2023, 3), X2023);

  it('on the same instrument, every question, dimension and the index continue', () => {
    const later = scoreQuestionValues(all(X2022, 3), X2022);
    const c = compareEvaluations(y2022, later);
    expect(c.crosswalk).toBeNull();
    expect(c.questions.find((q) => q.to === 'bl-legal-basis')).toMatchObject({
      before: 1,
      after: 3,
      change: 2,
    });
    // baseline: (1 + 2 + 2 + 2 + 2) / 5 = 1.8 → 3: +1.2
    expect(c.dimensions.find((d) => d.to === 'baseline')!.change).toBeCloseTo(1.2, 12);
    expect(c.index.relation).toBe('continues');
    expect(c.index.change).toBeCloseTo(later.index! - y2022.index!, 12);
  });

  it('across 2022 → 2023, follows the crosswalk: continues, new, not comparable', () => {
    const c = compareEvaluations(y2022, y2023);
    expect(c.crosswalk).toBe('gmsc-2022-to-2023-stage-2');
    const q = (to: string) => c.questions.find((e) => e.to === to)!;
    expect(q('bl-legal-basis')).toMatchObject({ relation: 'continues', before: 1, after: 3, change: 2 });
    expect(q('oc-investment-growth')).toMatchObject({
      from: 'oc-ease-of-business',
      relation: 'not-comparable',
      before: 2,
      after: 3,
      change: null,
    });
    expect(q('im-public-service-1')).toMatchObject({ relation: 'new', before: null, change: null });
    expect(c.questions.find((e) => e.from === 'im-improvement')).toMatchObject({
      relation: 'discontinued',
      after: null,
    });
    const d = (to: string) => c.dimensions.find((e) => e.to === to)!;
    expect(d('quick-win')).toMatchObject({ relation: 'continues', before: 2, after: 3, change: 1 });
    expect(d('impact')).toMatchObject({ relation: 'not-comparable', change: null });
    expect(d('collaboration')).toMatchObject({ relation: 'new', before: null, after: 3 });
    expect(c.index).toMatchObject({ relation: 'not-comparable', change: null });
    expect(c.index.note?.en).toContain('weights changed');
  });

  it('reads the crosswalk backwards for 2023 → 2022', () => {
    const c = compareEvaluations(y2023, y2022);
    expect(c.questions.find((e) => e.from === 'co-governance')!.relation).toBe('discontinued');
    expect(c.questions.find((e) => e.to === 'im-improvement')!.relation).toBe('new');
    expect(c.questions.find((e) => e.to === 'bl-legal-basis')!.change).toBe(-2);
  });

  it('compares nothing between instruments no crosswalk joins', () => {
    const guideline = scoreQuestionValues(
      all(BUILTIN_INSTRUMENTS.get('gmsc-2021-guideline')!, 2),
      BUILTIN_INSTRUMENTS.get('gmsc-2021-guideline')!,
    );
    const c = compareEvaluations(guideline, y2023);
    expect(c.crosswalk).toBeNull();
    expect(c.questions.every((e) => e.change === null)).toBe(true);
    expect(c.index.relation).toBe('not-comparable');
  });
});
