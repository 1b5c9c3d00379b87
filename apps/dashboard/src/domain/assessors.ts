import type { Instrument, SelfAssessment, ValidationIssue } from '@smartcity/model';
import { readAssessorValues, withAssessorValues } from '@smartcity/scoring';

/** What an import of the assessors' values gives: the answers with those values, and the rows refused. */
export interface AssessorImport {
  /** How many values were read. */
  readonly count: number;
  /** The answers with the assessors' values set (absent when none was read). */
  readonly answers: SelfAssessment['answers'] | undefined;
  /** Rows that could not be read, each with its line. */
  readonly issues: readonly ValidationIssue[];
}

/** Reads an assessors' CSV (question, validated value, note) into a self-assessment's answers. */
export function importAssessorValues(
  text: string,
  instrument: Instrument,
  assessment: SelfAssessment,
): AssessorImport {
  const r = readAssessorValues(text, instrument);
  return {
    count: r.values.length,
    answers: r.values.length > 0 ? withAssessorValues(assessment, r.values).answers : undefined,
    issues: r.issues,
  };
}
