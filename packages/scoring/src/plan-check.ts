import type { Framework, IssuePath, LocalizedText, Masterplan } from '@smartcity/model';
import { windowYears } from './quickwin.js';
import type { RoadmapConflict } from './roadmap.js';
import { type MasterplanScore, scoreMasterplan } from './score.js';

/** What kind of contradiction the whole-plan check found. */
export type PlanIssueKind =
  /** The roadmap moved a programme later than its own years (a dependency, a ceiling …). */
  | 'schedule-moved'
  /** A budget line falls outside the plan period once its programme is scheduled. */
  | 'budget-outside-plan'
  /** An adopted quick win runs in no plan year of the quick-win window (1–2) on the roadmap. */
  | 'quick-win-outside-window'
  /** An adopted quick win's year is not a year the roadmap runs it in. */
  | 'quick-win-year-mismatch'
  /** A score rests on less coverage than the toolkit's minimum. */
  | 'low-coverage'
  /** Any other roadmap conflict: horizon, dependency cycle or unknown dependency, end beyond the plan, ceiling. */
  | 'roadmap-conflict';

/** One contradiction in a masterplan, with the path to the item it concerns. */
export interface PlanIssue {
  readonly kind: PlanIssueKind;
  /** Where in the document the item is (`formatPath` writes it for people). */
  readonly path: IssuePath;
  /** The programme concerned, when there is one. */
  readonly programme: string | null;
  /** What contradicts what, in Bahasa Indonesia and English, with the years and amounts. */
  readonly message: LocalizedText;
}

/** The whole-plan check: every contradiction found, in a fixed order (kind, then the document's order). */
export interface PlanCheck {
  /** `true` when nothing contradicts. */
  readonly ok: boolean;
  readonly issues: readonly PlanIssue[];
}

const KIND_ORDER: readonly PlanIssueKind[] = [
  'schedule-moved',
  'quick-win-outside-window',
  'quick-win-year-mismatch',
  'budget-outside-plan',
  'low-coverage',
  'roadmap-conflict',
];

/** The path of a roadmap conflict's item in the document. */
function conflictPath(c: RoadmapConflict, at: (id: string) => number): IssuePath {
  switch (c.kind) {
    case 'horizon':
      return ['period'];
    case 'dependency-cycle':
      return ['programmes', at(c.programmes[0]!), 'dependsOn'];
    case 'blocked':
    case 'unknown-dependency':
      return ['programmes', at(c.programme), 'dependsOn'];
    case 'beyond-horizon':
      return ['programmes', at(c.programme), 'endYear'];
    case 'moved':
      return ['programmes', at(c.programme), 'startYear'];
    case 'budget-outside-plan':
      return ['programmes', at(c.programme), 'budget', c.line, 'year'];
    case 'over-budget':
      return ['programmes'];
  }
}

/**
 * Checks a whole masterplan for contradictions between its parts, as a reviewer would: programmes the
 * roadmap moved from their own years (with the reason and the old and new years), adopted quick wins
 * (`quickWins.selected`) that the roadmap runs outside plan years 1–2 or in another year than adopted,
 * budget lines outside the plan period, scores resting on too little coverage (toolkit minimums), and every
 * other roadmap conflict. Bilingual, each with the path to the item. Pass the plan's score when it is at
 * hand (default: computed). Pure.
 */
export function checkPlan(
  masterplan: Masterplan,
  framework: Framework,
  score: MasterplanScore = scoreMasterplan(masterplan, framework),
): PlanCheck {
  const m = masterplan;
  const f = framework;
  const index = new Map<string, number>();
  m.programmes.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i);
  });
  const at = (id: string) => index.get(id) ?? -1;
  const issues: PlanIssue[] = [];

  for (const c of score.roadmap.conflicts) {
    const kind: PlanIssueKind =
      c.kind === 'moved'
        ? 'schedule-moved'
        : c.kind === 'budget-outside-plan'
          ? 'budget-outside-plan'
          : 'roadmap-conflict';
    issues.push({
      kind,
      path: conflictPath(c, at),
      programme: 'programme' in c ? c.programme : c.kind === 'dependency-cycle' ? c.programmes[0]! : null,
      message: c.message,
    });
  }

  const scheduled = new Map(score.roadmap.programmes.map((p) => [p.id, p]));
  const window = f.quickWin.years;
  m.quickWins.selected.forEach((s, k) => {
    const p = scheduled.get(s.programme);
    if (!p || p.start === null || p.end === null) return; // unknown or unscheduled: reported elsewhere
    const years = windowYears(p.start, p.end, m.period.startYear, f);
    const startYear = p.start - m.period.startYear + 1;
    const endYear = p.end - m.period.startYear + 1;
    const runs = `${p.start}–${p.end}`;
    if (years.length === 0 || s.year > window)
      issues.push({
        kind: 'quick-win-outside-window',
        path: ['quickWins', 'selected', k, years.length === 0 ? 'programme' : 'year'],
        programme: s.programme,
        message: {
          id: `Quick win ${s.programme} ditetapkan untuk tahun rencana ${s.year}, tetapi roadmap menjalankannya ${runs} (tahun rencana ${startYear}–${endYear}), di luar jendela quick win tahun rencana 1–${window}.`,
          en: `Quick win ${s.programme} is adopted for plan year ${s.year}, but the roadmap runs it in ${runs} (plan years ${startYear}–${endYear}), outside the quick-win window of plan years 1–${window}.`,
        },
      });
    else if (!years.includes(s.year))
      issues.push({
        kind: 'quick-win-year-mismatch',
        path: ['quickWins', 'selected', k, 'year'],
        programme: s.programme,
        message: {
          id: `Quick win ${s.programme} ditetapkan untuk tahun rencana ${s.year}, tetapi roadmap menjalankannya ${runs} (tahun rencana ${startYear}–${endYear}).`,
          en: `Quick win ${s.programme} is adopted for plan year ${s.year}, but the roadmap runs it in ${runs} (plan years ${startYear}–${endYear}).`,
        },
      });
  });

  const mat = score.maturity;
  if (mat?.coverage.warning) {
    const k = m.maturity.findIndex((a) => a.year === mat.year);
    issues.push({
      kind: 'low-coverage',
      path: ['maturity', k, 'elements'],
      programme: null,
      message: {
        id: `Penilaian kematangan ${mat.year}: ${mat.coverage.warning.id}`,
        en: `Maturity assessment ${mat.year}: ${mat.coverage.warning.en}`,
      },
    });
  }
  const rd = score.readiness;
  if (rd?.lowCoverage) {
    const pct = (x: number | null) => `${Math.round((x ?? 0) * 100)}%`;
    issues.push({
      kind: 'low-coverage',
      path: ['readiness', 'answers'],
      programme: null,
      message: {
        id: `Cakupan tidak memadai: indeks kesiapan dihitung dari ${rd.coverage.answered} dari ${rd.coverage.asked} butir (${pct(rd.coverage.ratio)}), di bawah batas minimum ${pct(rd.coverage.minimum)} (bawaan toolkit).`,
        en: `Insufficient coverage: the readiness index rests on ${rd.coverage.answered} of ${rd.coverage.asked} items (${pct(rd.coverage.ratio)}), below the minimum of ${pct(rd.coverage.minimum)} (toolkit default).`,
      },
    });
  }

  const rank = (k: PlanIssueKind) => KIND_ORDER.indexOf(k);
  const sorted = issues
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(a.x.kind) - rank(b.x.kind) || a.i - b.i)
    .map(({ x }) => x);
  return { ok: sorted.length === 0, issues: sorted };
}
