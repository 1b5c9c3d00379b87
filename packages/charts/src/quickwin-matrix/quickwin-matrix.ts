import { ScChartElement } from '../shared/base.js';
import { type ChartLang, QUICKWIN_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { CSS_PAINT } from '../shared/points.js';
import { baseStyles } from '../shared/styles.js';
import { layoutQuickWinMatrix, type QuickWinLayout } from './geometry.js';
import {
  type NormalizedQuickWinData,
  normalizeQuickWinData,
  type QuickWinMatrixData,
} from './quickwin-matrix.config.js';
import { quickwinMatrixStyles } from './quickwin-matrix.styles.js';
import { quickwinBody } from './svg.js';

/**
 * Quick-win matrix: candidates on impact (vertical) against effort (horizontal), both 1–5, with the
 * four quadrants (quick win, major project, fill-in, thankless task) and the chosen portfolio marked
 * (filled) apart from the other candidates (hollow). Candidates without a value are listed, not placed.
 *
 * @summary Impact/effort matrix of quick-win candidates.
 * @tagname sc-quickwin-matrix
 *
 * @attr data - The data as JSON (see `QuickWinMatrixData`); malformed JSON shows a visible error.
 * @attr lang - Language of the built-in strings (`id` default, `en`); else the closest ancestor's `lang`.
 *
 * @fires {CustomEvent<QuickWinPointDetail>} sc-point-focus - A point received focus (keyboard or pointer).
 * @fires {CustomEvent<QuickWinPointDetail>} sc-point-select - A point was clicked or activated with Enter/Space.
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
 * @csspart quadrant - Each quadrant's background.
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
export class ScQuickwinMatrix extends ScChartElement<
  QuickWinMatrixData,
  NormalizedQuickWinData,
  QuickWinLayout
> {
  static override styles = [baseStyles, quickwinMatrixStyles];

  protected normalizeData(data: unknown) {
    return normalizeQuickWinData(data);
  }

  protected computeLayout(data: NormalizedQuickWinData, width: number, lang: ChartLang) {
    return layoutQuickWinMatrix(data, width, lang);
  }

  protected body(m: QuickWinLayout, theme: ChartTheme = CSS_PAINT): string {
    return quickwinBody(m, theme);
  }

  protected chartName(lang: ChartLang): string {
    return QUICKWIN_STRINGS[lang].name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sc-quickwin-matrix': ScQuickwinMatrix;
  }
}
