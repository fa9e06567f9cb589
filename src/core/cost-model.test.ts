import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeCosts, type CostPlan } from './cost-model';
import {
  ASSUMPTION_LIMITS,
  defaultAssumptions as published,
  validateAssumptions,
} from './assumptions';
import {
  FULL_TIME_COMPARISON,
  HORIZONS,
  PRICED_ENGAGEMENTS,
  type Assumptions,
  type CostComparison,
  type PricedEngagement,
} from './types';

const cents = (x: number) => Math.round(x * 100);
const sumCents = (xs: readonly number[]) => xs.reduce((acc, x) => acc + cents(x), 0);
/** A retainer compared with a full-time CISO (the shape of the hand-checked cases below). */
const planOf = (
  includesFractionalCio: boolean,
  engagement: PricedEngagement = 'retainer',
): CostPlan => ({
  engagement,
  includesFractionalCio,
  compareByDefault: true,
  fullTimeRealistic: true,
});
const withFcio = planOf(true);
const noFcio = planOf(false);

/**
 * The defaults without the CISO's tooling budget, so the hand-checked salary and fee figures
 * below read alone; the tooling, interim cover, CIO, project and incident lines have their own
 * hand-checked cases further down.
 */
const defaultAssumptions: Assumptions = { ...published, cisoToolingBudget: 0 };

/** Defaults with the yearly increase off, for cases that are easier to check by hand. */
const flat: Assumptions = { ...defaultAssumptions, annualIncrease: 0 };

// Monthly salary with benefits at the default base, by year (base × 1.03^k × 1.3 / 12):
//   year 1: 250,000.00    × 1.3 / 12 = 27,083.3333 → 27,083.33
//   year 2: 257,500.00    × 1.3 / 12 = 27,895.8333 → 27,895.83
//   year 3: 265,225.00    × 1.3 / 12 = 28,732.7083 → 28,732.71
//   year 4: 273,181.75    × 1.3 / 12 = 29,594.6896 → 29,594.69
//   year 5: 281,377.2025  × 1.3 / 12 = 30,482.5303 → 30,482.53
// Retainer 5,250 × 1.03^k: 5,250.00; 5,407.50; 5,569.725 → 5,569.73; 5,736.81675 → 5,736.82;
//   5,908.921 → 5,908.92.   Fractional CIO 3,000 × 1.03^k: 3,000; 3,090; 3,182.70; 3,278.18;
//   3,376.53.
// Search 1 starts in month 1: fee 30% × 250,000 = 75,000, thirds of 25,000 in months 1, 3, 5;
//   vacant months 1–4; in seat months 5–34 (30 months). Search 2 starts in month 35 at the
//   year-3 base: fee 30% × 265,225 = 79,567.50, thirds of 26,522.50 in months 35, 37, 39;
//   vacant months 35–38; in seat from month 39.
describe('computeCosts: hand-checked defaults (no tooling budget)', () => {
  it.each([
    {
      horizon: 12 as const,
      // 8 months in seat (5–12) × 27,083.33 = 216,666.64; fees 75,000.
      salary: 216_666.64,
      fees: 75_000,
      vacant: 4,
      fullTime: 291_666.64,
      // 5,000 + 12 × 5,250 = 68,000.
      retainer: 63_000,
      vciso: 68_000,
      fcio: 36_000,
    },
    {
      horizon: 36 as const,
      // 8 × 27,083.33 + 12 × 27,895.83 + 10 × 28,732.71 = 216,666.64 + 334,749.96 + 287,327.10.
      salary: 838_743.7,
      // 75,000 + the first third of search 2 (month 35) = 101,522.50.
      fees: 101_522.5,
      vacant: 6, // months 1–4 and 35–36
      fullTime: 940_266.2,
      // 12 × (5,250 + 5,407.50 + 5,569.73) = 63,000 + 64,890 + 66,836.76.
      retainer: 194_726.76,
      vciso: 199_726.76,
      // 12 × (3,000 + 3,090 + 3,182.70).
      fcio: 111_272.4,
    },
    {
      horizon: 60 as const,
      // 838,743.70 + 10 × 29,594.69 (months 39–48) + 12 × 30,482.53 (months 49–60).
      salary: 1_500_480.96,
      // 75,000 + 79,567.50.
      fees: 154_567.5,
      vacant: 8,
      fullTime: 1_655_048.46,
      // 194,726.76 + 12 × 5,736.82 + 12 × 5,908.92.
      retainer: 334_475.64,
      vciso: 339_475.64,
      // 111,272.40 + 12 × 3,278.18 + 12 × 3,376.53.
      fcio: 191_128.92,
    },
  ])('$horizon months', ({ horizon, salary, fees, vacant, fullTime, retainer, vciso, fcio }) => {
    const r = computeCosts({ ...defaultAssumptions, horizonMonths: horizon }, noFcio);
    const withCio = computeCosts({ ...defaultAssumptions, horizonMonths: horizon }, withFcio);
    expect(r.horizonMonths).toBe(horizon);
    expect(r.fullTimeBreakdown).toMatchObject({
      salaryAndBenefits: salary,
      recruiterFees: fees,
      vacantMonths: vacant,
    });
    expect(r.fullTimeCiso.total).toBe(fullTime);
    expect(r.vcisoBreakdown).toMatchObject({ retainer, onboarding: 5_000, onDemand: 0 });
    expect(r.vciso.total).toBe(vciso);
    // The fractional CIO is part of the recommended line, and a full-time CIO of the other.
    expect(withCio.fractionalCio?.total).toBe(fcio);
    expect(cents(withCio.vciso.total)).toBe(cents(vciso) + cents(fcio));
    expect(withCio.fullTimeBreakdown.fullTimeCio).toBeGreaterThan(0);
    expect(cents(r.difference)).toBe(cents(fullTime) - cents(vciso));
    expect(r.shareOfFullTime).toBeCloseTo(vciso / fullTime, 12);
    expect(r.crossings).toEqual([]);
  });

  it('spends month by month as worked out above (36 months)', () => {
    const r = computeCosts(defaultAssumptions, noFcio);
    const ft = r.fullTimeCiso.monthly;
    expect(ft.slice(0, 6)).toEqual([0, 25_000, 0, 25_000, 0, 52_083.33]);
    expect(ft[12]).toBe(27_083.33);
    expect(ft[13]).toBe(27_895.83);
    expect(ft[34]).toBe(28_732.71);
    expect(ft[35]).toBe(26_522.5); // vacant again, first third of the second fee
    expect(ft[36]).toBe(0);
    expect(r.vciso.monthly.slice(0, 3)).toEqual([0, 10_250, 5_250]);
    expect(r.vciso.monthly[13]).toBe(5_407.5);
    expect(r.vciso.monthly[25]).toBe(5_569.73);
  });
});

describe('computeCosts: the lines the recommendation and the full-time path add', () => {
  const twelve: Assumptions = { ...flat, horizonMonths: 12 };

  it('adds a tooling budget while a CISO is in post, and interim cover while the seat is empty', () => {
    // Vacant months 1–4 at 5,250 of interim cover = 21,000; in seat months 5–12: 8 × 24,000 / 12.
    const r = computeCosts(
      { ...twelve, cisoToolingBudget: 24_000, interimCoverMonthly: 5_250 },
      noFcio,
    );
    expect(r.fullTimeBreakdown).toMatchObject({ interimCover: 21_000, tooling: 16_000 });
    expect(r.fullTimeCiso.monthly.slice(0, 6)).toEqual([
      0, 30_250, 5_250, 30_250, 5_250, 54_083.33,
    ]);
    expect(r.fullTimeCiso.total).toBe(291_666.64 + 21_000 + 16_000);
  });

  it('prices a project as hours × rate for its months, then stops, with a refresh each anniversary', () => {
    // 24 h × 300 = 7,200 a month for 9 months = 64,800; refresh 12 h × 300 in months 13 and 25.
    const a = { ...flat, projectHoursPerMonth: 24, projectMonths: 9, yearlyRefreshHours: 12 };
    const r = computeCosts(a, planOf(false, 'project'));
    expect(r.vciso.monthly[9]).toBe(7_200);
    expect(r.vciso.monthly[10]).toBe(0);
    expect(r.vcisoBreakdown).toMatchObject({
      project: 64_800,
      yearlyRefresh: 7_200,
      retainer: 0,
      onboarding: 0,
    });
    expect(r.vciso.monthly[13]).toBe(3_600);
    expect(r.vciso.monthly[25]).toBe(3_600);
    expect(r.vciso.total).toBe(72_000);
  });

  it('prices incident response as hours × rate in month 1 only', () => {
    const r = computeCosts({ ...flat, incidentHours: 40 }, planOf(false, 'incident'));
    expect(r.vciso.monthly[1]).toBe(12_000);
    expect(r.vciso.total).toBe(12_000);
  });

  it('prices a full-time CIO beside the CISO when a fractional CIO is recommended', () => {
    // Same search and tenure as the CISO's: fee 75,000 on a 250,000 base, 8 months in post.
    const r = computeCosts({ ...twelve, cioBaseSalary: 250_000 }, withFcio);
    expect(r.fullTimeBreakdown.fullTimeCio).toBe(291_666.64);
    expect(r.fullTimeCiso.total).toBe(2 * 291_666.64);
  });

  it('draws the comparison as chosen, or by the recommendation when left on auto', () => {
    const auto = planOf(false);
    expect(
      computeCosts({ ...flat, compareWithFullTime: 'auto' }, { ...auto, compareByDefault: false })
        .compareWithFullTime,
    ).toBe(false);
    expect(computeCosts({ ...flat, compareWithFullTime: 'auto' }, auto).compareWithFullTime).toBe(
      true,
    );
    expect(
      computeCosts({ ...flat, compareWithFullTime: 'on' }, { ...auto, compareByDefault: false })
        .compareWithFullTime,
    ).toBe(true);
    expect(computeCosts({ ...flat, compareWithFullTime: 'off' }, auto).compareWithFullTime).toBe(
      false,
    );
  });

  it('names every crossing when the lines cross more than once', () => {
    // Month 1: FT 25,000 > 20,000; month 2: 25,000 < 40,000; the first salary (month 5) puts
    // full-time back above for good.
    const r = computeCosts(
      { ...flat, vcisoOnboardingFee: 0, vcisoMonthlyRetainer: 20_000 },
      noFcio,
    );
    expect(r.crossings.length).toBeGreaterThanOrEqual(2);
    expect(r.crossings[0]).toEqual({ month: 2, higherAfter: 'vciso' });
    expect(r.crossings.at(-1)?.higherAfter).toBe('full-time');
  });
});

describe('computeCosts: hand-checked edge cases', () => {
  it('hires in month 1 when monthsToHire is 0: all three thirds land with the first salary', () => {
    // Fee 75,000 in month 1; 12 months × 27,083.33 = 324,999.96.
    const r = computeCosts({ ...flat, horizonMonths: 12, monthsToHire: 0 }, noFcio);
    expect(r.fullTimeCiso.monthly[1]).toBe(102_083.33);
    expect(r.fullTimeBreakdown).toMatchObject({
      salaryAndBenefits: 324_999.96,
      recruiterFees: 75_000,
      vacantMonths: 0,
    });
    expect(r.fullTimeCiso.total).toBe(399_999.96);
  });

  it('re-hires twice in 60 months when tenure is 20 months', () => {
    // Searches start in months 1, 25 and 49 (4 vacant + 20 in seat each cycle).
    // In seat: 5–24, 29–48, 53–60 = 48 months × 27,083.33 = 1,299,999.84.
    // Fees: three searches × 75,000, all thirds inside the horizon (last one in month 53).
    const r = computeCosts({ ...flat, horizonMonths: 60, tenureMonths: 20 }, noFcio);
    expect(r.fullTimeBreakdown).toMatchObject({
      salaryAndBenefits: 1_299_999.84,
      recruiterFees: 225_000,
      vacantMonths: 12,
    });
    expect(r.fullTimeCiso.total).toBe(1_524_999.84);
    const feeMonths = [1, 3, 5, 25, 27, 29, 49, 51, 53];
    for (const m of feeMonths) expect(r.fullTimeCiso.monthly[m]).toBeGreaterThanOrEqual(25_000);
    expect(r.fullTimeCiso.monthly[25]).toBe(25_000); // vacant: fee third only
    expect(r.fullTimeCiso.monthly[24]).toBe(27_083.33);
  });

  it.each([
    // Fee 25% × 100,000 = 25,000.00 = 2,500,000 cents: thirds 833,333 + 833,333 + 833,334.
    // Salary 100,000 × 1.3 / 12 = 10,833.3333 → 10,833.33 a month.
    // monthsToHire 0: all three in month 1, salary from month 1 (12 months = 129,999.96).
    { monthsToHire: 0, month1: 25_000 + 10_833.33, month2: 10_833.33, salary: 129_999.96 },
    // monthsToHire 1: thirds in months 1, 1 + 0, 2 → two collide in month 1; 11 months' salary.
    { monthsToHire: 1, month1: 16_666.66, month2: 8_333.34 + 10_833.33, salary: 119_166.63 },
    // monthsToHire 2: months 1, 2, 3; no collision; 10 months' salary.
    { monthsToHire: 2, month1: 8_333.33, month2: 8_333.33, salary: 108_333.3 },
  ])('collides fee thirds and keeps the remainder cent (monthsToHire $monthsToHire)', (c) => {
    const a = {
      ...flat,
      horizonMonths: 12 as const,
      cisoBaseSalary: 100_000,
      recruiterFeeRate: 0.25,
    };
    const r = computeCosts({ ...a, monthsToHire: c.monthsToHire }, noFcio);
    expect(r.fullTimeCiso.monthly[1]).toBe(c.month1);
    expect(r.fullTimeCiso.monthly[2]).toBe(c.month2);
    expect(r.fullTimeBreakdown.recruiterFees).toBe(25_000);
    expect(r.fullTimeBreakdown.salaryAndBenefits).toBe(c.salary);
  });

  it('drops fee thirds that fall after the horizon', () => {
    // monthsToHire 24 in a 12-month view: thirds in months 1, 13, 25 → only the first counts.
    const r = computeCosts({ ...flat, horizonMonths: 12, monthsToHire: 24 }, noFcio);
    expect(r.fullTimeBreakdown).toMatchObject({
      salaryAndBenefits: 0,
      recruiterFees: 25_000,
      vacantMonths: 12,
    });
  });

  it.each([
    // 30 months × 27,083.33 = 812,499.90; fees 75,000 + 25,000 (month 35).
    { annualIncrease: 0, fullTime: 912_499.9, vciso: 194_000, fcio: 108_000 },
    { annualIncrease: 0.03, fullTime: 940_266.2, vciso: 199_726.76, fcio: 111_272.4 },
  ])(
    'annualIncrease $annualIncrease over 36 months',
    ({ annualIncrease, fullTime, vciso, fcio }) => {
      const r = computeCosts({ ...defaultAssumptions, annualIncrease }, noFcio);
      expect(r.fullTimeCiso.total).toBe(fullTime);
      expect(r.vciso.total).toBe(vciso); // 5,000 + 36 × 5,250 with no increase
      expect(
        computeCosts({ ...defaultAssumptions, annualIncrease }, withFcio).fractionalCio?.total,
      ).toBe(fcio);
    },
  );

  it('adds the fractional CIO only when asked: to the recommended line, and a CIO to the other', () => {
    const on = computeCosts(defaultAssumptions, withFcio);
    const off = computeCosts(defaultAssumptions, noFcio);
    expect(cents(on.vciso.total)).toBe(
      cents(off.vciso.total) + cents(on.fractionalCio?.total ?? 0),
    );
    expect(cents(on.fullTimeCiso.total)).toBe(
      cents(off.fullTimeCiso.total) + cents(on.fullTimeBreakdown.fullTimeCio),
    );
    expect(off.fractionalCio).toBeNull();
    expect(on.fractionalCio?.monthly.slice(0, 3)).toEqual([0, 3_000, 3_000]);
    expect(on.fractionalCio?.cumulative[12]).toBe(36_000);
    expect(on.fullTimeBreakdown.salaryAndBenefits).toBe(off.fullTimeBreakdown.salaryAndBenefits);
    expect(on.vcisoBreakdown.retainer).toBe(off.vcisoBreakdown.retainer);
  });

  it('bills on-demand hours at the hourly rate, rising with the year', () => {
    // 4 h × 300 = 1,200 a month in year 1, 4 × 309 = 1,236 in year 2.
    const r = computeCosts(
      { ...defaultAssumptions, horizonMonths: 36, onDemandHoursPerMonth: 4 },
      noFcio,
    );
    expect(r.vciso.monthly[12]).toBe(5_250 + 1_200);
    expect(r.vciso.monthly[13]).toBe(5_407.5 + 1_236);
    // 12 × (1,200 + 1,236 + 1,273.08) = 14,400 + 14,832 + 15,276.96.
    expect(r.vcisoBreakdown.onDemand).toBe(44_508.96);
  });

  it('gives a null share when the full-time path costs nothing inside the horizon', () => {
    const r = computeCosts(
      { ...flat, horizonMonths: 12, recruiterFeeRate: 0, monthsToHire: 12 },
      noFcio,
    );
    expect(r.fullTimeCiso.total).toBe(0);
    expect(r.shareOfFullTime).toBeNull();
    expect(r.difference).toBe(-68_000);
  });
});

describe('computeCosts: crossover', () => {
  it.each([
    // Month 1: FT 25,000 > vCISO 20,000; month 2: 25,000 < 40,000 → crosses in month 2.
    { name: 'vCISO overtakes in month 2', onboarding: 0, retainer: 20_000, expected: 2 },
    // Month 1 tied (25,000 each); month 2: 25,000 < 35,000 sets the order; month 3:
    // FT 50,000 > 45,000 → crosses in month 3 (a tie never counts as the first order).
    {
      name: 'tie in month 1, crossing in month 3',
      onboarding: 15_000,
      retainer: 10_000,
      expected: 3,
    },
    // Month 2 tied (25,000 each) then FT stays above: a tie alone is not a crossing.
    { name: 'tie in month 2 only', onboarding: 5_000, retainer: 10_000, expected: null },
    // Defaults: full-time stays above from month 1.
    { name: 'never', onboarding: 5_000, retainer: 5_250, expected: null },
  ])('$name', ({ onboarding, retainer, expected }) => {
    const a = { ...flat, vcisoOnboardingFee: onboarding, vcisoMonthlyRetainer: retainer };
    expect(computeCosts(a, noFcio).crossings[0]?.month ?? null).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over valid assumptions
// ---------------------------------------------------------------------------------------------

function field(key: keyof typeof ASSUMPTION_LIMITS): fc.Arbitrary<number> {
  const { min, max, integer } = ASSUMPTION_LIMITS[key];
  return integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

const validAssumptions: fc.Arbitrary<Assumptions> = fc.record({
  horizonMonths: fc.constantFrom(...HORIZONS),
  cisoBaseSalary: field('cisoBaseSalary'),
  benefitsLoad: field('benefitsLoad'),
  recruiterFeeRate: field('recruiterFeeRate'),
  monthsToHire: field('monthsToHire'),
  tenureMonths: field('tenureMonths'),
  annualIncrease: field('annualIncrease'),
  vcisoMonthlyRetainer: field('vcisoMonthlyRetainer'),
  vcisoOnboardingFee: field('vcisoOnboardingFee'),
  onDemandHoursPerMonth: field('onDemandHoursPerMonth'),
  onDemandHourlyRate: field('onDemandHourlyRate'),
  fractionalCioMonthly: field('fractionalCioMonthly'),
  cisoToolingBudget: field('cisoToolingBudget'),
  interimCoverMonthly: field('interimCoverMonthly'),
  cioBaseSalary: field('cioBaseSalary'),
  projectHoursPerMonth: field('projectHoursPerMonth'),
  projectMonths: field('projectMonths'),
  yearlyRefreshHours: field('yearlyRefreshHours'),
  incidentHours: field('incidentHours'),
  compareWithFullTime: fc.constantFrom(...FULL_TIME_COMPARISON),
});
const planArb: fc.Arbitrary<CostPlan> = fc.record({
  engagement: fc.constantFrom(...PRICED_ENGAGEMENTS),
  includesFractionalCio: fc.boolean(),
  compareByDefault: fc.boolean(),
  fullTimeRealistic: fc.boolean(),
});

function seriesOf(r: CostComparison) {
  return [r.fullTimeCiso, r.vciso, ...(r.fractionalCio ? [r.fractionalCio] : [])];
}

describe('computeCosts: properties', () => {
  it('generates only assumptions that validate', () => {
    fc.assert(fc.property(validAssumptions, (a) => validateAssumptions(a).ok));
  });

  it('keeps every series well formed: length H+1, starts at 0, never falls, all finite', () => {
    fc.assert(
      fc.property(validAssumptions, planArb, (a, plan) => {
        const r = computeCosts(a, plan);
        expect(r.fractionalCio === null).toBe(!plan.includesFractionalCio);
        for (const s of seriesOf(r)) {
          expect(s.cumulative).toHaveLength(a.horizonMonths + 1);
          expect(s.monthly).toHaveLength(a.horizonMonths + 1);
          expect(s.cumulative[0]).toBe(0);
          expect(s.monthly[0]).toBe(0);
          s.cumulative.forEach((v, i) => {
            expect(Number.isFinite(v)).toBe(true);
            if (i > 0) expect(v).toBeGreaterThanOrEqual(s.cumulative[i - 1] ?? 0);
          });
          expect(s.monthly.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
        }
        expect(Number.isFinite(r.difference)).toBe(true);
        expect(r.shareOfFullTime === null || Number.isFinite(r.shareOfFullTime)).toBe(true);
      }),
    );
  });

  it('makes totals equal the sum of monthly spend and of breakdown parts, to the cent', () => {
    fc.assert(
      fc.property(validAssumptions, planArb, (a, plan) => {
        const r = computeCosts(a, { ...plan, includesFractionalCio: true });
        for (const s of seriesOf(r)) {
          expect(sumCents(s.monthly)).toBe(cents(s.total));
          expect(cents(s.cumulative.at(-1) ?? NaN)).toBe(cents(s.total));
          s.monthly.forEach((v) => expect(cents(v) / 100).toBe(v)); // whole cents each month
        }
        const ft = r.fullTimeBreakdown;
        const v = r.vcisoBreakdown;
        expect(
          cents(ft.salaryAndBenefits) +
            cents(ft.recruiterFees) +
            cents(ft.interimCover) +
            cents(ft.tooling) +
            cents(ft.fullTimeCio),
        ).toBe(cents(r.fullTimeCiso.total));
        expect(
          cents(v.retainer) +
            cents(v.onboarding) +
            cents(v.onDemand) +
            cents(v.project) +
            cents(v.yearlyRefresh) +
            cents(v.incident) +
            cents(v.fractionalCio),
        ).toBe(cents(r.vciso.total));
        expect(cents(r.difference)).toBe(cents(r.fullTimeCiso.total) - cents(r.vciso.total));
        // A fractional CIO alone is compared with a CIO alone: no CISO, so no CISO vacancy.
        if (plan.engagement !== 'fractional-cio') {
          expect(ft.vacantMonths).toBeGreaterThanOrEqual(Math.min(a.monthsToHire, a.horizonMonths));
        }
        expect(ft.vacantMonths).toBeLessThanOrEqual(a.horizonMonths);
      }),
    );
  });

  it('never makes full-time cheaper when the salary rises', () => {
    const { max } = ASSUMPTION_LIMITS.cisoBaseSalary;
    fc.assert(
      fc.property(validAssumptions, fc.double({ min: 0, max, noNaN: true }), (a, raise) => {
        const higher = { ...a, cisoBaseSalary: Math.min(max, a.cisoBaseSalary + raise) };
        const before = computeCosts(a, noFcio).fullTimeCiso;
        const after = computeCosts(higher, noFcio).fullTimeCiso;
        after.cumulative.forEach((v, i) =>
          expect(v).toBeGreaterThanOrEqual(before.cumulative[i] ?? 0),
        );
      }),
    );
  });

  it('never makes the vCISO cheaper when the retainer rises', () => {
    const { max } = ASSUMPTION_LIMITS.vcisoMonthlyRetainer;
    fc.assert(
      fc.property(validAssumptions, fc.double({ min: 0, max, noNaN: true }), (a, raise) => {
        const higher = {
          ...a,
          vcisoMonthlyRetainer: Math.min(max, a.vcisoMonthlyRetainer + raise),
        };
        const before = computeCosts(a, noFcio).vciso;
        const after = computeCosts(higher, noFcio).vciso;
        after.cumulative.forEach((v, i) =>
          expect(v).toBeGreaterThanOrEqual(before.cumulative[i] ?? 0),
        );
      }),
    );
  });

  it('returns the same result for the same inputs and leaves them untouched', () => {
    fc.assert(
      fc.property(validAssumptions, planArb, (a, plan) => {
        const copy = { ...a };
        const first = computeCosts(a, plan);
        expect(computeCosts(copy, plan)).toEqual(first);
        expect(a).toEqual(copy);
      }),
    );
  });

  it('reports every crossing, and only where the cumulative order really changes', () => {
    fc.assert(
      fc.property(validAssumptions, planArb, (a, plan) => {
        const r = computeCosts(a, plan);
        const sign = (m: number) =>
          Math.sign(cents(r.fullTimeCiso.cumulative[m] ?? 0) - cents(r.vciso.cumulative[m] ?? 0));
        const expected: { month: number; higherAfter: string }[] = [];
        let last = 0;
        for (let m = 1; m <= a.horizonMonths; m++) {
          const now = sign(m);
          if (now === 0) continue;
          if (last !== 0 && now !== last) {
            expected.push({ month: m, higherAfter: now > 0 ? 'full-time' : 'vciso' });
          }
          last = now;
        }
        expect(r.crossings).toEqual(expected);
      }),
    );
  });
});
