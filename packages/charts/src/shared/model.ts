import type { MarkerShape } from './palette.js';

/** A data table equivalent to a chart (rendered as a real `<table>` by the elements). */
export interface TableModel {
  caption: string;
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

/** A legend entry. `styleIndex` is the series slot (0–5) that gives colour, dash and marker. */
export interface LegendItem {
  id: string;
  label: string;
  swatch: 'line' | 'area' | 'marker' | 'box' | 'rule';
  styleIndex: number;
  dash?: string;
  marker?: MarkerShape;
  /** Hollow marker swatch. */
  hollow?: boolean;
  /** Fill opacity of a `box` swatch (e.g. the steps of a heatmap's colour scale). Default 1. */
  opacity?: number;
  /** Whether the legend button toggles the item (fires `sc-series-toggle`). */
  toggle: boolean;
  visible: boolean;
}

/** How a focusable point is drawn (SVG paths, layout px). */
export interface PointMark {
  /** Visible marker; absent when the point is an invisible area over a shape drawn in the body. */
  d?: string;
  /** Outline of the focus area when there is no marker (e.g. a bar). */
  ring: string;
  /** Hollow marker (a ring: `d` holds two sub-paths, filled even-odd), e.g. for missing values. */
  hollow?: boolean;
  /** Series slot 0–5 giving the colour. */
  styleIndex: number;
}

/** A focusable data point, shared by keyboard navigation, tooltips and events. */
export interface ChartPoint<Detail> {
  key: string;
  mark: PointMark;
  /** Position of the tooltip anchor, in layout px. */
  x: number;
  y: number;
  /** Accessible name of the point (also the first tooltip line). */
  label: string;
  /** Tooltip lines after the label. */
  lines: string[];
  detail: Detail;
}

/** What every chart layout has besides its geometry. */
export interface ChartModel<Detail> {
  width: number;
  height: number;
  title?: string;
  summary: string;
  table: TableModel;
  legend: LegendItem[];
  /** Visible notes under the chart (e.g. values that could not be placed). */
  notes: string[];
  /** Keyboard order: rows of point keys (arrow left/right within a row, up/down across rows). */
  nav: string[][];
  points: Map<string, ChartPoint<Detail>>;
  empty: boolean;
}

/** Detail of `sc-series-toggle`. */
export interface SeriesToggleDetail {
  /** Id of the series (or band) toggled. */
  seriesId: string;
  /** Whether it is now shown. */
  visible: boolean;
}

/** A message in Bahasa Indonesia (`id`) and English (`en`). */
export interface ChartMessage {
  id: string;
  en: string;
}

/** Result of normalising untrusted chart input: the data, or what is wrong with it in both languages. */
export type Normalized<T> = { ok: true; value: T } | { ok: false; error: ChartMessage };

/** Detail of `sc-axis-select`: an axis (radar), row or column label was clicked or activated. */
export interface AxisSelectDetail {
  /** Which chart fired it (as in the point details). */
  chart: string;
  /** Id of the axis, row or column (as in the data). */
  axisId: string;
  /** Its label as shown. */
  label: string;
}
