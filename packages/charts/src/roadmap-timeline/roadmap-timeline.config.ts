import type { Normalized } from '../shared/model.js';
import {
  isRecord,
  normalized,
  num,
  records,
  root,
  scale,
  str,
  valueMap,
  wrongShape,
} from '../shared/normalize.js';

/** A dimension that groups programmes (e.g. Tata Kelola). */
export interface RoadmapDimension {
  id: string;
  label: string;
}

/** A programme of the masterplan. */
export interface RoadmapProgramme {
  id: string;
  label: string;
  /** Id of its dimension. */
  dimension: string;
  /** First calendar year (e.g. 2026). */
  startYear: number;
  /** Last calendar year (inclusive). Default: `startYear`. */
  endYear?: number;
  /** Budget per calendar year in rupiah (IDR), e.g. `{ "2026": 1200000000 }`. */
  budget?: Record<string, number | null | undefined>;
  /** Whether it is a quick win. Default false. */
  quickWin?: boolean;
}

/** A phase of the plan in plan years (1 = `startYear`). */
export interface RoadmapPhase {
  /** `short`, `medium`, `long` get built-in names; other ids need `label`. */
  id: string;
  label?: string;
  /** First plan year (1-based). */
  from: number;
  /** Last plan year (inclusive). */
  to: number;
}

/** Data of `<sc-roadmap-timeline>`. */
export interface RoadmapTimelineData {
  /** First calendar year of the plan. */
  startYear: number;
  /** Number of years. Default 10. */
  years?: number;
  dimensions: RoadmapDimension[];
  programmes: RoadmapProgramme[];
  /** Default: short 1–2, medium 3–5, long 6–10 (toolkit default). */
  phases?: RoadmapPhase[];
  title?: string;
}

/** Phases in plan years (toolkit default): short 1–2, medium 3–5, long 6–10. */
export const DEFAULT_PHASES: readonly RoadmapPhase[] = [
  { id: 'short', from: 1, to: 2 },
  { id: 'medium', from: 3, to: 5 },
  { id: 'long', from: 6, to: 10 },
];

export const ROADMAP_DEFAULTS = { years: 10 } as const;

export interface NormalizedRoadmapData {
  startYear: number;
  years: number;
  dimensions: RoadmapDimension[];
  programmes: {
    id: string;
    label: string;
    dimension: string;
    startYear?: number;
    endYear?: number;
    budget: Record<string, unknown>;
    quickWin: boolean;
  }[];
  phases: RoadmapPhase[];
  title?: string;
}

/** Validates untrusted roadmap data. Never throws. */
export function normalizeRoadmapData(input: unknown): Normalized<NormalizedRoadmapData> {
  return normalized(() => {
    const data = root(input, '"startYear" & "programmes"');
    const startYear = num(data.startYear);
    if (startYear === undefined)
      wrongShape('startYear', { id: 'tahun (angka)', en: 'a year (a number)' }, data.startYear);
    const years = Math.max(1, Math.min(30, Math.round(num(data.years) ?? ROADMAP_DEFAULTS.years)));
    const dimensions = records(data.dimensions, 'dimensions').map((d) => ({
      id: str(d.id),
      label: str(d.label, str(d.id)),
    }));
    const programmes = records(data.programmes, 'programmes').map((p, i) => {
      const s = num(p.startYear);
      const e = num(p.endYear) ?? s;
      return {
        id: str(p.id),
        label: str(p.label, str(p.id)),
        dimension: str(p.dimension),
        ...(s !== undefined ? { startYear: s } : {}),
        ...(e !== undefined ? { endYear: e } : {}),
        budget: valueMap(p.budget, `programmes[${i}].budget`),
        quickWin: p.quickWin === true,
      };
    });
    const phases =
      data.phases === undefined || data.phases === null
        ? [...DEFAULT_PHASES]
        : records(data.phases, 'phases').map((ph, i) => {
            const from = num(ph.from) ?? 0;
            const to = num(ph.to) ?? 0;
            if (to < from)
              wrongShape(
                `phases[${i}].to`,
                { id: `tahun ke ≥ ${from} ("from")`, en: `a plan year ≥ ${from} ("from")` },
                ph.to,
              );
            const label = str(ph.label);
            return { id: str(ph.id), from, to, ...(label ? { label } : {}) };
          });
    const title = str(data.title);
    return { startYear, years, dimensions, programmes, phases, ...(title ? { title } : {}) };
  });
}
