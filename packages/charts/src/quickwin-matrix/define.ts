import { ScQuickwinMatrix } from './quickwin-matrix.js';

// The only side effect: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-quickwin-matrix')) customElements.define('sc-quickwin-matrix', ScQuickwinMatrix);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScQuickwinMatrix };
