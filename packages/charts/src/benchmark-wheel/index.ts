// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { BenchmarkWheelData, WheelDimension, WheelElement } from './benchmark-wheel.config.js';
export { ScBenchmarkWheel } from './benchmark-wheel.js';
export type { WheelPointDetail } from './geometry.js';
