// The whole-plan check of the report: scoring's `checkPlan` (schedule moved, quick win outside years 1–2,
// adopted year vs roadmap year, budget outside the plan, every other roadmap conflict), each placed in the
// chapter it concerns. Coverage is reported by the report beside each score, so it is left out here.
import type { Framework, LocalizedText, Masterplan } from '@smartcity/model';
import { checkPlan, type MasterplanScore } from '@smartcity/scoring';

/** One contradiction in the plan, in both languages, with the chapter it concerns. */
export interface Contradiction {
  readonly kind: string;
  readonly chapter: 'programmes' | 'quick-wins';
  readonly message: LocalizedText;
}

export function planContradictions(m: Masterplan, f: Framework, s: MasterplanScore): Contradiction[] {
  return checkPlan(m, f, s)
    .issues.filter((i) => i.kind !== 'low-coverage')
    .map((i) => ({
      kind: i.kind,
      chapter: i.kind.startsWith('quick-win') ? 'quick-wins' : 'programmes',
      message: i.message,
    }));
}
