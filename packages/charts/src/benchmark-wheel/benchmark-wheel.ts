import { ScChartElement } from '../shared/base.js';
import { type ChartLang, WHEEL_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { CSS_PAINT } from '../shared/points.js';
import { baseStyles } from '../shared/styles.js';
import {
  type BenchmarkWheelData,
  type NormalizedWheelData,
  normalizeWheelData,
} from './benchmark-wheel.config.js';
import { benchmarkWheelStyles } from './benchmark-wheel.styles.js';
import { layoutBenchmarkWheel, type WheelLayout } from './geometry.js';
import { wheelBody } from './svg.js';

/**
 * Benchmark wheel: one region against its peers, as the U4SSC reports draw it: a sunburst whose inner
 * ring holds the dimensions (shaded by the region's mean) and whose outer ring holds their elements (the
 * region's value as a bar from the inner edge, the peers' median as an arc across it). Missing values
 * are a dashed, empty segment and named under the chart, never zero.
 *
 * @summary One region against its peers: dimensions → elements sunburst.
 * @tagname sc-benchmark-wheel
 *
 * @attr data - The data as JSON (see `BenchmarkWheelData`); malformed JSON shows a visible error.
 * @attr lang - Language of the built-in strings (`id` default, `en`); else the closest ancestor's `lang`.
 * @attr theme - `light` or `dark`; default: the reader's `prefers-color-scheme`.
 *
 * @fires {CustomEvent<WheelPointDetail>} sc-point-focus - A segment received focus (keyboard or pointer).
 * @fires {CustomEvent<WheelPointDetail>} sc-point-select - A segment was clicked or activated with Enter/Space.
 *
 * @csspart base - The figure wrapping the chart.
 * @csspart title - The visible title.
 * @csspart plot - The box around the SVG and the tooltip.
 * @csspart svg - The chart's SVG.
 * @csspart axis-labels - The element labels around the wheel.
 * @csspart point - Each focusable segment.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend list.
 * @csspart legend-item - Each legend entry.
 * @csspart notes - Missing and out-of-scale values.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table's wrapper.
 * @csspart error - The message shown for invalid data.
 * @csspart empty - The message shown for empty data.
 *
 * @cssproperty [--sc-series-1=#1f5fbf] - The region's colour.
 * @cssproperty [--sc-color-text=#1f2328] - Text and the peers' median.
 * @cssproperty [--sc-color-grid=#d8dee4] - Tracks and level circles.
 */
export class ScBenchmarkWheel extends ScChartElement<BenchmarkWheelData, NormalizedWheelData, WheelLayout> {
  static override styles = [baseStyles, benchmarkWheelStyles];

  protected normalizeData(data: unknown) {
    return normalizeWheelData(data);
  }

  protected computeLayout(data: NormalizedWheelData, width: number, lang: ChartLang) {
    return layoutBenchmarkWheel(data, width, lang);
  }

  protected body(m: WheelLayout, theme: ChartTheme = CSS_PAINT): string {
    return wheelBody(m, theme);
  }

  protected chartName(lang: ChartLang): string {
    return WHEEL_STRINGS[lang].name;
  }
}
