// The chart events' details, and (through this module) the typed global tag and event maps.
export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { QuickWinPointDetail } from './geometry.js';
export type { Quadrant, QuickWinCandidate, QuickWinMatrixData } from './quickwin-matrix.config.js';
export { ScQuickwinMatrix } from './quickwin-matrix.js';
