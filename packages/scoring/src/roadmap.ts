import type { BudgetLine, Framework, LocalizedText, Phase, Programme, Provenance } from '@smartcity/model';
import { type Explanation, formatRupiah, lazy } from './explain.js';
import { compareIds } from './stats.js';

/**
 * Yearly budget ceilings per funding source id (e.g. `apbd`), in rupiah: one number for every year, or a
 * record by calendar year (`{ "2025": 5e9 }`; years not listed are unlimited). Sources not listed are
 * unlimited.
 */
export type BudgetCeilings = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

/** Options of `scheduleRoadmap`. */
export interface RoadmapOptions {
  /** Yearly ceilings per funding source (default: none). */
  readonly ceilings?: BudgetCeilings;
}

/** A programme placed on the roadmap. */
export interface ScheduledProgramme {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly dimension: string;
  /** The programme's own `startYear` and `endYear` (calendar years). */
  readonly planned: { readonly start: number; readonly end: number };
  /** The earliest year it may start: `max(earliestStart ?? startYear, plan start)`. */
  readonly earliestStart: number;
  /** `endYear − startYear + 1`, in years; kept when the programme moves. */
  readonly duration: number;
  /** Scheduled first and last calendar year; `null` when it cannot be scheduled (a dependency cycle). */
  readonly start: number | null;
  readonly end: number | null;
  /** `start − planned.start`, in years (> 0: later than planned). */
  readonly shift: number | null;
  /** The plan year of `start` (1 = the plan's first year). */
  readonly planYear: number | null;
  /** The phase of `planYear` from `framework.roadmap.phases` (short 1–2, medium 3–5, long 6–10); `null` outside. */
  readonly phase: string | null;
  readonly phaseName: LocalizedText | null;
  readonly dependsOn: readonly string[];
  /** Its budget lines moved with it (each line keeps its offset from the start), in rupiah. */
  readonly budget: readonly BudgetLine[];
  /**
   * Whether its budget fitted the ceilings where it was placed (`true` without ceilings); `false`: no year
   * inside the horizon fitted, so it sits at its earliest start over a ceiling (unfunded there).
   */
  readonly withinCeilings: boolean;
  readonly explain: Explanation;
}

/** Totals of one calendar year. */
export interface RoadmapYear {
  readonly year: number;
  /** 1 = the plan's first year (≤ 0 before the plan, > its length after it). */
  readonly planYear: number;
  /** Whether the year lies inside the plan period (years outside it are listed when budget falls there). */
  readonly inPlan: boolean;
  /** Budget of every scheduled programme in the year, in rupiah. */
  readonly total: number;
  /** The same per funding source (sources with a non-zero amount, in framework order). */
  readonly bySource: Readonly<Record<string, number>>;
  /** The ceilings that apply in the year, per source (only sources with a ceiling). */
  readonly ceilings: Readonly<Record<string, number>>;
  /** Sources over their ceiling in the year. */
  readonly over: readonly string[];
}

/** A problem the schedule found; reported as data, never thrown. */
export type RoadmapConflict =
  | {
      readonly kind: 'horizon';
      /** The plan's length in years, outside the framework's `roadmap.horizon` (5–10 for GMSC). */
      readonly years: number;
      readonly min: number;
      readonly max: number;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'dependency-cycle';
      /** The programmes that depend on each other in a cycle (id order); none of them can be scheduled. */
      readonly programmes: readonly string[];
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'blocked';
      readonly programme: string;
      /** Its dependencies that cannot be scheduled. */
      readonly dependencies: readonly string[];
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'unknown-dependency';
      readonly programme: string;
      readonly dependency: string;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'beyond-horizon';
      readonly programme: string;
      /** The year it ends when started as early as its dependencies allow. */
      readonly end: number;
      readonly horizonEnd: number;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'moved';
      readonly programme: string;
      /**
       * Why it moved: `dependency` (a dependency ends later than it was planned to start), `earliest-start`
       * (its own earliest start), `plan-start` (planned before the plan starts), `ceiling` (a budget ceiling).
       */
      readonly reason: 'dependency' | 'earliest-start' | 'plan-start' | 'ceiling';
      /** The dependency that moved it (the one ending last), for `reason: 'dependency'`; else `null`. */
      readonly dependency: string | null;
      /** Planned and scheduled years (calendar years, inclusive). */
      readonly from: { readonly start: number; readonly end: number };
      readonly to: { readonly start: number; readonly end: number };
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'budget-outside-plan';
      readonly programme: string;
      /** Position of the line in the programme's `budget` list. */
      readonly line: number;
      /** The line's year once the programme is scheduled (moved with it), outside the plan period. */
      readonly year: number;
      readonly source: string;
      readonly amount: number;
      readonly message: LocalizedText;
    }
  | {
      readonly kind: 'over-budget';
      readonly year: number;
      readonly source: string;
      readonly total: number;
      readonly ceiling: number;
      readonly message: LocalizedText;
    };

/** A schedule of the programmes over the plan's horizon. */
export interface RoadmapResult {
  /** The plan period (calendar years, inclusive) and its length in years. */
  readonly horizon: { readonly startYear: number; readonly endYear: number; readonly years: number };
  /** Every programme, in id order. */
  readonly programmes: readonly ScheduledProgramme[];
  /**
   * One entry per year from the earlier of the plan's start and the first budget line, to the latest of its
   * end, the last scheduled year and the last budget line: no scheduled amount is left out of the totals.
   */
  readonly years: readonly RoadmapYear[];
  readonly conflicts: readonly RoadmapConflict[];
  readonly explain: Explanation;
}

function ceilingOf(ceilings: BudgetCeilings | undefined, source: string, year: number): number {
  const c = ceilings?.[source];
  if (c === undefined) return Number.POSITIVE_INFINITY;
  if (typeof c === 'number') return c;
  return c[String(year)] ?? Number.POSITIVE_INFINITY;
}

/** Strongly connected components of the dependency graph (iterative Tarjan), as lists of node indexes. */
function components(edges: readonly (readonly number[])[]): number[][] {
  const n = edges.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[node: number, next: number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, k] = top;
      const targets = edges[v]!;
      if (k < targets.length) {
        top[1] = k + 1;
        const w = targets[k]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          comp.push(w);
        } while (w !== v);
        out.push(comp);
      }
    }
  }
  return out;
}

/**
 * Schedules programmes over the plan period (toolkit default, `framework.roadmap`): a programme starts after
 * all its dependencies end, not before its earliest start (`earliestStart`, else `startYear`) nor before the
 * plan, keeps its duration (`endYear − startYear + 1`) and, when ceilings are given, starts in the first year
 * from there at which its budget (moved with it) fits every funding source's yearly ceiling. If no such year
 * keeps it inside the horizon it starts as early as its dependencies allow and the years over budget are
 * reported. Programmes are placed one at a time in dependency order, the ready one with the earliest possible
 * start (then id) first — a deterministic list schedule, not an optimisation. A plan length outside the
 * framework's horizon (5–10 years), unknown dependencies, dependency cycles (and what they block),
 * programmes ending beyond the horizon, programmes moved from their planned years (with the reason and the
 * old and new years), budget lines falling outside the plan period once moved (they stay in the yearly
 * totals and the ceiling checks) and years over a ceiling are returned as `conflicts`, in that order.
 */
export function scheduleRoadmap(
  programmes: readonly Programme[],
  period: { readonly startYear: number; readonly endYear: number },
  framework: Framework,
  options: RoadmapOptions = {},
): RoadmapResult {
  // In id order (a stable sort, so programmes sharing an id keep their order).
  const given = programmes.map((p) => p.id);
  const order = given.map((_, i) => i).sort((a, b) => compareIds(given[a]!, given[b]!) || a - b);
  const ps = order.map((i) => programmes[i]!);
  const ids = order.map((i) => given[i]!);
  const n = ps.length;
  const idx = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!idx.has(ids[i]!)) idx.set(ids[i]!, i);
  const conflicts: RoadmapConflict[] = [];
  const planYears = period.endYear - period.startYear + 1;
  const { min: hMin, max: hMax } = framework.roadmap.horizon;
  if (planYears < hMin || planYears > hMax)
    conflicts.push({
      kind: 'horizon',
      years: planYears,
      min: hMin,
      max: hMax,
      message: {
        id: `Rencana ${planYears} tahun; kerangka menetapkan ${hMin}–${hMax} tahun.`,
        en: `The plan lasts ${planYears} years; the framework sets ${hMin}–${hMax} years.`,
      },
    });
  const deps: number[][] = ps.map((p) => {
    const known: number[] = [];
    const named = p.dependsOn.length > 1 ? [...new Set(p.dependsOn)].sort(compareIds) : p.dependsOn;
    for (const d of named) {
      const j = idx.get(d);
      if (j === undefined)
        conflicts.push({
          kind: 'unknown-dependency',
          programme: p.id,
          dependency: d,
          message: {
            id: `Program ${p.id} bergantung pada "${d}" yang tidak ada; ketergantungan itu diabaikan.`,
            en: `Programme ${p.id} depends on "${d}", which does not exist; that dependency is ignored.`,
          },
        });
      else known.push(j);
    }
    return known;
  });

  const start = new Array<number | null>(n).fill(null);
  const end = new Array<number | null>(n).fill(null);
  const fitted = new Array<boolean>(n).fill(true);
  const lowerBound = new Array<number>(n).fill(0);
  const earliest = ps.map((p) => Math.max(p.earliestStart ?? p.startYear, period.startYear));
  const duration = ps.map((p) => p.endYear - p.startYear + 1);
  const used = new Map<string, number>(); // `${year}|${source}` → amount
  const key = (y: number, s: string) => `${y}|${s}`;
  const fits = (p: Programme, s: number) =>
    aggregate(shifted(p, s)).every(
      (b) =>
        (used.get(key(b.year, b.source)) ?? 0) + b.amount <= ceilingOf(options.ceilings, b.source, b.year),
    );

  // Kahn's algorithm; among ready programmes the one with the earliest possible start goes first, then id.
  // A programme in a dependency cycle never becomes ready: some programme of its cycle is always waiting.
  const waiting = deps.map((d) => d.length);
  const dependents: number[][] = ps.map(() => []);
  deps.forEach((d, i) => {
    for (const j of d) dependents[j]!.push(i);
  });
  // Ready programmes in a binary heap ordered by (lower bound, index); a programme becomes ready when its
  // last dependency is placed, and its lower bound is fixed from then on.
  const heap: number[] = [];
  const before = (a: number, b: number) =>
    lowerBound[a]! < lowerBound[b]! || (lowerBound[a] === lowerBound[b] && a < b);
  const makeReady = (i: number) => {
    let lb = earliest[i]!;
    for (const j of deps[i]!) if (end[j]! + 1 > lb) lb = end[j]! + 1;
    lowerBound[i] = lb;
    let k = heap.push(i) - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(i, heap[parent]!)) break;
      heap[k] = heap[parent]!;
      k = parent;
    }
    heap[k] = i;
  };
  const takeFirst = (): number => {
    const first = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        if (l >= heap.length) break;
        const c = l + 1 < heap.length && before(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!before(heap[c]!, last)) break;
        heap[k] = heap[c]!;
        k = c;
      }
      heap[k] = last;
    }
    return first;
  };
  for (let i = 0; i < n; i++) if (waiting[i] === 0) makeReady(i);
  const placedBeyond: number[] = [];
  let placed = 0;
  while (heap.length > 0) {
    const pick = takeFirst();
    const p = ps[pick]!;
    const lb = lowerBound[pick]!;
    let s = lb;
    if (options.ceilings) {
      // The first start from the lower bound that keeps it inside the horizon and under every ceiling;
      // if there is none, the lower bound (the years over budget are reported below).
      let found = false;
      for (let t = lb; t + duration[pick]! - 1 <= period.endYear; t++)
        if (fits(p, t)) {
          s = t;
          found = true;
          break;
        }
      fitted[pick] = found || fits(p, s);
      for (const b of aggregate(shifted(p, s)))
        used.set(key(b.year, b.source), (used.get(key(b.year, b.source)) ?? 0) + b.amount);
    }
    start[pick] = s;
    end[pick] = s + duration[pick]! - 1;
    placed++;
    if (end[pick]! > period.endYear) placedBeyond.push(pick);
    for (const k of dependents[pick]!) if (--waiting[k]! === 0) makeReady(k);
  }

  if (placed < n) {
    // Cycles: a component with more than one programme, or one that depends on itself.
    const blocked = new Array<boolean>(n).fill(false);
    const cycles = components(deps)
      .filter((c) => c.length > 1 || deps[c[0]!]!.includes(c[0]!))
      .map((c) => c.map((i) => ids[i]!).sort(compareIds))
      .sort((a, b) => compareIds(a[0]!, b[0]!));
    for (const c of cycles) {
      for (const id of c) blocked[idx.get(id)!] = true;
      conflicts.push({
        kind: 'dependency-cycle',
        programmes: c,
        message: {
          id: `Ketergantungan melingkar antara ${c.join(', ')}; program-program ini tidak dapat dijadwalkan.`,
          en: `Dependency cycle among ${c.join(', ')}; these programmes cannot be scheduled.`,
        },
      });
    }
    // Whatever was not placed and is not in a cycle depends, directly or not, on one.
    for (let i = 0; i < n; i++) {
      if (start[i] !== null || blocked[i]) continue;
      const unscheduled = deps[i]!.filter((j) => start[j] === null).map((j) => ids[j]!);
      conflicts.push({
        kind: 'blocked',
        programme: ids[i]!,
        dependencies: unscheduled,
        message: {
          id: `Program ${ids[i]} tidak dapat dijadwalkan karena bergantung pada ${unscheduled.join(', ')} yang tidak terjadwal.`,
          en: `Programme ${ids[i]} cannot be scheduled because it depends on ${unscheduled.join(', ')}, which are not scheduled.`,
        },
      });
    }
  }
  for (const i of placedBeyond.sort((a, b) => a - b))
    conflicts.push({
      kind: 'beyond-horizon',
      programme: ids[i]!,
      end: end[i]!,
      horizonEnd: period.endYear,
      message: {
        id: `Program ${ids[i]} baru selesai ${end[i]}, setelah akhir rencana ${period.endYear}.`,
        en: `Programme ${ids[i]} ends in ${end[i]}, after the plan ends in ${period.endYear}.`,
      },
    });

  for (let i = 0; i < n; i++) {
    const s0 = start[i] ?? null;
    const p = ps[i]!;
    // Later than planned only: starting earlier, where its earliest start allows, contradicts nothing.
    if (s0 === null || s0 <= p.startYear) continue;
    const depEnd = Math.max(Number.NEGATIVE_INFINITY, ...deps[i]!.map((j) => end[j]! + 1));
    const by = deps[i]!.filter((j) => end[j]! + 1 === depEnd).sort((a, b) => a - b)[0];
    const reason =
      s0 > lowerBound[i]!
        ? 'ceiling'
        : by !== undefined && depEnd === s0 && depEnd > earliest[i]!
          ? 'dependency'
          : (p.earliestStart ?? p.startYear) === s0 && s0 > period.startYear
            ? 'earliest-start'
            : 'plan-start';
    const dependency = reason === 'dependency' ? ids[by!]! : null;
    const from = { start: p.startYear, end: p.endYear };
    const to = { start: s0, end: end[i]! };
    const why: LocalizedText =
      reason === 'dependency'
        ? {
            id: `karena bergantung pada ${dependency} yang baru selesai ${end[by!]}`,
            en: `because it depends on ${dependency}, which ends only in ${end[by!]}`,
          }
        : reason === 'ceiling'
          ? {
              id: 'karena anggarannya tidak muat dalam pagu tahun-tahun sebelumnya',
              en: 'because its budget does not fit the ceilings of the earlier years',
            }
          : reason === 'earliest-start'
            ? {
                id: `karena tahun mulai paling awalnya ${s0}`,
                en: `because its earliest start is ${s0}`,
              }
            : {
                id: `karena rencana baru mulai ${period.startYear}`,
                en: `because the plan starts only in ${period.startYear}`,
              };
    conflicts.push({
      kind: 'moved',
      programme: ids[i]!,
      reason,
      dependency,
      from,
      to,
      message: {
        id: `Program ${ids[i]} dipindah dari ${from.start}–${from.end} ke ${to.start}–${to.end} ${why.id}.`,
        en: `Programme ${ids[i]} moved from ${from.start}–${from.end} to ${to.start}–${to.end} ${why.en}.`,
      },
    });
  }

  // The programmes with their phases and explanations.
  const phases = new Map<number, Phase | null>();
  const phaseOf = (planYear: number) => {
    let phase = phases.get(planYear);
    if (phase === undefined) {
      phase = framework.roadmap.phases.find((ph) => ph.fromYear <= planYear && planYear <= ph.toYear) ?? null;
      phases.set(planYear, phase);
    }
    return phase;
  };
  const provenance = framework.roadmap.provenance;
  const schedule: Schedule = {
    ids,
    deps,
    start,
    end,
    earliest,
    duration,
    lowerBound,
    planStart: period.startYear,
  };
  const scheduled: ScheduledProgramme[] = ps.map((p, i) => {
    const s = start[i]!;
    const ok = start[i] !== null;
    const planYear = ok ? s - period.startYear + 1 : null;
    const phase = planYear === null ? null : phaseOf(planYear);
    const result = {
      id: p.id,
      name: p.name,
      owner: p.owner,
      dimension: p.dimension,
      planned: { start: p.startYear, end: p.endYear },
      earliestStart: earliest[i]!,
      duration: duration[i]!,
      start: ok ? s : null,
      end: end[i] ?? null,
      shift: ok ? s - p.startYear : null,
      planYear,
      phase: phase?.id ?? null,
      phaseName: phase?.name ?? null,
      dependsOn: p.dependsOn.length > 1 ? [...p.dependsOn].sort(compareIds) : [...p.dependsOn],
      budget: shifted(p, ok ? s : p.startYear),
      withinCeilings: fitted[i]!,
    };
    return lazy(result, 'explain', scheduleExplanation(schedule, i, phase, provenance));
  });

  // Totals per year and source, summed in programme id order.
  const sourceOrder = framework.fundingSources.options.map((o) => o.id);
  let firstYear = period.startYear;
  let lastYear = period.endYear;
  for (const p of scheduled) {
    if (p.end === null) continue;
    if (p.end > lastYear) lastYear = p.end;
    for (const b of p.budget) {
      if (b.year < firstYear) firstYear = b.year;
      if (b.year > lastYear) lastYear = b.year;
    }
  }
  for (const p of scheduled) {
    if (p.start === null) continue;
    p.budget.forEach((b, line) => {
      if (b.year >= period.startYear && b.year <= period.endYear) return;
      conflicts.push({
        kind: 'budget-outside-plan',
        programme: p.id,
        line,
        year: b.year,
        source: b.source,
        amount: b.amount,
        message: {
          id: `Program ${p.id}: anggaran ${b.source} ${formatRupiah(b.amount, 'id')} jatuh pada ${b.year}, di luar periode rencana ${period.startYear}–${period.endYear}; tetap dihitung dalam total tahunan dan pagu.`,
          en: `Programme ${p.id}: ${b.source} budget of ${formatRupiah(b.amount, 'en')} falls in ${b.year}, outside the plan period ${period.startYear}–${period.endYear}; it stays in the yearly totals and the ceiling checks.`,
        },
      });
    });
  }
  const span = lastYear - firstYear + 1;
  const totals = new Array<number>(span).fill(0);
  // Per source (by order of appearance) the amount of each year; `undefined` where no line falls.
  const sourceIndex = new Map<string, number>();
  const perSource: (number | undefined)[][] = [];
  for (const p of scheduled) {
    if (p.start === null) continue;
    for (const b of p.budget) {
      const k = b.year - firstYear;
      totals[k]! += b.amount;
      let j = sourceIndex.get(b.source);
      if (j === undefined) {
        j = perSource.push(new Array<number | undefined>(span).fill(undefined)) - 1;
        sourceIndex.set(b.source, j);
      }
      const amounts = perSource[j]!;
      amounts[k] = (amounts[k] ?? 0) + b.amount;
    }
  }
  const bySourceOrder = (a: string, b: string) =>
    rank(sourceOrder, a) - rank(sourceOrder, b) || compareIds(a, b);
  const sources = [...sourceIndex.keys()].sort(bySourceOrder).map((src) => ({
    src,
    amounts: perSource[sourceIndex.get(src)!]!,
  }));
  const ceilingSources = Object.keys(options.ceilings ?? {}).sort(bySourceOrder);
  const years: RoadmapYear[] = [];
  for (let k = 0; k < span; k++) {
    const y = firstYear + k;
    const bySource: Record<string, number> = {};
    for (const { src, amounts } of sources) {
      const amount = amounts[k];
      if (amount !== undefined) bySource[src] = amount;
    }
    const ceilings: Record<string, number> = {};
    const over: string[] = [];
    for (const src of ceilingSources) {
      const c = ceilingOf(options.ceilings, src, y);
      if (!Number.isFinite(c)) continue;
      ceilings[src] = c;
      const amount = bySource[src] ?? 0;
      if (amount > c) {
        over.push(src);
        conflicts.push({
          kind: 'over-budget',
          year: y,
          source: src,
          total: amount,
          ceiling: c,
          message: {
            id: `Tahun ${y}: anggaran ${src} ${formatRupiah(amount, 'id')} melebihi pagu ${formatRupiah(c, 'id')}.`,
            en: `Year ${y}: ${src} budget ${formatRupiah(amount, 'en')} exceeds the ceiling of ${formatRupiah(c, 'en')}.`,
          },
        });
      }
    }
    years.push({
      year: y,
      planYear: y - period.startYear + 1,
      inPlan: y >= period.startYear && y <= period.endYear,
      total: totals[k]!,
      bySource,
      ceilings,
      over,
    });
  }

  return {
    horizon: {
      startYear: period.startYear,
      endYear: period.endYear,
      years: period.endYear - period.startYear + 1,
    },
    programmes: scheduled,
    years,
    conflicts,
    explain: {
      rule: {
        id: 'Penjadwalan daftar deterministik: program ditempatkan satu per satu menurut urutan ketergantungan, masing-masing pada tahun paling awal yang memenuhi ketergantungan, mulai paling awal dan pagu anggaran.',
        en: 'Deterministic list scheduling: programmes are placed one at a time in dependency order, each in the earliest year that satisfies its dependencies, earliest start and budget ceilings.',
      },
      inputs: [
        { label: { id: 'Program', en: 'Programmes' }, value: n },
        { label: { id: 'Terjadwal', en: 'Scheduled' }, value: placed },
        { label: { id: 'Konflik', en: 'Conflicts' }, value: conflicts.length },
      ],
      formula: `${placed} / ${n}; ${period.startYear}–${period.endYear}`,
      provenance,
    },
  };
}

/** The budget lines of a programme started in year `s` (each line keeps its offset from the start). */
function shifted(p: Programme, s: number): BudgetLine[] {
  const by = s - p.startYear;
  return p.budget.map((b) => ({ year: b.year + by, source: b.source, amount: b.amount }));
}

/** Budget lines added up per year and source, in order of first appearance. */
function aggregate(lines: readonly BudgetLine[]): BudgetLine[] {
  const m = new Map<string, { year: number; source: string; amount: number }>();
  for (const b of lines) {
    const k = `${b.year}|${b.source}`;
    const e = m.get(k);
    if (e) e.amount += b.amount;
    else m.set(k, { year: b.year, source: b.source, amount: b.amount });
  }
  return [...m.values()];
}

/** The schedule of one plan, by programme index (programmes in id order). */
interface Schedule {
  readonly ids: readonly string[];
  /** Indexes of each programme's known dependencies, unique, in id order. */
  readonly deps: readonly (readonly number[])[];
  readonly start: readonly (number | null)[];
  readonly end: readonly (number | null)[];
  readonly earliest: readonly number[];
  readonly duration: readonly number[];
  readonly lowerBound: readonly number[];
  readonly planStart: number;
}

/**
 * The explanation of programme `i`, built on first read. A function of its own, so that it keeps only the
 * schedule's figures, not the documents being scheduled.
 */
function scheduleExplanation(
  schedule: Schedule,
  i: number,
  phase: Phase | null,
  provenance: Provenance,
): () => Explanation {
  return () => {
    const { ids, deps, end, planStart } = schedule;
    const earliest = schedule.earliest[i]!;
    const duration = schedule.duration[i]!;
    const lowerBound = schedule.lowerBound[i]!;
    const s = schedule.start[i]!;
    const depEnds = deps[i]!.map((j) => ({ id: ids[j]!, end: end[j] ?? null }));
    const lbText = `max(${[earliest, ...depEnds.map((d) => (d.end === null ? '—' : `${d.end} + 1`))].join(', ')})`;
    return {
      rule: {
        id: 'Mulai = tahun pertama ≥ maks(mulai paling awal, awal rencana, akhir tiap ketergantungan + 1) yang anggarannya muat dalam pagu per sumber dana; durasi = tahun selesai − tahun mulai + 1 tetap; fase menurut tahun rencana saat mulai.',
        en: 'Start = the first year ≥ max(earliest start, plan start, end of each dependency + 1) at which its budget fits the ceilings per funding source; duration = end year − start year + 1 is kept; phase by the plan year it starts in.',
      },
      inputs: [
        { label: { id: 'Mulai paling awal', en: 'Earliest start' }, value: earliest },
        { label: { id: 'Durasi (tahun)', en: 'Duration (years)' }, value: duration },
        ...depEnds.map((d) => ({
          label: { id: `Akhir ${d.id}`, en: `End of ${d.id}` },
          value: d.end,
        })),
      ],
      formula:
        s !== null
          ? `${lbText} = ${lowerBound}${s !== lowerBound ? ` → ${s} (pagu/ceilings)` : ''}; ${s} + ${duration} − 1 = ${end[i]}; ${s} − ${planStart} + 1 = ${s - planStart + 1}${phase ? ` → ${phase.id}` : ''}`
          : '—',
      provenance,
    };
  };
}

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
}
