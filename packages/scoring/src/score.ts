import type { Framework, Masterplan, Region } from '@smartcity/model';
import { type EvaluationResult, scoreEvaluation } from './evaluation.js';
import { type LiteracyResult, literacyGaps } from './literacy.js';
import { compareMaturity, type MaturityChange, type MaturityResult, scoreMaturity } from './maturity.js';
import { optimisePortfolio, type PortfolioResult } from './portfolio.js';
import { type QuickWinCandidate, quickWinYears, scoreQuickWins, windowYears } from './quickwin.js';
import { type ReadinessResult, scoreReadiness } from './readiness.js';
import { type BudgetCeilings, type RoadmapResult, scheduleRoadmap } from './roadmap.js';
import { compareIds } from './stats.js';

/** Options of `scoreMasterplan`. */
export interface ScoreOptions {
  /**
   * Quick-win budget for plan years 1–2, in rupiah (default: `masterplan.quickWins.budget`; `null` = no
   * limit).
   */
  readonly budget?: number | null;
  /** Most quick wins per owning OPD (default: `masterplan.quickWins.maxPerOwner`; `null` = no limit). */
  readonly maxPerOwner?: number | null;
  /** Yearly budget ceilings per funding source for the roadmap (default: none). */
  readonly ceilings?: BudgetCeilings;
  /** Evaluation weight set to use (default: each evaluation's own, else the framework's default). */
  readonly weightSet?: string;
  /** Target maturity level for elements whose assessment sets none (default: none). */
  readonly defaultTarget?: number;
}

/** Quick wins of a masterplan: every candidate and the optimal portfolio. */
export interface QuickWinResult {
  /** The calendar years quick wins cover (the plan's first `framework.quickWin.years`). */
  readonly years: { readonly from: number; readonly to: number };
  /** Programmes with quick-win ratings, scored, in id order. */
  readonly candidates: readonly QuickWinCandidate[];
  /** The optimal portfolio within the budget and per-owner limit. */
  readonly portfolio: PortfolioResult;
  /** The programmes the masterplan itself selects (`quickWins.selected`), in id order. */
  readonly planned: readonly string[];
}

/** Everything scored for one region. */
export interface MasterplanScore {
  /** The framework (id and version) the figures were computed with. */
  readonly framework: { readonly id: string; readonly version: string };
  readonly region: Region;
  readonly period: { readonly startYear: number; readonly endYear: number };
  /** Readiness, or `null` when the masterplan has no readiness assessment. */
  readonly readiness: ReadinessResult | null;
  /** The latest maturity assessment (by year), or `null` for none. */
  readonly maturity: MaturityResult | null;
  /** The assessment before the latest, or `null`. */
  readonly previousMaturity: MaturityResult | null;
  /** The change from `previousMaturity` to `maturity`, or `null` with fewer than two assessments. */
  readonly maturityChange: MaturityChange | null;
  /** The evaluation of the latest year, or `null` for none. */
  readonly evaluation: EvaluationResult | null;
  readonly quickWins: QuickWinResult;
  readonly roadmap: RoadmapResult;
  /** Digital literacy gaps, or `null` when the masterplan has no literacy strategy. */
  readonly literacy: LiteracyResult | null;
}

/**
 * Scores one masterplan with its framework (pass the framework `parseMasterplan` returned): readiness, the
 * latest maturity assessment and its change from the previous one, the latest evaluation, quick wins with
 * the optimal portfolio (budget and per-owner limit from `masterplan.quickWins`, overridable), the roadmap
 * and digital literacy gaps. Pure: the same input gives the same output.
 */
export function scoreMasterplan(
  masterplan: Masterplan,
  framework: Framework,
  options: ScoreOptions = {},
): MasterplanScore {
  const m = masterplan;
  const f = framework;
  const assessments = [...m.maturity].sort((a, b) => a.year - b.year);
  const latest = assessments[assessments.length - 1];
  const before = assessments[assessments.length - 2];
  const maturityOptions = options.defaultTarget === undefined ? {} : { defaultTarget: options.defaultTarget };
  const maturity = latest ? scoreMaturity(latest, f, maturityOptions) : null;
  const previousMaturity = before ? scoreMaturity(before, f, maturityOptions) : null;
  const evaluations = [...m.evaluations].sort((a, b) => a.year - b.year);
  const lastEvaluation = evaluations[evaluations.length - 1];

  const candidates = scoreQuickWins(m.programmes, m.period.startYear, f);
  const budget = options.budget === undefined ? m.quickWins.budget : (options.budget ?? undefined);
  const maxPerOwner =
    options.maxPerOwner === undefined ? m.quickWins.maxPerOwner : (options.maxPerOwner ?? undefined);
  const roadmap = scheduleRoadmap(
    m.programmes,
    m.period,
    f,
    options.ceilings ? { ceilings: options.ceilings } : {},
  );
  const portfolio = optimiseQuickWins(m, f, candidates, roadmap, {
    ...(budget === undefined ? {} : { budget }),
    ...(maxPerOwner === undefined ? {} : { maxPerOwner }),
  });

  return {
    framework: { id: f.id, version: f.version },
    region: m.region,
    period: { startYear: m.period.startYear, endYear: m.period.endYear },
    readiness: m.readiness ? scoreReadiness(m.readiness, f) : null,
    maturity,
    previousMaturity,
    maturityChange: maturity && previousMaturity ? compareMaturity(previousMaturity, maturity) : null,
    evaluation: lastEvaluation
      ? scoreEvaluation(
          lastEvaluation,
          f,
          options.weightSet === undefined ? {} : { weightSet: options.weightSet },
        )
      : null,
    quickWins: {
      years: quickWinYears(m.period.startYear, f),
      candidates,
      portfolio,
      planned: m.quickWins.selected.map((s) => s.programme).sort(compareIds),
    },
    roadmap,
    literacy: m.literacy ? literacyGaps(m.literacy, f) : null,
  };
}

/**
 * The quick-win portfolio of a plan: its candidates within the budget and per-OPD limit given, and within the
 * plan's per-year limits (`quickWins.years`, else the window's years without limits). A candidate may be
 * delivered only in the window's plan years (1–2) that the roadmap runs it in, so a programme that starts
 * in plan year 6 — or that a dependency moves out of the window — is no quick win. The dashboard and
 * `scoreMasterplan` both use this.
 */
export function optimiseQuickWins(
  m: Masterplan,
  f: Framework,
  candidates: readonly QuickWinCandidate[],
  roadmap: RoadmapResult,
  limits: { readonly budget?: number; readonly maxPerOwner?: number } = {},
  options: { readonly nodeLimit?: number } = {},
): PortfolioResult {
  const scheduled = new Map(roadmap.programmes.map((p) => [p.id, p]));
  const windowLimits =
    m.quickWins.years ?? Array.from({ length: f.quickWin.years }, (_, k) => ({ year: k + 1 }));
  const portfolioCandidates = candidates.map((c) => {
    const r = scheduled.get(c.id);
    const years =
      r && r.start !== null && r.end !== null
        ? windowYears(r.start, r.end, m.period.startYear, f)
        : c.windowYears;
    return { id: c.id, owner: c.owner, score: c.score, cost: c.cost, years };
  });
  return optimisePortfolio(
    portfolioCandidates,
    { ...limits, years: windowLimits },
    {
      decimals: f.maturity.decimals,
      provenance: f.quickWin.provenance,
      ...(options.nodeLimit === undefined ? {} : { nodeLimit: options.nodeLimit }),
    },
  );
}
