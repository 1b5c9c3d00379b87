import { ScBenchmarkStrip } from './benchmark-strip.js';

// The only side effect: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-benchmark-strip')) customElements.define('sc-benchmark-strip', ScBenchmarkStrip);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScBenchmarkStrip };
