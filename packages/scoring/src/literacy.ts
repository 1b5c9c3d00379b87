import type { Framework, LiteracyStrategy, LocalizedText } from '@smartcity/model';
import { type Explanation, formatFixed, formatNumber, lazy } from './explain.js';

/** A national figure of the Digital Literacy Index and the survey year it comes from. */
export interface NationalFigure {
  readonly year: number;
  /** On the index scale (1–5). */
  readonly value: number;
}

/** One target year of a pillar. */
export interface LiteracyTargetGap {
  readonly year: number;
  /** The region's target for the year, or `null` when that year sets none for the pillar. */
  readonly target: number | null;
  /** `target − baseline`: how far the region must climb from its baseline by that year. */
  readonly gapFromBaseline: number | null;
  /** `target − the previous target` (or the baseline for the first): the climb in that step. */
  readonly step: number | null;
}

/** One pillar of the Digital Literacy Index for a region. */
export interface LiteracyPillarGap {
  readonly id: string;
  readonly name: LocalizedText;
  /** The region's baseline value (1–5), or `null` when the baseline gives none. */
  readonly baseline: number | null;
  /** The national value of the latest survey year ≤ the baseline year that has one for this pillar. */
  readonly national: NationalFigure | null;
  /** `national − baseline` (> 0: the region is below the national figure); `null` without both. */
  readonly gapToNational: number | null;
  /** The region's targets, by year ascending. */
  readonly targets: readonly LiteracyTargetGap[];
  readonly explain: Explanation;
}

/** A region's digital literacy against the national index and its own targets. */
export interface LiteracyResult {
  readonly baselineYear: number;
  /** Where the baseline comes from (as the strategy states it). */
  readonly source: string;
  /** The overall index: the region's baseline index against the national index. */
  readonly index: {
    readonly baseline: number | null;
    readonly national: NationalFigure | null;
    readonly gapToNational: number | null;
    readonly explain: Explanation;
  };
  /** Pillars in framework order. */
  readonly pillars: readonly LiteracyPillarGap[];
}

/**
 * The national figure to compare a baseline with: the latest national survey year ≤ `year` that has a value
 * (for `pillar`, or the overall index when `pillar` is left out); `null` when there is none.
 */
export function nationalFigure(framework: Framework, year: number, pillar?: string): NationalFigure | null {
  let best: NationalFigure | null = null;
  for (const row of framework.literacy.national) {
    if (row.year > year) continue;
    const value = pillar === undefined ? row.index : row.pillars[pillar];
    if (value === null || value === undefined) continue;
    if (!best || row.year > best.year) best = { year: row.year, value };
  }
  return best;
}

/**
 * Each pillar's gap to the national Digital Literacy Index (official figures in `framework.literacy.national`;
 * the latest survey year ≤ the baseline year with a value for that pillar) and to the region's own targets,
 * year by year. Gaps are "reference − region": positive means the region still has to climb.
 */
export function literacyGaps(strategy: LiteracyStrategy, framework: Framework): LiteracyResult {
  const f = framework;
  const decimals = f.maturity.decimals;
  const baseYear = strategy.baseline.year;
  const targets = [...strategy.targets].sort((a, b) => a.year - b.year);
  const fmt = (x: number) => formatFixed(x, decimals);
  const provenance = f.literacy.provenance;

  const pillars = f.literacy.pillars.map((p) =>
    pillarGap(p, strategy.baseline.pillars[p.id] ?? null, targets, f, baseYear),
  );

  const baseIndex = strategy.baseline.index ?? null;
  const nationalIndex = nationalFigure(f, baseYear);
  const indexGap = baseIndex !== null && nationalIndex ? nationalIndex.value - baseIndex : null;
  return {
    baselineYear: baseYear,
    source: strategy.baseline.source,
    index: {
      baseline: baseIndex,
      national: nationalIndex,
      gapToNational: indexGap,
      explain: {
        rule: {
          id: `Kesenjangan indeks = indeks nasional (tahun survei terakhir ≤ ${baseYear}) − indeks baseline daerah.`,
          en: `Index gap = the national index (the latest survey year ≤ ${baseYear}) − the region's baseline index.`,
        },
        inputs: [
          { label: { id: `Baseline ${baseYear}`, en: `Baseline ${baseYear}` }, value: baseIndex },
          {
            label: nationalIndex
              ? { id: `Nasional ${nationalIndex.year}`, en: `National ${nationalIndex.year}` }
              : { id: 'Nasional', en: 'National' },
            value: nationalIndex?.value ?? null,
          },
        ],
        formula:
          indexGap === null || baseIndex === null || !nationalIndex
            ? '—'
            : `${formatNumber(nationalIndex.value)} − ${formatNumber(baseIndex)} = ${fmt(indexGap)}`,
        provenance,
      },
    },
    pillars,
  };
}

/**
 * One pillar's gaps. A function of its own, so that the explanation keeps only the figures it writes out,
 * not the strategy being scored.
 */
function pillarGap(
  p: Framework['literacy']['pillars'][number],
  baseline: number | null,
  targets: LiteracyStrategy['targets'],
  f: Framework,
  baseYear: number,
): LiteracyPillarGap {
  const fmt = (x: number) => formatFixed(x, f.maturity.decimals);
  const provenance = f.literacy.provenance;
  const national = nationalFigure(f, baseYear, p.id);
  const gapToNational = baseline !== null && national ? national.value - baseline : null;
  let previous = baseline;
  const rows: LiteracyTargetGap[] = targets.map((t) => {
    const target = t.pillars[p.id] ?? null;
    const row = {
      year: t.year,
      target,
      gapFromBaseline: target !== null && baseline !== null ? target - baseline : null,
      step: target !== null && previous !== null ? target - previous : null,
    };
    if (target !== null) previous = target;
    return row;
  });
  const result = { id: p.id, name: p.name, baseline, national, gapToNational, targets: rows };
  return lazy(result, 'explain', (): Explanation => {
    const parts: string[] = [];
    if (gapToNational !== null && national && baseline !== null)
      parts.push(
        `${formatNumber(national.value)} (${national.year}) − ${formatNumber(baseline)} = ${fmt(gapToNational)}`,
      );
    for (const r of rows)
      if (r.gapFromBaseline !== null && r.target !== null && baseline !== null)
        parts.push(
          `${r.year}: ${formatNumber(r.target)} − ${formatNumber(baseline)} = ${fmt(r.gapFromBaseline)}`,
        );
    return {
      rule: {
        id: `Kesenjangan pilar "${p.name.id}" = nilai nasional (tahun survei terakhir ≤ tahun baseline ${baseYear} yang memuat pilar ini) − baseline daerah; kesenjangan target = target tahun itu − baseline.`,
        en: `Gap of pillar "${p.name.en}" = the national value (the latest survey year ≤ the baseline year ${baseYear} with this pillar) − the region's baseline; target gap = that year's target − baseline.`,
      },
      inputs: [
        { label: { id: `Baseline ${baseYear}`, en: `Baseline ${baseYear}` }, value: baseline },
        {
          label: national
            ? { id: `Nasional ${national.year}`, en: `National ${national.year}` }
            : { id: 'Nasional', en: 'National' },
          value: national?.value ?? null,
        },
        ...rows.map((r) => ({
          label: { id: `Target ${r.year}`, en: `Target ${r.year}` },
          value: r.target,
        })),
      ],
      formula: parts.length > 0 ? parts.join('; ') : '—',
      provenance,
    };
  });
}
