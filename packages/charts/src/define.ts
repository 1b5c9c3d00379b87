// Registers every chart element (each guarded by customElements.get). It registers the classes itself
// rather than importing the per-element define modules, so that each registration stays in its own
// module (the bundler must not move side effects into shared chunks).
import { ScBenchmarkStrip } from './benchmark-strip/benchmark-strip.js';
import { ScBenchmarkWheel } from './benchmark-wheel/benchmark-wheel.js';
import { ScMaturityHeatmap } from './maturity-heatmap/maturity-heatmap.js';
import { ScMaturityRadar } from './maturity-radar/maturity-radar.js';
import { ScQuickwinMatrix } from './quickwin-matrix/quickwin-matrix.js';
import { ScReadinessBars } from './readiness-bars/readiness-bars.js';
import { ScRoadmapTimeline } from './roadmap-timeline/roadmap-timeline.js';

const elements: [string, CustomElementConstructor][] = [
  ['sc-maturity-radar', ScMaturityRadar],
  ['sc-readiness-bars', ScReadinessBars],
  ['sc-quickwin-matrix', ScQuickwinMatrix],
  ['sc-roadmap-timeline', ScRoadmapTimeline],
  ['sc-benchmark-strip', ScBenchmarkStrip],
  ['sc-maturity-heatmap', ScMaturityHeatmap],
  ['sc-benchmark-wheel', ScBenchmarkWheel],
];
for (const [tag, ctor] of elements) if (!customElements.get(tag)) customElements.define(tag, ctor);

export type { ScPointDetail } from './shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from './shared/model.js';
export {
  ScBenchmarkStrip,
  ScBenchmarkWheel,
  ScMaturityHeatmap,
  ScMaturityRadar,
  ScQuickwinMatrix,
  ScReadinessBars,
  ScRoadmapTimeline,
};
