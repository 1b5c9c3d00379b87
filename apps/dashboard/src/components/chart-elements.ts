// Registers the chart elements the dashboard uses. Loaded on demand by the first page that shows a chart,
// so the charts (and d3) stay out of the initial load.
import * as charts from '@smartcity/charts';

const ELEMENTS: [tag: string, className: string][] = [
  ['sc-maturity-radar', 'ScMaturityRadar'],
  ['sc-readiness-bars', 'ScReadinessBars'],
  ['sc-quickwin-matrix', 'ScQuickwinMatrix'],
  ['sc-roadmap-timeline', 'ScRoadmapTimeline'],
  ['sc-benchmark-strip', 'ScBenchmarkStrip'],
  ['sc-maturity-heatmap', 'ScMaturityHeatmap'],
  ['sc-benchmark-wheel', 'ScBenchmarkWheel'],
];

export function defineCharts(): void {
  const all = charts as unknown as Record<string, CustomElementConstructor | undefined>;
  for (const [tag, name] of ELEMENTS) {
    const cls = all[name];
    if (cls && !customElements.get(tag)) customElements.define(tag, cls);
  }
}
