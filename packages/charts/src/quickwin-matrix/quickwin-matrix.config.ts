import { quadrantOf, type Quadrant as RulesQuadrant } from '@smartcity/scoring/rules';
import type { Normalized } from '../shared/model.js';
import { normalized, num, records, root, scale, str } from '../shared/normalize.js';

/** The four quadrants of the impact/effort matrix (the scoring package's ids). */
export type Quadrant = RulesQuadrant;

/** A quick-win candidate programme. */
export interface QuickWinCandidate {
  id: string;
  label: string;
  /** Impact on citizens, 1–5. `null`/`undefined`: not placed, listed under the chart. */
  impact: number | null | undefined;
  /** Effort (cost, time, difficulty), 1–5. */
  effort: number | null | undefined;
  /** Whether the candidate is in the chosen portfolio. Default false. */
  chosen?: boolean;
  /** Quadrant from the scoring; default: from `impact` and `effort` against `threshold`. */
  quadrant?: Quadrant;
}

/** Data of `<sc-quickwin-matrix>`. */
export interface QuickWinMatrixData {
  candidates: QuickWinCandidate[];
  /** Lowest value of both scales. Default 1. */
  min?: number;
  /** Highest value of both scales. Default 5. */
  max?: number;
  /** Values at or above this are "high" (the quadrant lines). Default 3. */
  threshold?: number;
  title?: string;
}

export const QUICKWIN_DEFAULTS = { min: 1, max: 5, threshold: 3 } as const;

export interface NormalizedQuickWinData {
  candidates: {
    id: string;
    label: string;
    impact: unknown;
    effort: unknown;
    chosen: boolean;
    quadrant?: Quadrant;
  }[];
  min: number;
  max: number;
  threshold: number;
  title?: string;
}

const QUADRANTS = new Set(['quick-win', 'major-project', 'fill-in', 'thankless-task']);

/**
 * The quadrant of an impact/effort pair ("high" = ≥ `threshold`): the scoring package's rule
 * (`@smartcity/scoring/rules`), its one owner.
 */
export const classifyQuadrant: (impact: number, effort: number, threshold: number) => Quadrant = quadrantOf;

/** Validates untrusted matrix data. Never throws. */
export function normalizeQuickWinData(input: unknown): Normalized<NormalizedQuickWinData> {
  return normalized(() => {
    const data = root(input, '"candidates"');
    const min = num(data.min) ?? QUICKWIN_DEFAULTS.min;
    const max = num(data.max) ?? QUICKWIN_DEFAULTS.max;
    scale(min, max);
    const threshold = num(data.threshold) ?? QUICKWIN_DEFAULTS.threshold;
    const candidates = records(data.candidates, 'candidates').map((c) => {
      const q = str(c.quadrant);
      return {
        id: str(c.id),
        label: str(c.label, str(c.id)),
        impact: c.impact,
        effort: c.effort,
        chosen: c.chosen === true,
        ...(QUADRANTS.has(q) ? { quadrant: q as Quadrant } : {}),
      };
    });
    const title = str(data.title);
    return { candidates, min, max, threshold, ...(title ? { title } : {}) };
  });
}
