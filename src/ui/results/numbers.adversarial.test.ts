/**
 * Every numeric input (the head count, and each cost assumption on the results page) fed what
 * people and pastes really produce, in several locales: it is rejected with a message, or read
 * as one finite number that the limits then accept or refuse with a message. Whatever is
 * accepted, the figures shown never read NaN, Infinity or an exponent, and the same inputs give
 * the same words. Parsing in depth: src/core/number-input.test.ts; sums and determinism of the
 * cost model: src/core/cost-model.test.ts; the PDF's figures: src/report/report-model.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_LIMITS, defaultAssumptions, validateAssumptions } from '../../core/assumptions';
import { demoConfig, formatMoney } from '../../core/config';
import { computeCosts } from '../../core/cost-model';
import { parseNumberInput } from '../../core/number-input';
import { validateAnswer } from '../../core/schema';
import type { Assumptions } from '../../core/types';
import { boundsOf, fromDisplay, NUMBER_FIELDS, readDraft, textsFor } from './assumption-fields';
import { costStory } from '../../core/cost-story';
import { PRICED_ENGAGEMENTS } from '../../core/types';
import type { CostPlan } from '../../core/cost-model';
import { yearEnds } from './cost-story';

const HOSTILE = [
  '',
  '   ',
  'forty',
  '1e309',
  '1e5',
  '-5',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '1,5',
  '1.234,5',
  '١٢٣',
  '１２３',
  '๑๒๓',
  '9'.repeat(400),
  '12\u00a0000',
  '50%',
  '$-1',
  '<b>40</b>',
];
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'ja-JP'];
const BAD = /NaN|Infinity|\de[+-]?\d|e\+|undefined/;

describe.each(LOCALES)('in %s', (locale) => {
  it.each(HOSTILE)(
    'the head count "%s" is refused with a message or read as a finite number',
    (text) => {
      const parsed = parseNumberInput(text, locale);
      if (!parsed.ok) {
        expect(parsed.message.length).toBeGreaterThan(0);
        return;
      }
      expect(Number.isFinite(parsed.value)).toBe(true);
      const issue = validateAnswer('employees', parsed.value);
      if (issue) expect(issue.message.length).toBeGreaterThan(0);
    },
  );

  it.each(NUMBER_FIELDS)(
    '%s: every hostile text is refused or bounded, with a message',
    (field) => {
      const base = textsFor(defaultAssumptions, locale);
      for (const text of HOSTILE) {
        const read = fromDisplay(field, text, locale);
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
        const draft = readDraft(
          { ...base, [field]: text },
          defaultAssumptions.horizonMonths,
          locale,
        );
        if (draft.assumptions) {
          // Accepted: within the limits and finite.
          const value = draft.assumptions[field];
          expect(value).toBeGreaterThanOrEqual(ASSUMPTION_LIMITS[field].min);
          expect(value).toBeLessThanOrEqual(ASSUMPTION_LIMITS[field].max);
        } else {
          expect(draft.problems[field]?.message).toMatch(/\S/);
        }
      }
    },
  );
});

const anyAssumptions: fc.Arbitrary<Assumptions> = fc
  .record(
    Object.fromEntries(
      (Object.keys(ASSUMPTION_LIMITS) as (keyof typeof ASSUMPTION_LIMITS)[]).map((key) => {
        const { min, max, integer } = ASSUMPTION_LIMITS[key];
        const value =
          key === 'horizonMonths'
            ? fc.constantFrom(12, 36, 60)
            : integer
              ? fc.integer({ min, max })
              : fc.oneof(
                  fc.constantFrom(min, max),
                  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
                );
        return [key, value];
      }),
    ) as { [K in keyof typeof ASSUMPTION_LIMITS]: fc.Arbitrary<Assumptions[K]> },
  )
  .chain((numbers) =>
    fc
      .constantFrom('auto' as const, 'on' as const, 'off' as const)
      .map((compareWithFullTime): Assumptions => ({ ...numbers, compareWithFullTime })),
  )
  .filter((a) => validateAssumptions(a).ok);
const anyPlan: fc.Arbitrary<CostPlan> = fc.record({
  engagement: fc.constantFrom(...PRICED_ENGAGEMENTS),
  includesFractionalCio: fc.boolean(),
  compareByDefault: fc.boolean(),
  fullTimeRealistic: fc.boolean(),
});

describe('what the results page says about costs', () => {
  it('never shows NaN, Infinity or an exponent, even at the limits (huge values)', () => {
    fc.assert(
      fc.property(anyAssumptions, anyPlan, (a, plan) => {
        const costs = computeCosts(a, plan);
        const money = (n: number) => formatMoney(n, demoConfig);
        const story = costStory(costs, a, money);
        const words = {
          ...story,
          headline: `${story.headline.label} ${story.headline.value}`,
          notes: story.notes.join(' '),
        };
        const ends = yearEnds(costs);
        const shown = [
          ...Object.values(words).filter((w): w is string => typeof w === 'string'),
          ...JSON.stringify(ends)
            .split(/[,:{}[\]"]+/)
            .filter(Boolean),
          money(costs.fullTimeCiso.total),
          money(costs.vciso.total),
        ];
        expect(shown.filter((s) => BAD.test(s))).toEqual([]);
        // The same inputs give the same words.
        expect(costStory(computeCosts(a, plan), a, money)).toEqual(story);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it.each(NUMBER_FIELDS)('%s: the limits it tells the person are plain numbers', (field) => {
    for (const locale of LOCALES) {
      const { min, max } = boundsOf(field, { locale, currency: 'USD' });
      expect(`${min} ${max}`).not.toMatch(BAD);
    }
  });
});
