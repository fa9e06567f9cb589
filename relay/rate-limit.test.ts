import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('lets a burst through, then one request per refill interval', () => {
    let clock = 0;
    const limiter = createRateLimiter({ burst: 3, perMinute: 12 }, () => clock);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 5 });
    clock += 2_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 3 });
    clock += 3_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    clock += 10 * 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps clients apart, and forgets the least recently seen when full', () => {
    const clock = 0;
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, maxClients: 2 }, () => clock);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('c').allowed).toBe(true); // b is forgotten, a was seen last
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never lets more through than the burst plus what the rate refilled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 200 }),
        (burst, perMinute, gaps) => {
          let clock = 0;
          const limiter = createRateLimiter({ burst, perMinute }, () => clock);
          let allowed = 0;
          for (const gap of gaps) {
            clock += gap;
            const verdict = limiter.take('x');
            if (verdict.allowed) allowed++;
            else expect(verdict.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          }
          expect(allowed).toBeLessThanOrEqual(burst + Math.floor((clock * perMinute) / 60_000));
        },
      ),
    );
  });
});
