export type { ReadinessPointDetail } from './geometry.js';
export type { ReadinessAspect, ReadinessBarsData, ReadinessPillar } from './readiness-bars.config.js';
export { ScReadinessBars } from './readiness-bars.js';
