import { BUILTIN_INSTRUMENTS, SelfAssessmentBodySchema, toCsv } from '@smartcity/model';
import { MINAHASA_SELF_ASSESSMENT_2022 } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import { readAssessorValues, withAssessorValues } from './assessors.js';
import { scoreSelfAssessment } from './instrument.js';

const X2022 = BUILTIN_INSTRUMENTS.get('gmsc-2022')!;

describe('the assessors’ values', () => {
  it('are read from a CSV, bad rows reported with their line, and set beside the region’s own', () => {
    const csv = toCsv(
      ['pertanyaan', 'nilai', 'catatan', 'penilai'],
      [
        ['bl-legal-basis', 1, 'Perbup belum diundangkan', 'Penilai A'], // line 2
        ['bl-nope', 2, '', ''], // 3: unknown question
        ['bl-council-meeting', 4.5, '', ''], // 4: off the scale
        ['bl-legal-basis', 2, '', ''], // 5: twice
        ['op-forum', '1,5', '', ''], // 6
      ],
    );
    const r = readAssessorValues(csv, X2022);
    expect(r.ok).toBe(true);
    expect(r.values).toEqual([
      { question: 'bl-legal-basis', value: 1, note: 'Perbup belum diundangkan', by: 'Penilai A' },
      { question: 'op-forum', value: 1.5 },
    ]);
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'unknown-question'],
      [4, 'out-of-scale'],
      [5, 'duplicate-id'],
    ]);
    const a = SelfAssessmentBodySchema.parse(MINAHASA_SELF_ASSESSMENT_2022.assessment);
    const own = scoreSelfAssessment(a);
    const validated = withAssessorValues(a, r.values);
    const legal = validated.answers.find((x) => x.question === 'bl-legal-basis')!;
    expect(legal.value).toBe(2);
    expect(legal.validated).toEqual({ value: 1, note: 'Perbup belum diundangkan', by: 'Penilai A' });
    // Baseline (2, 2, 1.5, 2, 1.75) → (1, 2, 1.5, 2, 1.75): mean 1.85 → 1.65, index −0.1 × 0.2 = −0.02.
    const final = scoreSelfAssessment(validated);
    expect(final.dimensions[0]!.score).toBeCloseTo(1.65, 12);
    expect(final.dimensions[1]!.score).toBeCloseTo(own.dimensions[1]!.score!, 12);
    expect(final.index! - own.index!).toBeCloseTo(-0.02, 12);
    expect(scoreSelfAssessment(validated, { basis: 'own' }).index).toBeCloseTo(own.index!, 12);
    expect(a.answers.find((x) => x.question === 'bl-legal-basis')!.validated).toBeUndefined();
  });

  it('refuses a table without the question and value columns', () => {
    const r = readAssessorValues('id,foo\nbl-legal-basis,1\n', X2022);
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.message.en).toContain('needs the columns "question" and "validated"; found: id, foo');
  });
});
