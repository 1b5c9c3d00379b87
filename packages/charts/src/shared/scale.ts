import { quantileSorted } from '@smartcity/scoring/rules';
/** A linear map from [d0, d1] to [r0, r1] (no clamping). */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Clamps `v` to [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Rectangle path (rounded corners of radius `rr`, clamped to fit). */
export function rectPath(x: number, y: number, w: number, h: number, rr = 0): string {
  const r = Math.max(0, Math.min(rr, w / 2, h / 2));
  const f = (v: number) => Math.round(v * 100) / 100;
  if (!r) return `M${f(x)},${f(y)}h${f(w)}v${f(h)}h${f(-w)}Z`;
  return (
    `M${f(x + r)},${f(y)}h${f(w - 2 * r)}a${f(r)},${f(r)} 0 0 1 ${f(r)},${f(r)}v${f(h - 2 * r)}` +
    `a${f(r)},${f(r)} 0 0 1 ${f(-r)},${f(r)}h${f(2 * r - w)}a${f(r)},${f(r)} 0 0 1 ${f(-r)},${f(-r)}` +
    `v${f(2 * r - h)}a${f(r)},${f(r)} 0 0 1 ${f(r)},${f(-r)}Z`
  );
}

/**
 * Quantile (R type 7) of sorted numbers, `p` in [0, 1]; `NaN` for none. The scoring package's rule
 * (`quantileSorted` in `@smartcity/scoring/rules`), so a chart's quartiles are the benchmark's.
 */
export function quantile(sorted: readonly number[], p: number): number {
  return quantileSorted(sorted, p) ?? Number.NaN;
}
