import { ScChartElement } from '../shared/base.js';
import { type ChartLang, ROADMAP_STRINGS } from '../shared/i18n.js';
import type { ChartTheme } from '../shared/palette.js';
import { CSS_PAINT } from '../shared/points.js';
import { baseStyles } from '../shared/styles.js';
import { layoutRoadmapTimeline, type RoadmapLayout } from './geometry.js';
import {
  type NormalizedRoadmapData,
  normalizeRoadmapData,
  type RoadmapTimelineData,
} from './roadmap-timeline.config.js';
import { roadmapTimelineStyles } from './roadmap-timeline.styles.js';
import { roadmapBody } from './svg.js';

/**
 * Roadmap timeline: programmes over the plan's years, grouped by dimension, under the phases (short
 * years 1–2, medium 3–5, long 6–10 by default) with the yearly budget (IDR, short form such as
 * "Rp 1,2 M" / "IDR 1.2 B").
 *
 * @summary Programmes over the years, by dimension, with phases and yearly budget.
 * @tagname sc-roadmap-timeline
 *
 * @attr data - The data as JSON (see `RoadmapTimelineData`); malformed JSON shows a visible error.
 * @attr lang - Language of the built-in strings (`id` default, `en`); else the closest ancestor's `lang`.
 *
 * @fires {CustomEvent<RoadmapPointDetail>} sc-point-focus - A point received focus (keyboard or pointer).
 * @fires {CustomEvent<RoadmapPointDetail>} sc-point-select - A point was clicked or activated with Enter/Space.
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
 * @csspart phase - Each phase band.
 * @csspart programme - Each programme bar.
 * @csspart budget - Each yearly budget bar.
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
export class ScRoadmapTimeline extends ScChartElement<
  RoadmapTimelineData,
  NormalizedRoadmapData,
  RoadmapLayout
> {
  static override styles = [baseStyles, roadmapTimelineStyles];

  protected normalizeData(data: unknown) {
    return normalizeRoadmapData(data);
  }

  protected computeLayout(data: NormalizedRoadmapData, width: number, lang: ChartLang) {
    return layoutRoadmapTimeline(data, width, lang);
  }

  protected body(m: RoadmapLayout, theme: ChartTheme = CSS_PAINT): string {
    return roadmapBody(m, theme);
  }

  protected chartName(lang: ChartLang): string {
    return ROADMAP_STRINGS[lang].name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sc-roadmap-timeline': ScRoadmapTimeline;
  }
}
