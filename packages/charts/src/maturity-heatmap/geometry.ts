import { ascending, bisectRight, descending, group, mean, ticks } from 'd3-array';
import { formatNumber, isValue } from '../shared/format.js';
import { type ChartLang, chartStrings, HEATMAP_STRINGS } from '../shared/i18n.js';
import type { ChartModel, ChartPoint, LegendItem } from '../shared/model.js';
import { r2 } from '../shared/palette.js';
import { clamp, rectPath } from '../shared/scale.js';
import { FONT_SIZE, textWidth, wrapText } from '../shared/text.js';
import type { HeatmapGroupBy, HeatmapSortKey, NormalizedHeatmapData } from './maturity-heatmap.config.js';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-maturity-heatmap>`: one cell. */
export interface HeatmapPointDetail {
  chart: 'maturity-heatmap';
  regionId: string;
  elementId: string;
  value: number | null;
  /** The region's mean over the elements it has values for. */
  mean: number | null;
}

export interface HeatmapCell {
  key: string;
  x: number;
  y: number;
  /** Colour step 0–4 (see `steps`), or -1 for a missing value. */
  step: number;
}

export interface HeatmapRowLayout {
  id: string;
  label: string;
  /** The label as drawn (one line, shortened at a word when it must). */
  text: string;
  y: number;
  mean: number | null;
  meanText: string;
  cells: HeatmapCell[];
}

export interface HeatmapLayout extends ChartModel<HeatmapPointDetail> {
  x0: number;
  cellW: number;
  cellH: number;
  gridTop: number;
  meanX: number;
  /** Heading of the mean column. */
  meanLabel: string;
  columns: { id: string; label: string; text: string; x: number; sorted?: 'asc' | 'desc' }[];
  meanSorted?: 'asc' | 'desc';
  bands: { label: string; text: string; x: number; w: number; shade: boolean }[];
  groups: { label: string; y: number; text: string }[];
  rows: HeatmapRowLayout[];
  /** Fill opacity of each colour step (darker = higher), over the first series colour. */
  steps: number[];
  /** Step thresholds (the lower bound of steps 1…4), from d3-array's ticks. */
  thresholds: number[];
}

const PAD = 8;
const ROW_H = 14;
const GROUP_H = 22;
const BAND_H = 18;
const HEAD_ANGLE = Math.PI / 3;
/** Fill opacities of the five steps: distinct in light and dark themes. */
const STEP_OPACITY = [0.14, 0.32, 0.52, 0.74, 1];

/** The sort that applies: the data's, unless the element's properties say otherwise. */
export interface HeatmapView {
  sortBy?: HeatmapSortKey;
  sortOrder?: 'asc' | 'desc';
  groupBy?: HeatmapGroupBy;
}

/**
 * Lays out the heatmap at `width` px: regions (rows, grouped by province or cohort, sorted by name, mean
 * or one element) × elements (columns banded by dimension). d3-array does the grouping, the means, the
 * ordering (stable, Indonesian collation for names) and the colour steps (ticks + bisect). Pure; no DOM.
 */
export function layoutMaturityHeatmap(
  data: NormalizedHeatmapData,
  width: number,
  lang: ChartLang,
  view: HeatmapView = {},
): HeatmapLayout {
  const s = chartStrings(lang);
  const t = HEATMAP_STRINGS[lang];
  const fmt = (v: number) => formatNumber(v, lang);
  const W = Math.max(360, Math.round(width));
  const { min, max, elements } = data;
  const sortBy = view.sortBy ?? data.sortBy;
  const groupBy = view.groupBy ?? data.groupBy;
  const byLabel = sortBy === 'label' || (sortBy !== 'mean' && !elements.some((e) => e.id === sortBy));
  const order = view.sortOrder ?? data.sortOrder ?? (byLabel ? 'asc' : 'desc');

  // Colour steps: five bins over [min, max] at "nice" boundaries.
  let thresholds = ticks(min, max, 5).filter((v) => v > min && v < max);
  if (thresholds.length !== 4) thresholds = [1, 2, 3, 4].map((k) => min + ((max - min) * k) / 5);
  const stepOf = (v: number) => clamp(bisectRight(thresholds, v), 0, 4);

  // Rows: the region's mean (d3 mean skips missing values), then groups and order.
  const collator = new Intl.Collator(s.locale);
  const rowsIn = data.regions.map((r) => {
    const vals = elements.map((e) => (isValue(r.values[e.id]) ? (r.values[e.id] as number) : undefined));
    const m = mean(vals);
    return { r, vals, mean: m === undefined ? null : m };
  });
  type Row = (typeof rowsIn)[number];
  const key = (x: Row): number | string | undefined =>
    byLabel
      ? x.r.label
      : sortBy === 'mean'
        ? (x.mean ?? undefined)
        : x.vals[elements.findIndex((e) => e.id === sortBy)];
  const compare = (a: Row, b: Row): number => {
    const ka = key(a);
    const kb = key(b);
    // Missing values last in either order; ties by name.
    if (ka === undefined || kb === undefined)
      return ka === kb ? collator.compare(a.r.label, b.r.label) : ka === undefined ? 1 : -1;
    const c =
      typeof ka === 'string'
        ? collator.compare(ka, kb as string)
        : order === 'asc'
          ? ascending(ka, kb as number)
          : descending(ka, kb as number);
    return (typeof ka === 'string' && order === 'desc' ? -c : c) || collator.compare(a.r.label, b.r.label);
  };
  const groupName = (x: Row) => (groupBy === 'none' ? '' : (x.r[groupBy] ?? t.other));
  const grouped = [...group(rowsIn, groupName)]
    .sort(([a], [b]) => (a === t.other ? 1 : b === t.other ? -1 : collator.compare(a, b)))
    .map(([name, rows]) => [name, [...rows].sort(compare)] as const);

  // Columns: label area, cells, mean column; rotated headings above, dimension bands just over the grid.
  const n = elements.length;
  const labelW = clamp(W * 0.24, 96, 200);
  const meanW = 44;
  const x0 = PAD + labelW + 6;
  const cellW = Math.max(8, (W - PAD - meanW - x0) / Math.max(1, n));
  const meanX = x0 + n * cellW + meanW / 2;
  const headMax = 130;
  const heads = elements.map((e) => wrapText(e.label, headMax, FONT_SIZE - 1, false, 1)[0] ?? '');
  const headH =
    Math.max(textWidth(t.mean), ...heads.map((h) => textWidth(h, FONT_SIZE - 1))) * Math.sin(HEAD_ANGLE) + 12;
  const hasBands = data.dimensions.length > 0 && elements.some((e) => e.dimension);
  const gridTop = PAD + headH + (hasBands ? BAND_H : 0) + 4;

  const sortedCol = (id: string) => (sortBy === id ? order : undefined);
  const columns = elements.map((e, i) => ({
    id: e.id,
    label: e.label,
    text: heads[i]!,
    x: r2(x0 + (i + 0.5) * cellW),
    ...(sortedCol(e.id) ? { sorted: sortedCol(e.id) } : {}),
  }));
  const bands: HeatmapLayout['bands'] = [];
  if (hasBands) {
    let start = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && elements[i]!.dimension === elements[start]!.dimension) continue;
      const dim = data.dimensions.find((d) => d.id === elements[start]!.dimension);
      const w = (i - start) * cellW;
      const label = dim?.label ?? '';
      bands.push({
        label,
        text: wrapText(label, w - 4, FONT_SIZE - 1.5, false, 1)[0] ?? '',
        x: r2(x0 + start * cellW),
        w: r2(w),
        shade: bands.length % 2 === 1,
      });
      start = i;
    }
  }

  let y = gridTop;
  const rows: HeatmapRowLayout[] = [];
  const groups: HeatmapLayout['groups'] = [];
  const points = new Map<string, ChartPoint<HeatmapPointDetail>>();
  const nav: string[][] = [];
  const missing: string[] = [];
  const describe = (v: number | undefined) =>
    v === undefined ? s.missing : `${fmt(v)} (${s.levels[Math.floor(v)] ?? ''})`.replace(' ()', '');
  for (const [name, list] of grouped) {
    if (name) {
      const meanOfGroup = mean(list, (x) => x.mean ?? undefined);
      const label = `${name} · ${t.regions(list.length)}${meanOfGroup === undefined ? '' : ` · ${t.mean.toLowerCase()} ${fmt(meanOfGroup)}`}`;
      groups.push({ label: name, text: label, y: r2(y + GROUP_H - 7) });
      y += GROUP_H;
    }
    for (const x of list) {
      const ri = rows.length;
      const keys: string[] = [];
      const cells: HeatmapCell[] = x.vals.map((v, ci) => {
        const k = `c${ri}:${ci}`;
        keys.push(k);
        const cx = x0 + ci * cellW;
        const e = elements[ci]!;
        if (v === undefined) missing.push(`${x.r.label} — ${e.label}`);
        points.set(k, {
          key: k,
          x: r2(cx + cellW / 2),
          y: r2(y),
          label: `${x.r.label}, ${e.label}: ${describe(v)}`,
          lines: x.mean === null ? [] : [`${t.mean} ${fmt(x.mean)}`],
          mark: { ring: rectPath(cx + 0.5, y + 0.5, cellW - 1, ROW_H - 1), styleIndex: 0 },
          detail: {
            chart: 'maturity-heatmap',
            regionId: x.r.id,
            elementId: e.id,
            value: v ?? null,
            mean: x.mean,
          },
        });
        return { key: k, x: r2(cx + 0.5), y: r2(y + 0.5), step: v === undefined ? -1 : stepOf(v) };
      });
      nav.push(keys);
      rows.push({
        id: x.r.id,
        label: x.r.label,
        text: wrapText(x.r.label, labelW, FONT_SIZE - 1, false, 1)[0] ?? '',
        y: r2(y + ROW_H - 3.5),
        mean: x.mean,
        meanText: x.mean === null ? '–' : fmt(x.mean),
        cells,
      });
      y += ROW_H;
    }
  }

  const notes: string[] = [];
  if (missing.length) {
    notes.push(
      missing.length <= 6
        ? `${s.missing}: ${missing.join('; ')}`
        : `${s.missing}: ${missing.slice(0, 5).join('; ')} (+${missing.length - 5})`,
    );
  }
  const edges = [min, ...thresholds, max];
  const legend: LegendItem[] = STEP_OPACITY.map((opacity, i) => ({
    id: `step-${i}`,
    label: `${fmt(edges[i]!)}–${fmt(edges[i + 1]!)}`,
    swatch: 'box',
    styleIndex: 0,
    opacity,
    toggle: false,
    visible: true,
  }));
  const ranked = rowsIn.filter((x) => x.mean !== null).sort((a, b) => descending(a.mean!, b.mean!));
  const sortName = byLabel
    ? t.label
    : sortBy === 'mean'
      ? t.mean.toLowerCase()
      : (elements.find((e) => e.id === sortBy)?.label ?? sortBy);
  const hi = ranked[0];
  const lo = ranked[ranked.length - 1];
  return {
    width: W,
    height: Math.ceil(y + PAD),
    ...(data.title ? { title: data.title } : {}),
    summary: [
      data.title ? `${data.title}.` : '',
      t.summary(data.regions.length, n),
      groupBy !== 'none' ? `${groupBy === 'province' ? t.province : t.cohort}: ${grouped.length}.` : '',
      `${t.sortedBy} ${sortName} (${order === 'asc' ? t.asc : t.desc}).`,
      hi && lo
        ? `${t.highest}: ${hi.r.label} (${fmt(hi.mean!)}); ${t.lowest}: ${lo.r.label} (${fmt(lo.mean!)}).`
        : '',
      t.sortHint,
    ]
      .filter(Boolean)
      .join(' '),
    table: {
      caption: data.title ?? t.name,
      columns: [
        t.region,
        ...(groupBy === 'none' ? [] : [groupBy === 'province' ? t.province : t.cohort]),
        ...elements.map((e) => e.label),
        t.mean,
      ],
      rows: grouped.flatMap(([name, list]) =>
        list.map((x) => ({
          header: x.r.label,
          cells: [
            ...(groupBy === 'none' ? [] : [name]),
            ...x.vals.map((v) => (v === undefined ? s.missing : fmt(v))),
            x.mean === null ? s.missing : fmt(x.mean),
          ],
        })),
      ),
    },
    legend,
    notes,
    nav,
    points,
    empty: data.regions.length === 0 || n === 0,
    x0: r2(x0),
    cellW: r2(cellW),
    cellH: ROW_H - 1,
    gridTop: r2(gridTop),
    meanX: r2(meanX),
    meanLabel: t.mean,
    columns,
    ...(sortBy === 'mean' ? { meanSorted: order } : {}),
    bands,
    groups,
    rows,
    steps: STEP_OPACITY,
    thresholds,
  };
}

/** The angle of the column headings, in radians above the horizontal. */
export const HEADING_ANGLE = HEAD_ANGLE;
/** Height of the dimension bands, in px. */
export const DIMENSION_BAND_HEIGHT = BAND_H;
