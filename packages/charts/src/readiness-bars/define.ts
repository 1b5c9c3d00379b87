import { ScReadinessBars } from './readiness-bars.js';

// The only side effect: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-readiness-bars')) customElements.define('sc-readiness-bars', ScReadinessBars);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScReadinessBars };
