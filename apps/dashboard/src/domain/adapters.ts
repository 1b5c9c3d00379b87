// Small adapters: scoring results → the plain data the chart elements draw. Labels in the interface language.
import type {
  BenchmarkStripData,
  BenchmarkWheelData,
  MaturityHeatmapData,
  QuickWinMatrixData,
  ReadinessBarsData,
  RoadmapTimelineData,
} from '@smartcity/charts';
import type { Framework } from '@smartcity/model';
import {
  type BenchmarkEntry,
  type BenchmarkResult,
  distribution,
  type LiteracyResult,
  type MaturityResult,
  type ReadinessResult,
} from '@smartcity/scoring';
import { L, locale, msg } from './i18n.js';
import type { Scores } from './scores.js';

type Values = Record<string, number | null>;

// The pages render on every keystroke; the same scores (and language) give the same chart data object, so
// the charts only lay out again when the figures change.
const cache = new WeakMap<object, Map<string, unknown>>();
function memo<T>(key: object, name: string, make: () => T): T {
  let byName = cache.get(key);
  if (!byName) {
    byName = new Map();
    cache.set(key, byName);
  }
  const k = `${name}|${locale()}`;
  if (!byName.has(k)) byName.set(k, make());
  return byName.get(k) as T;
}

/** The maturity radar: the six dimensions, current and target levels, and the national median. */
export function maturityRadar(r: MaturityResult, median?: Readonly<Record<string, number>>) {
  return memo(r, `radar|${median ? JSON.stringify(median) : ''}`, () => makeMaturityRadar(r, median));
}

function makeMaturityRadar(r: MaturityResult, median?: Readonly<Record<string, number>>) {
  const m = msg();
  const current: Values = {};
  const target: Values = {};
  for (const d of r.dimensions) {
    current[d.id] = d.index;
    target[d.id] = d.target;
  }
  const series: { id: string; label: string; kind: 'current' | 'target' | 'median'; values: Values }[] = [
    { id: 'current', label: `${m.current} ${r.year}`, kind: 'current', values: current },
    { id: 'target', label: m.target, kind: 'target', values: target },
  ];
  if (median) series.push({ id: 'median', label: m.nationalMedian, kind: 'median', values: { ...median } });
  return {
    title: `${m.maturity} ${r.year}`,
    axes: r.dimensions.map((d) => ({ id: d.id, label: L(d.name) })),
    min: r.ladder.min,
    max: r.ladder.max,
    series,
  };
}

/** Digital literacy on a radar: the region's baseline, its last target and the national index per pillar. */
export function literacyRadar(l: LiteracyResult, f: Framework) {
  return memo(l, 'literacy', () => makeLiteracyRadar(l, f));
}

function makeLiteracyRadar(l: LiteracyResult, f: Framework) {
  const m = msg();
  const base: Values = {};
  const national: Values = {};
  const target: Values = {};
  for (const p of l.pillars) {
    base[p.id] = p.baseline;
    national[p.id] = p.national?.value ?? null;
    const t = [...p.targets].reverse().find((x) => x.target !== null);
    target[p.id] = t?.target ?? null;
  }
  const { min, max } = f.literacy.scale;
  const levels = [];
  for (let v = min; v <= max; v++) levels.push({ value: v, label: String(v) });
  return {
    title: m.literacy,
    axes: l.pillars.map((p) => ({ id: p.id, label: L(p.name) })),
    min: 0,
    max,
    levels,
    series: [
      { id: 'baseline', label: `${m.regional} ${l.baselineYear}`, kind: 'current' as const, values: base },
      { id: 'target', label: m.target, kind: 'target' as const, values: target },
      { id: 'national', label: m.nationalShort, kind: 'median' as const, values: national },
    ],
  };
}

/** Readiness per pillar and aspect (0–100) with coverage; low coverage flagged as the scoring says. */
export function readinessBars(r: ReadinessResult): ReadinessBarsData {
  return memo(r, 'bars', () => makeReadinessBars(r));
}

function makeReadinessBars(r: ReadinessResult): ReadinessBarsData {
  const m = msg();
  const fig = (
    x: ReadinessResult['pillars'][number] | ReadinessResult['pillars'][number]['aspects'][number],
  ) => ({
    id: x.id,
    label: L(x.name),
    score: x.index,
    answered: x.coverage.answered,
    asked: x.coverage.asked,
    lowCoverage: x.lowCoverage,
  });
  return {
    title: m.readinessScores,
    minCoverage: r.coverage.minimum,
    pillars: r.pillars.map((p) => ({ ...fig(p), aspects: p.aspects.map(fig) })),
  };
}

/** The impact/effort matrix of the quick-win candidates, the optimal portfolio marked as chosen. */
export function quickwinMatrix(s: Scores, f: Framework): QuickWinMatrixData {
  return memo(s, 'matrix', () => makeQuickwinMatrix(s, f));
}

function makeQuickwinMatrix(s: Scores, f: Framework): QuickWinMatrixData {
  const chosen = new Set(s.portfolio.chosen);
  return {
    title: msg().portfolio,
    min: f.quickWin.scale.min,
    max: f.quickWin.scale.max,
    threshold: f.quickWin.quadrantThreshold,
    candidates: s.quickWins.map((c) => ({
      id: c.id,
      label: c.name,
      impact: c.impact,
      effort: c.effort,
      chosen: chosen.has(c.id),
      ...(c.quadrant ? { quadrant: c.quadrant } : {}),
    })),
  };
}

/** The roadmap: every scheduled programme by dimension, its yearly budget, quick wins marked. */
export function roadmapTimeline(
  s: Scores,
  f: Framework,
  quickWins: readonly string[] = [],
): RoadmapTimelineData {
  return memo(s, `roadmap|${quickWins.join(',')}`, () => makeRoadmapTimeline(s, f, quickWins));
}

function makeRoadmapTimeline(s: Scores, f: Framework, quickWins: readonly string[]): RoadmapTimelineData {
  const r = s.roadmap;
  const qw = new Set(quickWins.length ? quickWins : s.portfolio.chosen);
  return {
    title: msg().roadmap,
    startYear: r.horizon.startYear,
    years: r.horizon.years,
    dimensions: f.dimensions.map((d) => ({ id: d.id, label: L(d.name) })),
    phases: f.roadmap.phases.map((p) => ({ id: p.id, label: L(p.name), from: p.fromYear, to: p.toYear })),
    programmes: r.programmes.map((p) => {
      const budget: Record<string, number> = {};
      for (const b of p.budget) budget[String(b.year)] = (budget[String(b.year)] ?? 0) + b.amount;
      return {
        id: p.id,
        label: p.name,
        dimension: p.dimension,
        startYear: p.start ?? p.planned.start,
        endYear: p.end ?? p.planned.end,
        budget,
        quickWin: qw.has(p.id),
      };
    }),
  };
}

/** One region's maturity per dimension against the national distribution (quartiles, median, rank). */
export function benchmarkStrip(code: string, b: BenchmarkResult): BenchmarkStripData | undefined {
  const e = b.entries.find((x) => x.code === code);
  if (!e) return undefined;
  const m = msg();
  const rows = b.dimensionList.map((d) => {
    const dist = b.dimensions[d.id];
    const st = e.dimensions[d.id];
    const row: BenchmarkStripData['rows'][number] = {
      id: d.id,
      label: L(d.name ?? undefined) || d.id,
      value: st?.value ?? null,
    };
    if (
      dist &&
      dist.min !== null &&
      dist.q1 !== null &&
      dist.median !== null &&
      dist.q3 !== null &&
      dist.max !== null
    )
      row.stats = { min: dist.min, q1: dist.q1, median: dist.median, q3: dist.q3, max: dist.max };
    if (st?.rank) row.rank = st.rank;
    if (st) row.count = st.of;
    return row;
  });
  return { title: `${e.name} · ${m.nationalMedian}`, region: e.name, rows, min: 0, max: 5 };
}

/** One region of the national set on the radar against the national median. */
export function maturityRadarVsMedian(entry: BenchmarkEntry, b: BenchmarkResult, f: Framework) {
  const m = msg();
  const values: Values = {};
  for (const d of entry.maturity?.dimensions ?? []) values[d.id] = d.index;
  return {
    title: `${entry.region.name} · ${m.nationalMedian}`,
    axes: b.dimensionList.map((d) => ({
      id: d.id,
      label: L(d.name ?? f.dimensions.find((x) => x.id === d.id)?.name),
    })),
    min: 0,
    max: 5,
    series: [
      { id: 'region', label: entry.region.name, kind: 'current' as const, values },
      { id: 'median', label: m.nationalMedian, kind: 'median' as const, values: { ...b.median } },
    ],
  };
}

/** Maturity level per element id (`null`: not assessed), by region code. */
export type RegionLevels = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

/** The heatmap of the national set: each region with element levels × the framework's elements. */
export function maturityHeatmap(b: BenchmarkResult, levels: RegionLevels, f: Framework): MaturityHeatmapData {
  return memo(levels, 'heatmap', () => ({
    title: msg().heatmapTitle,
    dimensions: f.dimensions.map((d) => ({ id: d.id, label: L(d.name) })),
    elements: f.dimensions.flatMap((d) =>
      d.elements.map((e) => ({ id: e.id, label: L(e.name), dimension: d.id })),
    ),
    regions: b.entries
      .filter((e) => levels[e.code])
      .map((e) => ({
        id: e.code,
        label: e.name,
        province: e.province.name,
        ...(e.cohort === null ? {} : { cohort: String(e.cohort) }),
        values: { ...levels[e.code] },
      })),
    groupBy: 'province' as const,
    sortBy: 'mean',
  }));
}

/**
 * One region's latest maturity per element (dimensions → elements) against the median of its peers: the
 * regions of the national set of the same type (kabupaten or kota), itself left out.
 */
export function benchmarkWheel(
  region: { code: string; name: string; type: 'kabupaten' | 'kota' },
  maturity: MaturityResult,
  entries: readonly BenchmarkEntry[],
  levels: RegionLevels,
  f: Framework,
): { data: BenchmarkWheelData; peers: number } {
  const m = msg();
  const peers = entries.filter(
    (e) => e.region.type === region.type && e.region.code !== region.code && levels[e.region.code],
  );
  const median = (id: string) =>
    distribution(
      peers.map((p) => levels[p.region.code]![id]).filter((v): v is number => typeof v === 'number'),
    ).median;
  const own = new Map(maturity.dimensions.flatMap((d) => d.elements.map((e) => [e.id, e.level] as const)));
  return {
    peers: peers.length,
    data: {
      title: `${region.name} · ${m.wheelPeers(region.type)}`,
      region: region.name,
      peersLabel: m.wheelPeers(region.type),
      min: maturity.ladder.min,
      max: maturity.ladder.max,
      dimensions: f.dimensions.map((d) => ({
        id: d.id,
        label: L(d.name),
        elements: d.elements.map((e) => ({
          id: e.id,
          label: L(e.name),
          value: own.get(e.id) ?? null,
          peer: median(e.id),
        })),
      })),
    },
  };
}
