import type { BenchmarkPointDetail } from '../benchmark-strip/geometry.js';
import type { RadarPointDetail } from '../maturity-radar/geometry.js';
import type { QuickWinPointDetail } from '../quickwin-matrix/geometry.js';
import type { ReadinessPointDetail } from '../readiness-bars/geometry.js';
import type { RoadmapPointDetail } from '../roadmap-timeline/geometry.js';
import type { SeriesToggleDetail } from './model.js';

/** Detail of `sc-point-focus` / `sc-point-select` of any chart; `chart` tells which. */
export type ScPointDetail =
  | RadarPointDetail
  | ReadinessPointDetail
  | QuickWinPointDetail
  | RoadmapPointDetail
  | BenchmarkPointDetail;

declare global {
  interface HTMLElementEventMap {
    /** A point received focus (keyboard or pointer). Bubbles, composed. */
    'sc-point-focus': CustomEvent<ScPointDetail>;
    /** A point was clicked or activated with Enter/Space. Bubbles, composed. */
    'sc-point-select': CustomEvent<ScPointDetail>;
    /** A legend button showed or hid a series. Bubbles, composed. */
    'sc-series-toggle': CustomEvent<SeriesToggleDetail>;
  }
}
