import type { Framework, LocalizedText, Region } from '@smartcity/model';
import { type Explanation, TOOLKIT_METHOD } from './explain.js';
import {
  compareIds,
  type Distribution,
  distribution,
  rankDescending,
  round,
  type Standing,
} from './stats.js';

/**
 * What the benchmark reads of one region's results — `scoreMasterplan`'s result fits as it is. Missing
 * figures (`null` or absent) leave the region out of that figure's statistics and ranks.
 */
export interface BenchmarkEntry {
  readonly region: Region;
  readonly maturity?: {
    readonly index: number | null;
    readonly decimals?: number;
    readonly dimensions: readonly {
      readonly id: string;
      readonly name?: LocalizedText;
      readonly index: number | null;
    }[];
  } | null;
  readonly readiness?: { readonly index: number | null } | null;
  readonly evaluation?: { readonly index: number | null } | null;
}

/** Options of `benchmark`. */
export interface BenchmarkOptions {
  /**
   * The framework the results were scored with: gives the dimension order and names and the decimals ranks
   * are compared at (`maturity.decimals`). Without it, dimensions come from the results (in the order of
   * the lowest region code that has them) and ranks use the largest `decimals` found in the results.
   */
  readonly framework?: Framework;
}

/** A region's standing on one figure. */
export interface RegionStanding {
  /** The region's value (full precision), `null` when it has none. */
  readonly value: number | null;
  /** 1 = best; regions with the same reported (rounded) value share the rank; `null` without a value. */
  readonly rank: number | null;
  /** Share (0–100) of the other ranked regions strictly below; `null` without a value. */
  readonly percentile: number | null;
  /** How many regions were ranked on the figure (within the group, for peers). */
  readonly of: number;
}

/** One region in the national benchmark. */
export interface RegionBenchmark {
  readonly code: string;
  readonly name: string;
  readonly type: Region['type'];
  readonly province: Region['province'];
  /** The programme cohort year, `null` when unknown. */
  readonly cohort: number | null;
  /** Overall maturity index (0–5). */
  readonly overall: RegionStanding;
  /** Maturity index per dimension. */
  readonly dimensions: Readonly<Record<string, RegionStanding>>;
  /** Readiness index (0–100). */
  readonly readiness: RegionStanding;
  /** The ministry's evaluation index (0–5). */
  readonly evaluation: RegionStanding;
  /** Overall maturity standing within each peer group. */
  readonly peers: {
    readonly province: RegionStanding;
    readonly type: RegionStanding;
    /** `null` when the region's cohort is unknown. */
    readonly cohort: RegionStanding | null;
  };
}

/** The statistics of a set of regions. */
export interface GroupStatistics {
  /** Regions in the group (with or without values). */
  readonly regions: number;
  /** Overall maturity index. */
  readonly overall: Distribution;
  /** Maturity index per dimension. */
  readonly dimensions: Readonly<Record<string, Distribution>>;
  readonly readiness: Distribution;
  readonly evaluation: Distribution;
  /** Median per dimension — a series a radar chart can draw; dimensions without values are left out. */
  readonly median: Readonly<Record<string, number>>;
}

/** A peer group: regions of one province, one type (kabupaten/kota) or one cohort year. */
export interface PeerGroup extends GroupStatistics {
  /** The province code, `kabupaten`/`kota`, or the cohort year. */
  readonly id: string;
  readonly name: string;
}

/** The ministry's view of many regions. */
export interface BenchmarkResult extends GroupStatistics {
  /** How quartiles and medians are computed: linear interpolation, Hyndman & Fan type 7 (as R and NumPy). */
  readonly quantileMethod: 'type-7';
  /** The dimensions, in order, with their names when known. */
  readonly dimensionList: readonly { readonly id: string; readonly name: LocalizedText | null }[];
  /** Decimals ranks are compared at (`null`: full precision). */
  readonly rankDecimals: number | null;
  /** Every region, in code order. */
  readonly entries: readonly RegionBenchmark[];
  readonly peerGroups: {
    readonly province: readonly PeerGroup[];
    readonly type: readonly PeerGroup[];
    readonly cohort: readonly PeerGroup[];
  };
  readonly explain: Explanation;
}

type Getter = (e: BenchmarkEntry) => number | null;

function values(entries: readonly BenchmarkEntry[], get: Getter): number[] {
  const out: number[] = [];
  for (const e of entries) {
    const v = get(e);
    if (v !== null && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** Standings of every entry on one figure; ranks compare the values rounded to `decimals`. */
function standings(
  entries: readonly BenchmarkEntry[],
  get: Getter,
  decimals: number | null,
): RegionStanding[] {
  const ranked: number[] = [];
  const at: number[] = [];
  entries.forEach((e, i) => {
    const v = get(e);
    if (v !== null && Number.isFinite(v)) {
      ranked.push(decimals === null ? v : round(v, decimals));
      at.push(i);
    }
  });
  const st = rankDescending(ranked);
  const out: RegionStanding[] = entries.map((e) => ({
    value: get(e),
    rank: null,
    percentile: null,
    of: ranked.length,
  }));
  at.forEach((i, k) => {
    const s: Standing = st[k]!;
    out[i] = { value: get(entries[i]!), rank: s.rank, percentile: s.percentile, of: ranked.length };
  });
  return out;
}

function statistics(entries: readonly BenchmarkEntry[], dims: readonly string[]): GroupStatistics {
  const dimensions: Record<string, Distribution> = {};
  const median: Record<string, number> = {};
  for (const id of dims) {
    const d = distribution(values(entries, dimGetter(id)));
    dimensions[id] = d;
    if (d.median !== null) median[id] = d.median;
  }
  return {
    regions: entries.length,
    overall: distribution(values(entries, overallGetter)),
    dimensions,
    readiness: distribution(values(entries, (e) => e.readiness?.index ?? null)),
    evaluation: distribution(values(entries, (e) => e.evaluation?.index ?? null)),
    median,
  };
}

const overallGetter: Getter = (e) => e.maturity?.index ?? null;
function dimGetter(id: string): Getter {
  return (e) => e.maturity?.dimensions.find((d) => d.id === id)?.index ?? null;
}

/**
 * The national benchmark of many regions' results (toolkit method): per maturity dimension, overall
 * maturity, readiness and the evaluation index — minimum, quartiles and median (linear interpolation,
 * Hyndman & Fan type 7), mean and maximum; each region's rank (1 = best; the same reported value, rounded to
 * the framework's decimals, shares the rank) and percentile (share of the other regions strictly below);
 * peer groups by province, by type (kabupaten/kota) and by programme cohort year, each with the same
 * statistics and each region's standing inside them; and the national median per dimension for a radar
 * chart. The order of `results` does not matter. If two results share a region code, the first is used.
 */
export function benchmark(
  results: readonly BenchmarkEntry[],
  options: BenchmarkOptions = {},
): BenchmarkResult {
  const seen = new Set<string>();
  const entries: BenchmarkEntry[] = [];
  for (const r of [...results].sort((a, b) => compareIds(a.region.code, b.region.code)))
    if (!seen.has(r.region.code)) {
      seen.add(r.region.code);
      entries.push(r);
    }

  const f = options.framework;
  let dimensionList: { id: string; name: LocalizedText | null }[];
  let decimals: number | null;
  if (f) {
    dimensionList = f.dimensions.map((d) => ({ id: d.id, name: d.name }));
    decimals = f.maturity.decimals;
  } else {
    const known = new Map<string, LocalizedText | null>();
    for (const e of entries)
      for (const d of e.maturity?.dimensions ?? []) if (!known.has(d.id)) known.set(d.id, d.name ?? null);
    dimensionList = [...known].map(([id, name]) => ({ id, name }));
    const ds = entries.map((e) => e.maturity?.decimals).filter((d): d is number => d !== undefined);
    decimals = ds.length > 0 ? Math.max(...ds) : null;
  }
  const dims = dimensionList.map((d) => d.id);

  const overall = standings(entries, overallGetter, decimals);
  const perDim = new Map(dims.map((id) => [id, standings(entries, dimGetter(id), decimals)]));
  const readiness = standings(entries, (e) => e.readiness?.index ?? null, decimals);
  const evaluation = standings(entries, (e) => e.evaluation?.index ?? null, decimals);

  const groupBy = (key: (e: BenchmarkEntry) => string | null, name: (e: BenchmarkEntry) => string) => {
    const groups = new Map<string, { name: string; members: number[] }>();
    entries.forEach((e, i) => {
      const k = key(e);
      if (k === null) return;
      const g = groups.get(k);
      if (g) g.members.push(i);
      else groups.set(k, { name: name(e), members: [i] });
    });
    const peerStanding = new Map<number, RegionStanding>();
    const list: PeerGroup[] = [...groups.keys()].sort(compareIds).map((id) => {
      const g = groups.get(id)!;
      const members = g.members.map((i) => entries[i]!);
      standings(members, overallGetter, decimals).forEach((s, k) => peerStanding.set(g.members[k]!, s));
      return { id, name: g.name, ...statistics(members, dims) };
    });
    return { list, peerStanding };
  };
  const byProvince = groupBy(
    (e) => e.region.province.code,
    (e) => e.region.province.name,
  );
  const byType = groupBy(
    (e) => e.region.type,
    (e) => e.region.type,
  );
  const byCohort = groupBy(
    (e) => (e.region.cohort === undefined ? null : String(e.region.cohort)),
    (e) => String(e.region.cohort),
  );

  const regions: RegionBenchmark[] = entries.map((e, i) => {
    const dimensions: Record<string, RegionStanding> = {};
    for (const id of dims) dimensions[id] = perDim.get(id)![i]!;
    return {
      code: e.region.code,
      name: e.region.name,
      type: e.region.type,
      province: e.region.province,
      cohort: e.region.cohort ?? null,
      overall: overall[i]!,
      dimensions,
      readiness: readiness[i]!,
      evaluation: evaluation[i]!,
      peers: {
        province: byProvince.peerStanding.get(i)!,
        type: byType.peerStanding.get(i)!,
        cohort: byCohort.peerStanding.get(i) ?? null,
      },
    };
  });

  const national = statistics(entries, dims);
  return {
    quantileMethod: 'type-7',
    dimensionList,
    rankDecimals: decimals,
    ...national,
    entries: regions,
    peerGroups: { province: byProvince.list, type: byType.list, cohort: byCohort.list },
    explain: {
      rule: {
        id: 'Statistik per dimensi: minimum, kuartil dan median (interpolasi linear, Hyndman & Fan tipe 7), rata-rata, maksimum. Peringkat 1 = terbaik; nilai terlapor (dibulatkan) yang sama berbagi peringkat. Persentil = bagian daerah lain yang nilainya lebih rendah.',
        en: 'Statistics per dimension: minimum, quartiles and median (linear interpolation, Hyndman & Fan type 7), mean, maximum. Rank 1 = best; the same reported (rounded) value shares the rank. Percentile = share of the other regions with a lower value.',
      },
      inputs: [
        { label: { id: 'Daerah', en: 'Regions' }, value: entries.length },
        {
          label: { id: 'Dengan indeks kematangan', en: 'With a maturity index' },
          value: national.overall.count,
        },
      ],
      formula: 'Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), h = (n − 1)·p',
      provenance: TOOLKIT_METHOD,
    },
  };
}
