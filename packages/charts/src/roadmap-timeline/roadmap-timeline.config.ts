import type { Normalized } from '../shared/model.js';
import { isRecord, num, records, str } from '../shared/normalize.js';

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
  if (!isRecord(input)) return { ok: false, error: 'expected an object with "startYear" and "programmes"' };
  const startYear = num(input.startYear);
  if (startYear === undefined) return { ok: false, error: '"startYear" must be a number' };
  if (input.programmes !== undefined && !Array.isArray(input.programmes)) {
    return { ok: false, error: '"programmes" must be an array' };
  }
  const years = Math.max(1, Math.min(30, Math.round(num(input.years) ?? ROADMAP_DEFAULTS.years)));
  const dimensions = records(input.dimensions).map((d) => ({
    id: str(d.id),
    label: str(d.label, str(d.id)),
  }));
  const programmes = records(input.programmes).map((p) => {
    const s = num(p.startYear);
    const e = num(p.endYear) ?? s;
    return {
      id: str(p.id),
      label: str(p.label, str(p.id)),
      dimension: str(p.dimension),
      ...(s !== undefined ? { startYear: s } : {}),
      ...(e !== undefined ? { endYear: e } : {}),
      budget: isRecord(p.budget) ? p.budget : {},
      quickWin: p.quickWin === true,
    };
  });
  const phases = Array.isArray(input.phases)
    ? input.phases
        .filter(isRecord)
        .map((ph) => ({
          id: str(ph.id),
          label: str(ph.label) || undefined,
          from: num(ph.from) ?? 0,
          to: num(ph.to) ?? 0,
        }))
        .filter((ph) => ph.id && ph.to >= ph.from)
        .map(({ label, ...rest }) => (label ? { ...rest, label } : rest))
    : [...DEFAULT_PHASES];
  const title = str(input.title);
  return {
    ok: true,
    value: { startYear, years, dimensions, programmes, phases, ...(title ? { title } : {}) },
  };
}
