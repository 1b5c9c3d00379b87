// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { ReadinessPointDetail } from './geometry.js';
export type { ReadinessAspect, ReadinessBarsData, ReadinessPillar } from './readiness-bars.config.js';
export { ScReadinessBars } from './readiness-bars.js';
