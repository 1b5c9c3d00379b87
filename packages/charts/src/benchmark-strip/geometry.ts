import { formatNumber, isValue } from '../shared/format.js';
import { BENCHMARK_STRINGS, type ChartLang, chartStrings } from '../shared/i18n.js';
import type { ChartModel, ChartPoint, LegendItem } from '../shared/model.js';
import { markerPath, r2 } from '../shared/palette.js';
import { clamp, linear, rectPath } from '../shared/scale.js';
import { FONT_SIZE, LINE_HEIGHT, wrapText } from '../shared/text.js';
import type { NormalizedBenchmarkData } from './benchmark-strip.config.js';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-benchmark-strip>`. */
export interface BenchmarkPointDetail {
  chart: 'benchmark-strip';
  rowId: string;
  value: number | null;
  rank: number | null;
  count: number | null;
  median: number | null;
}

export interface BenchmarkRowLayout {
  key: string;
  lines: string[];
  lx: number;
  ly: number;
  cy: number;
  whisker?: string;
  box?: string;
  median?: string;
  rankText: string;
  valueText: string;
  missing: boolean;
  outOfScale: boolean;
}

export interface BenchmarkLayout extends ChartModel<BenchmarkPointDetail> {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  ticks: { x: number; label: string }[];
  rows: BenchmarkRowLayout[];
  rx: number;
}

const PAD = 8;

/** Lays out the benchmark strips at `width` px. Pure; no DOM. */
export function layoutBenchmarkStrip(
  data: NormalizedBenchmarkData,
  width: number,
  lang: ChartLang,
): BenchmarkLayout {
  const s = chartStrings(lang);
  const t = BENCHMARK_STRINGS[lang];
  const W = Math.max(240, Math.round(width));
  const labelW = clamp(W * 0.26, 80, 200);
  const rightW = 104;
  const x0 = PAD + labelW + 12;
  const x1 = W - PAD - rightW;
  const { min, max } = data;
  const x = linear(min, max, x0, x1);
  const fmt = (v: number) => formatNumber(v, lang);
  const top = PAD + FONT_SIZE + 8;
  let y = top;
  const rows: BenchmarkRowLayout[] = [];
  const points = new Map<string, ChartPoint<BenchmarkPointDetail>>();
  const keys: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  const region = data.region || t.value;
  const rankLong = (rank?: number, count?: number) =>
    rank === undefined
      ? ''
      : `, ${t.rank.toLowerCase()} ${count !== undefined ? t.rankOf(rank, count) : rank}`;

  data.rows.forEach((r, i) => {
    const lines = wrapText(r.label, labelW);
    const h = Math.max(lines.length * LINE_HEIGHT, 22) + 12;
    const cy = y + h / 2;
    const st = r.stats;
    const has = isValue(r.value);
    const v = has ? (r.value as number) : undefined;
    const out = v !== undefined && (v < min || v > max);
    if (out) notes.push(`${region} — ${r.label}: ${fmt(v!)} (${v! > max ? s.above : s.below})`);
    if (!has) missing.push(r.label);
    const cx = (val: number) => x(clamp(val, min, max));
    const rankText =
      r.rank !== undefined && r.count !== undefined
        ? `#${fmt(r.rank)} / ${fmt(r.count)}`
        : r.rank !== undefined
          ? `#${fmt(r.rank)}`
          : '';
    const key = `r${i}`;
    const px = v !== undefined ? cx(v) : (x0 + x1) / 2;
    rows.push({
      key,
      lines,
      lx: PAD,
      ly: r2(cy - (lines.length * LINE_HEIGHT) / 2 + FONT_SIZE - 1),
      cy: r2(cy),
      ...(st
        ? {
            whisker: `M${r2(cx(st.min))},${r2(cy)}H${r2(cx(st.max))}M${r2(cx(st.min))},${r2(cy - 5)}V${r2(cy + 5)}M${r2(cx(st.max))},${r2(cy - 5)}V${r2(cy + 5)}`,
            box: rectPath(cx(st.q1), cy - 8, Math.max(1, cx(st.q3) - cx(st.q1)), 16, 2),
            median: `M${r2(cx(st.median))},${r2(cy - 10)}V${r2(cy + 10)}`,
          }
        : {}),
      rankText,
      valueText: v !== undefined ? fmt(v) : s.missing,
      missing: !has,
      outOfScale: out,
    });
    keys.push(key);
    points.set(key, {
      key,
      x: r2(px),
      y: r2(cy - 8),
      label: `${region}, ${r.label}: ${v !== undefined ? fmt(v) : s.missing}${rankLong(r.rank, r.count)}`,
      lines: st
        ? [
            `${t.median} ${fmt(st.median)} · ${t.quartiles} ${fmt(st.q1)}–${fmt(st.q3)} · ${t.range} ${fmt(st.min)}–${fmt(st.max)}`,
          ]
        : [],
      mark:
        v !== undefined
          ? { d: markerPath('diamond', px, cy, 5.5), ring: markerPath('circle', px, cy, 10), styleIndex: 0 }
          : { ring: rectPath(x0 - 3, cy - 12, x1 - x0 + 6, 24, 3), styleIndex: 0 },
      detail: {
        chart: 'benchmark-strip',
        rowId: r.id,
        value: v ?? null,
        rank: r.rank ?? null,
        count: r.count ?? null,
        median: st?.median ?? null,
      },
    });
    y += h;
  });
  if (missing.length) notes.push(`${region} — ${s.missing}: ${missing.join(', ')}`);
  const ticks = [];
  const span = max - min;
  const stepTick =
    span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 10 : span <= 100 ? 20 : 10 ** Math.floor(Math.log10(span));
  for (let v = Math.ceil(min / stepTick) * stepTick; v <= max + 1e-9; v += stepTick) ticks.push(v);

  const legend: LegendItem[] = [
    {
      id: 'region',
      label: region,
      swatch: 'marker',
      marker: 'diamond',
      styleIndex: 0,
      toggle: false,
      visible: true,
    },
    { id: 'median', label: t.median, swatch: 'rule', styleIndex: 0, toggle: false, visible: true },
    { id: 'quartiles', label: t.quartiles, swatch: 'area', styleIndex: 0, toggle: false, visible: true },
  ];
  return {
    width: W,
    height: Math.ceil(y + PAD),
    ...(data.title ? { title: data.title } : {}),
    summary: [
      data.title ? `${data.title}.` : '',
      t.summary(data.rows.length, region),
      `${data.rows
        .map((r) => {
          const v = isValue(r.value) ? fmt(r.value) : s.missing;
          const med = r.stats ? `, ${t.median.toLowerCase()} ${fmt(r.stats.median)}` : '';
          return `${r.label}: ${v}${med}${rankLong(r.rank, r.count)}`;
        })
        .join('; ')}.`,
      ...notes.map((n) => `${n}.`),
    ]
      .filter(Boolean)
      .join(' '),
    table: {
      caption: data.title ?? t.name,
      columns: [t.row, region, t.rank, t.median, t.quartiles, t.range],
      rows: data.rows.map((r) => ({
        header: r.label,
        cells: [
          isValue(r.value) ? fmt(r.value) : s.missing,
          r.rank !== undefined ? (r.count !== undefined ? t.rankOf(r.rank, r.count) : String(r.rank)) : '–',
          r.stats ? fmt(r.stats.median) : '–',
          r.stats ? `${fmt(r.stats.q1)}–${fmt(r.stats.q3)}` : '–',
          r.stats ? `${fmt(r.stats.min)}–${fmt(r.stats.max)}` : '–',
        ],
      })),
    },
    legend,
    notes,
    nav: [keys],
    points,
    empty: data.rows.length === 0,
    x0: r2(x0),
    x1: r2(x1),
    top: r2(top),
    bottom: r2(y),
    ticks: ticks.map((v) => ({ x: r2(x(v)), label: fmt(v) })),
    rows,
    rx: r2(x1 + 14),
  };
}
