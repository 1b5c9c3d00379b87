// Figures of the report: chart data made from scoring results, drawn by the charts' DOM-free renderers.
import {
  type MaturityRadarData,
  type QuickWinMatrixData,
  type ReadinessBarsData,
  type RoadmapTimelineData,
  renderMaturityRadarSvg,
  renderQuickWinMatrixSvg,
  renderReadinessBarsSvg,
  renderRoadmapTimelineSvg,
} from '@smartcity/charts/svg';
import type { Framework, Locale } from '@smartcity/model';
import type { LiteracyResult, MasterplanScore, MaturityResult, ReadinessResult } from '@smartcity/scoring';
import type { ReportFigure } from './model.js';

/** Width the figures are drawn at, in px (the SVG viewBox; they scale to the page). */
export const FIGURE_WIDTH = 640;

function figure(id: string, caption: string, svg: string): ReportFigure {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return {
    kind: 'figure',
    id,
    caption,
    svg,
    width: box ? Number(box[1]) : FIGURE_WIDTH,
    height: box ? Number(box[2]) : FIGURE_WIDTH,
  };
}

type W = (id: string, en: string) => string;

export function readinessFigure(r: ReadinessResult, lang: Locale, w: W, caption: string): ReportFigure {
  const row = (
    x: ReadinessResult['pillars'][number] | ReadinessResult['pillars'][number]['aspects'][number],
  ) => ({
    id: x.id,
    label: x.name[lang],
    score: x.index,
    answered: x.coverage.answered,
    asked: x.coverage.asked,
    lowCoverage: x.lowCoverage,
  });
  const data: ReadinessBarsData = {
    title: w('Kesiapan per pilar dan aspek', 'Readiness by pillar and aspect'),
    minCoverage: r.coverage.minimum,
    pillars: r.pillars.map((p) => ({ ...row(p), aspects: p.aspects.map(row) })),
  };
  return figure('readiness', caption, renderReadinessBarsSvg(data, { lang, width: FIGURE_WIDTH }));
}

export function maturityFigure(r: MaturityResult, lang: Locale, w: W, caption: string): ReportFigure {
  const current: Record<string, number | null> = {};
  const target: Record<string, number | null> = {};
  for (const d of r.dimensions) {
    current[d.id] = d.index;
    target[d.id] = d.target;
  }
  const data: MaturityRadarData = {
    title: `${w('Kematangan', 'Maturity')} ${r.year}`,
    axes: r.dimensions.map((d) => ({ id: d.id, label: d.name[lang] })),
    min: r.ladder.min,
    max: r.ladder.max,
    series: [
      { id: 'current', label: `${w('Saat ini', 'Current')} ${r.year}`, kind: 'current', values: current },
      { id: 'target', label: w('Target', 'Target'), kind: 'target', values: target },
    ],
  };
  return figure('maturity', caption, renderMaturityRadarSvg(data, { lang, width: FIGURE_WIDTH }));
}

export function literacyFigure(
  l: LiteracyResult,
  f: Framework,
  lang: Locale,
  w: W,
  caption: string,
): ReportFigure {
  const base: Record<string, number | null> = {};
  const national: Record<string, number | null> = {};
  const target: Record<string, number | null> = {};
  for (const p of l.pillars) {
    base[p.id] = p.baseline;
    national[p.id] = p.national?.value ?? null;
    target[p.id] = [...p.targets].reverse().find((x) => x.target !== null)?.target ?? null;
  }
  const { min, max } = f.literacy.scale;
  const levels = [];
  for (let v = min; v <= max; v++) levels.push({ value: v, label: String(v) });
  const data: MaturityRadarData = {
    title: w('Literasi digital', 'Digital literacy'),
    axes: l.pillars.map((p) => ({ id: p.id, label: p.name[lang] })),
    min: 0,
    max,
    levels,
    series: [
      { id: 'baseline', label: `${w('Daerah', 'Region')} ${l.baselineYear}`, kind: 'current', values: base },
      { id: 'target', label: w('Target', 'Target'), kind: 'target', values: target },
      { id: 'national', label: w('Nasional', 'National'), kind: 'median', values: national },
    ],
  };
  return figure('literacy', caption, renderMaturityRadarSvg(data, { lang, width: FIGURE_WIDTH }));
}

export function roadmapFigure(
  s: MasterplanScore,
  f: Framework,
  quickWins: ReadonlySet<string>,
  lang: Locale,
  w: W,
  caption: string,
): ReportFigure {
  const r = s.roadmap;
  const data: RoadmapTimelineData = {
    title: w('Peta jalan', 'Roadmap'),
    startYear: r.horizon.startYear,
    years: r.horizon.years,
    dimensions: f.dimensions.map((d) => ({ id: d.id, label: d.name[lang] })),
    phases: f.roadmap.phases.map((p) => ({ id: p.id, label: p.name[lang], from: p.fromYear, to: p.toYear })),
    programmes: r.programmes.map((p) => {
      const budget: Record<string, number> = {};
      for (const b of p.budget) budget[String(b.year)] = (budget[String(b.year)] ?? 0) + b.amount;
      return {
        id: p.id,
        label: p.name,
        dimension: p.dimension,
        // The scheduled years, exactly as the programme table prints them.
        startYear: p.start ?? p.planned.start,
        endYear: p.end ?? p.planned.end,
        budget,
        quickWin: quickWins.has(p.id),
      };
    }),
  };
  return figure('roadmap', caption, renderRoadmapTimelineSvg(data, { lang, width: FIGURE_WIDTH }));
}

export function quickWinFigure(
  s: MasterplanScore,
  f: Framework,
  w: W,
  lang: Locale,
  caption: string,
): ReportFigure {
  const chosen = new Set(s.quickWins.portfolio.chosen);
  const data: QuickWinMatrixData = {
    title: w('Matriks dampak/upaya quick win', 'Quick-win impact/effort matrix'),
    min: f.quickWin.scale.min,
    max: f.quickWin.scale.max,
    threshold: f.quickWin.quadrantThreshold,
    candidates: s.quickWins.candidates.map((c) => ({
      id: c.id,
      label: c.name,
      impact: c.impact,
      effort: c.effort,
      chosen: chosen.has(c.id),
      ...(c.quadrant ? { quadrant: c.quadrant } : {}),
    })),
  };
  return figure('quick-wins', caption, renderQuickWinMatrixSvg(data, { lang, width: FIGURE_WIDTH }));
}
