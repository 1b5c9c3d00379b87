import { formatNumber, isValue } from '../shared/format.js';
import { type ChartLang, chartStrings, QUICKWIN_STRINGS } from '../shared/i18n.js';
import type { ChartModel, ChartPoint } from '../shared/model.js';
import { markerPath, r2 } from '../shared/palette.js';
import { clamp, linear } from '../shared/scale.js';
import { FONT_SIZE, LINE_HEIGHT, linesWidth, wrapText } from '../shared/text.js';
import { classifyQuadrant, type NormalizedQuickWinData, type Quadrant } from './quickwin-matrix.config.js';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-quickwin-matrix>`. */
export interface QuickWinPointDetail {
  chart: 'quickwin-matrix';
  candidateId: string;
  impact: number | null;
  effort: number | null;
  quadrant: Quadrant | null;
  chosen: boolean;
}

export interface QuickWinLayout extends ChartModel<QuickWinPointDetail> {
  plot: { x: number; y: number; w: number; h: number };
  quadrants: {
    id: Quadrant;
    label: string;
    x: number;
    y: number;
    w: number;
    h: number;
    lx: number;
    ly: number;
    anchor: 'start' | 'end';
  }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  xTitle: { x: number; y: number; text: string };
  yTitle: { x: number; y: number; text: string };
  labels: { lines: string[]; x: number; y: number; anchor: 'start' | 'end' | 'middle' }[];
  outOfScale: { x: number; y: number }[];
}

const PAD = 8;

/** Lays out the impact/effort matrix at `width` px. Pure; no DOM. */
export function layoutQuickWinMatrix(
  data: NormalizedQuickWinData,
  width: number,
  lang: ChartLang,
): QuickWinLayout {
  const s = chartStrings(lang);
  const t = QUICKWIN_STRINGS[lang];
  const W = Math.max(220, Math.round(width));
  const { min, max, threshold } = data;
  const fmt = (v: number) => formatNumber(v, lang);
  const left = PAD + 34;
  const size = Math.min(W - left - PAD, 560);
  const plot = { x: left, y: PAD + 4, w: size, h: Math.round(size * 0.8) };
  const sx = linear(min, max, plot.x + 14, plot.x + plot.w - 14);
  const sy = linear(min, max, plot.y + plot.h - 14, plot.y + 14);
  const mx = sx(threshold);
  const my = sy(threshold);
  const q = (id: Quadrant, x0: number, y0: number, x1: number, y1: number, anchor: 'start' | 'end') => ({
    id,
    label: t.quadrants[id],
    x: r2(x0),
    y: r2(y0),
    w: r2(x1 - x0),
    h: r2(y1 - y0),
    lx: r2(anchor === 'start' ? x0 + 6 : x1 - 6),
    ly: r2(y0 < my ? y0 + 15 : y1 - 7),
    anchor,
  });
  const x0 = plot.x;
  const y0 = plot.y;
  const x1 = plot.x + plot.w;
  const y1 = plot.y + plot.h;
  const quadrants = [
    q('quick-win', x0, y0, mx, my, 'start'),
    q('major-project', mx, y0, x1, my, 'end'),
    q('fill-in', x0, my, mx, y1, 'start'),
    q('thankless-task', mx, my, x1, y1, 'end'),
  ];

  const boxes: { x: number; y: number; w: number; h: number }[] = quadrants.map((qd) => {
    const w = linesWidth([qd.label], FONT_SIZE - 0.5, true);
    return { x: qd.anchor === 'start' ? qd.lx : qd.lx - w, y: qd.ly - FONT_SIZE, w, h: FONT_SIZE + 4 };
  });
  // Candidates with the same (impact, effort) are spread on a small circle so that each stays visible.
  const placed = data.candidates.map((c, i) => ({ c, i, ok: isValue(c.impact) && isValue(c.effort) }));
  const groups = new Map<string, number[]>();
  for (const p of placed) {
    if (!p.ok) continue;
    const k = `${clamp(p.c.impact as number, min, max)}|${clamp(p.c.effort as number, min, max)}`;
    groups.set(k, [...(groups.get(k) ?? []), p.i]);
  }
  const points = new Map<string, ChartPoint<QuickWinPointDetail>>();
  const keys: string[] = [];
  const labels: QuickWinLayout['labels'] = [];
  const outOfScale: { x: number; y: number }[] = [];
  const notes: string[] = [];
  const describe = (v: unknown) =>
    !isValue(v) ? s.missing : v < min || v > max ? `${fmt(v)} (${v > max ? s.above : s.below})` : fmt(v);
  const quadrantOf = (c: NormalizedQuickWinData['candidates'][number]): Quadrant | null =>
    c.quadrant ??
    (isValue(c.impact) && isValue(c.effort) ? classifyQuadrant(c.impact, c.effort, threshold) : null);

  for (const p of placed) {
    if (!p.ok) continue;
    const { c } = p;
    const impact = c.impact as number;
    const effort = c.effort as number;
    const group = groups.get(`${clamp(impact, min, max)}|${clamp(effort, min, max)}`)!;
    const gi = group.indexOf(p.i);
    const spread = group.length > 1 ? 9 : 0;
    const a = (2 * Math.PI * gi) / group.length - Math.PI / 2;
    const px = sx(clamp(effort, min, max)) + spread * Math.cos(a);
    const py = sy(clamp(impact, min, max)) + spread * Math.sin(a);
    boxes.push({ x: px - 7, y: py - 7, w: 14, h: 14 });
    if (impact < min || impact > max || effort < min || effort > max) {
      outOfScale.push({ x: r2(px), y: r2(py) });
      notes.push(`${c.label}: ${t.impact} ${describe(impact)}, ${t.effort} ${describe(effort)}`);
    }
    const quadrant = quadrantOf(c);
    const key = `c${p.i}`;
    keys.push(key);
    points.set(key, {
      key,
      x: r2(px),
      y: r2(py),
      label: `${c.label}: ${t.impact} ${describe(impact)}, ${t.effort} ${describe(effort)}`,
      lines: [
        `${t.quadrant}: ${quadrant ? t.quadrants[quadrant] : s.missing}`,
        c.chosen ? t.chosen : t.notChosen,
      ],
      mark: {
        d: c.chosen
          ? markerPath('circle', px, py, 6)
          : markerPath('circle', px, py, 6) + markerPath('circle', px, py, 4),
        ring: markerPath('circle', px, py, 10),
        hollow: !c.chosen,
        styleIndex: c.chosen ? 0 : 2,
      },
      detail: {
        chart: 'quickwin-matrix',
        candidateId: c.id,
        impact,
        effort,
        quadrant,
        chosen: c.chosen,
      },
    });
  }

  // Labels beside the markers where they fit without overlapping (the rest: tooltip and table).
  const maxLabel = Math.max(70, Math.min(150, plot.w * 0.3));
  for (const p of placed) {
    if (!p.ok) continue;
    const pt = points.get(`c${p.i}`)!;
    const lines = wrapText(p.c.label, maxLabel, FONT_SIZE - 1);
    const w = linesWidth(lines, FONT_SIZE - 1);
    const h = lines.length * (LINE_HEIGHT - 1);
    const options: { x: number; anchor: 'start' | 'end' | 'middle'; bx: number; by: number }[] = [
      { x: pt.x + 10, anchor: 'start', bx: pt.x + 10, by: pt.y - h / 2 },
      { x: pt.x - 10, anchor: 'end', bx: pt.x - 10 - w, by: pt.y - h / 2 },
      { x: pt.x, anchor: 'middle', bx: pt.x - w / 2, by: pt.y + 10 },
      { x: pt.x, anchor: 'middle', bx: pt.x - w / 2, by: pt.y - 10 - h },
      { x: pt.x - 6, anchor: 'start', bx: pt.x - 6, by: pt.y + 10 },
      { x: pt.x + 6, anchor: 'end', bx: pt.x + 6 - w, by: pt.y + 10 },
      { x: pt.x - 6, anchor: 'start', bx: pt.x - 6, by: pt.y - 10 - h },
    ];
    for (const o of options) {
      const box = { x: o.bx, y: o.by, w, h };
      const inside = box.x >= x0 + 2 && box.x + w <= x1 - 2 && box.y >= y0 + 2 && box.y + h <= y1 - 2;
      const free = boxes.every(
        (b) => box.x >= b.x + b.w || b.x >= box.x + box.w || box.y >= b.y + b.h || b.y >= box.y + box.h,
      );
      if (inside && free) {
        boxes.push(box);
        labels.push({ lines, x: r2(o.x), y: r2(box.y + FONT_SIZE - 2), anchor: o.anchor });
        break;
      }
    }
  }

  const unplaced = placed.filter((p) => !p.ok).map((p) => p.c.label);
  if (unplaced.length) notes.push(`${t.notPlaced}: ${unplaced.join(', ')}`);
  const chosen = data.candidates.filter((c) => c.chosen).length;
  const counts = quadrants
    .map((qd) => `${qd.label} ${data.candidates.filter((c) => quadrantOf(c) === qd.id).length}`)
    .join(', ');
  const ticks = [];
  for (let v = Math.ceil(min); v <= max; v++) ticks.push(v);
  return {
    width: W,
    height: Math.ceil(y1 + 40),
    ...(data.title ? { title: data.title } : {}),
    summary: [
      data.title ? `${data.title}.` : '',
      t.summary(data.candidates.length, chosen),
      `${counts}.`,
      ...notes.map((n) => `${n}.`),
    ]
      .filter(Boolean)
      .join(' '),
    table: {
      caption: data.title ?? t.name,
      columns: [t.candidate, t.impact, t.effort, t.quadrant, t.portfolio],
      rows: data.candidates.map((c) => {
        const qd = quadrantOf(c);
        return {
          header: c.label,
          cells: [
            describe(c.impact),
            describe(c.effort),
            qd ? t.quadrants[qd] : s.missing,
            c.chosen ? t.yes : t.no,
          ],
        };
      }),
    },
    legend: [
      {
        id: 'chosen',
        label: t.chosen,
        swatch: 'marker',
        marker: 'circle',
        styleIndex: 0,
        toggle: false,
        visible: true,
      },
      {
        id: 'other',
        label: t.notChosen,
        swatch: 'marker',
        marker: 'circle',
        hollow: true,
        styleIndex: 2,
        toggle: false,
        visible: true,
      },
    ],
    notes,
    nav: [keys],
    points,
    empty: data.candidates.length === 0,
    plot: { x: r2(plot.x), y: r2(plot.y), w: r2(plot.w), h: r2(plot.h) },
    quadrants,
    xTicks: ticks.map((v) => ({ x: r2(sx(v)), label: fmt(v) })),
    yTicks: ticks.map((v) => ({ y: r2(sy(v)), label: fmt(v) })),
    xTitle: { x: r2(x0 + plot.w / 2), y: r2(y1 + 34), text: `${t.effort} (${t.low} → ${t.high})` },
    yTitle: { x: r2(PAD + 10), y: r2(y0 + plot.h / 2), text: `${t.impact} (${t.low} → ${t.high})` },
    labels,
    outOfScale,
  };
}
