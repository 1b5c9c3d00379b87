// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { HeatmapPointDetail } from './geometry.js';
export type {
  HeatmapDimension,
  HeatmapElement,
  HeatmapGroupBy,
  HeatmapRegion,
  HeatmapSortKey,
  MaturityHeatmapData,
} from './maturity-heatmap.config.js';
export { ScMaturityHeatmap } from './maturity-heatmap.js';
