import { mean } from 'd3-array';
import { type HierarchyRectangularNode, hierarchy, partition } from 'd3-hierarchy';
import { arc } from 'd3-shape';
import { formatNumber, isValue } from '../shared/format.js';
import { type ChartLang, chartStrings, WHEEL_STRINGS } from '../shared/i18n.js';
import type { ChartModel, ChartPoint, LegendItem } from '../shared/model.js';
import { r2 } from '../shared/palette.js';
import { clamp } from '../shared/scale.js';
import { FONT_SIZE, LINE_HEIGHT, linesWidth, textWidth, wrapText } from '../shared/text.js';
import type { NormalizedWheelData } from './benchmark-wheel.config.js';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-benchmark-wheel>`. */
export interface WheelPointDetail {
  chart: 'benchmark-wheel';
  dimensionId: string;
  /** The element's id; absent for a dimension segment. */
  elementId?: string;
  /** The region's value (for a dimension: the mean of its elements). */
  value: number | null;
  /** The peers' median (for a dimension: the mean of its elements' medians). */
  peer: number | null;
}

export interface WheelSegment {
  key: string;
  /** The segment's full track (d3-shape arc). */
  track: string;
  /** The region's value as a filled arc from the inner edge, or '' when missing. */
  bar: string;
  /** The peers' median as a thin arc across the segment, or ''. */
  peer: string;
  /** Colour step 0–4 of a dimension (its mean), or -1. */
  step: number;
  missing: boolean;
}

export interface WheelLabel {
  id: string;
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface WheelLayout extends ChartModel<WheelPointDetail> {
  cx: number;
  cy: number;
  dimensions: (WheelSegment & { label?: { text: string; x: number; y: number } })[];
  elements: WheelSegment[];
  labels: WheelLabel[];
  /** Rings of the outer scale (grid circles at each level), as radii. */
  rings: number[];
  steps: number[];
}

const PAD = 8;
const STEP_OPACITY = [0.14, 0.32, 0.52, 0.74, 1];

interface Node {
  id: string;
  label: string;
  value?: unknown;
  peer?: number;
  children?: Node[];
}

/**
 * Lays out the benchmark wheel: a sunburst of dimensions (inner ring, shaded by the region's mean) and
 * their elements (outer ring: the region's value as a bar from the inner edge, the peers' median as an
 * arc across it). d3-hierarchy's partition gives every segment its angles (one share per element), and
 * d3-shape's arc draws tracks, bars and medians with padding and rounded corners. Pure; no DOM.
 */
export function layoutBenchmarkWheel(data: NormalizedWheelData, width: number, lang: ChartLang): WheelLayout {
  const s = chartStrings(lang);
  const t = WHEEL_STRINGS[lang];
  const fmt = (v: number) => formatNumber(v, lang);
  const W = Math.max(280, Math.round(width));
  const { min, max } = data;
  const region = data.region || t.value;
  const peersLabel = data.peersLabel ?? t.peers;

  const root = hierarchy<Node>({
    id: '',
    label: '',
    children: data.dimensions.map((d) => ({ id: d.id, label: d.label, children: d.elements })),
  }).count();
  const parts = partition<Node>().size([2 * Math.PI, 1])(root);
  const dims = (parts.children ?? []) as HierarchyRectangularNode<Node>[];
  const leaves = dims.flatMap((d) => (d.children ?? []) as HierarchyRectangularNode<Node>[]);

  // Sizes: the labels' room around the wheel, then the radii of the hole, the inner and the outer ring.
  const labelRoom = clamp(W * 0.2, 60, 120);
  const labelLines = leaves.map((l) => wrapText(l.data.label, labelRoom, FONT_SIZE - 1, false, 2));
  const labelH = Math.max(LINE_HEIGHT, ...labelLines.map((l) => l.length * (LINE_HEIGHT - 1)));
  const R = clamp(W / 2 - PAD - labelRoom - 10, 60, 230);
  const hole = R * 0.16;
  const dimOuter = R * 0.4;
  const elInner = dimOuter + 3;
  const cx = W / 2;
  const cy = PAD + labelH + 10 + R;
  const H = Math.ceil(cy + R + 10 + labelH + PAD);
  const radius = (v: number) => elInner + ((clamp(v, min, max) - min) / (max - min)) * (R - elInner);
  const stepOf = (v: number) => clamp(Math.floor(((v - min) / (max - min)) * 5), 0, 4);

  const shape = arc<{ a0: number; a1: number; r0: number; r1: number }>()
    .startAngle((d) => d.a0)
    .endAngle((d) => d.a1)
    .innerRadius((d) => d.r0)
    .outerRadius((d) => d.r1)
    .padAngle(0.012)
    .padRadius(R)
    .cornerRadius(1.5)
    .digits(2);
  const path = (a0: number, a1: number, r0: number, r1: number) =>
    translatePath(shape({ a0, a1, r0, r1 }) ?? '', cx, cy);
  const at = (angle: number, r: number) => [cx + r * Math.sin(angle), cy - r * Math.cos(angle)] as const;

  const points = new Map<string, ChartPoint<WheelPointDetail>>();
  const nav: string[][] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  const describe = (v: number | null) => (v === null ? s.missing : fmt(v));
  const dimensions: WheelLayout['dimensions'] = [];
  const elements: WheelSegment[] = [];
  const labels: WheelLabel[] = [];
  const tableRows: { header: string; cells: string[] }[] = [];
  let above = 0;
  let below = 0;

  dims.forEach((d, di) => {
    const kids = (d.children ?? []) as HierarchyRectangularNode<Node>[];
    const vals = kids.map((k) => (isValue(k.data.value) ? (k.data.value as number) : null));
    const dimMean = mean(vals, (v) => v ?? undefined) ?? null;
    const dimPeer = mean(kids, (k) => k.data.peer) ?? null;
    const key = `d${di}`;
    const row = [key];
    const mid = (d.x0 + d.x1) / 2;
    const [lx, ly] = at(mid, (hole + dimOuter) / 2);
    const arcLen = (d.x1 - d.x0) * ((hole + dimOuter) / 2);
    const text = textWidth(d.data.label, FONT_SIZE - 2) <= arcLen - 6 ? d.data.label : undefined;
    dimensions.push({
      key,
      track: path(d.x0, d.x1, hole, dimOuter),
      bar: '',
      peer: '',
      step: dimMean === null ? -1 : stepOf(dimMean),
      missing: dimMean === null,
      ...(text ? { label: { text, x: r2(lx), y: r2(ly + 4) } } : {}),
    });
    const [px, py] = at(mid, dimOuter);
    points.set(key, {
      key,
      x: r2(px),
      y: r2(py),
      label: `${d.data.label}: ${describe(dimMean)}`,
      lines: dimPeer === null ? [] : [`${peersLabel} ${fmt(dimPeer)}`],
      mark: { ring: path(d.x0, d.x1, hole, dimOuter), styleIndex: 0 },
      detail: { chart: 'benchmark-wheel', dimensionId: d.data.id, value: dimMean, peer: dimPeer },
    });
    kids.forEach((k, ei) => {
      const v = vals[ei]!;
      const peer = k.data.peer ?? null;
      const ek = `e${di}:${ei}`;
      row.push(ek);
      if (v === null) missing.push(k.data.label);
      else if (peer !== null && v > peer) above++;
      else if (peer !== null && v < peer) below++;
      const outOfScale = v !== null && (v < min || v > max);
      if (outOfScale) notes.push(`${k.data.label}: ${fmt(v)} (${v > max ? s.above : s.below})`);
      elements.push({
        key: ek,
        track: path(k.x0, k.x1, elInner, R),
        bar: v === null || v <= min ? '' : path(k.x0, k.x1, elInner, radius(v)),
        peer: peer === null ? '' : path(k.x0, k.x1, radius(peer) - 1.25, radius(peer) + 1.25),
        step: -1,
        missing: v === null,
      });
      const m = (k.x0 + k.x1) / 2;
      const [ex, ey] = at(m, v === null ? (elInner + R) / 2 : radius(v));
      const gap = v !== null && peer !== null ? v - peer : null;
      points.set(ek, {
        key: ek,
        x: r2(ex),
        y: r2(ey),
        label: `${d.data.label} — ${k.data.label}: ${describe(v)}`,
        lines: [
          ...(peer === null ? [] : [`${peersLabel} ${fmt(peer)}`]),
          ...(gap === null || gap === 0 ? [] : [`${t.gap} ${gap > 0 ? '+' : ''}${fmt(gap)}`]),
        ],
        mark: { ring: path(k.x0, k.x1, elInner, R), styleIndex: 0 },
        detail: {
          chart: 'benchmark-wheel',
          dimensionId: d.data.id,
          elementId: k.data.id,
          value: v,
          peer,
        },
      });
      const lines = labelLines[leaves.indexOf(k)]!;
      const sx = Math.sin(m);
      const anchor = sx > 0.08 ? 'start' : sx < -0.08 ? 'end' : 'middle';
      const [tx, ty] = at(m, R + 8);
      const h = lines.length * (LINE_HEIGHT - 1);
      const cosm = Math.cos(m);
      labels.push({
        id: k.data.id,
        lines,
        x: r2(tx),
        // Above the wheel the label sits over its point, below it under, beside it centred.
        y: r2(ty - (cosm > 0.3 ? h - FONT_SIZE + 2 : cosm < -0.3 ? -FONT_SIZE + 2 : h / 2 - FONT_SIZE + 2)),
        anchor,
      });
      tableRows.push({
        header: k.data.label,
        cells: [
          d.data.label,
          describe(v),
          peer === null ? '–' : fmt(peer),
          gap === null ? '–' : `${gap > 0 ? '+' : ''}${fmt(gap)}`,
        ],
      });
    });
    nav.push(row);
  });
  if (missing.length) notes.push(`${region} — ${s.missing}: ${missing.join(', ')}`);

  const legend: LegendItem[] = [
    { id: 'region', label: region, swatch: 'box', styleIndex: 0, toggle: false, visible: true },
    { id: 'peer', label: peersLabel, swatch: 'rule', styleIndex: 0, toggle: false, visible: true },
  ];
  const rings: number[] = [];
  for (let v = Math.ceil(min); v <= max; v++) if (v > min) rings.push(r2(radius(v)));
  return {
    width: W,
    height: H,
    ...(data.title ? { title: data.title } : {}),
    summary: [
      data.title ? `${data.title}.` : '',
      t.summary(region, dims.length, leaves.length),
      `${above} ${t.above}, ${below} ${t.below}.`,
      ...notes.map((n) => `${n}.`),
    ]
      .filter(Boolean)
      .join(' '),
    table: {
      caption: data.title ?? t.name,
      columns: [t.element, t.dimension, region, peersLabel, t.gap],
      rows: tableRows,
    },
    legend,
    notes,
    nav,
    points,
    empty: leaves.length === 0,
    cx: r2(cx),
    cy: r2(cy),
    dimensions,
    elements,
    labels,
    rings,
    steps: STEP_OPACITY,
  };
}

/** The widest label, in px (for tests). */
export function widestLabel(m: WheelLayout): number {
  return Math.max(0, ...m.labels.map((l) => linesWidth(l.lines, FONT_SIZE - 1)));
}

/**
 * Moves a path from d3-shape's arc (absolute M, L, A and Z commands around the origin) to (dx, dy): the
 * points are absolute coordinates of the chart, as every other mark's.
 */
export function translatePath(d: string, dx: number, dy: number): string {
  return d.replace(/([MLAZ])([^MLAZ]*)/g, (_, cmd: string, args: string) => {
    const n = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'A') {
      for (let i = 0; i + 6 < n.length + 1; i += 7) {
        n[i + 5] = r2(n[i + 5]! + dx);
        n[i + 6] = r2(n[i + 6]! + dy);
      }
    } else {
      for (let i = 0; i + 1 < n.length; i += 2) {
        n[i] = r2(n[i]! + dx);
        n[i + 1] = r2(n[i + 1]! + dy);
      }
    }
    return cmd + n.join(',');
  });
}
