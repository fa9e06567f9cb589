import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASSUMPTION_LIMITS, defaultAssumptions } from './assumptions';
import { computeCosts, type CostPlan } from './cost-model';
import { costStory, crossingSentence, firstHigher } from './cost-story';
import {
  FULL_TIME_COMPARISON,
  HORIZONS,
  PRICED_ENGAGEMENTS,
  type Assumptions,
  type CostComparison,
  type NumberAssumption,
} from './types';

const money = (n: number): string =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const cents = (n: number): number => Math.round(n * 100);

function field(key: NumberAssumption): fc.Arbitrary<number> {
  const { min, max, integer } = ASSUMPTION_LIMITS[key];
  // Realistic ranges keep the lines close enough to cross now and then.
  const top = Math.min(max, key === 'cisoBaseSalary' || key === 'cioBaseSalary' ? 600_000 : max);
  return integer
    ? fc.integer({ min, max: Math.min(top, 60) })
    : fc.double({ min, max: Math.min(top, 100_000), noNaN: true, noDefaultInfinity: true });
}
const assumptionsArb: fc.Arbitrary<Assumptions> = fc.record({
  ...(Object.fromEntries(
    (Object.keys(ASSUMPTION_LIMITS) as NumberAssumption[])
      .filter((k) => k !== 'horizonMonths')
      .map((k) => [k, field(k)]),
  ) as Record<Exclude<NumberAssumption, 'horizonMonths'>, fc.Arbitrary<number>>),
  horizonMonths: fc.constantFrom(...HORIZONS),
  compareWithFullTime: fc.constantFrom(...FULL_TIME_COMPARISON),
});
const planArb: fc.Arbitrary<CostPlan> = fc.record({
  engagement: fc.constantFrom(...PRICED_ENGAGEMENTS),
  includesFractionalCio: fc.boolean(),
  compareByDefault: fc.boolean(),
  fullTimeRealistic: fc.boolean(),
});

/** Which line is higher in a month (0 = equal), straight from the arrays the chart draws. */
const order = (c: CostComparison, m: number): number =>
  Math.sign(cents(c.fullTimeCiso.cumulative[m] ?? 0) - cents(c.vciso.cumulative[m] ?? 0));

/** The months a crossing sentence names, and who it says costs more from the last one on. */
function parseCrossing(text: string): { months: number[]; after: string | null } {
  const never = /never cross: the (.+) costs more in total from the first month to the last/.exec(
    text,
  );
  if (never) return { months: [], after: never[1] ?? null };
  const one = /cross in month (\d+): from then on the (.+) costs more in total/.exec(text);
  if (one) return { months: [Number(one[1])], after: one[2] ?? null };
  const several =
    /cross (\d+) times, the last in month (\d+); from then on the (.+) costs more in total/.exec(
      text,
    );
  if (several) {
    return { months: [-Number(several[1]), Number(several[2])], after: several[3] ?? null };
  }
  const many =
    /cross in months ([\d, and]+); from month (\d+) on the (.+) costs more in total/.exec(text);
  if (many) {
    return {
      months: (many[1] ?? '').split(/, | and /).map(Number),
      after: many[3] ?? null,
    };
  }
  return { months: [], after: null };
}

describe('costStory: every sentence true of the arrays', () => {
  it('says where the lines cross, and who costs more after, exactly as the arrays show', () => {
    fc.assert(
      fc.property(assumptionsArb, planArb, (a, plan) => {
        const c = computeCosts(a, plan);
        const names = { fullTime: 'Full-time line', engagement: 'Recommended line' };
        const said = parseCrossing(crossingSentence(c, names));
        // Every month the sentence names is a month where the order flips, and no other.
        const flips: number[] = [];
        let last = 0;
        for (let m = 1; m <= c.horizonMonths; m++) {
          const now = order(c, m);
          if (now === 0) continue;
          if (last !== 0 && now !== last) flips.push(m);
          last = now;
        }
        if ((said.months[0] ?? 0) < 0) {
          // "cross N times, the last in month M": the count and the last month are the arrays'.
          expect(-(said.months[0] ?? 0)).toBe(flips.length);
          expect(said.months[1]).toBe(flips.at(-1));
          said.months = [flips.at(-1) ?? 0];
        } else expect(said.months).toEqual(flips);
        if (firstHigher(c) === null) return;
        // From the last named month (or month 1) to the end, the line it names is never below.
        const from = said.months.at(-1) ?? 1;
        const higher = said.after === 'full-time line' ? 1 : -1;
        expect(said.after === 'full-time line' || said.after === 'recommended line').toBe(true);
        for (let m = from; m <= c.horizonMonths; m++) {
          expect(order(c, m) === higher || order(c, m) === 0).toBe(true);
        }
      }),
      { numRuns: 500, seed: 20_261_206 },
    );
  });

  it('headlines a saving only when the comparison is on and the saving is real', () => {
    fc.assert(
      fc.property(assumptionsArb, planArb, (a, plan) => {
        const c = computeCosts(a, plan);
        const story = costStory(c, a, money);
        const saving = /^Less than a full-time hire/.test(story.headline.label);
        if (saving) {
          expect(c.compareWithFullTime).toBe(true);
          expect(c.difference).toBeGreaterThan(0);
          expect(story.headline.value).toBe(money(c.difference));
          expect(story.headline.label.includes('for reference')).toBe(!c.fullTimeRealistic);
        }
        if (!c.compareWithFullTime) {
          expect(story.comparison).toBeNull();
          expect(story.crossing).toBeNull();
          expect(JSON.stringify(story)).not.toMatch(/less than a full-time|full-time CISO at/i);
        }
        if (c.engagement === 'none') expect(saving).toBe(false);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('states the totals and the difference the arrays add up to', () => {
    fc.assert(
      fc.property(assumptionsArb, planArb, (a, plan) => {
        const c = computeCosts(a, { ...plan, engagement: 'retainer' });
        const story = costStory(c, a, money);
        expect(story.cost).toContain(money(c.vciso.total));
        if (story.comparison) {
          expect(story.comparison).toContain(money(c.fullTimeCiso.total));
          if (c.difference > 0) expect(story.comparison).toContain(`${money(c.difference)} less`);
          if (c.difference < 0) expect(story.comparison).toContain(`${money(-c.difference)} more`);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('costStory: worked cases', () => {
  const base: Assumptions = { ...defaultAssumptions, annualIncrease: 0 };
  const plan = (over: Partial<CostPlan>): CostPlan => ({
    engagement: 'retainer',
    includesFractionalCio: false,
    compareByDefault: false,
    fullTimeRealistic: false,
    ...over,
  });

  it('an 18-person charity told to put operations first: nothing to price, no saving', () => {
    const c = computeCosts(base, plan({ engagement: 'none' }));
    const story = costStory(c, base, money);
    expect(story.showEngagementLine).toBe(false);
    expect(story.headline).toEqual({ label: 'Recommended spend now', value: '$0.00' });
    expect(story.cost).toMatch(/nothing to price now/);
    expect(story.comparison).toBeNull();
  });

  it('a small firm that turns the comparison on is told it is for reference', () => {
    const a = { ...base, compareWithFullTime: 'on' as const };
    const story = costStory(computeCosts(a, plan({})), a, money);
    expect(story.fullTimeName).toBe('Full-time CISO, for reference');
    expect(story.comparison).toMatch(/^For reference only/);
    expect(story.headline.label).toMatch(/\(for reference\)$/);
  });

  it('a project that costs more a month than the retainer says why', () => {
    const a = { ...base, projectHoursPerMonth: 24, projectMonths: 9, onDemandHourlyRate: 300 };
    const story = costStory(computeCosts(a, plan({ engagement: 'project' })), a, money);
    expect(story.notes.join(' ')).toMatch(
      /costs more a month than a retainer.*\$7,200\.00 against \$5,250\.00/,
    );
    expect(story.cost).toMatch(/then its line stops/);
  });

  it('names several crossings', () => {
    const a = { ...base, vcisoOnboardingFee: 0, vcisoMonthlyRetainer: 20_000 };
    const c = computeCosts(a, plan({ compareByDefault: true, fullTimeRealistic: true }));
    const story = costStory(c, a, money);
    expect(story.crossing).toMatch(
      /cross in months 2 and 5; from month 5 on the full-time CISO costs more in total/,
    );
  });
});
