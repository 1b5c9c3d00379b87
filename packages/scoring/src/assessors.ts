import {
  type Instrument,
  instrumentQuestions,
  onInstrumentScale,
  parseCsv,
  type SelfAssessment,
} from '@smartcity/model';
import { type CsvIssue, csvIssue } from './survey.js';

/** One validated value the assessors gave. */
export interface AssessorValue {
  readonly question: string;
  readonly value: number;
  readonly note?: string;
  readonly by?: string;
}

/** What `readAssessorValues` read. */
export interface AssessorValues {
  /** False when the table cannot be read at all (not CSV, or the required columns are missing). */
  readonly ok: boolean;
  readonly values: readonly AssessorValue[];
  readonly issues: readonly CsvIssue[];
}

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
const QUESTION = ['question', 'pertanyaan', 'id'];
const VALUE = ['validated', 'value', 'nilai', 'nilai-validasi'];
const NOTE = ['note', 'catatan'];
const BY = ['by', 'penilai', 'assessor'];

/**
 * Reads the assessors' validated values from a CSV table: a `question` column (the question id; also
 * `pertanyaan`), a `validated` column (also `value`, `nilai`), optionally `note` (`catatan`) and `by`
 * (`penilai`). A row with an unknown question, a value off the scale (1–4, or 0 = not evaluated) or a
 * question given twice is reported with its line and left out. Never throws.
 */
export function readAssessorValues(text: string, instrument: Instrument): AssessorValues {
  const x = instrument;
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      ok: false,
      values: [],
      issues: [
        csvIssue(parsed.error.line, null, 'invalid-csv', parsed.error.message.id, parsed.error.message.en),
      ],
    };
  const { header, records } = parsed.table;
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(norm(h)));
  const qc = find(QUESTION);
  const vc = find(VALUE);
  if (qc < 0 || vc < 0)
    return {
      ok: false,
      values: [],
      issues: [
        csvIssue(
          1,
          null,
          'missing-columns',
          `Tabel nilai penilai memerlukan kolom "question" dan "validated"; yang ada: ${header.join(', ') || '(kosong)'}.`,
          `A table of assessors' values needs the columns "question" and "validated"; found: ${header.join(', ') || '(none)'}.`,
        ),
      ],
    };
  const nc = find(NOTE);
  const bc = find(BY);
  const known = new Set(instrumentQuestions(x).map((q) => q.question.id));
  const seen = new Map<string, number>();
  const values: AssessorValue[] = [];
  const issues: CsvIssue[] = [];
  for (const r of records) {
    const question = (r.cells[qc] ?? '').trim();
    const cell = (r.cells[vc] ?? '').trim();
    if (!known.has(question)) {
      issues.push(
        csvIssue(
          r.line,
          header[qc]!,
          'unknown-question',
          `pertanyaan "${question}" tidak ada dalam instrumen ${x.id} versi ${x.version}. Baris dilewati.`,
          `question "${question}" is not in instrument ${x.id} version ${x.version}. Row left out.`,
        ),
      );
      continue;
    }
    const v = cell === '' ? Number.NaN : Number(cell.replace(',', '.'));
    if (!Number.isFinite(v) || !onInstrumentScale(v, x)) {
      const { min, max, notEvaluated } = x.scale;
      issues.push(
        csvIssue(
          r.line,
          header[vc]!,
          'out-of-scale',
          `nilai ${JSON.stringify(cell)} di luar skala ${min}–${max} (atau ${notEvaluated} = tidak dievaluasi). Baris dilewati.`,
          `the value ${JSON.stringify(cell)} is outside the scale ${min}–${max} (or ${notEvaluated} = not evaluated). Row left out.`,
        ),
      );
      continue;
    }
    const earlier = seen.get(question);
    if (earlier !== undefined) {
      issues.push(
        csvIssue(
          r.line,
          header[qc]!,
          'duplicate-id',
          `pertanyaan "${question}" sudah ada di baris ${earlier}; baris ini dilewati.`,
          `question "${question}" is already on line ${earlier}; this row is left out.`,
        ),
      );
      continue;
    }
    seen.set(question, r.line);
    const note = nc >= 0 ? (r.cells[nc] ?? '').trim() : '';
    const by = bc >= 0 ? (r.cells[bc] ?? '').trim() : '';
    values.push({ question, value: v, ...(note ? { note } : {}), ...(by ? { by } : {}) });
  }
  return { ok: true, values, issues };
}

/**
 * The self-assessment with the assessors' values set beside the region's own (replacing earlier validated
 * values of the same questions). A question the region did not answer gets an answer valued 0 (not
 * evaluated by the region) carrying the assessors' value. The input is not modified.
 */
export function withAssessorValues(
  assessment: SelfAssessment,
  values: readonly AssessorValue[],
): SelfAssessment {
  const byQuestion = new Map(values.map((v) => [v.question, v]));
  const validated = (v: AssessorValue) => ({
    value: v.value,
    ...(v.note ? { note: v.note } : {}),
    ...(v.by ? { by: v.by } : {}),
  });
  const answers = assessment.answers.map((a) => {
    const v = byQuestion.get(a.question);
    if (!v) return a;
    byQuestion.delete(a.question);
    return { ...a, validated: validated(v) };
  });
  for (const v of byQuestion.values())
    answers.push({ question: v.question, value: 0, evidence: [], validated: validated(v) });
  return { ...assessment, answers };
}
