export type { QuickWinPointDetail } from './geometry.js';
export type { Quadrant, QuickWinCandidate, QuickWinMatrixData } from './quickwin-matrix.config.js';
export { ScQuickwinMatrix } from './quickwin-matrix.js';
