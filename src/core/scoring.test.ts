import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SCORING_VERSION,
  gapFrom,
  scoreReadiness,
  scoredDomains,
  wholeScore,
  wholeScoresOf,
} from './scoring';
import {
  DOMAINS,
  ValidationError,
  type Answers,
  type Domain,
  type ReadinessAnswer,
  type ReadinessQuestion,
} from './types';

function question(id: string, domain: Domain, weight = 1): ReadinessQuestion {
  return {
    id,
    section: 'readiness',
    kind: 'maturity',
    prompt: `Practice ${id}?`,
    whyWeAsk: 'Fixture.',
    domain,
    csf: [],
    cis: [],
    safeguards: [],
    levels: ['none', 'ad hoc', 'documented', 'in place', 'measured'],
    weight,
    action: `Put ${id} in place.`,
  };
}

/** Two questions per domain, the first foundational (weight 2). */
const bank: readonly ReadinessQuestion[] = DOMAINS.flatMap((d) => [
  question(`${d}-a`, d, 2),
  question(`${d}-b`, d, 1),
]);

const answerArb: fc.Arbitrary<ReadinessAnswer | undefined> = fc.oneof(
  fc.constantFrom<ReadinessAnswer | undefined>(0, 1, 2, 3, 4, 'unknown', undefined),
);
const weightArb = fc.integer({ min: 1, max: 3 });

/** A random bank (1–3 questions per domain, random weights) with random answers. */
const caseArb = fc
  .array(fc.tuple(fc.constantFrom(...DOMAINS), weightArb), { minLength: 7, maxLength: 21 })
  .map((specs) => [
    // Every domain present at least once, as in the real bank.
    ...DOMAINS.map((d, i) => question(`base-${i}`, d, 1)),
    ...specs.map(([d, w], i) => question(`q-${i}`, d, w)),
  ])
  .chain((qs) =>
    fc.array(answerArb, { minLength: qs.length, maxLength: qs.length }).map((values) => ({
      qs,
      answers: Object.fromEntries(qs.map((q, i) => [q.id, values[i]])) as Answers,
    })),
  );

const RUNS = { numRuns: 300 };

describe('scoreReadiness', () => {
  it('has a version', () => {
    expect(SCORING_VERSION).toBe('2.0.0');
  });

  it.each([
    ['all level 4', 4, 100],
    ['all level 0', 0, 0],
    ['all level 2', 2, 50],
    ['all unknown', 'unknown', 0],
  ] as const)('%s scores %d everywhere', (_name, value, expected) => {
    const answers = Object.fromEntries(bank.map((q) => [q.id, value]));
    const score = scoreReadiness(bank, answers);
    expect(score.overall).toBe(expected);
    for (const d of DOMAINS) expect(score.byDomain[d]).toBe(expected);
  });

  it('weights a domain as Σ(level × weight) / Σ(4 × weight)', () => {
    // govern-a (weight 2) at 4, govern-b (weight 1) at 1: (8 + 1) / 12 = 75.
    const score = scoreReadiness(bank, { 'govern-a': 4, 'govern-b': 1 });
    expect(score.byDomain.govern).toBe(75);
    // Security readiness is the mean of the six CSF functions; IT strategy stands apart.
    expect(score.overall).toBeCloseTo(75 / 6, 12);
    expect(score.itStrategy).toBe(0);
  });

  it('records each contribution with its gap points', () => {
    const score = scoreReadiness(bank, { 'govern-a': 1, 'govern-b': 'unknown' });
    const [a, b] = score.contributions;
    expect(a).toEqual({
      questionId: 'govern-a',
      domain: 'govern',
      answer: 1,
      weight: 2,
      earned: 2,
      possible: 8,
      domainGapPoints: 50,
    });
    expect(b).toMatchObject({ answer: 'unknown', earned: 0 });
    expect(b?.domainGapPoints).toBeCloseTo(100 / 3, 12);
    expect(score.contributions.find((c) => c.questionId === 'detect-a')?.answer).toBe('unanswered');
  });

  it('counts unknown and unanswered apart', () => {
    const score = scoreReadiness(bank, { 'govern-a': 'unknown', 'protect-a': 3 });
    expect(score).toMatchObject({ unknownCount: 1, unansweredCount: 12, applicableCount: 14 });
  });

  it('leaves a domain without questions out of the overall mean', () => {
    const qs = bank.filter((q) => q.domain !== 'it-strategy');
    const answers = Object.fromEntries(qs.map((q) => [q.id, 4]));
    const score = scoreReadiness(qs, answers);
    expect(score.overall).toBe(100);
    expect(score.byDomain['it-strategy']).toBe(0);
    expect(scoredDomains(score)).not.toContain('it-strategy');
  });

  it('scores an empty bank as 0', () => {
    expect(scoreReadiness([], {}).overall).toBe(0);
  });

  it.each([
    ['a level out of range', 5],
    ['a fraction', 2.5],
    ['a word', 'maybe'],
  ])('rejects %s with a ValidationError', (_name, value) => {
    expect(() => scoreReadiness(bank, { 'govern-a': value })).toThrow(ValidationError);
  });

  it('rejects a non-positive weight', () => {
    expect(() => scoreReadiness([question('x', 'govern', 0)], {})).toThrow(/weight/);
  });

  it('gives the gap as 100 − readiness', () => {
    const score = scoreReadiness(bank, { 'govern-a': 4, 'govern-b': 1 });
    const gap = gapFrom(score);
    expect(gap.overall).toBeCloseTo(100 - score.overall, 12);
    expect(gap.byDomain.govern).toBe(25);
    expect(gap.byDomain.detect).toBe(100);
  });
});

describe('scoreReadiness properties', () => {
  it('keeps every score within [0, 100]', () => {
    fc.assert(
      fc.property(caseArb, ({ qs, answers }) => {
        const s = scoreReadiness(qs, answers);
        for (const v of [s.overall, ...Object.values(s.byDomain)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
        for (const c of s.contributions) {
          expect(c.domainGapPoints).toBeGreaterThanOrEqual(0);
          expect(c.domainGapPoints).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('never lowers a domain or the overall score when one answer rises', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 0, max: 4 }), (c, pick, to) => {
        const q = c.qs[pick % c.qs.length];
        if (!q) return;
        const before = c.answers[q.id];
        const fromLevel = typeof before === 'number' ? before : 0;
        if (to < fromLevel) return;
        const low = scoreReadiness(c.qs, c.answers);
        const high = scoreReadiness(c.qs, { ...c.answers, [q.id]: to });
        expect(high.byDomain[q.domain]).toBeGreaterThanOrEqual(low.byDomain[q.domain]);
        expect(high.overall).toBeGreaterThanOrEqual(low.overall);
      }),
      RUNS,
    );
  });

  it("scores 'unknown' and unanswered exactly like level 0", () => {
    fc.assert(
      fc.property(caseArb, ({ qs, answers }) => {
        const asZero = Object.fromEntries(
          qs.map((q) => [q.id, typeof answers[q.id] === 'number' ? answers[q.id] : 0]),
        );
        const a = scoreReadiness(qs, answers);
        const b = scoreReadiness(qs, asZero);
        expect(a.overall).toBe(b.overall);
        expect(a.byDomain).toEqual(b.byDomain);
      }),
      RUNS,
    );
  });

  it('scores 100 when all answers are 4 and 0 when all are 0, on any bank', () => {
    fc.assert(
      fc.property(caseArb, ({ qs }) => {
        const all = (v: number) => Object.fromEntries(qs.map((q) => [q.id, v]));
        expect(scoreReadiness(qs, all(4)).overall).toBeCloseTo(100, 10);
        expect(scoreReadiness(qs, all(0)).overall).toBe(0);
      }),
      RUNS,
    );
  });

  it('sums gap points and readiness to 100 in every scored domain', () => {
    fc.assert(
      fc.property(caseArb, ({ qs, answers }) => {
        const s = scoreReadiness(qs, answers);
        for (const d of scoredDomains(s)) {
          const gap = s.contributions
            .filter((c) => c.domain === d)
            .reduce((sum, c) => sum + c.domainGapPoints, 0);
          expect(gap + s.byDomain[d]).toBeCloseTo(100, 9);
        }
      }),
      RUNS,
    );
  });
});

describe('wholeScore', () => {
  it.each([
    [0, 0],
    [42.49, 42],
    [42.5, 43],
    [99.5, 100],
    [100, 100],
  ])('%d reads %d', (value, whole) => {
    expect(wholeScore(value)).toBe(whole);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %d rather than show it', (value) => {
    expect(() => wholeScore(value)).toThrow(RangeError);
  });
});

describe('wholeScoresOf', () => {
  it('rounds each score and takes each gap from the rounded readiness', () => {
    // Govern 3 of 4 points on the first (weight 2) and 1 of 4 on the second: 7/12 = 58.33…
    const score = scoreReadiness(bank, { 'govern-a': 3, 'govern-b': 1 });
    const whole = wholeScoresOf(score);
    expect(whole.byDomain.govern).toBe(58);
    expect(whole.gapByDomain.govern).toBe(42);
    expect(whole.overall).toBe(Math.round(score.overall));
    expect(whole.gap).toBe(100 - whole.overall);
    expect(whole.itStrategy).toBe(0);
  });

  it('has no IT-strategy score when no IT-strategy practice applies', () => {
    const security = bank.filter((q) => q.domain !== 'it-strategy');
    expect(wholeScoresOf(scoreReadiness(security, {})).itStrategy).toBeNull();
  });

  it('gives whole numbers whose readiness and gap add up to 100, on any bank', () => {
    fc.assert(
      fc.property(caseArb, ({ qs, answers }) => {
        const s = scoreReadiness(qs, answers);
        const whole = wholeScoresOf(s);
        expect(whole.overall).toBe(Math.round(s.overall));
        expect(whole.overall + whole.gap).toBe(100);
        for (const d of DOMAINS) {
          expect(Number.isInteger(whole.byDomain[d])).toBe(true);
          expect(Math.abs(whole.byDomain[d] - s.byDomain[d])).toBeLessThanOrEqual(0.5);
          expect(whole.byDomain[d] + whole.gapByDomain[d]).toBe(100);
        }
      }),
      RUNS,
    );
  });
});
