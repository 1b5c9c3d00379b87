export type { AssessorValue, AssessorValues } from './assessors.js';
export { readAssessorValues, withAssessorValues } from './assessors.js';
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
export type { EvaluationChange, EvaluationComparison } from './evaluation-change.js';
export { compareEvaluations } from './evaluation-change.js';
export type { Explanation, ExplanationInput } from './explain.js';
export { explainToText, formatFixed, formatNumber, formatRupiah, TOOLKIT_METHOD } from './explain.js';
export {
  formatDecimal,
  formatPercent,
  formatRupiahShort,
  INTL_LOCALES,
} from './format.js';
export type {
  EvaluationBasis,
  EvaluationCoverage,
  EvaluationGain,
  InstrumentDimensionResult,
  InstrumentResult,
  QuestionResult,
  QuestionValue,
} from './instrument.js';
export {
  evaluationGains,
  instrumentOf,
  scoreDimensionScores,
  scoreQuestionValues,
  scoreSelfAssessment,
  subIndicatorsOf,
} from './instrument.js';
export type { LiteracyPillarGap, LiteracyResult, LiteracyTargetGap, NationalFigure } from './literacy.js';
export { literacyGaps, nationalFigure } from './literacy.js';
export type {
  AnswerSource,
  RevisionStatus,
  SuggestedAnswer,
  SuggestionOptions,
} from './living.js';
export { revisionStatus, suggestedEvaluationAnswers } from './living.js';
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
  KpiTracking,
  LateProgramme,
  LateReason,
  MonitoringSummary,
  MonitoringYear,
  ProgrammeYear,
  Realisation,
  RealisationBySource,
  RealisationGroup,
  UnfundedProgramme,
} from './monitoring.js';
export { kpiMilestone, monitoringSummary } from './monitoring.js';
export type {
  NationalResultEntry,
  NationalResults,
  NationalResultsOptions,
  PeerRank,
  ResultsRow,
  ResultsTable,
} from './national-results.js';
export { nationalResults, readResultsTable } from './national-results.js';
export type { PlanCheck, PlanIssue, PlanIssueKind } from './plan-check.js';
export { checkPlan } from './plan-check.js';
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
export type {
  ElementProjection,
  ExcludedProgramme,
  MaturityProjection,
  ProjectionChange,
  ProjectionGap,
  ProjectionOptions,
  ProjectionStep,
  ProjectionYear,
  WhatIfChange,
  WhatIfResult,
} from './projection.js';
export { projectMaturity, whatIf } from './projection.js';
export type { CriterionRating, QuadrantId, QuickWinCandidate } from './quickwin.js';
export {
  budgetIn,
  quadrantOf,
  quickWinYears,
  scoreQuickWin,
  scoreQuickWins,
  windowYears,
} from './quickwin.js';
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
export { optimiseQuickWins, scoreMasterplan } from './score.js';
export type { Distribution, Standing } from './stats.js';
export { distribution, mean, quantileSorted, rankDescending, round, weightedMean } from './stats.js';
export type {
  AssessorFlag,
  AssessorFlagCode,
  CsvIssue,
  SurveyImport,
  SurveyOptions,
  SurveyQuestionValue,
} from './survey.js';
export { assessorFlags, csvIssue, importSurvey, surveyQuestionValues } from './survey.js';
