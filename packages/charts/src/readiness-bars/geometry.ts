import { formatNumber, isValue } from '../shared/format.js';
import { type ChartLang, chartStrings, READINESS_STRINGS } from '../shared/i18n.js';
import type { ChartModel, ChartPoint } from '../shared/model.js';
import { r2 } from '../shared/palette.js';
import { clamp, linear, rectPath } from '../shared/scale.js';
import { FONT_SIZE, LINE_HEIGHT, wrapText } from '../shared/text.js';
import {
  type NormalizedReadinessData,
  type NormalizedReadinessRow,
  READINESS_DEFAULTS,
} from './readiness-bars.config.js';

/** Detail of `sc-point-focus` and `sc-point-select` on `<sc-readiness-bars>`. */
export interface ReadinessPointDetail {
  chart: 'readiness-bars';
  pillarId: string;
  /** Set when the row is an aspect. */
  aspectId?: string;
  /** Score 0–100, `null` when missing. */
  score: number | null;
  answered?: number;
  asked?: number;
  lowCoverage: boolean;
}

export interface ReadinessRowLayout {
  key: string;
  level: 'pillar' | 'aspect';
  styleIndex: number;
  lines: string[];
  /** Label anchor (start) and first baseline. */
  lx: number;
  ly: number;
  /** Bar track and bar (the bar is absent when the score is missing). */
  track: { x: number; y: number; w: number; h: number };
  bar?: { x: number; y: number; w: number; h: number };
  /** Value and coverage texts at the right. */
  valueText: string;
  coverageText: string;
  vx: number;
  cx: number;
  ty: number;
  missing: boolean;
  outOfScale: boolean;
  lowCoverage: boolean;
}

export interface ReadinessLayout extends ChartModel<ReadinessPointDetail> {
  rows: ReadinessRowLayout[];
  ticks: { x: number; label: string }[];
  plotTop: number;
  plotBottom: number;
  /** Centre of the "missing" text inside a missing track. */
  missingText: string;
}

const PAD = 8;

/** Lays out readiness bars at `width` px (labels left, or above the bars when narrow). Pure; no DOM. */
export function layoutReadinessBars(
  data: NormalizedReadinessData,
  width: number,
  lang: ChartLang,
): ReadinessLayout {
  const s = chartStrings(lang);
  const t = READINESS_STRINGS[lang];
  const W = Math.max(200, Math.round(width));
  const stacked = W < 400;
  const labelW = stacked ? W - 2 * PAD : clamp(W * 0.3, 90, 220);
  const rightW = 96;
  const x0 = stacked ? PAD : PAD + labelW + 10;
  const x1 = W - PAD - rightW;
  const x = linear(0, READINESS_DEFAULTS.max, x0, x1);
  const fmt = (v: number) => formatNumber(v, lang, 0);
  const top = PAD + FONT_SIZE + 6;
  let y = top;
  const rows: ReadinessRowLayout[] = [];
  const points = new Map<string, ChartPoint<ReadinessPointDetail>>();
  const keys: string[] = [];
  const notes: string[] = [];
  const tableRows: { header: string; cells: string[] }[] = [];
  const low: string[] = [];

  const coverageOf = (r: NormalizedReadinessRow) =>
    r.answered !== undefined && r.asked !== undefined ? `${fmt(r.answered)}/${fmt(r.asked)}` : '';
  const describe = (r: NormalizedReadinessRow) => {
    if (!isValue(r.score)) return s.missing;
    if (r.score < 0 || r.score > 100) return `${fmt(r.score)} (${r.score > 100 ? s.above : s.below} 0–100)`;
    return fmt(r.score);
  };

  data.pillars.forEach((p, pi) => {
    const slot = pi % 6;
    const items: [NormalizedReadinessRow, 'pillar' | 'aspect', string, string | undefined][] = [
      [p, 'pillar', `p${pi}`, undefined],
      ...p.aspects.map((a, ai): [NormalizedReadinessRow, 'aspect', string, string] => [
        a,
        'aspect',
        `p${pi}a${ai}`,
        a.id,
      ]),
    ];
    if (pi > 0) y += 8;
    for (const [r, level, key, aspectId] of items) {
      const indent = level === 'aspect' ? 14 : 0;
      const lines = wrapText(r.label, labelW - indent, FONT_SIZE, level === 'pillar');
      const missingHere = !isValue(r.score);
      const barH = level === 'pillar' || missingHere ? 16 : 10;
      const labelH = lines.length * LINE_HEIGHT;
      const rowH = stacked ? labelH + barH + 8 : Math.max(labelH, barH + 6) + 6;
      const barY = stacked ? y + labelH + 2 : y + (rowH - barH) / 2 - 1;
      const missing = !isValue(r.score);
      const outOfScale = !missing && ((r.score as number) < 0 || (r.score as number) > 100);
      const score = missing ? 0 : clamp(r.score as number, 0, 100);
      const track = { x: r2(x0), y: r2(barY), w: r2(x1 - x0), h: barH };
      const bar = missing
        ? undefined
        : { x: r2(x0), y: r2(barY), w: r2(Math.max(1.5, x(score) - x0)), h: barH };
      const ty = barY + barH / 2 + 4;
      rows.push({
        key,
        level,
        styleIndex: slot,
        lines,
        lx: r2(PAD + indent),
        ly: r2(stacked ? y + FONT_SIZE : y + (rowH - labelH) / 2 + FONT_SIZE - 1),
        track,
        ...(bar ? { bar } : {}),
        valueText: missing ? '–' : fmt(r.score as number),
        coverageText: coverageOf(r),
        vx: r2(x1 + 34),
        cx: r2(x1 + 42),
        ty: r2(ty),
        missing,
        outOfScale,
        lowCoverage: r.lowCoverage,
      });
      const coverage = coverageOf(r);
      const coverageLong =
        r.answered !== undefined && r.asked !== undefined
          ? t.answered(r.answered, r.asked) + (r.lowCoverage ? ` (${t.lowCoverage})` : '')
          : r.lowCoverage
            ? t.lowCoverage
            : '';
      if (r.lowCoverage) low.push(coverage ? `${r.label} (${coverage})` : r.label);
      if (outOfScale) notes.push(`${r.label}: ${describe(r)}`);
      keys.push(key);
      points.set(key, {
        key,
        x: r2(bar ? x0 + bar.w : (x0 + x1) / 2),
        y: r2(barY),
        label: `${r.label}: ${describe(r)}`,
        lines: coverageLong ? [`${t.coverage}: ${coverageLong}`] : [],
        mark: { ring: rectPath(x0 - 3, barY - 3, x1 - x0 + 6, barH + 6, 3), styleIndex: slot },
        detail: {
          chart: 'readiness-bars',
          pillarId: p.id,
          ...(aspectId !== undefined ? { aspectId } : {}),
          score: isValue(r.score) ? r.score : null,
          ...(r.answered !== undefined ? { answered: r.answered } : {}),
          ...(r.asked !== undefined ? { asked: r.asked } : {}),
          lowCoverage: r.lowCoverage,
        },
      });
      tableRows.push({
        header: level === 'aspect' ? `${p.label} · ${r.label}` : r.label,
        cells: [describe(r), coverageLong || '–'],
      });
      y += rowH;
    }
  });
  if (low.length)
    notes.push(`${t.lowCoverage[0]!.toUpperCase()}${t.lowCoverage.slice(1)}: ${low.join(', ')}`);
  const missingRows = data.pillars.flatMap((p) => [p, ...p.aspects]).filter((r) => !isValue(r.score));
  if (missingRows.length)
    notes.push(
      `${s.missing[0]!.toUpperCase()}${s.missing.slice(1)}: ${missingRows.map((r) => r.label).join(', ')}`,
    );

  const aspects = data.pillars.reduce((n, p) => n + p.aspects.length, 0);
  const summary = [
    data.title ? `${data.title}.` : '',
    t.summary(data.pillars.length, aspects),
    `${data.pillars.map((p) => `${p.label}: ${describe(p)}`).join('; ')}.`,
    ...notes.map((n) => `${n}.`),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    width: W,
    height: Math.ceil(y + PAD),
    ...(data.title ? { title: data.title } : {}),
    summary,
    table: { caption: data.title ?? t.name, columns: [t.item, t.score, t.coverage], rows: tableRows },
    legend: [],
    notes,
    nav: [keys],
    points,
    empty: data.pillars.length === 0,
    rows,
    ticks: [0, 25, 50, 75, 100].map((v) => ({ x: r2(x(v)), label: fmt(v) })),
    plotTop: top - 4,
    plotBottom: y,
    missingText: s.missing,
  };
}
