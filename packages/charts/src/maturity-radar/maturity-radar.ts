import { ScChartElement } from '../shared/base.js';
import { type ChartLang, RADAR_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { CSS_PAINT } from '../shared/points.js';
import { baseStyles } from '../shared/styles.js';
import { layoutMaturityRadar, type RadarLayout } from './geometry.js';
import {
  type MaturityRadarData,
  type NormalizedRadarData,
  normalizeRadarData,
} from './maturity-radar.config.js';
import { maturityRadarStyles } from './maturity-radar.styles.js';
import { radarBody } from './svg.js';

/**
 * A maturity radar: six dimensions or eighteen elements on the SPBE ladder, several series (current,
 * target, national median, another region) and an optional peer band. Missing values are drawn hollow on
 * a dotted bridge and named under the chart, never as zero; values outside the scale are ringed.
 *
 * @summary Maturity radar for the Smart City dimensions and elements.
 * @tagname sc-maturity-radar
 *
 * @attr data - The data as JSON (see `MaturityRadarData`); malformed JSON shows a visible error.
 * @attr lang - Language of the built-in strings (`id` default, `en`); else the closest ancestor's `lang`.
 *
 * @fires {CustomEvent<SeriesToggleDetail>} sc-series-toggle - A legend button showed or hid a series or the band.
 * @fires {CustomEvent<RadarPointDetail>} sc-point-focus - A point received focus (keyboard or pointer).
 * @fires {CustomEvent<RadarPointDetail>} sc-point-select - A point was clicked or activated with Enter/Space.
 *
 * @csspart base - The figure wrapping the chart.
 * @csspart title - The visible title.
 * @csspart plot - The box around the SVG and the tooltip.
 * @csspart svg - The chart's SVG.
 * @csspart series - Each series group (outline, fill).
 * @csspart band - The peer band.
 * @csspart axis-labels - The group of axis labels.
 * @csspart point - Each focusable point.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend list.
 * @csspart legend-item - Each legend button.
 * @csspart notes - The list of missing and out-of-scale values.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table's wrapper.
 * @csspart error - The message shown for invalid data.
 * @csspart empty - The message shown for empty data.
 *
 * @cssproperty [--sc-font-family=system-ui] - Font stack.
 * @cssproperty [--sc-color-bg=#ffffff] - Background (also text halos and hollow markers).
 * @cssproperty [--sc-color-text=#1f2328] - Text.
 * @cssproperty [--sc-color-muted=#57606a] - Secondary text (ring labels).
 * @cssproperty [--sc-color-grid=#d8dee4] - Rings and spokes.
 * @cssproperty [--sc-color-axis=#8c959f] - Strong rules and button borders.
 * @cssproperty [--sc-color-band=#9aa4b1] - Peer band and group shading.
 * @cssproperty [--sc-color-focus=#0b57d0] - Focus ring.
 * @cssproperty [--sc-color-warning=#9a4d00] - Missing and out-of-scale marks.
 * @cssproperty [--sc-series-1=#1f5fbf] - Series slot 1 (current). Slots 2–6: `--sc-series-2` … `--sc-series-6`.
 * @cssproperty [--sc-tooltip-bg=#1f2328] - Tooltip background.
 * @cssproperty [--sc-tooltip-color=#ffffff] - Tooltip text.
 */
export class ScMaturityRadar extends ScChartElement<MaturityRadarData, NormalizedRadarData, RadarLayout> {
  static override styles = [baseStyles, maturityRadarStyles];

  protected normalizeData(data: unknown) {
    return normalizeRadarData(data);
  }

  protected computeLayout(
    data: NormalizedRadarData,
    width: number,
    lang: ChartLang,
    hidden: ReadonlySet<string>,
  ) {
    return layoutMaturityRadar(data, width, lang, hidden);
  }

  protected body(m: RadarLayout, theme: ChartTheme = CSS_PAINT): string {
    return radarBody(m, theme);
  }

  protected chartName(lang: ChartLang): string {
    return RADAR_STRINGS[lang].name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sc-maturity-radar': ScMaturityRadar;
  }
}
