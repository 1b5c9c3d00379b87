// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { RadarPointDetail, ValueStatus } from './geometry.js';
export type {
  MaturityRadarData,
  RadarAxis,
  RadarBand,
  RadarLevel,
  RadarSeries,
  RadarSeriesKind,
} from './maturity-radar.config.js';
export { ScMaturityRadar } from './maturity-radar.js';
