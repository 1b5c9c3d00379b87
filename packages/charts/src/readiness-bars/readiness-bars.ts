import { ScChartElement } from '../shared/base.js';
import { type ChartLang, READINESS_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { CSS_PAINT } from '../shared/points.js';
import { baseStyles } from '../shared/styles.js';
import { layoutReadinessBars, type ReadinessLayout } from './geometry.js';
import {
  type NormalizedReadinessData,
  normalizeReadinessData,
  type ReadinessBarsData,
} from './readiness-bars.config.js';
import { readinessBarsStyles } from './readiness-bars.styles.js';
import { readinessBody } from './svg.js';

/**
 * Readiness bars: pillars and their aspects with scores 0–100 and questionnaire coverage
 * (answered/asked). Scores from too little coverage are flagged with a warning mark and a note; missing
 * scores show an empty dashed track, never a zero bar.
 *
 * @summary Readiness scores per pillar and aspect, with coverage.
 * @tagname sc-readiness-bars
 *
 * @attr data - The data as JSON (see `ReadinessBarsData`); malformed JSON shows a visible error.
 * @attr lang - Language of the built-in strings (`id` default, `en`); else the closest ancestor's `lang`.
 *
 * @fires {CustomEvent<ReadinessPointDetail>} sc-point-focus - A point received focus (keyboard or pointer).
 * @fires {CustomEvent<ReadinessPointDetail>} sc-point-select - A point was clicked or activated with Enter/Space.
 *
 * @csspart base - The figure wrapping the chart.
 * @csspart title - The visible title.
 * @csspart plot - The box around the SVG and the tooltip.
 * @csspart svg - The chart's SVG.
 * @csspart point - Each focusable point.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend list.
 * @csspart legend-item - Each legend entry.
 * @csspart notes - The list of missing, out-of-scale or flagged values.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table's wrapper.
 * @csspart error - The message shown for invalid data.
 * @csspart empty - The message shown for empty data.
 * @csspart pillar - Each pillar row.
 * @csspart aspect - Each aspect row.
 *
 * @cssproperty [--sc-font-family=system-ui] - Font stack.
 * @cssproperty [--sc-color-bg=#ffffff] - Background (also text halos and hollow markers).
 * @cssproperty [--sc-color-text=#1f2328] - Text.
 * @cssproperty [--sc-color-muted=#57606a] - Secondary text.
 * @cssproperty [--sc-color-grid=#d8dee4] - Grid lines and tracks.
 * @cssproperty [--sc-color-axis=#8c959f] - Axes, whiskers and button borders.
 * @cssproperty [--sc-color-band=#9aa4b1] - Bands and boxes.
 * @cssproperty [--sc-color-focus=#0b57d0] - Focus ring.
 * @cssproperty [--sc-color-warning=#9a4d00] - Warnings (low coverage, out of scale, missing).
 * @cssproperty [--sc-series-1=#1f5fbf] - Colour slot 1. Slots 2–6: `--sc-series-2` … `--sc-series-6`.
 * @cssproperty [--sc-tooltip-bg=#1f2328] - Tooltip background.
 * @cssproperty [--sc-tooltip-color=#ffffff] - Tooltip text.
 */
export class ScReadinessBars extends ScChartElement<
  ReadinessBarsData,
  NormalizedReadinessData,
  ReadinessLayout
> {
  static override styles = [baseStyles, readinessBarsStyles];

  protected normalizeData(data: unknown) {
    return normalizeReadinessData(data);
  }

  protected computeLayout(data: NormalizedReadinessData, width: number, lang: ChartLang) {
    return layoutReadinessBars(data, width, lang);
  }

  protected body(m: ReadinessLayout, theme: ChartTheme = CSS_PAINT): string {
    return readinessBody(m, theme);
  }

  protected chartName(lang: ChartLang): string {
    return READINESS_STRINGS[lang].name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sc-readiness-bars': ScReadinessBars;
  }
}
