/**
 * Small numeric helpers shared by every scoring module. All of them are deterministic: no randomness, no
 * clock, and sums are taken in an order fixed by the caller (framework order or sorted ids), so the same
 * input gives the same bits on every machine.
 */

/** Powers of ten as literals (each exact in binary64), so rounding does not depend on `Math.pow`. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;

/** Moves the decimal point of `n` by `by` places in its shortest decimal form (exact, no `Math.pow`). */
function shift(n: number, by: number): number {
  const [mantissa, exponent] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + by}`);
}

/**
 * Rounds half away from zero to `decimals` places (0–15), as a person rounds the number written out:
 * `round(1.005, 2) === 1.01`, `round(2.675, 2) === 2.68` (plain `Math.round(x * 100) / 100` gives 1 and 2.67,
 * because of binary representation). Near a half, the value is first read to 15 significant digits, so
 * arithmetic noise does not flip a reported figure: 3 × 0.595 + 2 × 0.405 computes as 2.5949999999999998
 * and still rounds to 2.60, as it does by hand.
 */
export function round(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.max(0, Math.min(15, Math.trunc(decimals)));
  const abs = Math.abs(x);
  const p = POW10[d]!;
  const y = abs * p;
  const f = Math.floor(y);
  const diff = y - f - 0.5;
  let out: number;
  // Far from a half, the binary product decides correctly; near one, decide on the decimal text.
  if (y < 2 ** 52 && Math.abs(diff) > 1e-6) out = (diff > 0 ? f + 1 : f) / p;
  else out = shift(Math.round(shift(Number(abs.toPrecision(15)), d)), -d);
  return out === 0 ? 0 : x < 0 ? -out : out;
}

/**
 * The weighted mean Σ(vᵢ·wᵢ) / Σwᵢ, or `null` when the weights add up to 0 (or there are no values).
 * The result is clamped to [min vᵢ, max vᵢ] (where a weighted mean lies mathematically), so floating-point
 * noise can never push it outside the range of its inputs. Weights must be ≥ 0.
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  let num = 0;
  let den = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] ?? 0;
    if (!(w > 0)) continue;
    const v = values[i]!;
    num += v * w;
    den += w;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(den > 0)) return null;
  const m = num / den;
  return clamp(m, lo, hi);
}

/** The arithmetic mean, or `null` for no values. Sums in ascending order, so the order of input is irrelevant. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(ascending);
  let s = 0;
  for (const v of sorted) s += v;
  const m = s / sorted.length;
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  return clamp(m, lo, hi);
}

/** `x` limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/** Comparator for ascending numbers. */
export function ascending(a: number, b: number): number {
  return a - b;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of values **already sorted ascending**, by linear interpolation between
 * order statistics — Hyndman & Fan type 7, the default of R and NumPy: h = (n − 1)·p,
 * Q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (0-based). `null` for no values.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (n === 1) return sorted[0]!;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  if (lo >= n - 1) return sorted[n - 1]!;
  const b = sorted[lo + 1]!;
  return a + (h - lo) * (b - a);
}

/** Minimum, quartiles (type 7), median, mean and maximum of a set of values. */
export interface Distribution {
  /** How many values the figures are computed from. */
  readonly count: number;
  readonly min: number | null;
  /** First quartile (25th percentile, type 7). */
  readonly q1: number | null;
  readonly median: number | null;
  /** Third quartile (75th percentile, type 7). */
  readonly q3: number | null;
  readonly mean: number | null;
  readonly max: number | null;
}

/** The distribution of a set of values (the order of the values does not matter). */
export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort(ascending);
  return {
    count: sorted.length,
    min: sorted.length > 0 ? sorted[0]! : null,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    mean: mean(sorted),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : null,
  };
}

/** A value's standing among others: 1 = best. */
export interface Standing {
  /** Competition rank ("1224"): 1 + the number of values strictly better; ties share the rank. */
  readonly rank: number;
  /** Share (0–100) of the *other* values that are strictly worse; 100 for the single best, 0 for the worst. */
  readonly percentile: number;
}

/**
 * Ranks values, higher = better: competition ranking (ties share the best rank, the next rank skips) and the
 * percentile as the share of the other values strictly below. Returns one standing per input, in input order.
 */
export function rankDescending(values: readonly number[]): Standing[] {
  const n = values.length;
  const sorted = [...values].sort(ascending);
  // Number of values strictly below v and strictly above v, by binary search on the sorted copy.
  const lowerBound = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upperBound = (v: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((v) => {
    const below = lowerBound(v);
    const above = n - upperBound(v);
    return { rank: above + 1, percentile: n > 1 ? (100 * below) / (n - 1) : 100 };
  });
}

/** Orders strings by UTF-16 code units (locale-independent, unlike `localeCompare`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
