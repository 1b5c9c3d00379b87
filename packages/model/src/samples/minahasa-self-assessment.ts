// An illustrative self-assessment of Kabupaten Minahasa on the 2022 instrument. The QUESTION VALUES, names
// and notes are made up: they were chosen so that the dimension means equal the ministry's published 2022
// dimension scores for the regency (Baseline 1.85, Output 1.39, Outcome 2.40, Impact 2.13, Quick Win 2.73),
// which are public. The document says it is illustrative (`illustrative: true`).
import { BUILTIN_INSTRUMENTS, instrumentQuestions } from '../frameworks/instruments/registry.js';
import type { SelfAssessmentAnswerInput, SelfAssessmentDocumentInput } from '../schema/documents.js';

/** The values per dimension, in form order. */
const VALUES: Record<string, readonly number[]> = {
  baseline: [2, 2, 1.5, 2, 1.75],
  output: [2, 1, 1, 1.5, 1.5, 1.5, 1.25],
  outcome: [
    ...[2.5, 2, 2.5, 2, 2, 2.5],
    ...[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2.5, 2.5, 2.5, 2.5, 2.5],
    ...[1.5, 1.5, 2, 1.5],
  ],
  impact: [2.5, 2, 2, 2.02],
  'quick-win': [3, 3, 3, 2.5, 2.5, 3, 2.5, 2.5, 2.5, 2.5, 3, 2.75],
};

const instrument = BUILTIN_INSTRUMENTS.get('gmsc-2022', '2022.1')!;
const counters: Record<string, number> = {};
const ANSWERER = { name: 'Tim Pelaksana Smart City (ilustratif)', opd: 'Diskominfo' };

const answers: SelfAssessmentAnswerInput[] = instrumentQuestions(instrument).map(
  ({ question, dimension }, i) => {
    const k = counters[dimension.id] ?? 0;
    counters[dimension.id] = k + 1;
    const value = VALUES[dimension.id]![k]!;
    // Every third answer carries no evidence, as the assessors often found.
    const evidence =
      i % 3 === 2
        ? []
        : [{ kind: 'document' as const, title: `Data dukung ${question.id}.pdf (ilustratif)` }];
    return { question: question.id, value, evidence, answeredBy: ANSWERER, answeredOn: '2022-08-15' };
  },
);

/** An illustrative 2022 self-assessment of Kabupaten Minahasa, with an assessors' review. */
export const MINAHASA_SELF_ASSESSMENT_2022: SelfAssessmentDocumentInput = {
  schemaVersion: 2,
  kind: 'smartcity.self-assessment',
  framework: { id: 'gmsc', version: '2021.1' },
  illustrative: true,
  title: 'Penilaian mandiri Evaluasi Implementasi Kota Cerdas 2022 — Kabupaten Minahasa (ilustratif)',
  region: {
    code: '71.02',
    name: 'Kabupaten Minahasa',
    type: 'kabupaten',
    province: { code: '71', name: 'Sulawesi Utara' },
    cohort: 2021,
  },
  assessment: {
    instrument: { id: 'gmsc-2022', version: '2022.1' },
    year: 2022,
    answers,
    review: {
      assessors: [
        { name: 'Penilai praktisi (ilustratif)', role: 'practitioner' },
        { name: 'Penilai akademisi (ilustratif)', role: 'academic' },
      ],
      interviewedOn: '2022-09-20',
      strengths: ['Quick win dirumuskan bersama OPD dan menjawab masalah strategis RPJMD.'],
      weaknesses: ['Sepertiga jawaban tanpa data dukung; anggaran smart city dalam APBD kecil.'],
      recommendations: ['Lengkapi data dukung setiap jawaban; cari pembiayaan di luar APBD.'],
    },
  },
};
