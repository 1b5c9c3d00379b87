import { ScMaturityHeatmap } from './maturity-heatmap.js';

// The only side effect: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-maturity-heatmap'))
  customElements.define('sc-maturity-heatmap', ScMaturityHeatmap);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScMaturityHeatmap };
