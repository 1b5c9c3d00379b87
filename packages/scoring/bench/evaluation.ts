// The ministry's evaluation at national scale, on synthetic data: 514 self-assessments on the 2023 stage II
// instrument (116 questions each) parsed, checked and scored; the national results table of 514 rows read
// from CSV and ranked; an impact survey of 50 respondents × 54 questions imported.
//
//   pnpm --filter @smartcity/scoring bench:evaluation
//
// Runs on the workspace sources. Prints figures; asserts nothing about time. Options: --runs=N (default 7).
import {
  BUILTIN_INSTRUMENTS,
  instrumentQuestions,
  listRegions,
  parseDocument,
  type SelfAssessmentDocument,
  toCsv,
} from '@smartcity/model';
import { importSurvey, nationalResults, readResultsTable, scoreSelfAssessment } from '@smartcity/scoring';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 7);
const x = BUILTIN_INSTRUMENTS.get('gmsc-2023-stage-2')!;
const questions = instrumentQuestions(x);

/** A deterministic value 1–4 in quarter steps from two integers (no randomness). */
const value = (i: number, j: number) => 1 + (((i * 31 + j * 17) % 13) / 12) * 3;

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS + 2; r++) {
    const t = performance.now();
    fn();
    if (r >= 2) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const regions = listRegions();
const texts = regions.map((r, i) =>
  JSON.stringify({
    schemaVersion: 2,
    kind: 'smartcity.self-assessment',
    framework: { id: 'gmsc', version: '2021.1' },
    illustrative: true,
    region: { code: r.code, name: r.name, type: r.type, province: r.province },
    assessment: {
      instrument: { id: x.id, version: x.version },
      year: 2023,
      areas: ['kppn-ikn'],
      answers: questions.map((q, j) => ({
        question: q.question.id,
        value: value(i, j),
        evidence:
          j % 3 === 0 ? [] : [{ kind: 'link', url: `https://example.org/${r.code}/${q.question.id}` }],
      })),
    },
  }),
);
const bytes = texts.reduce((s, t) => s + t.length, 0);
let indices: number[] = [];
const parseAndScore = median(() => {
  indices = texts.map((t) => {
    const p = parseDocument(t);
    if (!p.ok) throw new Error(JSON.stringify(p.issues[0]));
    return scoreSelfAssessment((p.value.document as SelfAssessmentDocument).assessment).index!;
  });
});
const parsed = texts.map(
  (t) => (parseDocument(t) as { value: { document: SelfAssessmentDocument } }).value.document,
);
const scoreOnly = median(() => parsed.map((d) => scoreSelfAssessment(d.assessment)));

const dims = x.dimensions.map((d) => d.id);
const csv = toCsv(
  ['region', ...dims],
  regions.map((r, i) => [r.code, ...dims.map((_, j) => (i % 10 === 9 ? 0 : Number(value(i, j).toFixed(2))))]),
);
let ranked = 0;
const table = median(() => {
  const t = readResultsTable(csv, x);
  ranked = nationalResults(t.rows, x).participants;
});

const survey = questions.filter((q) => q.question.source === 'survey').map((q) => q.question.id);
const surveyCsv = toCsv(
  ['Email Address', ...survey],
  Array.from({ length: 50 }, (_, i) => [
    `r${i}@example.org`,
    ...survey.map((_, j) => Math.round(value(i, j))),
  ]),
);
let flags = 0;
const surveyTime = median(() => {
  flags = importSurvey(surveyCsv, x).flags.length;
});

const mean = indices.reduce((s, v) => s + v, 0) / indices.length;
console.log(
  `instrument ${x.id}@${x.version}: ${questions.length} questions, ${x.dimensions.length} dimensions`,
);
console.log(
  `514 self-assessments (${(bytes / 1e6).toFixed(1)} MB of JSON) parsed, checked and scored: ${parseAndScore.toFixed(0)} ms (scoring alone ${scoreOnly.toFixed(1)} ms); mean index ${mean.toFixed(2)}`,
);
console.log(
  `national results: 514 rows read from CSV and ranked (${ranked} participants): ${table.toFixed(1)} ms`,
);
console.log(
  `impact survey: 50 respondents × ${survey.length} questions imported: ${surveyTime.toFixed(2)} ms, ${flags} flags`,
);
console.log(`median of ${RUNS} runs after 2 warm-up runs`);
