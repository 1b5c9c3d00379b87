import type { BenchmarkEntry, BenchmarkResult } from '@smartcity/scoring';

/** Messages to the national worker. */
export type NationalRequest =
  | { type: 'files'; id: number; files: File[] }
  | { type: 'sample'; id: number; seed: number };

/** A file that could not be used, and why. */
export interface InvalidFile {
  file: string;
  issues: { path: (string | number)[]; message: { id: string; en: string } }[];
}

/** Messages from the national worker. */
/** Maturity level per element id (`null`: not assessed), by region code. */
export type ElementLevels = Record<string, Record<string, number | null>>;

export type NationalResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | {
      type: 'done';
      id: number;
      benchmark: BenchmarkResult;
      entries: BenchmarkEntry[];
      /** Each region's latest maturity level per element, by region code. */
      levels: ElementLevels;
      invalid: InvalidFile[];
      /** File names of the valid entries, in the order read. */
      files: string[];
    };

/** A request to the analysis worker: check and score one project's working document. */
export interface AnalysisRequest {
  id: number;
  /** The project, so the worker keeps each project's last valid version apart. */
  key: string;
  doc: unknown;
}

/** The analysis worker's answer. */
export type AnalysisResponse =
  | { id: number; ok: true; analysis: import('../domain/analysis.js').Analysis }
  | { id: number; ok: false; error: string };
