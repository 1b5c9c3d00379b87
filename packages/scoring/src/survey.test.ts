import { BUILTIN_INSTRUMENTS, SelfAssessmentBodySchema, toCsv } from '@smartcity/model';
import { MINAHASA_SELF_ASSESSMENT_2022 } from '@smartcity/model/samples';
import { describe, expect, it } from 'vitest';
import { scoreQuestionValues } from './instrument.js';
import { assessorFlags, importSurvey, surveyQuestionValues } from './survey.js';

const X2023 = BUILTIN_INSTRUMENTS.get('gmsc-2023-stage-2', '2023.2')!;
const X2022 = BUILTIN_INSTRUMENTS.get('gmsc-2022', '2022.1')!;
const PS = ['im-public-service-1', 'im-public-service-2', 'im-public-service-3'];
const TOUR = ['im-tourism-1', 'im-tourism-2', 'im-tourism-3'];

describe('importSurvey', () => {
  it('reads a Google Forms export: question value = the respondents’ mean, per question', () => {
    const csv = toCsv(
      ['Timestamp', 'Email Address', ...PS.map((id) => `[${id}] Layanan publik …`)],
      [
        ['2023/08/01 10:00', 'a@x.id', 4, 3, 2],
        ['2023/08/01 10:05', 'b@x.id', 2, 3, 4],
        ['2023/08/01 10:09', 'c@x.id', 3, '', '3,5'],
      ],
    );
    const r = importSurvey(csv, X2023, { source: 'survei.csv' });
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    // (4 + 2 + 3) / 3 = 3 · (3 + 3) / 2 = 3 (an empty cell is no answer) · (2 + 4 + 3.5) / 3 = 3.1667
    expect(r.values.map((v) => [v.question, Number(v.value.toFixed(4)), v.respondents])).toEqual([
      ['im-public-service-1', 3, 3],
      ['im-public-service-2', 3, 2],
      ['im-public-service-3', 3.1667, 3],
    ]);
    expect(r.ignored).toEqual(['Timestamp']);
    const scored = scoreQuestionValues(surveyQuestionValues(r), X2023);
    expect(scored.dimensions.find((d) => d.id === 'impact')!.coverage).toMatchObject({
      answered: 3,
      withEvidence: 3,
    });
  });

  it('reads KoboToolbox group paths and ODK Central names, and answer labels that start with a number', () => {
    const kobo =
      'start,group_gov/im_public_service_1,group_gov/im_public_service_2,group_gov/im_public_service_3,_uuid\n' +
      't,4 - Sangat setuju,3,2,u1\n';
    const k = importSurvey(kobo, X2023);
    expect(k.values.map((v) => v.value)).toEqual([4, 3, 2]);
    expect(k.ignored).toEqual(['start', '_uuid']);
    const odk =
      'SubmissionDate;grp-im-public-service-1;grp-im-public-service-2;grp-im-public-service-3;meta-instanceID\r\nd;1;2;3;uuid:1\r\n';
    expect(importSurvey(odk, X2023).values.map((v) => v.question)).toEqual(PS);
  });

  it('reports a bad answer with its line and column and keeps the rest', () => {
    const csv = `respondent,${PS.join(',')}\nr1,4,4,4\nr2,5,x,3\n`;
    const r = importSurvey(csv, X2023);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['out-of-scale', 3, 'im-public-service-1'],
      ['out-of-scale', 3, 'im-public-service-2'],
    ]);
    expect(r.issues[0]!.message.id).toMatch(
      /^Baris 3, kolom "im-public-service-1": jawaban "5" bukan angka 1–4/,
    );
    expect(r.values.map((v) => v.value)).toEqual([4, 4, 3.5]);
  });

  it('refuses a table without survey columns, and names the missing columns of a half-present sub-indicator', () => {
    const none = importSurvey('nama,umur\nA,30\n', X2023);
    expect(none.ok).toBe(false);
    expect(none.issues[0]!.code).toBe('missing-columns');
    expect(none.issues[0]!.message.en).toContain('e.g. im-public-service-1');
    expect(none.issues[0]!.message.en).toContain('the columns are: nama, umur');
    const half = importSurvey(`${PS.slice(0, 2).join(',')}\n3,3\n`, X2023);
    expect(half.ok).toBe(true);
    expect(half.issues.map((i) => [i.code, i.line])).toEqual([['missing-columns', 1]]);
    expect(half.issues[0]!.message.en).toContain('im-public-service-3');
    expect(importSurvey('a,"b\n', X2023).issues[0]!.code).toBe('invalid-csv');
    expect(importSurvey(`${PS.join(',')}\n1,1,1\n`, X2022).ok).toBe(false);
  });

  it('flags what the 2023 assessors flagged: reused respondents, more than the stated users, too few', () => {
    const head = ['Email Address', ...PS, ...TOUR];
    const rows = ['a@x.id', 'b@x.id', 'c@x.id'].map((e) => [e, 3, 3, 3, 2, 2, 2]);
    const r = importSurvey(toCsv(head, rows), X2023, { statedUsers: { 'public-service': 2 } });
    const codes = r.flags.map((f) => [f.code, f.where.subIndicator ?? f.where.indicator]);
    expect(codes).toEqual([
      ['too-few-respondents', 'public-service'],
      ['respondents-exceed-users', 'public-service'],
      ['too-few-respondents', 'tourism'],
      ['respondents-reused', 'governance'],
      ['respondents-reused', 'branding'],
    ]);
    expect(r.flags[0]!.figures).toEqual({ respondents: 3, required: 50 });
    expect(r.flags[1]!.message.en).toBe('public-service: 3 respondents, but the service states 2 users.');
    expect(r.flags[3]!.figures).toEqual({ shared: 3, respondents: 3, otherDimensions: 1 });
  });

  it('does not flag reuse when each dimension has its own respondents', () => {
    const head = ['respondent', ...PS, ...TOUR];
    const rows = [
      ['p1', 3, 3, 3, '', '', ''],
      ['p2', '', '', '', 2, 2, 2],
    ];
    expect(importSurvey(toCsv(head, rows), X2023).flags.map((f) => f.code)).not.toContain(
      'respondents-reused',
    );
  });
});

describe('assessorFlags on a self-assessment', () => {
  it('flags answers without evidence and survey figures the instrument would refuse', () => {
    const doc = structuredClone(MINAHASA_SELF_ASSESSMENT_2022);
    const a = SelfAssessmentBodySchema.parse(doc.assessment);
    const flags = assessorFlags(a, X2022);
    // Every third answer of the illustrative sample has no evidence: 59 answers → 19.
    expect(flags.filter((f) => f.code === 'no-evidence')).toHaveLength(19);
    expect(flags[0]!.where).toMatchObject({ dimension: 'baseline', question: 'bl-opd-coordination' });
    const survey = SelfAssessmentBodySchema.parse({
      instrument: { id: X2023.id, version: X2023.version },
      year: 2023,
      answers: [
        { question: 'im-public-service-1', value: 3.2, survey: { respondents: 50, statedUsers: 30 } },
      ],
    });
    expect(assessorFlags(survey, X2023).map((f) => [f.code, f.figures])).toEqual([
      ['respondents-exceed-users', { respondents: 50, statedUsers: 30 }],
    ]);
  });
});
