import { html, nothing, type TemplateResult } from 'lit';

/** The chart elements of `@smartcity/charts` the dashboard uses. */
export type ChartTag =
  | 'sc-maturity-radar'
  | 'sc-readiness-bars'
  | 'sc-quickwin-matrix'
  | 'sc-roadmap-timeline'
  | 'sc-benchmark-strip'
  | 'sc-maturity-heatmap'
  | 'sc-benchmark-wheel';

let loading: Promise<void> | undefined;

/** Loads and registers the chart elements (once, on the first page that shows a chart). */
export function loadCharts(): Promise<void> {
  loading ??= import('./chart-elements.js').then((m) => m.defineCharts());
  return loading;
}

/** A chart element fed with plain data; the elements are loaded on first use. */
export function chart(tag: ChartTag, data: unknown, testid?: string): TemplateResult {
  void loadCharts();
  const id = testid ?? tag;
  switch (tag) {
    case 'sc-maturity-radar':
      return html`<sc-maturity-radar class="chart" data-testid=${id} .data=${data}></sc-maturity-radar>`;
    case 'sc-readiness-bars':
      return html`<sc-readiness-bars class="chart" data-testid=${id} .data=${data}></sc-readiness-bars>`;
    case 'sc-quickwin-matrix':
      return html`<sc-quickwin-matrix class="chart" data-testid=${id} .data=${data}></sc-quickwin-matrix>`;
    case 'sc-roadmap-timeline':
      return html`<sc-roadmap-timeline class="chart" data-testid=${id} .data=${data}></sc-roadmap-timeline>`;
    case 'sc-benchmark-strip':
      return html`<sc-benchmark-strip class="chart" data-testid=${id} .data=${data}></sc-benchmark-strip>`;
    case 'sc-maturity-heatmap':
      return html`<sc-maturity-heatmap class="chart" data-testid=${id} .data=${data}></sc-maturity-heatmap>`;
    case 'sc-benchmark-wheel':
      return html`<sc-benchmark-wheel class="chart" data-testid=${id} .data=${data}></sc-benchmark-wheel>`;
    default:
      return html`${nothing}`;
  }
}
