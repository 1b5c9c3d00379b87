/**
 * Counts attempts per key in a fixed window: after `limit` attempts within `windowMs` the key is refused until
 * the window that started with its first attempt ends. The clock is injected (tests move it, never sleep).
 */
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const h = this.hits.get(key);
    if (!h) return 0;
    const left = h.start + this.windowMs - this.now();
    if (left <= 0) {
      this.hits.delete(key);
      return 0;
    }
    return h.count >= this.limit ? Math.ceil(left / 1000) : 0;
  }

  /** Counts one attempt of `key`. */
  hit(key: string): void {
    const t = this.now();
    const h = this.hits.get(key);
    if (!h || h.start + this.windowMs <= t) this.hits.set(key, { start: t, count: 1 });
    else h.count++;
    if (this.hits.size > 100_000) this.sweep(t);
  }

  /** Forgets `key` (after a successful sign-in). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(t: number): void {
    for (const [k, h] of this.hits) if (h.start + this.windowMs <= t) this.hits.delete(k);
  }
}
