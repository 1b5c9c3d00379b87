import type { LocalizedText, Provenance } from '@smartcity/model';
import {
  type Explanation,
  formatFixed,
  formatNumber,
  formatRupiah,
  lazy,
  TOOLKIT_METHOD,
} from './explain.js';
import { compareIds } from './stats.js';

/** What the optimiser needs of a candidate. */
export interface PortfolioCandidate {
  readonly id: string;
  /** The owning OPD (the per-owner limit counts these). */
  readonly owner: string;
  /** The candidate's score (higher is better); `null` or ≤ 0 never enters a portfolio. */
  readonly score: number | null;
  /** Its cost against the budget, in rupiah (≥ 0). */
  readonly cost: number;
  /**
   * Plan years it may be delivered in (1 = the plan's first year), when `constraints.years` is given
   * (default: any of those years).
   */
  readonly years?: readonly number[];
}

/** The limits of one plan year of the quick-win window. */
export interface PortfolioYearLimit {
  /** The plan year (1 = the plan's first year). */
  readonly year: number;
  /** Most the quick wins delivered in this year may cost together, in rupiah (default: no limit). */
  readonly budget?: number;
  /** Most quick wins delivered in this year (default: no limit). */
  readonly maxCount?: number;
}

/** The limits a portfolio must respect. */
export interface PortfolioConstraints {
  /** Most the chosen candidates may cost together, in rupiah (default: no limit). */
  readonly budget?: number;
  /** Most candidates chosen per owning OPD (default: no limit). */
  readonly maxPerOwner?: number;
  /**
   * Per-year limits of the quick-win window (e.g. plan years 1 and 2). When given, every chosen candidate is
   * assigned one of these years, and its whole `cost` counts against that year's budget and count
   * (default: no per-year limits, no year assigned).
   */
  readonly years?: readonly PortfolioYearLimit[];
}

/** Options of `optimisePortfolio`. */
export interface PortfolioOptions {
  /** Decimals of the scores written in reasons and formulas (default 2). */
  readonly decimals?: number;
  /** Provenance stated in the explanation (default: the toolkit's method). */
  readonly provenance?: Provenance;
  /**
   * Most search nodes (partial portfolios) the branch and bound examines before it stops with the best
   * portfolio found and a stated gap (default `DEFAULT_NODE_LIMIT`, 20 000: any input of up to 200
   * candidates stops well under a second).
   */
  readonly nodeLimit?: number;
}

/** Default `nodeLimit` of `optimisePortfolio` (toolkit default). */
export const DEFAULT_NODE_LIMIT = 20_000;

/** Why a candidate was or was not chosen. */
export type PortfolioReason =
  /** In the optimal portfolio. */
  | 'chosen'
  /** No score (no ratings), so nothing to gain. */
  | 'unscored'
  /** A score ≤ 0 adds nothing to the total. */
  | 'no-benefit'
  /** Costs more than the whole budget on its own. */
  | 'over-budget'
  /** Does not fit in what the chosen portfolio leaves of the budget. */
  | 'budget'
  /** Its owner already has the maximum number of chosen candidates. */
  | 'owner-limit'
  /** Both: does not fit the remaining budget and its owner is full. */
  | 'budget-and-owner'
  /** No plan year it may be delivered in has room left (its budget or its count). */
  | 'year-limit'
  /** It runs in none of the plan years of the quick-win window (e.g. it starts in plan year 6). */
  | 'outside-window';

/** The decision on one candidate. */
export interface PortfolioDecision {
  readonly id: string;
  readonly owner: string;
  readonly score: number | null;
  readonly cost: number;
  readonly chosen: boolean;
  /** The plan year a chosen candidate is delivered in (with `constraints.years`), else `null`. */
  readonly year: number | null;
  readonly reason: PortfolioReason;
  /** The reason in words, with the figures that decide it. */
  readonly text: LocalizedText;
}

/** What the chosen candidates use of one plan year. */
export interface PortfolioYearUse {
  readonly year: number;
  /** The year's budget, `null` for none. */
  readonly budget: number | null;
  /** The year's most quick wins, `null` for none. */
  readonly maxCount: number | null;
  /** Chosen candidates delivered in this year. */
  readonly count: number;
  /** Their cost together, in rupiah. */
  readonly cost: number;
}

/** The best portfolio found (optimal, or with a stated gap) and a decision for every candidate. */
export interface PortfolioResult {
  /** The budget applied (rupiah), `null` for none. */
  readonly budget: number | null;
  /** The per-owner limit applied, `null` for none. */
  readonly maxPerOwner: number | null;
  /** Ids of the chosen candidates, in id order. */
  readonly chosen: readonly string[];
  /** Sum of the chosen candidates' scores (the maximum possible within the limits when `optimal`). */
  readonly totalScore: number;
  /** Whether `totalScore` is proved the maximum (the search finished within its node limit). */
  readonly optimal: boolean;
  /** Proved upper bound on the best total score possible (`= totalScore` when `optimal`). */
  readonly bound: number;
  /** `bound − totalScore`: at most this much total score could still be missed (0 when `optimal`). */
  readonly gap: number;
  /** Sum of the chosen candidates' costs, in rupiah. */
  readonly totalCost: number;
  /** `budget − totalCost`, or `null` without a budget. */
  readonly remainingBudget: number | null;
  /** Chosen candidates per owner. */
  readonly perOwner: Readonly<Record<string, number>>;
  /** Use of each plan year's limits, in the order given (empty without `constraints.years`). */
  readonly perYear: readonly PortfolioYearUse[];
  /** One decision per candidate, in id order. */
  readonly decisions: readonly PortfolioDecision[];
  /** Search nodes (partial portfolios) the optimiser examined (a measure of effort, for benchmarks). */
  readonly nodes: number;
  readonly explain: Explanation;
}

/** Totals closer than this are treated as equal. */
const TIE = 1e-9;

/** A candidate the search may choose, with its owner and allowed years as small indices. */
interface Item {
  readonly id: string;
  readonly owner: number;
  readonly score: number;
  readonly cost: number;
  /** Positions in the year limits it may be delivered in (empty without year limits). */
  readonly years: readonly number[];
}

/** The problem as the search sees it. */
interface Problem {
  /** In search order: score density (score per rupiah) highest first, then score, then id. */
  readonly items: readonly Item[];
  /** `items` positions by score, highest first (for the cardinality bound). */
  readonly byScore: readonly number[];
  readonly owners: number;
  readonly budget: number;
  readonly cap: number;
  readonly yearBudget: readonly number[];
  readonly yearCount: readonly number[];
}

/** The search's partial portfolio: what is spent and used, and the year of each chosen item (−1: none). */
interface State {
  score: number;
  cost: number;
  readonly ownerUsed: Int32Array;
  readonly yearCost: Float64Array;
  readonly yearUsed: Int32Array;
  /** Per item: −2 undecided or left out, −1 chosen (no year limits), ≥ 0 chosen in that year position. */
  readonly pick: Int32Array;
}

const density = (c: { score: number; cost: number }) =>
  c.cost > 0 ? c.score / c.cost : Number.POSITIVE_INFINITY;

function problemOf(candidates: readonly PortfolioCandidate[], constraints: PortfolioConstraints): Problem {
  const budget = constraints.budget ?? Number.POSITIVE_INFINITY;
  const cap = constraints.maxPerOwner ?? Number.POSITIVE_INFINITY;
  const limits = constraints.years ?? [];
  const yearBudget = limits.map((y) => y.budget ?? Number.POSITIVE_INFINITY);
  const yearCount = limits.map((y) => y.maxCount ?? Number.POSITIVE_INFINITY);
  const ownerIds = new Map<string, number>();
  const items: Item[] = [];
  for (const c of candidates) {
    if (!(c.score !== null && c.score > 0 && c.cost >= 0 && c.cost <= budget && cap >= 1)) continue;
    const years: number[] = [];
    limits.forEach((y, k) => {
      const allowed = c.years === undefined || c.years.includes(y.year);
      if (allowed && c.cost <= yearBudget[k]! && yearCount[k]! >= 1) years.push(k);
    });
    if (limits.length > 0 && years.length === 0) continue;
    if (!ownerIds.has(c.owner)) ownerIds.set(c.owner, ownerIds.size);
    items.push({ id: c.id, owner: ownerIds.get(c.owner)!, score: c.score, cost: c.cost, years });
  }
  items.sort((a, b) => {
    const da = density(a);
    const db = density(b);
    if (da !== db) return da > db ? -1 : 1;
    return b.score - a.score || a.cost - b.cost || compareIds(a.id, b.id);
  });
  const byScore = items.map((_, j) => j).sort((a, b) => items[b]!.score - items[a]!.score || a - b);
  return { items, byScore, owners: ownerIds.size, budget, cap, yearBudget, yearCount };
}

/** Whether item `j` can still be added to the state in year position `y` (−1: no year limits). */
function fits(p: Problem, s: State, j: number, y: number): boolean {
  const it = p.items[j]!;
  if (s.cost + it.cost > p.budget || s.ownerUsed[it.owner]! >= p.cap) return false;
  return y < 0 || (s.yearCost[y]! + it.cost <= p.yearBudget[y]! && s.yearUsed[y]! < p.yearCount[y]!);
}

/** Whether item `j` fits the state in some year (or at all, without year limits). */
function fitsAny(p: Problem, s: State, j: number): boolean {
  const it = p.items[j]!;
  if (it.years.length === 0) return fits(p, s, j, -1);
  for (const y of it.years) if (fits(p, s, j, y)) return true;
  return false;
}

/**
 * Upper bound on what items `from`, `from + 1`, … can add to the state: the smaller of two relaxations.
 * (a) The LP relaxation (fractional knapsack by score density, Dantzig) over the items that still fit on
 * their own, with the room of the total budget and of the years together. (b) The best scores of those
 * items, at most the owners' remaining room each and the years' remaining count in all (ignoring cost;
 * greedy by score is exact for this partition matroid). Both relax the problem, so no optimum is cut off.
 */
function boundFrom(p: Problem, s: State, from: number, scratch: Int32Array): number {
  let room = p.budget - s.cost;
  let countLeft = Number.POSITIVE_INFINITY;
  if (p.yearBudget.length > 0) {
    let yearRoom = 0;
    let yearLeft = 0;
    for (let y = 0; y < p.yearBudget.length; y++) {
      yearRoom += p.yearBudget[y]! - s.yearCost[y]!;
      yearLeft += p.yearCount[y]! - s.yearUsed[y]!;
    }
    room = Math.min(room, yearRoom);
    countLeft = yearLeft;
  }
  let lp = 0;
  for (let j = from; j < p.items.length; j++) {
    if (!fitsAny(p, s, j)) continue;
    const it = p.items[j]!;
    if (it.cost <= room) {
      lp += it.score;
      room -= it.cost;
    } else {
      lp += it.score * (room / it.cost);
      break;
    }
  }
  if (!Number.isFinite(p.cap) && !Number.isFinite(countLeft)) return lp;
  scratch.fill(0);
  let top = 0;
  let taken = 0;
  for (const j of p.byScore) {
    if (taken >= countLeft) break;
    if (j < from || !fitsAny(p, s, j)) continue;
    const it = p.items[j]!;
    if (s.ownerUsed[it.owner]! + scratch[it.owner]! >= p.cap) continue;
    scratch[it.owner]!++;
    top += it.score;
    taken++;
  }
  return Math.min(lp, top);
}

function apply(p: Problem, s: State, j: number, y: number, sign: 1 | -1): void {
  const it = p.items[j]!;
  s.score += sign * it.score;
  s.cost += sign * it.cost;
  s.ownerUsed[it.owner]! += sign;
  if (y >= 0) {
    s.yearCost[y]! += sign * it.cost;
    s.yearUsed[y]! += sign;
  }
  s.pick[j] = sign === 1 ? y : -2;
}

/** The outcome of the search: the best state's picks, its score, whether proved optimal, and the bound. */
interface Search {
  readonly pick: Int32Array;
  readonly score: number;
  readonly optimal: boolean;
  readonly bound: number;
  readonly nodes: number;
}

/**
 * Depth-first branch and bound over the items in density order: each item is tried in each of its years
 * (earliest first), then left out. A node whose bound cannot beat the best total by more than 1e-9 is cut.
 * The first dive is the greedy portfolio. When `nodeLimit` nodes are spent, the bounds of the nodes not yet
 * explored are collected, so the result states a proved upper bound.
 */
function branchAndBound(p: Problem, nodeLimit: number): Search {
  const n = p.items.length;
  const s: State = {
    score: 0,
    cost: 0,
    ownerUsed: new Int32Array(p.owners),
    yearCost: new Float64Array(p.yearBudget.length),
    yearUsed: new Int32Array(p.yearBudget.length),
    pick: new Int32Array(n).fill(-2),
  };
  const scratch = new Int32Array(p.owners);
  let best = 0;
  let bestPick = new Int32Array(s.pick);
  let nodes = 0;
  let open = Number.NEGATIVE_INFINITY;
  const visit = (j: number): void => {
    if (s.score > best + TIE) {
      best = s.score;
      bestPick = new Int32Array(s.pick);
    }
    if (j === n) return;
    if (nodes >= nodeLimit) {
      open = Math.max(open, s.score + boundFrom(p, s, j, scratch));
      return;
    }
    nodes++;
    if (s.score + boundFrom(p, s, j, scratch) <= best + TIE) return;
    const years = p.items[j]!.years;
    if (years.length === 0) {
      if (fits(p, s, j, -1)) {
        apply(p, s, j, -1, 1);
        visit(j + 1);
        apply(p, s, j, -1, -1);
      }
    } else
      for (const y of years)
        if (fits(p, s, j, y)) {
          apply(p, s, j, y, 1);
          visit(j + 1);
          apply(p, s, j, y, -1);
        }
    visit(j + 1);
  };
  visit(0);
  const optimal = open === Number.NEGATIVE_INFINITY || open <= best + TIE;
  return { pick: bestPick, score: best, optimal, bound: optimal ? best : open, nodes };
}

/** A state holding the given picks. */
function stateOf(p: Problem, pick: Int32Array): State {
  const s: State = {
    score: 0,
    cost: 0,
    ownerUsed: new Int32Array(p.owners),
    yearCost: new Float64Array(p.yearBudget.length),
    yearUsed: new Int32Array(p.yearBudget.length),
    pick: new Int32Array(p.items.length).fill(-2),
  };
  pick.forEach((y, j) => {
    if (y !== -2) apply(p, s, j, y, 1);
  });
  return s;
}

/** The first year position item `j` fits in (−1 without year limits), or `undefined`. */
function yearFor(p: Problem, s: State, j: number): number | undefined {
  const years = p.items[j]!.years;
  if (years.length === 0) return fits(p, s, j, -1) ? -1 : undefined;
  return years.find((y) => fits(p, s, j, y));
}

/**
 * Improves a portfolio the search left unproved: adds, in search order, every item that still fits, and
 * swaps a chosen item for a better one that fits in its place (one for one) while that raises the total,
 * at most `passes` rounds. Only feasible portfolios are visited, so the result stays within every limit.
 */
function improve(p: Problem, pick: Int32Array, passes = 20): Int32Array {
  const s = stateOf(p, pick);
  const addAll = () => {
    for (let j = 0; j < p.items.length; j++) {
      if (s.pick[j] !== -2) continue;
      const y = yearFor(p, s, j);
      if (y !== undefined) apply(p, s, j, y, 1);
    }
  };
  addAll();
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (let i = 0; i < p.items.length; i++) {
      const yi = s.pick[i]!;
      if (yi === -2) continue;
      for (let j = 0; j < p.items.length; j++) {
        if (s.pick[j] !== -2 || p.items[j]!.score <= p.items[i]!.score + TIE) continue;
        apply(p, s, i, yi, -1);
        const y = yearFor(p, s, j);
        if (y === undefined) {
          apply(p, s, i, yi, 1);
          continue;
        }
        apply(p, s, j, y, 1);
        changed = true;
        break;
      }
    }
    addAll();
    if (!changed) break;
  }
  return s.pick;
}

/**
 * Chooses the candidates that maximise the total score within a budget, a limit per owner and, optionally,
 * per-year limits of the quick-win window (each chosen candidate is then assigned a plan year) — a 0/1
 * knapsack with cardinality constraints, solved by a bounded branch and bound:
 *
 * 1. Candidates with no score, a score ≤ 0, a cost above the whole budget (or above every allowed year's
 *    budget) are set aside.
 * 2. The rest are searched depth first in order of score density (then score, cost, id: a fixed order, so
 *    the result never depends on the input order); each is tried in each allowed year, earliest first, then
 *    left out. The first dive is the greedy portfolio.
 * 3. A partial portfolio is cut when its score plus an upper bound on what the rest can add — the smaller of
 *    the LP relaxation (fractional knapsack by density, within the total and the years' budgets) and the
 *    best scores within the owners' and the years' counts — cannot beat the best total by more than 1e-9.
 * 4. The search stops after `options.nodeLimit` nodes (default `DEFAULT_NODE_LIMIT`). If it finished, the
 *    result is `optimal` (proved); otherwise it is the best found, improved by adding whatever still fits
 *    and by one-for-one swaps that raise the total, and `bound` is a proved upper bound on the optimum,
 *    `gap = bound − totalScore`.
 *
 * The work is at most `nodeLimit` nodes of O(n) each, whatever the data: 200 candidates take a fraction of a
 * second even where the exact problem is hard (costs proportional to scores: a subset-sum, where the
 * optimum is hard to prove, and the gap is then tiny). Ties (within 1e-9) go to the portfolio found first.
 *
 * Every candidate gets a reason: chosen, unscored, no benefit, over the whole budget, over what is left of the
 * budget, its owner full, both, or no year with room.
 */
export function optimisePortfolio(
  candidates: readonly PortfolioCandidate[],
  constraints: PortfolioConstraints = {},
  options: PortfolioOptions = {},
): PortfolioResult {
  const decimals = options.decimals ?? 2;
  const problem = problemOf(candidates, constraints);
  const search = branchAndBound(problem, Math.max(0, options.nodeLimit ?? DEFAULT_NODE_LIMIT));
  const pick = search.optimal ? search.pick : improve(problem, search.pick);
  const years = constraints.years ?? [];
  const chosen = new Map<string, number | null>();
  pick.forEach((y, j) => {
    if (y !== -2) chosen.set(problem.items[j]!.id, y < 0 ? null : years[y]!.year);
  });
  return describe(candidates, chosen, constraints, search, decimals, options.provenance ?? TOOLKIT_METHOD);
}

function describe(
  candidates: readonly PortfolioCandidate[],
  chosenYears: ReadonlyMap<string, number | null>,
  constraints: PortfolioConstraints,
  search: Search,
  decimals: number,
  provenance: Provenance,
): PortfolioResult {
  // Copies: the texts, built on first read, must not depend on the caller's objects after this call.
  const sorted = candidates
    .map((c) => ({
      id: c.id,
      owner: c.owner,
      score: c.score,
      cost: c.cost,
      years: c.years === undefined ? undefined : [...c.years],
    }))
    .sort((a, b) => compareIds(a.id, b.id));
  const chosenSet = chosenYears;
  const chosen = sorted.filter((c) => chosenSet.has(c.id));
  const limits = constraints.years ?? [];
  const perYear: PortfolioYearUse[] = limits.map((y) => {
    let count = 0;
    let cost = 0;
    for (const c of chosen)
      if (chosenYears.get(c.id) === y.year) {
        count++;
        cost += c.cost;
      }
    return { year: y.year, budget: y.budget ?? null, maxCount: y.maxCount ?? null, count, cost };
  });
  let totalScore = 0;
  let totalCost = 0;
  const perOwner: Record<string, number> = {};
  for (const c of chosen) {
    totalScore += c.score!;
    totalCost += c.cost;
    perOwner[c.owner] = (perOwner[c.owner] ?? 0) + 1;
  }
  const budget = constraints.budget ?? null;
  const cap = constraints.maxPerOwner ?? null;
  const remaining = budget === null ? null : budget - totalCost;
  const s = (x: number | null) => (x === null ? '—' : formatFixed(x, decimals));
  const rp = (x: number, l: 'id' | 'en') => formatRupiah(x, l);

  const decisions: PortfolioDecision[] = sorted.map((c) => {
    const ownerCount = perOwner[c.owner] ?? 0;
    const ownerFull = cap !== null && ownerCount >= cap;
    const noRoom = remaining !== null && c.cost > remaining;
    const yearRoom =
      limits.length === 0 ||
      perYear.some(
        (u) =>
          (c.years === undefined || c.years.includes(u.year)) &&
          (u.maxCount === null || u.count < u.maxCount) &&
          (u.budget === null || u.cost + c.cost <= u.budget),
      );
    const reason: PortfolioReason = chosenSet.has(c.id)
      ? 'chosen'
      : c.score === null
        ? 'unscored'
        : !(c.score > 0)
          ? 'no-benefit'
          : c.years !== undefined && limits.length > 0 && !limits.some((y) => c.years!.includes(y.year))
            ? 'outside-window'
            : budget !== null && c.cost > budget
              ? 'over-budget'
              : ownerFull && noRoom
                ? 'budget-and-owner'
                : ownerFull
                  ? 'owner-limit'
                  : noRoom
                    ? 'budget'
                    : !yearRoom
                      ? 'year-limit'
                      : // In an optimal portfolio a candidate with a positive score that fits both limits is always
                        // chosen; only a score too small to change the total (within 1e-9) ends here.
                        'no-benefit';
    const decision = {
      id: c.id,
      owner: c.owner,
      score: c.score,
      cost: c.cost,
      chosen: reason === 'chosen',
      year: chosenYears.get(c.id) ?? null,
      reason,
    };
    return lazy(decision, 'text', (): LocalizedText => {
      const ownerText = {
        id: `OPD ${c.owner} sudah mencapai batas ${cap} quick win per OPD, dan menukarnya dengan yang terpilih tidak menaikkan total skor`,
        en: `OPD ${c.owner} has reached the limit of ${cap} quick win(s) per OPD, and swapping it for a chosen one does not raise the total score`,
      };
      const budgetText = {
        id: `biayanya (${rp(c.cost, 'id')}) melebihi sisa anggaran (${rp(remaining ?? 0, 'id')}), dan tidak ada cara memberi tempat baginya yang menaikkan total skor`,
        en: `its cost (${rp(c.cost, 'en')}) exceeds the remaining budget (${rp(remaining ?? 0, 'en')}), and no way of making room for it raises the total score`,
      };
      switch (reason) {
        case 'chosen':
          return {
            id: `Dipilih: skor ${s(c.score)}, biaya ${rp(c.cost, 'id')}; termasuk kombinasi dengan total skor tertinggi (${s(totalScore)}) yang memenuhi batas.`,
            en: `Chosen: score ${s(c.score)}, cost ${rp(c.cost, 'en')}; part of the combination with the highest total score (${s(totalScore)}) within the limits.`,
          };
        case 'unscored':
          return {
            id: 'Tidak dipilih: belum dinilai pada kriteria quick win.',
            en: 'Not chosen: not rated on the quick-win criteria.',
          };
        case 'no-benefit':
          return {
            id: `Tidak dipilih: skor ${s(c.score)} tidak menambah total skor secara berarti.`,
            en: `Not chosen: a score of ${s(c.score)} does not raise the total score measurably.`,
          };
        case 'over-budget':
          return {
            id: `Tidak dipilih: biayanya (${rp(c.cost, 'id')}) saja melebihi seluruh anggaran (${rp(budget ?? 0, 'id')}).`,
            en: `Not chosen: its cost alone (${rp(c.cost, 'en')}) exceeds the whole budget (${rp(budget ?? 0, 'en')}).`,
          };
        case 'budget-and-owner':
          return {
            id: `Tidak dipilih: ${budgetText.id}; dan ${ownerText.id}.`,
            en: `Not chosen: ${budgetText.en}; and ${ownerText.en}.`,
          };
        case 'owner-limit':
          return { id: `Tidak dipilih: ${ownerText.id}.`, en: `Not chosen: ${ownerText.en}.` };
        case 'budget':
          return { id: `Tidak dipilih: ${budgetText.id}.`, en: `Not chosen: ${budgetText.en}.` };
        case 'outside-window': {
          const list = limits.map((y) => y.year).join(', ');
          return {
            id: `Tidak dipilih: program ini tidak berjalan pada tahun rencana jendela quick win (${list}), jadi bukan quick win.`,
            en: `Not chosen: the programme does not run in the plan years of the quick-win window (${list}), so it is no quick win.`,
          };
        }
        case 'year-limit': {
          const years = limits
            .filter((y) => c.years === undefined || c.years.includes(y.year))
            .map((y) => y.year);
          const list = years.length === 0 ? '—' : years.join(', ');
          return {
            id: `Tidak dipilih: tidak ada tahun rencana yang boleh (${list}) dengan sisa anggaran atau kuota quick win tahunan untuknya (biaya ${rp(c.cost, 'id')}).`,
            en: `Not chosen: no plan year it may be delivered in (${list}) has budget or quick-win places left for it (cost ${rp(c.cost, 'en')}).`,
          };
        }
      }
    });
  });

  const bound = search.optimal ? totalScore : Math.max(search.bound, totalScore);
  const result = {
    budget,
    maxPerOwner: cap,
    chosen: chosen.map((c) => c.id),
    totalScore,
    optimal: search.optimal,
    bound,
    gap: bound - totalScore,
    totalCost,
    remainingBudget: remaining,
    perOwner,
    perYear,
    decisions,
    nodes: search.nodes,
  };
  return lazy(result, 'explain', (): Explanation => {
    const limits = [
      budget === null ? null : `Σ ${formatNumber(totalCost)} ≤ ${formatNumber(budget)}`,
      cap === null ? null : `max ${cap} / OPD`,
      ...perYear.map(
        (u) =>
          `Y${u.year}: ${u.count}${u.maxCount === null ? '' : ` ≤ ${u.maxCount}`}, Σ ${formatNumber(u.cost)}${u.budget === null ? '' : ` ≤ ${formatNumber(u.budget)}`}`,
      ),
      search.optimal ? null : `gap ≤ ${formatFixed(bound - totalScore, decimals + 2)}`,
    ].filter((x) => x !== null);
    return {
      rule: {
        id: search.optimal
          ? 'Portofolio optimal = himpunan kandidat dengan total skor tertinggi yang biayanya muat dalam anggaran quick win dan tidak melebihi batas per OPD dan per tahun; dihitung dengan branch and bound (batas atas relaksasi LP), dan terbukti optimal.'
          : `Portofolio terbaik yang ditemukan dalam batas pencarian: himpunan kandidat yang biayanya muat dalam anggaran quick win dan tidak melebihi batas per OPD dan per tahun; branch and bound berhenti setelah ${search.nodes} simpul, sehingga total skor optimal paling banyak ${formatFixed(bound, decimals + 2)} (selisih ≤ ${formatFixed(bound - totalScore, decimals + 2)}).`,
        en: search.optimal
          ? 'Optimal portfolio = the set of candidates with the highest total score whose cost fits the quick-win budget and that keeps within the per-OPD and per-year limits; computed by branch and bound (LP-relaxation upper bounds) and proved optimal.'
          : `Best portfolio found within the search limit: a set of candidates whose cost fits the quick-win budget and that keeps within the per-OPD and per-year limits; the branch and bound stopped after ${search.nodes} nodes, so the optimal total score is at most ${formatFixed(bound, decimals + 2)} (gap ≤ ${formatFixed(bound - totalScore, decimals + 2)}).`,
      },
      inputs: chosen.map((c) => ({
        label: { id: `${c.id} (${rp(c.cost, 'id')})`, en: `${c.id} (${rp(c.cost, 'en')})` },
        value: c.score,
      })),
      formula:
        chosen.length === 0
          ? '—'
          : `${chosen.map((c) => s(c.score)).join(' + ')} = ${s(totalScore)}${limits.length > 0 ? `; ${limits.join('; ')}` : ''}`,
      provenance,
    };
  });
}
