import { describe, expect, it } from 'vitest';
import { MINAHASA_SAMPLE } from '../../samples/minahasa.js';
import { MINAHASA_SELF_ASSESSMENT_2022 } from '../../samples/minahasa-self-assessment.js';
import type { InstrumentInput } from '../../schema/instrument.js';
import type { ValidationIssue } from '../../validation/issues.js';
import { parseDocument } from '../../validation/parse.js';
import { CROSSWALK_2022_2023, EVALUATION_2022, EVALUATION_2023_STAGE_2 } from './builtin.js';
import {
  BUILTIN_INSTRUMENT_CROSSWALKS,
  BUILTIN_INSTRUMENTS,
  createInstrumentRegistry,
  findInstrumentCrosswalk,
  instrumentApplies,
  instrumentQuestions,
  parseInstrument,
  parseInstrumentCrosswalk,
} from './registry.js';

const perDimension = (id: string, version: string) => {
  const x = BUILTIN_INSTRUMENTS.get(id, version)!;
  const counts: Record<string, number> = {};
  for (const q of instrumentQuestions(x)) counts[q.dimension.id] = (counts[q.dimension.id] ?? 0) + 1;
  return { x, counts, weights: Object.fromEntries(x.dimensions.map((d) => [d.id, d.weight])) };
};

const clone = <T>(v: T): T => structuredClone(v);
const codes = (issues: readonly ValidationIssue[]) => issues.map((i) => i.code);

describe('the built-in instruments', () => {
  it('2022 (the 2021 cohort): five dimensions 10/20/30/10/30, 59 questions as section 5a counts them', () => {
    const { x, counts, weights } = perDimension('gmsc-2022', '2022.1');
    expect(weights).toEqual({ baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.1, 'quick-win': 0.3 });
    expect(counts).toEqual({ baseline: 5, output: 7, outcome: 31, impact: 4, 'quick-win': 12 });
    expect(x.appliesTo).toMatchObject({ cohorts: [2021], areas: [], regionsScored: 38 });
    expect(x.provenance.status).toBe('official');
    expect(x.wordingProvenance.status).toBe('toolkit-default');
  });

  it('2023 stage II (KPPN/IKN): six dimensions 10/20/20/20/20/10, a 54-question survey for impact', () => {
    const { x, counts, weights } = perDimension('gmsc-2023-stage-2', '2023.2');
    expect(weights).toEqual({
      baseline: 0.1,
      output: 0.2,
      outcome: 0.2,
      impact: 0.2,
      'quick-win': 0.2,
      collaboration: 0.1,
    });
    expect(counts).toEqual({
      baseline: 5,
      output: 7,
      outcome: 32,
      impact: 54,
      'quick-win': 12,
      collaboration: 6,
    });
    const impact = instrumentQuestions(x).filter((q) => q.dimension.id === 'impact');
    expect(impact.every((q) => q.question.source === 'survey')).toBe(true);
    expect(new Set(impact.map((q) => q.indicator.id)).size).toBe(6);
    expect(new Set(impact.map((q) => q.subIndicator.id)).size).toBe(18);
    expect(x.survey?.respondentsPerSubIndicator).toBe(50);
    expect(x.appliesTo.areas).toEqual(['kppn-ikn']);
  });

  it('keeps the 2021 guideline weights 10/20/30/30/10', () => {
    expect(perDimension('gmsc-2021-guideline', '2021.1').weights).toEqual({
      baseline: 0.1,
      output: 0.2,
      outcome: 0.3,
      impact: 0.3,
      'quick-win': 0.1,
    });
  });

  it('values questions 1–4 with 0 = not evaluated, every text bilingual', () => {
    for (const x of BUILTIN_INSTRUMENTS.all) {
      expect(x.scale).toMatchObject({ min: 1, max: 4, notEvaluated: 0 });
      for (const { question } of instrumentQuestions(x)) {
        expect(question.text.id.length).toBeGreaterThan(10);
        expect(question.text.en.length).toBeGreaterThan(10);
        expect(question.text.id).not.toBe(question.text.en);
      }
    }
  });

  it('adding 2024 is a data change: a new instrument value parses and registers without code', () => {
    const y2024: InstrumentInput = {
      ...clone(EVALUATION_2023_STAGE_2),
      id: 'gmsc-2024-stage-2',
      version: '2024.2',
      year: 2024,
    };
    const r = parseInstrument(JSON.stringify(y2024));
    expect(r.issues).toEqual([]);
    const registry = createInstrumentRegistry([...BUILTIN_INSTRUMENTS.all, r.ok ? r.value : null!]);
    expect(registry.get('gmsc-2024-stage-2')?.year).toBe(2024);
    expect(registry.versions('gmsc-2022')).toEqual(['2022.1']);
  });
});

describe('parseInstrument refuses', () => {
  it('weights that do not add up to 1', () => {
    const x = clone(EVALUATION_2022);
    x.dimensions[0]!.weight = 0.2;
    const r = parseInstrument(x);
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-weights', path: ['dimensions'] }),
    );
  });

  it('a question id used twice, with its path', () => {
    const x = clone(EVALUATION_2022);
    x.dimensions[1]!.indicators[0]!.subIndicators[0]!.questions[0]!.id = 'bl-legal-basis';
    const r = parseInstrument(x);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate-id',
        path: ['dimensions', 1, 'indicators', 0, 'subIndicators', 0, 'questions', 0, 'id'],
      }),
    );
  });

  it('a "not evaluated" value inside the scale, and survey questions without a survey rule', () => {
    const x = clone(EVALUATION_2023_STAGE_2);
    x.scale.notEvaluated = 2;
    delete x.survey;
    expect(codes(parseInstrument(x).issues)).toEqual(['invalid-range', 'invalid']);
  });
});

describe('the 2022 → 2023 crosswalk', () => {
  it('covers every question and dimension of both years once', () => {
    expect(BUILTIN_INSTRUMENT_CROSSWALKS).toHaveLength(1);
    const c = BUILTIN_INSTRUMENT_CROSSWALKS[0]!;
    const rel = (to: string) => c.questions.find((e) => e.to === to)?.relation;
    expect(rel('bl-legal-basis')).toBe('continues');
    expect(rel('oc-investment-growth')).toBe('not-comparable');
    expect(rel('oc-visual-identity')).toBe('new');
    expect(rel('im-public-service-1')).toBe('new');
    expect(rel('co-governance')).toBe('new');
    expect(c.questions.find((e) => e.from === 'im-improvement')?.relation).toBe('discontinued');
    expect(c.dimensions.find((e) => e.to === 'impact')?.relation).toBe('not-comparable');
    expect(c.index.relation).toBe('not-comparable');
  });

  it('reports a question left out or named twice', () => {
    const c = clone(CROSSWALK_2022_2023);
    c.questions = c.questions.filter((e) => e.to !== 'op-forum');
    c.questions.push({ to: 'co-governance', relation: 'new' });
    const r = parseInstrumentCrosswalk(c);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.message.en)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"op-forum" (from) is missing'),
        expect.stringContaining('"op-forum" (to) is missing'),
        '"co-governance" is used twice.',
      ]),
    );
  });

  it('is found in either direction', () => {
    const a = { id: 'gmsc-2022', version: '2022.1' };
    const b = { id: 'gmsc-2023-stage-2', version: '2023.2' };
    expect(findInstrumentCrosswalk(a, b)?.reversed).toBe(false);
    expect(findInstrumentCrosswalk(b, a)?.reversed).toBe(true);
    expect(findInstrumentCrosswalk(a, a)).toBeUndefined();
  });
});

describe('the self-assessment document', () => {
  it('parses the illustrative Minahasa 2022 form', () => {
    const r = parseDocument(MINAHASA_SELF_ASSESSMENT_2022);
    expect(r.issues).toEqual([]);
    if (r.ok && r.value.document.kind === 'smartcity.self-assessment') {
      expect(r.value.document.assessment.answers).toHaveLength(59);
      expect(r.value.notices).toEqual([]);
    }
  });

  it('reports a value outside 1–4, an unknown question and an unknown instrument, each with its path', () => {
    const doc = clone(MINAHASA_SELF_ASSESSMENT_2022);
    const answers = doc.assessment.answers;
    answers[0]!.value = 5;
    answers[1]!.value = 0; // not evaluated: allowed
    answers[2]!.value = 0.5;
    answers[3]!.question = 'bl-no-such-question';
    answers[4]!.validated = { value: 4.5 };
    const r = parseDocument(doc);
    expect(r.ok).toBe(false);
    const at = (i: number, ...rest: string[]) => ['assessment', 'answers', i, ...rest];
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['out-of-scale', at(0, 'value')],
      ['out-of-scale', at(2, 'value')],
      ['unknown-question', at(3, 'question')],
      ['out-of-scale', at(4, 'validated', 'value')],
    ]);
    expect(r.issues[0]!.message.id).toContain('1–4, atau 0 = tidak dievaluasi');
    expect(r.issues[2]!.message.en).toBe(
      'Question "bl-no-such-question" is not in instrument gmsc-2022 version 2022.1.',
    );
    const other = clone(MINAHASA_SELF_ASSESSMENT_2022);
    other.assessment.instrument = { id: 'gmsc-2019', version: '2019.1' };
    const u = parseDocument(other);
    expect(u.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-instrument', ['assessment', 'instrument']],
    ]);
    expect(u.issues[0]!.message.en).toContain('gmsc-2022@2022.1');
  });
});

describe('evaluations in a masterplan', () => {
  it('carry the instrument scale: 0 or 1–4, the instrument’s dimension ids, no framework weight set', () => {
    const m = clone(MINAHASA_SAMPLE);
    const e = m.evaluations![0]!;
    e.scores.outcome = 4.5;
    e.scores.collaboration = 2;
    e.weightSet = '2021';
    const r = parseDocument(m);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid', ['evaluations', 0, 'weightSet']],
      ['out-of-scale', ['evaluations', 0, 'scores', 'outcome']],
      ['unknown-reference', ['evaluations', 0, 'scores', 'collaboration']],
    ]);
  });
});

describe('format 1 documents (the old 0–5 evaluation)', () => {
  const v1 = () => {
    const m = clone(MINAHASA_SAMPLE) as Record<string, unknown>;
    m.schemaVersion = 1;
    m.evaluations = [
      {
        year: 2022,
        weightSet: '2021',
        scores: { baseline: 2.8, output: 2.4, outcome: 1.9, impact: 2.1, 'quick-win': 4.6 },
      },
    ];
    return m;
  };

  it('still parse, their scores kept as they are, with a notice of what changed', () => {
    const r = parseDocument(JSON.stringify(v1()));
    expect(r.issues).toEqual([]);
    if (!r.ok || r.value.document.kind !== 'smartcity.masterplan') throw new Error('not parsed');
    expect(r.value.document.schemaVersion).toBe(2);
    expect(r.value.document.evaluations[0]!.scores['quick-win']).toBe(4.6);
    expect(r.value.document.evaluations[0]!.instrument).toBeUndefined();
    expect(r.value.notices.map((n) => [n.code, n.path])).toEqual([
      ['schema-migrated', ['schemaVersion']],
      ['schema-migrated', ['evaluations', 0]],
    ]);
    expect(r.value.notices[1]!.message.id).toContain('skala lama 0–5');
    expect(r.value.notices[1]!.message.en).toContain('not converted');
  });

  it('keep their own checks: a 0–5 score above 5 is still out of scale', () => {
    const m = v1();
    (m.evaluations as { scores: Record<string, number> }[])[0]!.scores.output = 5.5;
    const r = parseDocument(m);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['out-of-scale', ['evaluations', 0, 'scores', 'output']],
    ]);
  });
});

describe('instrumentApplies', () => {
  it('2022 evaluates the 2021 cohort; 2023 stage II the regions that state the KPPN/IKN area', () => {
    const x2022 = BUILTIN_INSTRUMENTS.get('gmsc-2022')!;
    const x2023 = BUILTIN_INSTRUMENTS.get('gmsc-2023-stage-2')!;
    expect(instrumentApplies(x2022, { cohort: 2021 })).toEqual({ applies: true });
    const other = instrumentApplies(x2022, { cohort: 2019 });
    expect(other.applies).toBe(false);
    if (!other.applies)
      expect(other.reason.en).toContain(
        'applies to the 2021 cohort; this region’s cohort is 2019'.replace('’', "'"),
      );
    expect(instrumentApplies(x2022, {}).applies).toBe(false);
    expect(instrumentApplies(x2023, { cohort: 2019, areas: ['kppn-ikn'] })).toEqual({ applies: true });
    expect(instrumentApplies(x2023, { cohort: 2019 }).applies).toBe(false);
    expect(instrumentApplies(BUILTIN_INSTRUMENTS.get('gmsc-2021-guideline')!, {}).applies).toBe(true);
  });
});
