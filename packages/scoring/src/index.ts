export type {
  BenchmarkEntry,
  BenchmarkOptions,
  BenchmarkResult,
  GroupStatistics,
  PeerGroup,
  RegionBenchmark,
  RegionStanding,
} from './benchmark.js';
export { benchmark } from './benchmark.js';
export type { EvaluationDimensionResult, EvaluationOptions, EvaluationResult } from './evaluation.js';
export { scoreEvaluation } from './evaluation.js';
export type { Explanation, ExplanationInput } from './explain.js';
export { explainToText, formatFixed, formatNumber, formatRupiah, TOOLKIT_METHOD } from './explain.js';
export type { LiteracyPillarGap, LiteracyResult, LiteracyTargetGap, NationalFigure } from './literacy.js';
export { literacyGaps, nationalFigure } from './literacy.js';
export type {
  DimensionMaturity,
  ElementMaturity,
  FigureChange,
  MaturityChange,
  MaturityCoverage,
  MaturityIndex,
  MaturityOptions,
  MaturityResult,
  PredicateResult,
} from './maturity.js';
export {
  compareMaturity,
  DEFAULT_MATURITY_MIN_COVERAGE,
  ladderOf,
  levelFromCriteria,
  maturityCoverage,
  predicateOf,
  scoreMaturity,
} from './maturity.js';
export type {
  PortfolioCandidate,
  PortfolioConstraints,
  PortfolioDecision,
  PortfolioOptions,
  PortfolioReason,
  PortfolioResult,
  PortfolioYearLimit,
  PortfolioYearUse,
} from './portfolio.js';
export { DEFAULT_NODE_LIMIT, optimisePortfolio } from './portfolio.js';
export type { CriterionRating, QuadrantId, QuickWinCandidate } from './quickwin.js';
export { budgetIn, quadrantOf, quickWinYears, scoreQuickWin, scoreQuickWins } from './quickwin.js';
export type {
  AspectReadiness,
  Coverage,
  PillarReadiness,
  ReadinessFigure,
  ReadinessItemResult,
  ReadinessResult,
} from './readiness.js';
export { scoreReadiness } from './readiness.js';
export type {
  BudgetCeilings,
  RoadmapConflict,
  RoadmapOptions,
  RoadmapResult,
  RoadmapYear,
  ScheduledProgramme,
} from './roadmap.js';
export { scheduleRoadmap } from './roadmap.js';
export type { MasterplanScore, QuickWinResult, ScoreOptions } from './score.js';
export { scoreMasterplan } from './score.js';
export type { Distribution, Standing } from './stats.js';
export { distribution, mean, quantileSorted, rankDescending, round, weightedMean } from './stats.js';
