/**
 * A sliding-window limit per key (a kiosk, or the address a request comes from): at most `limit` hits in `windowMs`.
 * In memory: a restart forgets it, which is fine for a limit that only stops a stuck button or a playful child.
 */

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** When the oldest hit leaves the window; 0 when allowed. */
  retryAfterSeconds: number;
}

export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  readonly #now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new RangeError("limit must be 1 or more");
    this.#now = options.now ?? Date.now;
  }

  /** Counts a hit for `key` when it is allowed; a refused hit is not counted. */
  hit(key: string): RateDecision {
    const now = this.#now();
    const since = now - this.options.windowMs;
    const recent = (this.#hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.options.limit) {
      this.#hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    this.#hits.set(key, recent);
    // Keep the map small: forget keys without recent hits now and then.
    if (this.#hits.size > 1000) {
      for (const [k, times] of this.#hits) if (!times.some((t) => t > since)) this.#hits.delete(k);
    }
    return { allowed: true, retryAfterSeconds: 0 };
  }
}
