// Scoring results → the plain data the chart elements draw. The charts know nothing of the framework:
// labels come in the page's language, values as numbers (null = not assessed, never 0).
import type { MaturityRadarData, ReadinessBarsData } from '@smartcity/charts';
import { formatPath, parseMasterplan } from '@smartcity/model';
import { MINAHASA_SAMPLE } from '@smartcity/model/samples';
import { type MasterplanScore, scoreMasterplan } from '@smartcity/scoring';

export type Lang = 'id' | 'en';

/** Parses and scores the bundled (illustrative) Kabupaten Minahasa sample. */
export function scoreSample(): MasterplanScore {
  const parsed = parseMasterplan(MINAHASA_SAMPLE);
  if (!parsed.ok) {
    throw new Error(parsed.issues.map((i) => `${formatPath(i.path)}: ${i.message.en}`).join('\n'));
  }
  return scoreMasterplan(parsed.value.document, parsed.value.framework);
}

const WORDS = {
  id: { title: 'Kematangan per dimensi', current: 'Saat ini', previous: 'Sebelumnya', target: 'Target' },
  en: { title: 'Maturity by dimension', current: 'Current', previous: 'Previous', target: 'Target' },
};

/** The six dimensions: the latest assessment, the one before and the targets. */
export function maturityRadar(score: MasterplanScore, lang: Lang): MaturityRadarData {
  const latest = score.maturity;
  if (!latest) return { axes: [], series: [] };
  const w = WORDS[lang];
  const dimensions = latest.dimensions;
  const values = (pick: (d: (typeof dimensions)[number]) => number | null) =>
    Object.fromEntries(dimensions.map((d) => [d.id, pick(d)]));
  const series: MaturityRadarData['series'] = [
    {
      id: 'current',
      label: `${w.current} (${latest.year})`,
      kind: 'current',
      values: values((d) => d.index),
    },
  ];
  const before = score.previousMaturity;
  if (before) {
    const old = new Map(before.dimensions.map((d) => [d.id, d.index]));
    series.push({
      id: 'previous',
      label: `${w.previous} (${before.year})`,
      kind: 'comparison',
      values: values((d) => old.get(d.id) ?? null),
    });
  }
  series.push({ id: 'target', label: w.target, kind: 'target', values: values((d) => d.target) });
  return {
    title: `${w.title}, ${latest.year}`,
    axes: dimensions.map((d) => ({ id: d.id, label: d.name[lang] })),
    min: latest.ladder.min,
    max: latest.ladder.max,
    series,
  };
}

/** Readiness per pillar and aspect (0–100), with the questionnaire's coverage. */
export function readinessBars(score: MasterplanScore, lang: Lang): ReadinessBarsData {
  const r = score.readiness;
  if (!r) return { pillars: [] };
  return {
    title: lang === 'id' ? 'Indeks kesiapan (0–100)' : 'Readiness index (0–100)',
    minCoverage: r.coverage.minimum,
    pillars: r.pillars.map((p) => ({
      id: p.id,
      label: p.name[lang],
      score: p.index,
      answered: p.coverage.answered,
      asked: p.coverage.asked,
      lowCoverage: p.lowCoverage,
      aspects: p.aspects.map((a) => ({
        id: a.id,
        label: a.name[lang],
        score: a.index,
        answered: a.coverage.answered,
        asked: a.coverage.asked,
        lowCoverage: a.lowCoverage,
      })),
    })),
  };
}
