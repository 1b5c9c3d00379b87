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
