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
import { quantile } from '../shared/scale.js';

/** Five-number summary of a distribution. */
export interface BenchmarkStats {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One dimension: the distribution over all regions and the region's value. */
export interface BenchmarkRow {
  id: string;
  label: string;
  /** The region's value; `null`/`undefined` when missing (no mark, named as missing). */
  value: number | null | undefined;
  /** All regions' values; used to compute `stats`, `rank` and `count` when those are absent. */
  values?: number[];
  stats?: BenchmarkStats;
  /** 1 = best (highest value). Default: computed from `values`. */
  rank?: number;
  /** Number of regions ranked. Default: `values.length`. */
  count?: number;
}

/** Data of `<sc-benchmark-strip>`. */
export interface BenchmarkStripData {
  /** Name of the region (e.g. "Kabupaten Minahasa"). */
  region: string;
  rows: BenchmarkRow[];
  /** Scale minimum. Default 0. */
  min?: number;
  /** Scale maximum. Default 5. */
  max?: number;
  title?: string;
}

export const BENCHMARK_DEFAULTS = { min: 0, max: 5 } as const;

export interface NormalizedBenchmarkRow {
  id: string;
  label: string;
  value: unknown;
  stats?: BenchmarkStats;
  rank?: number;
  count?: number;
}

export interface NormalizedBenchmarkData {
  region: string;
  rows: NormalizedBenchmarkRow[];
  min: number;
  max: number;
  title?: string;
}

/** Five-number summary (quantiles R type 7) of finite `values`; `undefined` for none. */
export function summarize(values: readonly unknown[]): BenchmarkStats | undefined {
  const v = values
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (!v.length) return undefined;
  return {
    min: v[0]!,
    q1: quantile(v, 0.25),
    median: quantile(v, 0.5),
    q3: quantile(v, 0.75),
    max: v[v.length - 1]!,
  };
}

function stats(input: unknown): BenchmarkStats | undefined {
  if (!isRecord(input)) return undefined;
  const s = {
    min: num(input.min),
    q1: num(input.q1),
    median: num(input.median),
    q3: num(input.q3),
    max: num(input.max),
  };
  return Object.values(s).every((x) => x !== undefined) ? (s as BenchmarkStats) : undefined;
}

/** Validates untrusted benchmark data; computes stats, rank and count from `values` where needed. Never throws. */
export function normalizeBenchmarkData(input: unknown): Normalized<NormalizedBenchmarkData> {
  return normalized(() => {
    const data = root(input, '"region" & "rows"');
    const min = num(data.min) ?? BENCHMARK_DEFAULTS.min;
    const max = num(data.max) ?? BENCHMARK_DEFAULTS.max;
    scale(min, max);
    const rows = records(data.rows, 'rows').map((r, i) => {
      if (r.values !== undefined && r.values !== null && !Array.isArray(r.values))
        wrongShape(`rows[${i}].values`, { id: 'daftar angka', en: 'a list of numbers' }, r.values);
      if (r.stats !== undefined && r.stats !== null && !isRecord(r.stats))
        wrongShape(
          `rows[${i}].stats`,
          { id: 'objek (min, q1, median, q3, max)', en: 'an object (min, q1, median, q3, max)' },
          r.stats,
        );
      const values = Array.isArray(r.values)
        ? r.values.filter((x): x is number => num(x) !== undefined)
        : undefined;
      const st = stats(r.stats) ?? (values ? summarize(values) : undefined);
      const value = r.value;
      let rank = num(r.rank);
      let count = num(r.count);
      if (values?.length) {
        count ??= values.length;
        if (rank === undefined && num(value) !== undefined)
          rank = 1 + values.filter((x) => x > (value as number)).length;
      }
      return {
        id: str(r.id),
        label: str(r.label, str(r.id)),
        value,
        ...(st ? { stats: st } : {}),
        ...(rank !== undefined ? { rank } : {}),
        ...(count !== undefined ? { count } : {}),
      };
    });
    const title = str(data.title);
    return { region: str(data.region), rows, min, max, ...(title ? { title } : {}) };
  });
}
