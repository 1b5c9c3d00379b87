import type { PropertyValues } from 'lit';
import { ScChartElement } from '../shared/base.js';
import { type ChartLang, HEATMAP_STRINGS } from '../shared/i18n.js';
import type { AxisSelectDetail } from '../shared/model.js';
import type { ChartTheme } from '../shared/palette.js';
import { CSS_PAINT } from '../shared/points.js';
import { baseStyles } from '../shared/styles.js';
import { type HeatmapLayout, layoutMaturityHeatmap } from './geometry.js';
import {
  type HeatmapGroupBy,
  type HeatmapSortKey,
  type MaturityHeatmapData,
  type NormalizedHeatmapData,
  normalizeHeatmapData,
} from './maturity-heatmap.config.js';
import { maturityHeatmapStyles } from './maturity-heatmap.styles.js';
import { heatmapBody } from './svg.js';

/**
 * A heatmap of regions × elements (e.g. 514 kabupaten/kota × the eighteen elements): one cell per value,
 * darker for higher, missing values dashed (never drawn as zero). Rows grouped by province or cohort and
 * sorted by name, mean or any element; a click (or Enter) on a column heading sorts by it, again to
 * reverse. The grid is one tab stop, arrow keys move between cells; the data table lists every value.
 *
 * @summary Regions × elements maturity heatmap, sortable and grouped.
 * @tagname sc-maturity-heatmap
 *
 * @attr data - The data as JSON (see `MaturityHeatmapData`); malformed JSON shows a visible error.
 * @attr lang - Language of the built-in strings (`id` default, `en`); else the closest ancestor's `lang`.
 * @attr sort-by - `label`, `mean` or an element id (overrides the data's `sortBy`).
 * @attr sort-order - `asc` or `desc`.
 * @attr group-by - `none`, `province` or `cohort`.
 * @attr theme - `light` or `dark`; default: the reader's `prefers-color-scheme`.
 *
 * @fires {CustomEvent<HeatmapPointDetail>} sc-point-focus - A cell received focus (keyboard or pointer).
 * @fires {CustomEvent<HeatmapPointDetail>} sc-point-select - A cell was clicked or activated with Enter/Space.
 * @fires {CustomEvent<AxisSelectDetail>} sc-axis-select - A column heading was clicked or activated (it sorts).
 *
 * @csspart base - The figure wrapping the chart.
 * @csspart title - The visible title.
 * @csspart plot - The box around the SVG and the tooltip.
 * @csspart svg - The chart's SVG.
 * @csspart axis-labels - The column headings.
 * @csspart point - Each focusable cell.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The colour steps.
 * @csspart legend-item - Each step.
 * @csspart notes - Missing values.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table's wrapper.
 * @csspart error - The message shown for invalid data.
 * @csspart empty - The message shown for empty data.
 *
 * @cssproperty [--sc-series-1=#1f5fbf] - Colour of the cells (five steps of opacity over it).
 * @cssproperty [--sc-color-bg=#ffffff] - Background.
 * @cssproperty [--sc-color-text=#1f2328] - Text.
 * @cssproperty [--sc-color-grid=#d8dee4] - Missing cells.
 * @cssproperty [--sc-color-band=#9aa4b1] - Dimension bands.
 */
export class ScMaturityHeatmap extends ScChartElement<
  MaturityHeatmapData,
  NormalizedHeatmapData,
  HeatmapLayout
> {
  static override styles = [baseStyles, maturityHeatmapStyles];

  static override properties = {
    ...ScChartElement.properties,
    sortBy: { attribute: 'sort-by' },
    sortOrder: { attribute: 'sort-order' },
    groupBy: { attribute: 'group-by' },
  };

  /** Sort key: `label`, `mean` or an element id; default the data's `sortBy` (else `mean`). */
  declare sortBy: HeatmapSortKey | undefined;
  /** `asc` or `desc`; default descending for values, ascending for names. */
  declare sortOrder: 'asc' | 'desc' | undefined;
  /** Grouping of the rows: `none`, `province` or `cohort`; default the data's `groupBy` (else `none`). */
  declare groupBy: HeatmapGroupBy | undefined;

  constructor() {
    super();
    // A column heading sorts by its column; the same one again reverses the order.
    this.addEventListener('sc-axis-select', (e) => {
      const { axisId } = (e as CustomEvent<AxisSelectDetail>).detail;
      const m = this._model;
      const current =
        m?.columns.find((c) => c.sorted) ??
        (m?.meanSorted ? { id: 'mean', sorted: m.meanSorted } : undefined);
      this.sortOrder = current?.id === axisId ? (current.sorted === 'asc' ? 'desc' : 'asc') : 'desc';
      this.sortBy = axisId;
    });
  }

  protected override viewChanged(changed: PropertyValues): boolean {
    return changed.has('sortBy') || changed.has('sortOrder') || changed.has('groupBy');
  }

  protected normalizeData(data: unknown) {
    return normalizeHeatmapData(data);
  }

  protected computeLayout(data: NormalizedHeatmapData, width: number, lang: ChartLang) {
    return layoutMaturityHeatmap(data, width, lang, {
      ...(this.sortBy ? { sortBy: this.sortBy } : {}),
      ...(this.sortOrder === 'asc' || this.sortOrder === 'desc' ? { sortOrder: this.sortOrder } : {}),
      ...(this.groupBy === 'none' || this.groupBy === 'province' || this.groupBy === 'cohort'
        ? { groupBy: this.groupBy }
        : {}),
    });
  }

  protected body(m: HeatmapLayout, theme: ChartTheme = CSS_PAINT): string {
    return heatmapBody(m, theme);
  }

  protected chartName(lang: ChartLang): string {
    return HEATMAP_STRINGS[lang].name;
  }
}
