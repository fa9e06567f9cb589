/**
 * A token bucket per client address, in memory: `burst` requests at once, then `perMinute`. The
 * map is bounded; when full, the least recently seen address is forgotten (it comes back with a
 * full bucket, which is the generous side to err on).
 */
export interface RateLimit {
  burst: number;
  perMinute: number;
  /** Most addresses remembered at once. */
  maxClients?: number;
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string): RateVerdict;
}

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): RateLimiter {
  const maxClients = limit.maxClients ?? 10_000;
  const perMs = limit.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client) {
      const t = now();
      const found = buckets.get(client);
      let tokens = limit.burst;
      if (found) {
        tokens = Math.min(limit.burst, found.tokens + Math.max(0, t - found.at) * perMs);
        buckets.delete(client); // re-inserted below: Map order is then least recently seen first
      } else if (buckets.size >= maxClients) {
        const oldest = buckets.keys().next();
        if (!oldest.done) buckets.delete(oldest.value);
      }
      if (tokens >= 1) {
        buckets.set(client, { tokens: tokens - 1, at: t });
        return { allowed: true };
      }
      buckets.set(client, { tokens, at: t });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
      };
    },
  };
}
