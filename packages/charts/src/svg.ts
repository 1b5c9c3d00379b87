// DOM-free renderers and layouts: no lit, no DOM globals. Safe in Node, workers and report pipelines.

export type {
  BenchmarkRow,
  BenchmarkStats,
  BenchmarkStripData,
} from './benchmark-strip/benchmark-strip.config.js';
export { summarize } from './benchmark-strip/benchmark-strip.config.js';
export type { BenchmarkLayout, BenchmarkPointDetail } from './benchmark-strip/geometry.js';
export { layoutBenchmarkStrip } from './benchmark-strip/geometry.js';
export { renderBenchmarkStripSvg } from './benchmark-strip/svg.js';
export type {
  BenchmarkWheelData,
  WheelDimension,
  WheelElement,
} from './benchmark-wheel/benchmark-wheel.config.js';
export type { WheelLayout, WheelPointDetail } from './benchmark-wheel/geometry.js';
export { layoutBenchmarkWheel } from './benchmark-wheel/geometry.js';
export { renderBenchmarkWheelSvg } from './benchmark-wheel/svg.js';
export type { HeatmapLayout, HeatmapPointDetail, HeatmapView } from './maturity-heatmap/geometry.js';
export { layoutMaturityHeatmap } from './maturity-heatmap/geometry.js';
export type {
  HeatmapDimension,
  HeatmapElement,
  HeatmapGroupBy,
  HeatmapRegion,
  HeatmapSortKey,
  MaturityHeatmapData,
} from './maturity-heatmap/maturity-heatmap.config.js';
export { renderMaturityHeatmapSvg } from './maturity-heatmap/svg.js';
export type { RadarLayout, RadarPointDetail, ValueStatus } from './maturity-radar/geometry.js';
export { layoutMaturityRadar } from './maturity-radar/geometry.js';
export type {
  MaturityRadarData,
  RadarAxis,
  RadarBand,
  RadarLevel,
  RadarSeries,
  RadarSeriesKind,
} from './maturity-radar/maturity-radar.config.js';
export { normalizeRadarData } from './maturity-radar/maturity-radar.config.js';
export type { MaturityRadarSvgOptions } from './maturity-radar/svg.js';
export { renderMaturityRadarSvg } from './maturity-radar/svg.js';
export type { QuickWinLayout, QuickWinPointDetail } from './quickwin-matrix/geometry.js';
export { layoutQuickWinMatrix } from './quickwin-matrix/geometry.js';
export type {
  Quadrant,
  QuickWinCandidate,
  QuickWinMatrixData,
} from './quickwin-matrix/quickwin-matrix.config.js';
export { classifyQuadrant } from './quickwin-matrix/quickwin-matrix.config.js';
export { renderQuickWinMatrixSvg } from './quickwin-matrix/svg.js';
export type { ReadinessLayout, ReadinessPointDetail } from './readiness-bars/geometry.js';
export { layoutReadinessBars } from './readiness-bars/geometry.js';
export type {
  ReadinessAspect,
  ReadinessBarsData,
  ReadinessPillar,
} from './readiness-bars/readiness-bars.config.js';
export { renderReadinessBarsSvg } from './readiness-bars/svg.js';
export type { RoadmapLayout, RoadmapPointDetail } from './roadmap-timeline/geometry.js';
export { layoutRoadmapTimeline } from './roadmap-timeline/geometry.js';
export type {
  RoadmapDimension,
  RoadmapPhase,
  RoadmapProgramme,
  RoadmapTimelineData,
} from './roadmap-timeline/roadmap-timeline.config.js';
export { DEFAULT_PHASES } from './roadmap-timeline/roadmap-timeline.config.js';
export { renderRoadmapTimelineSvg } from './roadmap-timeline/svg.js';
export { escapeXml } from './shared/escape.js';
export { formatIdr, formatNumber } from './shared/format.js';
export { type ChartLang, normalizeLang } from './shared/i18n.js';
export type {
  AxisSelectDetail,
  ChartMessage,
  ChartModel,
  LegendItem,
  Normalized,
  SeriesToggleDetail,
  TableModel,
} from './shared/model.js';
export { type ChartTheme, darkTheme, lightTheme } from './shared/palette.js';
export type { SvgRenderOptions } from './shared/svg.js';
