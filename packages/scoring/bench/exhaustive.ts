// The exhaustive optimiser this package shipped before the bounded branch and bound (an exact dynamic
// programme over Pareto frontiers, exponential when costs are proportional to scores). Kept only so the
// benchmark can print its figures beside the current method; not part of the package.
import type { LocalizedText, Provenance } from '@smartcity/model';
import {
  type Explanation,
  formatFixed,
  formatNumber,
  formatRupiah,
  lazy,
  TOOLKIT_METHOD,
} from '../src/explain.js';
import { compareIds } from '../src/stats.js';

/** What the optimiser needs of a candidate. */
export interface PortfolioCandidate {
  readonly id: string;
  /** The owning OPD (the per-owner limit counts these). */
  readonly owner: string;
  /** The candidate's score (higher is better); `null` or ≤ 0 never enters a portfolio. */
  readonly score: number | null;
  /** Its cost against the budget, in rupiah (≥ 0). */
  readonly cost: number;
}

/** The limits a portfolio must respect. */
export interface PortfolioConstraints {
  /** Most the chosen candidates may cost together, in rupiah (default: no limit). */
  readonly budget?: number;
  /** Most candidates chosen per owning OPD (default: no limit). */
  readonly maxPerOwner?: number;
}

/** Options of `optimisePortfolio`. */
export interface PortfolioOptions {
  /** Decimals of the scores written in reasons and formulas (default 2). */
  readonly decimals?: number;
  /** Provenance stated in the explanation (default: the toolkit's method). */
  readonly provenance?: Provenance;
}

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
  | 'budget-and-owner';

/** The decision on one candidate. */
export interface PortfolioDecision {
  readonly id: string;
  readonly owner: string;
  readonly score: number | null;
  readonly cost: number;
  readonly chosen: boolean;
  readonly reason: PortfolioReason;
  /** The reason in words, with the figures that decide it. */
  readonly text: LocalizedText;
}

/** The optimal portfolio and a decision for every candidate. */
export interface PortfolioResult {
  /** The budget applied (rupiah), `null` for none. */
  readonly budget: number | null;
  /** The per-owner limit applied, `null` for none. */
  readonly maxPerOwner: number | null;
  /** Ids of the chosen candidates, in id order. */
  readonly chosen: readonly string[];
  /** Sum of the chosen candidates' scores (the maximum possible within the limits). */
  readonly totalScore: number;
  /** Sum of the chosen candidates' costs, in rupiah. */
  readonly totalCost: number;
  /** `budget − totalCost`, or `null` without a budget. */
  readonly remainingBudget: number | null;
  /** Chosen candidates per owner. */
  readonly perOwner: Readonly<Record<string, number>>;
  /** One decision per candidate, in id order. */
  readonly decisions: readonly PortfolioDecision[];
  /** Partial portfolios the optimiser examined (a measure of effort, for benchmarks). */
  readonly nodes: number;
  readonly explain: Explanation;
}

/** Totals closer than this are treated as equal. */
const TIE = 1e-9;

/** A partial portfolio: its cost and score, and how it was built (for reading the chosen set back). */
interface Point {
  readonly cost: number;
  readonly score: number;
  /** Index of the point it extends in the previous frontier (−1 for the start). */
  readonly prev: number;
  /** Index of the group option added. */
  readonly option: number;
}

/** A way to use one owner's candidates: a subset of at most `maxPerOwner` of them, as a linked list. */
interface Option {
  readonly cost: number;
  readonly score: number;
  /** The subset without its last candidate (`null` for the empty subset). */
  readonly parent: Option | null;
  /** Position of the last candidate in the eligible list (−1 for the empty subset). */
  readonly item: number;
}

/**
 * Keeps the Pareto-optimal points: sorted by cost (then score, highest first; the sort is stable, so equal
 * points keep their order), a point survives only if it scores more than every cheaper one (by > 1e-9).
 */
function pareto<T extends { readonly cost: number; readonly score: number }>(points: T[]): T[] {
  points.sort((a, b) => a.cost - b.cost || b.score - a.score);
  const out: T[] = [];
  let top = Number.NEGATIVE_INFINITY;
  for (const p of points)
    if (p.score > top + TIE) {
      out.push(p);
      top = p.score;
    }
  return out;
}

/** Upper bound on what the candidates of some groups can add with a budget: LP relaxation and caps. */
interface Bound {
  /** Cumulative cost and score of the candidates in density order. */
  readonly cost: readonly number[];
  readonly score: readonly number[];
  readonly density: readonly number[];
  /** Sum over the groups of their best `maxPerOwner` scores (the caps, ignoring the budget). */
  readonly capped: number;
}

function boundOf(b: Bound, room: number): number {
  const m = b.density.length;
  // Largest k with cost[k] ≤ room (cost[0] = 0): the first k candidates fit whole.
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (b.cost[mid]! <= room) lo = mid;
    else hi = mid - 1;
  }
  const lp = lo === m ? b.score[m]! : b.score[lo]! + (room - b.cost[lo]!) * b.density[lo]!;
  return Math.min(lp, b.capped);
}

/**
 * Chooses the candidates that maximise the total score within a budget and a limit per owner — an exact
 * 0/1 knapsack with per-owner cardinality constraints. Dynamic programming over Pareto frontiers
 * (Nemhauser–Ullmann) with bounds:
 *
 * 1. Candidates with no score, a score ≤ 0 or a cost above the whole budget are set aside.
 * 2. The rest are grouped by owner (candidates in id order; groups by their best score density, then owner
 *    id, so the bounds below shrink fast). For each group, the useful ways to
 *    use it — subsets of at most `maxPerOwner` candidates within the budget — are built one candidate at a
 *    time, keeping per subset size only the Pareto-optimal (cost, score) pairs, then merged across sizes.
 *    The owner limit is thus met inside the group and never needs to be tracked again.
 * 3. The groups are combined one after another: every kept partial portfolio × every option of the next
 *    group, within the budget; dominated pairs (costlier and not better) are dropped — they can never lead
 *    to a better portfolio — and so is any pair whose score plus an upper bound on what the remaining groups
 *    can add (the smaller of the LP relaxation — fractional knapsack by score density, Dantzig — and the sum
 *    of each remaining owner's best `maxPerOwner` scores) stays below the best total already reached (the
 *    greedy portfolio to start with). Both bounds relax the problem, so nothing that could be optimal is lost.
 * 4. The best pair of the last frontier is the optimum; its set is read back through the frontiers.
 *
 * Ties in total score (within 1e-9) go to the cheaper portfolio; the rest follow the fixed order of owners
 * and ids, so the result never depends on the input order. Exact (tested against brute force). Without a
 * per-owner limit every candidate is its own group. The work grows with the number of distinct partial
 * costs, not with 2ⁿ: a 60-candidate region takes milliseconds.
 *
 * Every candidate gets a reason: chosen, unscored, no benefit, over the whole budget, over what is left of the
 * budget, its owner full, or both.
 */
export function optimisePortfolio(
  candidates: readonly PortfolioCandidate[],
  constraints: PortfolioConstraints = {},
  options: PortfolioOptions = {},
): PortfolioResult {
  const decimals = options.decimals ?? 2;
  const budget = constraints.budget ?? Number.POSITIVE_INFINITY;
  const cap = constraints.maxPerOwner ?? Number.POSITIVE_INFINITY;

  const eligible = candidates
    .filter((c) => c.score !== null && c.score > 0 && c.cost >= 0 && c.cost <= budget && cap >= 1)
    .map((c) => ({ id: c.id, owner: c.owner, score: c.score!, cost: c.cost }))
    .sort((a, b) => compareIds(a.owner, b.owner) || compareIds(a.id, b.id));

  // Groups of candidates sharing an owner (each candidate alone when there is no owner limit).
  const groups: number[][] = [];
  eligible.forEach((c, j) => {
    const last = groups[groups.length - 1];
    if (Number.isFinite(cap) && last && eligible[last[0]!]!.owner === c.owner) last.push(j);
    else groups.push([j]);
  });
  // Groups with the densest candidates first: the bounds on what is left then shrink fastest.
  const bestDensity = (g: readonly number[]) =>
    Math.max(
      ...g.map((j) =>
        eligible[j]!.cost > 0 ? eligible[j]!.score / eligible[j]!.cost : Number.POSITIVE_INFINITY,
      ),
    );
  const groupDensity = new Map(groups.map((g) => [g, bestDensity(g)]));
  groups.sort((a, b) => {
    const da = groupDensity.get(a)!;
    const db = groupDensity.get(b)!;
    return da === db ? a[0]! - b[0]! : da > db ? -1 : 1;
  });

  // The options of each group: Pareto-optimal subsets of at most `cap` candidates within the budget.
  let work = 0;
  const groupOptions: Option[][] = groups.map((g) => {
    // layers[k]: Pareto-optimal subsets of exactly k candidates; built from the largest k down, in place.
    const layers: Option[][] = [[{ cost: 0, score: 0, parent: null, item: -1 }]];
    for (const j of g) {
      const c = eligible[j]!;
      for (let k = Math.min(layers.length - 1, cap - 1); k >= 0; k--) {
        const grown: Option[] = [];
        for (const o of layers[k]!) {
          const cost = o.cost + c.cost;
          if (cost > budget) break; // layers are in ascending cost
          grown.push({ cost, score: o.score + c.score, parent: o, item: j });
        }
        work += grown.length;
        if (grown.length > 0) layers[k + 1] = pareto([...(layers[k + 1] ?? []), ...grown]);
      }
    }
    return pareto(layers.flat());
  });

  // Bounds on what groups g, g+1, … can still add.
  const groupOf = new Int32Array(eligible.length);
  groups.forEach((g, k) => {
    for (const j of g) groupOf[j] = k;
  });
  const density = (j: number) => {
    const c = eligible[j]!;
    return c.cost > 0 ? c.score / c.cost : Number.POSITIVE_INFINITY;
  };
  const byDensity = eligible
    .map((_, j) => j)
    .sort((a, b) => {
      const da = density(a);
      const db = density(b);
      if (da !== db) return da > db ? -1 : 1;
      return eligible[b]!.score - eligible[a]!.score || a - b;
    });
  const topScores = groups.map((g) => {
    const best = g.map((j) => eligible[j]!.score).sort((a, b) => b - a);
    let sum = 0;
    for (const s of best.slice(0, Number.isFinite(cap) ? cap : best.length)) sum += s;
    return sum;
  });
  const bounds: Bound[] = [];
  for (let g = 0; g <= groups.length; g++) {
    const rest = byDensity.filter((j) => groupOf[j]! >= g);
    // Plain arrays: a typed array costs several times as much to allocate, and these are small.
    const cost = new Array<number>(rest.length + 1).fill(0);
    const score = new Array<number>(rest.length + 1).fill(0);
    const dens = new Array<number>(rest.length).fill(0);
    rest.forEach((j, k) => {
      cost[k + 1] = cost[k]! + eligible[j]!.cost;
      score[k + 1] = score[k]! + eligible[j]!.score;
      dens[k] = density(j);
    });
    let capped = 0;
    for (let k = g; k < groups.length; k++) capped += topScores[k]!;
    bounds.push({ cost, score, density: dens, capped });
  }

  // A first feasible total: greedy by density within both limits.
  let best = 0;
  {
    let spent = 0;
    const used = new Map<string, number>();
    for (const j of byDensity) {
      const c = eligible[j]!;
      const u = used.get(c.owner) ?? 0;
      if (spent + c.cost > budget || u >= cap) continue;
      spent += c.cost;
      used.set(c.owner, u + 1);
      best += c.score;
    }
  }

  // Combine the groups, frontier by frontier.
  const frontiers: Point[][] = [[{ cost: 0, score: 0, prev: -1, option: -1 }]];
  groupOptions.forEach((opts, g) => {
    const prev = frontiers[frontiers.length - 1]!;
    const bound = bounds[g + 1]!;
    const merged: Point[] = [];
    for (let i = 0; i < prev.length; i++) {
      const p = prev[i]!;
      for (let k = 0; k < opts.length; k++) {
        const o = opts[k]!;
        const cost = p.cost + o.cost;
        if (cost > budget) break; // options are in ascending cost
        const score = p.score + o.score;
        work++;
        if (score > best) best = score;
        // Cannot reach the best total even if the remaining groups add all they could: drop it.
        if (score + boundOf(bound, budget - cost) < best - TIE) continue;
        merged.push({ cost, score, prev: i, option: k });
      }
    }
    const front = pareto(merged);
    frontiers.push(front.filter((p) => p.score + boundOf(bound, budget - p.cost) >= best - TIE));
  });

  // The best point is the last of the last frontier (costs ascending, scores strictly increasing).
  const chosenSet = new Set<string>();
  let level = frontiers.length - 1;
  let at = frontiers[level]!.length - 1;
  while (level > 0 && at >= 0) {
    const p = frontiers[level]![at]!;
    for (let o: Option | null = groupOptions[level - 1]![p.option]!; o && o.item >= 0; o = o.parent)
      chosenSet.add(eligible[o.item]!.id);
    at = p.prev;
    level--;
  }
  return describe(candidates, chosenSet, constraints, work, decimals, options.provenance ?? TOOLKIT_METHOD);
}

function describe(
  candidates: readonly PortfolioCandidate[],
  chosenSet: ReadonlySet<string>,
  constraints: PortfolioConstraints,
  nodes: number,
  decimals: number,
  provenance: Provenance,
): PortfolioResult {
  // Copies: the texts, built on first read, must not depend on the caller's objects after this call.
  const sorted = candidates
    .map((c) => ({ id: c.id, owner: c.owner, score: c.score, cost: c.cost }))
    .sort((a, b) => compareIds(a.id, b.id));
  const chosen = sorted.filter((c) => chosenSet.has(c.id));
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
    const reason: PortfolioReason = chosenSet.has(c.id)
      ? 'chosen'
      : c.score === null
        ? 'unscored'
        : !(c.score > 0)
          ? 'no-benefit'
          : budget !== null && c.cost > budget
            ? 'over-budget'
            : ownerFull && noRoom
              ? 'budget-and-owner'
              : ownerFull
                ? 'owner-limit'
                : noRoom
                  ? 'budget'
                  : // In an optimal portfolio a candidate with a positive score that fits both limits is always
                    // chosen; only a score too small to change the total (within 1e-9) ends here.
                    'no-benefit';
    const decision = {
      id: c.id,
      owner: c.owner,
      score: c.score,
      cost: c.cost,
      chosen: reason === 'chosen',
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
      }
    });
  });

  const result = {
    budget,
    maxPerOwner: cap,
    chosen: chosen.map((c) => c.id),
    totalScore,
    totalCost,
    remainingBudget: remaining,
    perOwner,
    decisions,
    nodes,
  };
  return lazy(result, 'explain', (): Explanation => {
    const limits = [
      budget === null ? null : `Σ ${formatNumber(totalCost)} ≤ ${formatNumber(budget)}`,
      cap === null ? null : `max ${cap} / OPD`,
    ].filter((x) => x !== null);
    return {
      rule: {
        id: 'Portofolio optimal = himpunan kandidat dengan total skor tertinggi yang biayanya muat dalam anggaran quick win dan tidak melebihi batas per OPD; dihitung tepat (pemrograman dinamis atas frontier Pareto dengan batas atas), bukan serakah.',
        en: 'Optimal portfolio = the set of candidates with the highest total score whose cost fits the quick-win budget and that keeps within the per-OPD limit; computed exactly (dynamic programming over Pareto frontiers with upper bounds), not greedily.',
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
