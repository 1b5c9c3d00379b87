import { ScBenchmarkWheel } from './benchmark-wheel.js';

// The only side effect: register the tag once, even if this module is loaded twice.
if (!customElements.get('sc-benchmark-wheel')) customElements.define('sc-benchmark-wheel', ScBenchmarkWheel);

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export { ScBenchmarkWheel };
