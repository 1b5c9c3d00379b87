import { formatIdr, isValue } from '../shared/format.js';
import { type ChartLang, chartStrings, ROADMAP_STRINGS } from '../shared/i18n.js';
import type { ChartModel, ChartPoint, LegendItem } from '../shared/model.js';
import { markerPath, r2 } from '../shared/palette.js';
import { clamp, rectPath } from '../shared/scale.js';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from '../shared/text.js';
import type { NormalizedRoadmapData } from './roadmap-timeline.config.js';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-roadmap-timeline>`. */
export type RoadmapPointDetail =
  | {
      chart: 'roadmap-timeline';
      kind: 'programme';
      programmeId: string;
      dimensionId: string;
      startYear: number;
      endYear: number;
      /** Sum of the programme's yearly budgets in IDR, `null` when none is given. */
      budget: number | null;
    }
  | { chart: 'roadmap-timeline'; kind: 'budget'; year: number; budget: number };

export interface RoadmapLayout extends ChartModel<RoadmapPointDetail> {
  x0: number;
  x1: number;
  colW: number;
  top: number;
  bottom: number;
  phases: { id: string; label: string; x: number; w: number; y: number }[];
  years: { year: number; x: number; label: string }[];
  groups: { id: string; label: string; y: number; h: number; styleIndex: number }[];
  programmes: {
    key: string;
    lines: string[];
    lx: number;
    ly: number;
    bar: string;
    styleIndex: number;
    quickWin?: { x: number; y: number };
  }[];
  budget: {
    label: string;
    ly: number;
    bars: { d: string; x: number; y: number; text?: string }[];
    baseline: number;
  };
}

const PAD = 8;

function yearsOf(p: NormalizedRoadmapData['programmes'][number]): [number, number] | undefined {
  if (!isValue(p.startYear)) return undefined;
  const s = p.startYear;
  const e = isValue(p.endYear) ? p.endYear : s;
  return [Math.min(s, e), Math.max(s, e)];
}

/** Sum of the valid budget values of a programme (IDR), or `null` when none is valid. */
export function programmeBudget(p: NormalizedRoadmapData['programmes'][number]): number | null {
  let total: number | null = null;
  for (const v of Object.values(p.budget)) if (isValue(v)) total = (total ?? 0) + v;
  return total;
}

/** Lays out the roadmap at `width` px: label column, year columns, phase bands, groups, budget bars. Pure. */
export function layoutRoadmapTimeline(
  data: NormalizedRoadmapData,
  width: number,
  lang: ChartLang,
): RoadmapLayout {
  const s = chartStrings(lang);
  const t = ROADMAP_STRINGS[lang];
  const W = Math.max(260, Math.round(width));
  const labelW = clamp(W * 0.28, 96, 230);
  const x0 = PAD + labelW + 8;
  const x1 = W - PAD;
  const n = data.years;
  const colW = (x1 - x0) / n;
  const first = data.startYear;
  const last = first + n - 1;
  const xOfYear = (y: number) => x0 + (y - first) * colW;

  // Phase band and year header.
  const phaseY = PAD;
  const phases = data.phases
    .map((ph) => {
      const from = clamp(ph.from, 1, n);
      const to = clamp(ph.to, 1, n);
      const w = (to - from + 1) * colW;
      const name = ph.label ?? (t.phases as Record<string, string>)[ph.id] ?? ph.id;
      return {
        id: ph.id,
        label: textWidth(name, FONT_SIZE - 1) <= w - 6 ? name : '',
        full: name,
        x: r2(xOfYear(first + from - 1)),
        w: r2(w),
        y: phaseY,
      };
    })
    .filter((ph) => ph.w > 0);
  const yearY = phaseY + 22 + 14;
  const step = colW >= 34 ? 1 : colW >= 17 ? 2 : 5;
  const years = Array.from({ length: n }, (_, i) => first + i).map((year, i) => ({
    year,
    x: r2(xOfYear(year) + colW / 2),
    label: i % step === 0 ? (colW >= 34 ? String(year) : `'${String(year).slice(-2)}`) : '',
  }));

  let y = yearY + 10;
  const top = y;
  const groups: RoadmapLayout['groups'] = [];
  const programmes: RoadmapLayout['programmes'] = [];
  const points = new Map<string, ChartPoint<RoadmapPointDetail>>();
  const progKeys: string[] = [];
  const notes: string[] = [];
  const tableRows: { header: string; cells: string[] }[] = [];
  const dims = [...data.dimensions];
  for (const p of data.programmes) {
    if (!dims.some((d) => d.id === p.dimension)) dims.push({ id: p.dimension, label: p.dimension || '–' });
  }
  const fmtIdr = (v: number) => formatIdr(v, lang);
  const undated: string[] = [];

  dims.forEach((d, di) => {
    const list = data.programmes.filter((p) => p.dimension === d.id);
    if (!list.length) return;
    const slot = di % 6;
    const gy = y;
    y += 22;
    for (const p of list) {
      const span = yearsOf(p);
      const lines = wrapText(p.label, labelW - 10);
      const h = Math.max(lines.length * LINE_HEIGHT, 16) + 8;
      const pi = data.programmes.indexOf(p);
      const budget = programmeBudget(p);
      tableRows.push({
        header: p.label,
        cells: [
          d.label,
          span ? (span[0] === span[1] ? `${span[0]}` : `${span[0]}–${span[1]}`) : s.missing,
          budget === null ? s.missing : fmtIdr(budget),
        ],
      });
      if (!span) {
        undated.push(p.label);
        programmes.push({
          key: `p${pi}`,
          lines,
          lx: r2(PAD + 10),
          ly: r2(y + (h - lines.length * LINE_HEIGHT) / 2 + FONT_SIZE - 1),
          bar: '',
          styleIndex: slot,
        });
        y += h;
        continue;
      }
      const a = clamp(span[0], first, last + 1);
      const b = clamp(span[1], first - 1, last);
      const bx = xOfYear(a) + 2;
      const bw = Math.max(4, xOfYear(b + 1) - xOfYear(a) - 4);
      const by = y + h / 2 - 7;
      const outside = span[0] < first || span[1] > last;
      if (outside) notes.push(`${p.label}: ${span[0]}–${span[1]} (${s.above})`);
      const key = `p${pi}`;
      progKeys.push(key);
      programmes.push({
        key,
        lines,
        lx: r2(PAD + 10),
        ly: r2(y + (h - lines.length * LINE_HEIGHT) / 2 + FONT_SIZE - 1),
        bar: b >= a ? rectPath(bx, by, bw, 14, 3) : '',
        styleIndex: slot,
        ...(p.quickWin ? { quickWin: { x: r2(bx + 8), y: r2(by + 7) } } : {}),
      });
      points.set(key, {
        key,
        x: r2(bx + bw / 2),
        y: r2(by),
        label: `${p.label}: ${span[0] === span[1] ? span[0] : `${span[0]}–${span[1]}`}`,
        lines: [
          d.label,
          `${t.budget}: ${budget === null ? s.missing : fmtIdr(budget)}`,
          ...(p.quickWin ? [t.quickWin] : []),
        ],
        mark: {
          ring: b >= a ? rectPath(bx - 2, by - 2, bw + 4, 18, 4) : rectPath(x0, by, 4, 14),
          styleIndex: slot,
        },
        detail: {
          chart: 'roadmap-timeline',
          kind: 'programme',
          programmeId: p.id,
          dimensionId: d.id,
          startYear: span[0],
          endYear: span[1],
          budget,
        },
      });
      y += h;
    }
    groups.push({ id: d.id, label: d.label, y: r2(gy), h: r2(y - gy), styleIndex: slot });
    y += 4;
  });
  if (undated.length) notes.push(`${t.years} — ${s.missing}: ${undated.join(', ')}`);
  const bottom = y;

  // Yearly budget: sum over programmes of the valid values for each year.
  const totals = years.map(({ year }) => {
    let sum = 0;
    for (const p of data.programmes) {
      const v = p.budget[String(year)];
      if (isValue(v)) sum += v;
    }
    return sum;
  });
  const maxTotal = Math.max(0, ...totals);
  const barMax = 44;
  const baseline = bottom + 18 + barMax + 14;
  const budgetKeys: string[] = [];
  const budgetBars = totals.map((v, i) => {
    const h = maxTotal > 0 ? Math.max(v > 0 ? 1.5 : 0, (v / maxTotal) * barMax) : 0;
    const x = xOfYear(first + i) + colW * 0.18;
    const w = colW * 0.64;
    const text = fmtIdr(v);
    const key = `b${i}`;
    budgetKeys.push(key);
    points.set(key, {
      key,
      x: r2(x + w / 2),
      y: r2(baseline - h),
      label: `${t.yearlyBudget} ${first + i}: ${text}`,
      lines: [],
      mark: { ring: rectPath(x - 2, baseline - barMax - 2, w + 4, barMax + 4, 3), styleIndex: 0 },
      detail: { chart: 'roadmap-timeline', kind: 'budget', year: first + i, budget: v },
    });
    return {
      d: h > 0 ? rectPath(x, baseline - h, w, h, 1.5) : '',
      x: r2(x + w / 2),
      y: r2(baseline - h - 4),
      ...(textWidth(text, FONT_SIZE - 2.5) <= colW - 2 && v > 0 ? { text } : {}),
    };
  });
  const total = totals.reduce((a, b) => a + b, 0);
  for (const [i, v] of totals.entries())
    tableRows.push({ header: `${t.yearlyBudget} ${first + i}`, cells: ['', String(first + i), fmtIdr(v)] });

  const legend: LegendItem[] = [
    ...groups.map((g) => ({
      id: g.id,
      label: g.label,
      swatch: 'box' as const,
      styleIndex: g.styleIndex,
      toggle: false,
      visible: true,
    })),
  ];
  if (data.programmes.some((p) => p.quickWin)) {
    legend.push({
      id: 'quick-win',
      label: t.quickWin,
      swatch: 'marker',
      marker: 'diamond',
      hollow: true,
      styleIndex: 2,
      toggle: false,
      visible: true,
    });
  }

  return {
    width: W,
    height: Math.ceil(baseline + FONT_SIZE + PAD + 4),
    ...(data.title ? { title: data.title } : {}),
    summary: [
      data.title ? `${data.title}.` : '',
      t.summary(data.programmes.length, first, last, fmtIdr(total)),
      `${groups
        .map((g) => `${g.label}: ${data.programmes.filter((p) => p.dimension === g.id).length}`)
        .join(', ')}.`,
      ...notes.map((x) => `${x}.`),
    ]
      .filter(Boolean)
      .join(' '),
    table: {
      caption: data.title ?? t.name,
      columns: [t.programme, t.dimension, t.years, t.budget],
      rows: tableRows,
    },
    legend,
    notes,
    nav: [progKeys, budgetKeys].filter((r) => r.length),
    points,
    empty: data.programmes.length === 0,
    x0: r2(x0),
    x1: r2(x1),
    colW: r2(colW),
    top: r2(top),
    bottom: r2(bottom),
    phases: phases.map(({ full: _full, ...ph }) => ph),
    years,
    groups,
    programmes,
    budget: { label: t.yearlyBudget, ly: r2(bottom + 16), bars: budgetBars, baseline: r2(baseline) },
  };
}

/** Quick-win marker path (shared by the body renderer). */
export function quickWinMarker(x: number, y: number): string {
  return markerPath('diamond', x, y, 3.6);
}
