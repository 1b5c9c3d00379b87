import { formatNumber, isValue } from '../shared/format.js';
import { type ChartLang, chartStrings, RADAR_STRINGS } from '../shared/i18n.js';
import type { ChartModel, ChartPoint, LegendItem, TableModel } from '../shared/model.js';
import {
  circlePath,
  linePath,
  type MarkerShape,
  markerPath,
  polygonPath,
  r2,
  SERIES_DASHES,
  SERIES_MARKERS,
} from '../shared/palette.js';
import { FONT_SIZE, LINE_HEIGHT, linesWidth, textWidth, wrapText } from '../shared/text.js';
import type { NormalizedRadarData, RadarLevel, RadarSeriesKind } from './maturity-radar.config.js';

/** Where a value stands against the scale. */
export type ValueStatus = 'ok' | 'missing' | 'above' | 'below';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-maturity-radar>`. */
export interface RadarPointDetail {
  chart: 'maturity-radar';
  seriesId: string;
  axisId: string;
  /** The value as given, `null` when missing. */
  value: number | null;
  status: ValueStatus;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RadarAxisLayout {
  id: string;
  label: string;
  group?: string;
  /** Angle in radians, clockwise from the top. */
  angle: number;
  /** End of the axis line (outer ring). */
  x: number;
  y: number;
  lines: string[];
  /** Visible note under the label (e.g. "no data"), or undefined. */
  note?: string;
  anchor: 'start' | 'middle' | 'end';
  /** Anchor x and first baseline y of the label. */
  tx: number;
  ty: number;
  box: Box;
}

export interface RadarRingLayout {
  value: number;
  label: string;
  path: string;
  lx: number;
  ly: number;
}

export interface RadarSeriesLayout {
  id: string;
  label: string;
  kind?: RadarSeriesKind;
  styleIndex: number;
  dash: string;
  marker: MarkerShape;
  /** Fill opacity of the area, 0 for none. */
  fillOpacity: number;
  /** Polygon through the defined values (the fill). */
  area: string;
  /** Solid outline between neighbouring defined values. */
  line: string;
  /** Dotted outline across missing values. */
  bridge: string;
}

export interface RadarLayout extends ChartModel<RadarPointDetail> {
  cx: number;
  cy: number;
  radius: number;
  min: number;
  max: number;
  rings: RadarRingLayout[];
  axes: RadarAxisLayout[];
  /** Shading of every other group of axes. */
  sectors: string[];
  band?: { id: string; label: string; path: string };
  series: RadarSeriesLayout[];
  /** Warning outlines around values outside the scale. */
  outOfScale: { x: number; y: number }[];
}

const PAD = 8;
const GAP = 10;
const MAX_RADIUS = 250;
const MIN_RADIUS = 36;
/** The smallest plot radius as a share of the chart's width. */
const MIN_RADIUS_SHARE = 0.22;
/** Axis labels wrap to at most this many lines, then shorten (the full label is the tooltip). */
const MAX_LABEL_LINES = 3;
const KIND_SLOT: Record<RadarSeriesKind, number> = { current: 0, target: 1, median: 2, comparison: 3 };
const KIND_FILL: Record<RadarSeriesKind, number> = { current: 0.16, target: 0, median: 0, comparison: 0.07 };

/** The default rings: the SPBE capability levels above 0, in `lang`. */
export function defaultLevels(lang: ChartLang, min: number, max: number): RadarLevel[] {
  return chartStrings(lang)
    .levels.map((label, value) => ({ value, label }))
    .filter((l) => l.value > min && l.value <= max);
}

/** Series slots: kinds take their own slot (current 0, target 1, median 2, comparison 3), others the next free one. */
export function assignSlots(series: readonly { kind?: RadarSeriesKind }[]): number[] {
  const used = new Set<number>();
  const slots: number[] = new Array(series.length);
  series.forEach((s, i) => {
    const pref = s.kind ? KIND_SLOT[s.kind] : undefined;
    if (pref !== undefined && !used.has(pref)) {
      slots[i] = pref;
      used.add(pref);
    }
  });
  series.forEach((_, i) => {
    if (slots[i] !== undefined) return;
    let slot = [4, 5, 0, 1, 2, 3].find((k) => !used.has(k));
    if (slot === undefined) slot = i % 6;
    slots[i] = slot;
    used.add(slot);
  });
  return slots;
}

function statusOf(value: unknown, min: number, max: number): ValueStatus {
  if (!isValue(value)) return 'missing';
  if (value > max) return 'above';
  if (value < min) return 'below';
  return 'ok';
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return (
    a.x < b.x + b.w + margin &&
    b.x < a.x + a.w + margin &&
    a.y < b.y + b.h + margin &&
    b.y < a.y + a.h + margin
  );
}

/**
 * Lays out a maturity radar at `width` px: the radius that leaves room for every wrapped label, the
 * height that fits them, rings, axes, series paths, points, summary and table. Pure; no DOM.
 * @param hidden ids of series (or the band) not drawn (they stay in the table).
 */
export function layoutMaturityRadar(
  data: NormalizedRadarData,
  width: number,
  lang: ChartLang,
  hidden: ReadonlySet<string> = new Set(),
): RadarLayout {
  const s = chartStrings(lang);
  const t = RADAR_STRINGS[lang];
  const W = Math.max(160, Math.round(width));
  const { min, max } = data;
  const n = data.axes.length;
  const fmt = (v: number) => formatNumber(v, lang);
  const levels = (data.levels ?? defaultLevels(lang, min, max))
    .filter((l) => l.value > min && l.value <= max)
    .sort((a, b) => a.value - b.value);
  const slots = assignSlots(data.series);
  const visibleSeries = data.series
    .map((se, i) => ({ se, slot: slots[i]! }))
    .filter((x) => !hidden.has(x.se.id));

  const levelName = (v: number): string => {
    const all = data.levels ?? chartStrings(lang).levels.map((label, value) => ({ value, label }));
    let name = '';
    for (const l of [...all].sort((a, b) => a.value - b.value)) if (v >= l.value) name = l.label;
    return name;
  };
  const describe = (raw: unknown): string => {
    const st = statusOf(raw, min, max);
    if (st === 'missing') return s.missing;
    const v = raw as number;
    if (st !== 'ok') return `${fmt(v)} (${st === 'above' ? s.above : s.below} ${fmt(min)}–${fmt(max)})`;
    const name = levelName(v);
    return name ? `${fmt(v)} (${name})` : fmt(v);
  };

  // Labels: wrap, then find the largest radius at which every label fits the width and none overlap. The
  // plot keeps at least a quarter of the width as its radius: labels shorten before the plot does.
  const minRadius = Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, W * MIN_RADIUS_SHARE));
  const maxLabel = Math.max(56, Math.min(n <= 8 ? 150 : n <= 12 ? 120 : 104, W * (n <= 8 ? 0.26 : 0.2)));
  const labels = data.axes.map((a, i) => {
    const angle = n ? (2 * Math.PI * i) / n : 0;
    const centred = Math.abs(Math.sin(angle)) < 0.17;
    // The room a label has beside a plot of the minimum radius: it wraps (at spaces) and, if it must,
    // shortens within it, so that the plot never shrinks below that size for a long label.
    const side = W / 2 - PAD - (minRadius + GAP) * Math.abs(Math.sin(angle));
    const room = centred ? Math.min(W - 2 * PAD, maxLabel * 1.5) : Math.max(40, Math.min(maxLabel, side));
    const lines = wrapText(a.label, room, FONT_SIZE, false, MAX_LABEL_LINES);
    const missingHere = visibleSeries.some(({ se }) => statusOf(se.values[a.id], min, max) === 'missing');
    const note = missingHere ? `(${s.missing})` : undefined;
    const w = Math.max(linesWidth(lines), note ? linesWidth([note], FONT_SIZE - 1) : 0);
    const h = (lines.length + (note ? 1 : 0)) * LINE_HEIGHT;
    const sx = Math.sin(angle);
    const cy = Math.cos(angle);
    const anchor: RadarAxisLayout['anchor'] = centred ? 'middle' : sx > 0 ? 'start' : 'end';
    return { a, angle, lines, note, w, h, sx, cy, anchor, extra: 0 };
  });
  const cx = W / 2;
  const fitRadius = (): number => {
    let r = Math.min(MAX_RADIUS, W / 2 - PAD);
    for (const l of labels) {
      const g = GAP + l.extra;
      let lim = Number.POSITIVE_INFINITY;
      if (l.anchor === 'start') lim = (W - PAD - cx - l.w) / l.sx - g;
      else if (l.anchor === 'end') lim = (cx - PAD - l.w) / -l.sx - g;
      else if (Math.abs(l.sx) > 1e-6) lim = (W / 2 - PAD - l.w / 2) / Math.abs(l.sx) - g;
      r = Math.min(r, lim);
    }
    // Only a single word wider than its room (it is never cut) takes the plot below its minimum.
    return Math.max(MIN_RADIUS, r);
  };
  const place = (r: number) =>
    labels.map((l) => {
      const g = GAP + l.extra;
      const px = (r + g) * l.sx;
      const py = -(r + g) * l.cy;
      const x = l.anchor === 'start' ? px : l.anchor === 'end' ? px - l.w : px - l.w / 2;
      const y = py - (l.h * (1 + l.cy)) / 2;
      return { x, y, w: l.w, h: l.h, px };
    });
  let radius = fitRadius();
  let boxes = place(radius);
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        if (!overlaps(boxes[i]!, boxes[j]!, 2)) continue;
        const li = labels[i]!;
        const lj = labels[j]!;
        const push = Math.abs(li.cy) > Math.abs(lj.cy) + 0.01 ? li : lj;
        push.extra += 3;
        moved = true;
      }
    }
    if (!moved) break;
    radius = fitRadius();
    boxes = place(radius);
  }

  // Vertical extent: rings and labels, relative to the centre.
  let top = -radius;
  let bottom = radius;
  for (const b of boxes) {
    top = Math.min(top, b.y);
    bottom = Math.max(bottom, b.y + b.h);
  }
  const cy = PAD - top;
  const H = Math.ceil(bottom - top + 2 * PAD);
  const scale = (v: number) => (Math.min(max, Math.max(min, v)) - min) / (max - min);
  const at = (angle: number, rr: number): [number, number] => [
    cx + rr * Math.sin(angle),
    cy - rr * Math.cos(angle),
  ];
  const ringPath = (rr: number) =>
    n >= 3 ? polygonPath(labels.map((l) => at(l.angle, rr))) : circlePath(cx, cy, rr);

  const axes: RadarAxisLayout[] = labels.map((l, i) => {
    const b = boxes[i]!;
    const [x, y] = at(l.angle, radius);
    const tx = l.anchor === 'start' ? cx + b.x : l.anchor === 'end' ? cx + b.x + b.w : cx + b.x + b.w / 2;
    return {
      id: l.a.id,
      label: l.a.label,
      ...(l.a.group ? { group: l.a.group } : {}),
      angle: l.angle,
      x: r2(x),
      y: r2(y),
      lines: l.lines,
      ...(l.note ? { note: l.note } : {}),
      anchor: l.anchor,
      tx: r2(tx),
      ty: r2(cy + b.y + FONT_SIZE),
      box: { x: r2(cx + b.x), y: r2(cy + b.y), w: r2(b.w), h: r2(b.h) },
    };
  });

  // Shade every other group of consecutive axes (e.g. the dimensions around eighteen elements).
  const sectors: string[] = [];
  if (n >= 3 && data.axes.some((a) => a.group)) {
    const step = (2 * Math.PI) / n;
    let start = 0;
    let g = 0;
    for (let i = 1; i <= n; i++) {
      if (i === n || data.axes[i]!.group !== data.axes[start]!.group) {
        if (g % 2 === 1) {
          const pts: [number, number][] = [[cx, cy]];
          for (let k = start; k < i; k++) {
            const a0 = k * step - step / 2;
            pts.push(at(a0, radius), at(k * step, radius), at(a0 + step, radius));
          }
          sectors.push(polygonPath(pts));
        }
        g++;
        start = i;
      }
    }
  }

  // On a small radar the ring names would run into the axis labels: show the numbers only.
  const ringText = (l: RadarLevel) => `${fmt(l.value)} · ${l.label}`;
  const short = levels.some((l) => textWidth(ringText(l), FONT_SIZE - 1.5) > radius * 0.8);
  const rings: RadarRingLayout[] = levels.map((l) => {
    const rr = scale(l.value) * radius;
    // Ring labels sit just inside each ring, left of the top axis: never where the axis labels are.
    return {
      value: l.value,
      label: short ? fmt(l.value) : ringText(l),
      path: ringPath(rr),
      lx: r2(cx - 7),
      ly: r2(cy - rr + 11),
    };
  });

  let band: RadarLayout['band'];
  if (data.band && !hidden.has(data.band.id) && n >= 3) {
    const outer: [number, number][] = [];
    const inner: [number, number][] = [];
    labels.forEach((l) => {
      const lo = data.band!.min[l.a.id];
      const hi = data.band!.max[l.a.id];
      if (!isValue(lo) || !isValue(hi)) return;
      outer.push(at(l.angle, scale(Math.max(lo, hi)) * radius));
      inner.push(at(l.angle, scale(Math.min(lo, hi)) * radius));
    });
    band = {
      id: data.band.id,
      label: data.band.label,
      path: polygonPath(outer) + polygonPath(inner.reverse()),
    };
  }

  const points = new Map<string, ChartPoint<RadarPointDetail>>();
  const nav: string[][] = [];
  const outOfScale: { x: number; y: number }[] = [];
  const notes: string[] = [];
  const series: RadarSeriesLayout[] = visibleSeries.map(({ se, slot }) => {
    const si = data.series.indexOf(se);
    const pos = labels.map((l) => {
      const raw = se.values[l.a.id];
      const st = statusOf(raw, min, max);
      return { st, raw, xy: st === 'missing' ? undefined : at(l.angle, scale(raw as number) * radius) };
    });
    const defined = pos.filter((p) => p.xy).map((p) => p.xy!);
    let line = '';
    let bridge = '';
    if (defined.length >= 2) {
      for (let i = 0; i < n; i++) {
        const a = pos[i]!;
        if (!a.xy) continue;
        let j = (i + 1) % n;
        while (!pos[j]!.xy) j = (j + 1) % n;
        const seg = linePath([a.xy, pos[j]!.xy!]);
        if (j === (i + 1) % n) line += seg;
        else bridge += seg;
        if (j === i) break;
      }
    }
    const marker = SERIES_MARKERS[slot]!;
    const row: string[] = [];
    const missingAxes: string[] = [];
    labels.forEach((l, ai) => {
      const p = pos[ai]!;
      let xy = p.xy;
      if (!xy) {
        missingAxes.push(l.a.label);
        xy = missingPosition(pos, ai, labels, at, radius);
      } else if (p.st !== 'ok') {
        outOfScale.push({ x: r2(xy[0]), y: r2(xy[1]) });
        notes.push(`${se.label} — ${l.a.label}: ${describe(p.raw)}`);
      }
      const key = `${si}:${ai}`;
      row.push(key);
      points.set(key, {
        key,
        x: r2(xy[0]),
        y: r2(xy[1]),
        label: `${se.label}, ${l.a.label}: ${describe(p.raw)}`,
        lines: [],
        mark: {
          d:
            markerPath(marker, xy[0], xy[1], p.st === 'missing' ? 5 : 4.2) +
            (p.st === 'missing' ? markerPath(marker, xy[0], xy[1], 3.2) : ''),
          ring: markerPath('circle', xy[0], xy[1], 8.5),
          hollow: p.st === 'missing',
          styleIndex: slot,
        },
        detail: {
          chart: 'maturity-radar',
          seriesId: se.id,
          axisId: l.a.id,
          value: isValue(p.raw) ? p.raw : null,
          status: p.st,
        },
      });
    });
    if (missingAxes.length) notes.push(`${se.label} — ${s.missing}: ${missingAxes.join(', ')}`);
    nav.push(row);
    return {
      id: se.id,
      label: se.label,
      ...(se.kind ? { kind: se.kind } : {}),
      styleIndex: slot,
      dash: SERIES_DASHES[slot]!,
      marker,
      fillOpacity: se.kind ? KIND_FILL[se.kind] : 0,
      area: n >= 3 && defined.length >= 3 ? polygonPath(defined) : '',
      line,
      bridge,
    };
  });

  const legend: LegendItem[] = data.series.map((se, i) => ({
    id: se.id,
    label: se.label,
    swatch: 'line',
    styleIndex: slots[i]!,
    toggle: true,
    visible: !hidden.has(se.id),
  }));
  if (data.band) {
    legend.push({
      id: data.band.id,
      label: data.band.label,
      swatch: 'area',
      styleIndex: 0,
      toggle: true,
      visible: !hidden.has(data.band.id),
    });
  }

  const table: TableModel = {
    caption: data.title ?? t.name,
    columns: [t.axis, ...data.series.map((se) => se.label), ...(data.band ? [`${data.band.label}`] : [])],
    rows: data.axes.map((a) => ({
      header: a.group ? `${a.group} · ${a.label}` : a.label,
      cells: [
        ...data.series.map((se) => describe(se.values[a.id])),
        ...(data.band
          ? [
              isValue(data.band.min[a.id]) && isValue(data.band.max[a.id])
                ? `${fmt(data.band.min[a.id] as number)}–${fmt(data.band.max[a.id] as number)}`
                : s.missing,
            ]
          : []),
      ],
    })),
  };

  const summaryParts = [
    data.title ? `${data.title}.` : '',
    t.summary(n, data.series.length, fmt(min), fmt(max)),
  ];
  for (const se of data.series) {
    const vals = data.axes
      .map((a) => ({ a, v: se.values[a.id] }))
      .filter((x): x is { a: (typeof data.axes)[number]; v: number } => isValue(x.v));
    const missing = n - vals.length;
    if (!vals.length) {
      summaryParts.push(`${se.label}: ${s.missing}.`);
      continue;
    }
    const mean = vals.reduce((t, x) => t + x.v, 0) / vals.length;
    const hi = vals.reduce((b, x) => (x.v > b.v ? x : b));
    const lo = vals.reduce((b, x) => (x.v < b.v ? x : b));
    summaryParts.push(
      `${se.label}: ${t.mean} ${fmt(mean)}, ${t.highest} ${hi.a.label} (${fmt(hi.v)}), ${t.lowest} ${lo.a.label} (${fmt(lo.v)})` +
        (missing ? `, ${t.missingCount(missing)}.` : '.'),
    );
  }

  return {
    width: W,
    height: H,
    ...(data.title ? { title: data.title } : {}),
    summary: [...summaryParts, ...notes.map((x) => `${x}.`)].filter(Boolean).join(' '),
    table,
    legend,
    notes,
    nav,
    points,
    empty: n === 0 || data.series.length === 0,
    cx: r2(cx),
    cy: r2(cy),
    radius: r2(radius),
    min,
    max,
    rings,
    axes,
    sectors,
    ...(band ? { band } : {}),
    series,
    outOfScale,
  };
}

/** Where to show a missing value: where the dotted bridge crosses its axis (never at the centre, which means the minimum). */
function missingPosition(
  pos: readonly { xy?: [number, number] }[],
  ai: number,
  labels: readonly { angle: number }[],
  at: (angle: number, r: number) => [number, number],
  radius: number,
): [number, number] {
  const n = pos.length;
  let p: [number, number] | undefined;
  let q: [number, number] | undefined;
  for (let k = 1; k < n && !p; k++) p = pos[(ai - k + n) % n]!.xy;
  for (let k = 1; k < n && !q; k++) q = pos[(ai + k) % n]!.xy;
  const angle = labels[ai]!.angle;
  const [ox, oy] = at(angle, 0);
  const ux = Math.sin(angle);
  const uy = -Math.cos(angle);
  if (p && q && p !== q) {
    // Solve o + s·u = p + t·(q − p).
    const dx = q[0] - p[0];
    const dy = q[1] - p[1];
    const den = ux * dy - uy * dx;
    if (Math.abs(den) > 1e-9) {
      const s = ((p[0] - ox) * dy - (p[1] - oy) * dx) / den;
      const t = ((p[0] - ox) * uy - (p[1] - oy) * ux) / den;
      if (s > radius * 0.08 && s <= radius && t >= 0 && t <= 1) return at(angle, s);
    }
  }
  return at(angle, radius * 0.5);
}
