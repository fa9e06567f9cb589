import type { Assumptions, CostComparison, CostSeries } from './types';

/**
 * Rounds an amount to whole cents. The toPrecision step strips binary noise first, so an exact
 * half cent (5,250 × 1.03² = 5,569.725) rounds up as a person working by hand would round it.
 */
function toCents(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(15)));
}

/** Builds a series from whole-cent monthly amounts; summing integers keeps totals exact. */
function seriesFromCents(monthlyCents: readonly number[]): CostSeries {
  const cumulative: number[] = [];
  let running = 0;
  for (const cents of monthlyCents) {
    running += cents;
    cumulative.push(running / 100);
  }
  return { cumulative, monthly: monthlyCents.map((c) => c / 100), total: running / 100 };
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}

/** Month m's multiplier for the yearly increase: steps up in months 13, 25, 37, 49. */
function growthFactor(a: Assumptions, month: number): number {
  return (1 + a.annualIncrease) ** Math.floor((month - 1) / 12);
}

interface FullTimeCents {
  salary: number[];
  fees: number[];
  vacantMonths: number;
}

/** Search, vacancy, tenure, repeat: the full-time path in whole cents per month. */
function fullTimePath(a: Assumptions): FullTimeCents {
  const horizon = a.horizonMonths;
  const salary = new Array<number>(horizon + 1).fill(0);
  const fees = new Array<number>(horizon + 1).fill(0);
  let vacantMonths = 0;
  // tenureMonths ≥ 1 (validated), so every cycle moves the search start forward.
  for (let start = 1; start <= horizon; start += a.monthsToHire + a.tenureMonths) {
    const fee = toCents(a.recruiterFeeRate * (a.cisoBaseSalary * growthFactor(a, start)));
    const third = Math.floor(fee / 3);
    const instalments: [month: number, cents: number][] = [
      [start, third],
      [start + Math.floor(a.monthsToHire / 2), third],
      // The last third takes the remainder so the three add up to the fee exactly.
      [start + a.monthsToHire, fee - 2 * third],
    ];
    for (const [month, cents] of instalments) {
      if (month <= horizon) fees[month] = (fees[month] ?? 0) + cents;
    }
    const hire = start + a.monthsToHire;
    vacantMonths += Math.min(hire, horizon + 1) - start;
    const leave = Math.min(hire + a.tenureMonths, horizon + 1);
    for (let month = hire; month < leave; month++) {
      const base = a.cisoBaseSalary * growthFactor(a, month);
      salary[month] = toCents((base / 12) * a.benefitsLoad);
    }
  }
  return { salary, fees, vacantMonths };
}

/** Whole cents of a monthly figure that rises each year, for months 1..horizon (index 0 = 0). */
function monthlyFromOne(a: Assumptions, figure: (growth: number) => number): number[] {
  const cents = [0];
  for (let month = 1; month <= a.horizonMonths; month++) {
    cents.push(toCents(figure(growthFactor(a, month))));
  }
  return cents;
}

function addCents(...series: readonly (readonly number[])[]): number[] {
  const first = series[0] ?? [];
  return first.map((_, i) => sum(series.map((s) => s[i] ?? 0)));
}

/** First month ≥ 2 whose cumulative order differs from the first non-tied month's; else null. */
function crossoverMonth(
  fullTimeCents: readonly number[],
  vcisoCents: readonly number[],
): number | null {
  let ft = 0;
  let v = 0;
  let firstSign = 0;
  for (let month = 1; month < fullTimeCents.length; month++) {
    ft += fullTimeCents[month] ?? 0;
    v += vcisoCents[month] ?? 0;
    const sign = Math.sign(ft - v);
    if (sign === 0) continue;
    if (firstSign === 0) firstSign = sign;
    else if (sign !== firstSign) return month;
  }
  return null;
}

/**
 * Full-time CISO against vCISO (and optionally a fractional CIO), month by month over the
 * horizon. Pure: every amount is rounded to cents once per month, so totals, breakdowns and
 * cumulative lines agree to the cent. See docs/methodology.md (section 5) for the rules and sources.
 */
export function computeCosts(
  a: Assumptions,
  options: { includeFractionalCio: boolean },
): CostComparison {
  const ft = fullTimePath(a);
  const fullTimeCents = addCents(ft.salary, ft.fees);

  const retainer = monthlyFromOne(a, (g) => a.vcisoMonthlyRetainer * g);
  const onDemand = monthlyFromOne(a, (g) => a.onDemandHoursPerMonth * (a.onDemandHourlyRate * g));
  const onboarding = retainer.map((_, month) => (month === 1 ? toCents(a.vcisoOnboardingFee) : 0));
  const vcisoCents = addCents(retainer, onboarding, onDemand);

  const fullTimeCiso = seriesFromCents(fullTimeCents);
  const vciso = seriesFromCents(vcisoCents);
  const fullTimeTotalCents = sum(fullTimeCents);
  const vcisoTotalCents = sum(vcisoCents);

  return {
    horizonMonths: a.horizonMonths,
    fullTimeCiso,
    vciso,
    fractionalCio: options.includeFractionalCio
      ? seriesFromCents(monthlyFromOne(a, (g) => a.fractionalCioMonthly * g))
      : null,
    difference: (fullTimeTotalCents - vcisoTotalCents) / 100,
    // A share of nothing has no meaning; null tells the page to say so rather than show ∞.
    shareOfFullTime: fullTimeTotalCents > 0 ? vcisoTotalCents / fullTimeTotalCents : null,
    crossoverMonth: crossoverMonth(fullTimeCents, vcisoCents),
    fullTimeBreakdown: {
      salaryAndBenefits: sum(ft.salary) / 100,
      recruiterFees: sum(ft.fees) / 100,
      vacantMonths: ft.vacantMonths,
    },
    vcisoBreakdown: {
      retainer: sum(retainer) / 100,
      onboarding: sum(onboarding) / 100,
      onDemand: sum(onDemand) / 100,
    },
  };
}
