// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { BenchmarkRow, BenchmarkStats, BenchmarkStripData } from './benchmark-strip.config.js';
export { ScBenchmarkStrip } from './benchmark-strip.js';
export type { BenchmarkPointDetail } from './geometry.js';
