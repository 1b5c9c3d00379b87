import { ScMaturityRadar } from './maturity-radar.js';

// The only side effect of the radar: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-maturity-radar')) customElements.define('sc-maturity-radar', ScMaturityRadar);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScMaturityRadar };
