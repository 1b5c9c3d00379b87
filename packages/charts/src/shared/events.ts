import type { BenchmarkPointDetail } from '../benchmark-strip/geometry.js';
import type { WheelPointDetail } from '../benchmark-wheel/geometry.js';
import type { HeatmapPointDetail } from '../maturity-heatmap/geometry.js';
import type { RadarPointDetail } from '../maturity-radar/geometry.js';
import type { QuickWinPointDetail } from '../quickwin-matrix/geometry.js';
import type { ReadinessPointDetail } from '../readiness-bars/geometry.js';
import type { RoadmapPointDetail } from '../roadmap-timeline/geometry.js';
import type { AxisSelectDetail, SeriesToggleDetail } from './model.js';
import type { ScChartTag, ScChartTagMap } from './tags.js';

/** Detail of `sc-point-focus` / `sc-point-select` of any chart; `chart` tells which. */
export type ScPointDetail =
  | RadarPointDetail
  | ReadinessPointDetail
  | QuickWinPointDetail
  | RoadmapPointDetail
  | BenchmarkPointDetail
  | HeatmapPointDetail
  | WheelPointDetail;

/** The element class of every chart tag (for `document.querySelector('sc-…')` and `createElement`). */
export type ScChartElements = { [T in ScChartTag]: ScChartTagMap[T]['element'] };

declare global {
  interface HTMLElementTagNameMap extends ScChartElements {}
  interface HTMLElementEventMap {
    /** A point received focus (keyboard or pointer). Bubbles, composed. */
    'sc-point-focus': CustomEvent<ScPointDetail>;
    /** A point was clicked or activated with Enter/Space. Bubbles, composed. */
    'sc-point-select': CustomEvent<ScPointDetail>;
    /** A legend button showed or hid a series. Bubbles, composed. */
    'sc-series-toggle': CustomEvent<SeriesToggleDetail>;
    /** An axis, row or column label was clicked or activated with Enter/Space. Bubbles, composed. */
    'sc-axis-select': CustomEvent<AxisSelectDetail>;
  }
}
