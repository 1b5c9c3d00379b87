// The one table of the chart tags: element class, data type and events with their detail types. The React
// wrappers, the JSX, Vue and Svelte template types and the global tag/event maps are all derived from it,
// so a new element or event is added here once.

import type { BenchmarkStripData } from '../benchmark-strip/benchmark-strip.config.js';
import type { ScBenchmarkStrip } from '../benchmark-strip/benchmark-strip.js';
import type { BenchmarkPointDetail } from '../benchmark-strip/geometry.js';
import type { BenchmarkWheelData } from '../benchmark-wheel/benchmark-wheel.config.js';
import type { ScBenchmarkWheel } from '../benchmark-wheel/benchmark-wheel.js';
import type { WheelPointDetail } from '../benchmark-wheel/geometry.js';
import type { HeatmapPointDetail } from '../maturity-heatmap/geometry.js';
import type { MaturityHeatmapData } from '../maturity-heatmap/maturity-heatmap.config.js';
import type { ScMaturityHeatmap } from '../maturity-heatmap/maturity-heatmap.js';
import type { RadarPointDetail } from '../maturity-radar/geometry.js';
import type { MaturityRadarData } from '../maturity-radar/maturity-radar.config.js';
import type { ScMaturityRadar } from '../maturity-radar/maturity-radar.js';
import type { QuickWinPointDetail } from '../quickwin-matrix/geometry.js';
import type { QuickWinMatrixData } from '../quickwin-matrix/quickwin-matrix.config.js';
import type { ScQuickwinMatrix } from '../quickwin-matrix/quickwin-matrix.js';
import type { ReadinessPointDetail } from '../readiness-bars/geometry.js';
import type { ReadinessBarsData } from '../readiness-bars/readiness-bars.config.js';
import type { ScReadinessBars } from '../readiness-bars/readiness-bars.js';
import type { RoadmapPointDetail } from '../roadmap-timeline/geometry.js';
import type { RoadmapTimelineData } from '../roadmap-timeline/roadmap-timeline.config.js';
import type { ScRoadmapTimeline } from '../roadmap-timeline/roadmap-timeline.js';
import type { AxisSelectDetail, SeriesToggleDetail } from './model.js';

/** The events every chart fires, by name, with the type of their `detail`. */
export interface ScChartEventDetails<Point> {
  /** A point received focus (keyboard or pointer). */
  'sc-point-focus': Point;
  /** A point was clicked or activated with Enter/Space. */
  'sc-point-select': Point;
  /** A legend button showed or hid a series (or band). */
  'sc-series-toggle': SeriesToggleDetail;
  /** An axis, row or column label was clicked or activated with Enter/Space. */
  'sc-axis-select': AxisSelectDetail;
}

/** Every chart tag: its element class, its `data` type and its events' details. */
export interface ScChartTagMap {
  'sc-maturity-radar': {
    element: ScMaturityRadar;
    data: MaturityRadarData;
    events: ScChartEventDetails<RadarPointDetail>;
  };
  'sc-readiness-bars': {
    element: ScReadinessBars;
    data: ReadinessBarsData;
    events: ScChartEventDetails<ReadinessPointDetail>;
  };
  'sc-quickwin-matrix': {
    element: ScQuickwinMatrix;
    data: QuickWinMatrixData;
    events: ScChartEventDetails<QuickWinPointDetail>;
  };
  'sc-roadmap-timeline': {
    element: ScRoadmapTimeline;
    data: RoadmapTimelineData;
    events: ScChartEventDetails<RoadmapPointDetail>;
  };
  'sc-benchmark-strip': {
    element: ScBenchmarkStrip;
    data: BenchmarkStripData;
    events: ScChartEventDetails<BenchmarkPointDetail>;
  };
  'sc-maturity-heatmap': {
    element: ScMaturityHeatmap;
    data: MaturityHeatmapData;
    events: ScChartEventDetails<HeatmapPointDetail>;
  };
  'sc-benchmark-wheel': {
    element: ScBenchmarkWheel;
    data: BenchmarkWheelData;
    events: ScChartEventDetails<WheelPointDetail>;
  };
}

/** A chart tag name. */
export type ScChartTag = keyof ScChartTagMap;
/** A chart event name. */
export type ScChartEventName = keyof ScChartEventDetails<unknown>;

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** `sc-point-select` → `onPointSelect` (the React wrappers' prop names). */
export type ReactEventProp<E extends string> = E extends `sc-${infer R}`
  ? `on${Capitalize<Camel<R>>}`
  : never;
/** `sc-point-select` → `onScPointSelect` (how Vue names the listener of `@sc-point-select`). */
export type VueEventProp<E extends string> = `on${Capitalize<Camel<E>>}`;

/** The attributes and properties a template may set on a chart tag (besides the global HTML ones). */
export interface ScChartTemplateProps<T extends ScChartTag> {
  /** The chart data: an object set as a property (or JSON in the `data` attribute, as a string). */
  data?: ScChartTagMap[T]['data'] | string | null;
  /** Language of the built-in strings (`id` default, `en`). */
  lang?: string;
}
