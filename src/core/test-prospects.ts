/**
 * Random prospects answering the real question bank, for property tests of the quick check (only
 * tests import this file). Discovery follows the skip logic (card questions only where cards are
 * in scope); readiness is either correlated (one maturity for the firm, give or take a level, as
 * real firms answer) or any level at all, with some "Don't know".
 */
import fc from 'fast-check';
import { applicableQuestions } from './content/questions';
import {
  CARD_HANDLING,
  CUSTOMER_DEMANDS,
  CYBER_INSURANCE,
  DEDICATED_MANDATE,
  INCIDENTS,
  INDUSTRIES,
  INITIATIVES,
  IT_SUPPORT,
  MERCHANT_LEVELS,
  REGULATIONS,
  SECURITY_LEADERSHIP,
  type AnswerValue,
  type Answers,
  type ReadinessAnswer,
} from './types';

const discoveryArb = fc.record({
  employees: fc.oneof(
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: 20, max: 300 }),
    fc.integer({ min: 1, max: 3_000 }),
  ),
  industry: fc.constantFrom(...INDUSTRIES),
  regulations: fc.uniqueArray(fc.constantFrom(...REGULATIONS), { maxLength: 3 }),
  customerDemands: fc.constantFrom(...CUSTOMER_DEMANDS),
  cyberInsurance: fc.constantFrom(...CYBER_INSURANCE),
  incident: fc.constantFrom(...INCIDENTS),
  itSupport: fc.constantFrom(...IT_SUPPORT),
  securityLeadership: fc.constantFrom(...SECURITY_LEADERSHIP),
  initiatives: fc.uniqueArray(fc.constantFrom(...INITIATIVES), { maxLength: 3 }),
  dedicatedMandate: fc.constantFrom(...DEDICATED_MANDATE),
  cardHandling: fc.constantFrom(...CARD_HANDLING),
  merchantLevel: fc.constantFrom(...MERCHANT_LEVELS),
});

/** How a prospect answers readiness: the level for the i-th applicable practice. */
const levelsArb: fc.Arbitrary<(i: number) => ReadinessAnswer> = fc.oneof(
  fc
    .record({
      base: fc.integer({ min: 0, max: 4 }),
      steps: fc.array(fc.constantFrom(-1, 0, 0, 1), { minLength: 50, maxLength: 50 }),
      unknown: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 50, maxLength: 50 }),
    })
    .map(({ base, steps, unknown }) => (i: number): ReadinessAnswer => {
      if ((unknown[i] ?? 99) < 8) return 'unknown';
      return Math.max(0, Math.min(4, base + (steps[i] ?? 0))) as ReadinessAnswer;
    }),
  fc
    .array(fc.constantFrom<ReadinessAnswer>(0, 1, 2, 3, 4, 'unknown'), {
      minLength: 50,
      maxLength: 50,
    })
    .map(
      (levels) =>
        (i: number): ReadinessAnswer =>
          levels[i] ?? 0,
    ),
);

/** A prospect's complete answers: every question that applies to them, answered. */
export const fullAnswersArb: fc.Arbitrary<Answers> = fc
  .record({ d: discoveryArb, level: levelsArb })
  .map(({ d, level }) => {
    const { cardHandling, merchantLevel, ...always } = d;
    const a: Record<string, AnswerValue> = { ...always };
    if (applicableQuestions(a).some((q) => q.id === 'cardHandling')) {
      a.cardHandling = cardHandling;
      if (cardHandling === 'own-systems') a.merchantLevel = merchantLevel;
    }
    applicableQuestions(a)
      .filter((q) => q.section === 'readiness')
      .forEach((q, i) => (a[q.id] = level(i)));
    return a;
  });

/** The answers to these questions only. */
export function answersTo(answers: Answers, ids: readonly string[]): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const id of ids) {
    const value = answers[id];
    if (value !== undefined) out[id] = value;
  }
  return out;
}
