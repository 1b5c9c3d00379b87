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

/** A readiness aspect (e.g. Anggaran) with its score and questionnaire coverage. */
export interface ReadinessAspect {
  id: string;
  label: string;
  /** Score 0–100; `null`/`undefined` when it cannot be computed (shown as missing, never as 0). */
  score: number | null | undefined;
  /** Questionnaire items answered. */
  answered?: number;
  /** Questionnaire items asked. */
  asked?: number;
  /** Flag from the scoring; default: `answered / asked < minCoverage`. */
  lowCoverage?: boolean;
}

/** A readiness pillar (Struktur, Infrastruktur, Suprastruktur, …) and its aspects. */
export interface ReadinessPillar extends ReadinessAspect {
  aspects?: ReadinessAspect[];
}

/** Data of `<sc-readiness-bars>`. */
export interface ReadinessBarsData {
  pillars: ReadinessPillar[];
  /** Coverage (answered / asked) under which a score is flagged. Default 0.5. */
  minCoverage?: number;
  title?: string;
}

export const READINESS_DEFAULTS = { minCoverage: 0.5, max: 100 } as const;

export interface NormalizedReadinessRow {
  id: string;
  label: string;
  score: unknown;
  answered?: number;
  asked?: number;
  lowCoverage: boolean;
}

export interface NormalizedReadinessData {
  pillars: (NormalizedReadinessRow & { aspects: NormalizedReadinessRow[] })[];
  title?: string;
}

function row(r: Record<string, unknown>, minCoverage: number): NormalizedReadinessRow {
  const answered = num(r.answered);
  const asked = num(r.asked);
  const computed =
    answered !== undefined && asked !== undefined && asked > 0 && answered / asked < minCoverage;
  return {
    id: str(r.id),
    label: str(r.label, str(r.id)),
    score: r.score,
    ...(answered !== undefined ? { answered } : {}),
    ...(asked !== undefined ? { asked } : {}),
    lowCoverage: typeof r.lowCoverage === 'boolean' ? r.lowCoverage : computed,
  };
}

/** Validates untrusted readiness data. Never throws. */
export function normalizeReadinessData(input: unknown): Normalized<NormalizedReadinessData> {
  return normalized(() => {
    const data = root(input, '"pillars"');
    const minCoverage = num(data.minCoverage) ?? READINESS_DEFAULTS.minCoverage;
    const pillars = records(data.pillars, 'pillars').map((p, i) => ({
      ...row(p, minCoverage),
      aspects: records(p.aspects, `pillars[${i}].aspects`).map((a) => row(a, minCoverage)),
    }));
    const title = str(data.title);
    return { pillars, ...(title ? { title } : {}) };
  });
}
