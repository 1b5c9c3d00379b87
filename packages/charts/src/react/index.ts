// React components for the chart elements, made with @lit/react: `data` and the other element properties
// are set as properties (never stringified), and the chart events are typed `on…` props. The module is a
// client module ('use client', added by the build): in a server-rendered page (Next.js app router) it
// renders the tag on the server and the chart draws itself when the page hydrates.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  ScBenchmarkStrip,
  ScBenchmarkWheel,
  ScMaturityHeatmap,
  ScMaturityRadar,
  ScQuickwinMatrix,
  ScReadinessBars,
  ScRoadmapTimeline,
} from '../define.js';
import type { ScChartEventDetails, ScChartEventName, ScChartTag, ScChartTagMap } from '../shared/tags.js';

/** The chart events, by the React prop that listens to each. */
const EVENT_PROPS = {
  onPointFocus: 'sc-point-focus',
  onPointSelect: 'sc-point-select',
  onSeriesToggle: 'sc-series-toggle',
  onAxisSelect: 'sc-axis-select',
} as const satisfies Record<string, ScChartEventName>;

type EventProps<T extends ScChartTag> = {
  [P in keyof typeof EVENT_PROPS]: EventName<
    CustomEvent<ScChartTagMap[T]['events'][(typeof EVENT_PROPS)[P]]>
  >;
};

function chart<
  T extends ScChartTag,
  C extends CustomElementConstructor & { prototype: ScChartTagMap[T]['element'] },
>(tagName: T, elementClass: C, displayName: string) {
  return createComponent({
    react: React,
    tagName,
    elementClass: elementClass as unknown as new () => ScChartTagMap[T]['element'],
    events: EVENT_PROPS as unknown as EventProps<T>,
    displayName,
  });
}

/** `<sc-maturity-radar>` as a React component: `<MaturityRadar data={…} onPointSelect={(e) => e.detail} />`. */
export const MaturityRadar = chart('sc-maturity-radar', ScMaturityRadar, 'MaturityRadar');
/** `<sc-readiness-bars>` as a React component. */
export const ReadinessBars = chart('sc-readiness-bars', ScReadinessBars, 'ReadinessBars');
/** `<sc-quickwin-matrix>` as a React component. */
export const QuickwinMatrix = chart('sc-quickwin-matrix', ScQuickwinMatrix, 'QuickwinMatrix');
/** `<sc-roadmap-timeline>` as a React component. */
export const RoadmapTimeline = chart('sc-roadmap-timeline', ScRoadmapTimeline, 'RoadmapTimeline');
/** `<sc-benchmark-strip>` as a React component. */
export const BenchmarkStrip = chart('sc-benchmark-strip', ScBenchmarkStrip, 'BenchmarkStrip');
/** `<sc-maturity-heatmap>` as a React component (`sortBy`, `sortOrder`, `groupBy` are properties too). */
export const MaturityHeatmap = chart('sc-maturity-heatmap', ScMaturityHeatmap, 'MaturityHeatmap');
/** `<sc-benchmark-wheel>` as a React component. */
export const BenchmarkWheel = chart('sc-benchmark-wheel', ScBenchmarkWheel, 'BenchmarkWheel');

export type { ScPointDetail } from '../shared/events.js';
export type { AxisSelectDetail, SeriesToggleDetail } from '../shared/model.js';
export type { ScChartEventDetails, ScChartTag, ScChartTagMap };
