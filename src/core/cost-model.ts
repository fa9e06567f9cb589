import type {
  Assumptions,
  CostComparison,
  CostCrossing,
  CostSeries,
  NothingToPrice,
  PricedEngagement,
} from './types';

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
  interim: number[];
  tooling: number[];
  vacantMonths: number;
}

/**
 * Search, vacancy, tenure, repeat: one full-time executive's path in whole cents per month. The
 * CISO's path also pays interim cover while the seat is empty and a tooling and training budget
 * while someone is in post; a CIO's passes 0 for both.
 */
function fullTimePath(
  a: Assumptions,
  baseSalary: number,
  interimMonthly: number,
  toolingYearly: number,
  /** 0 leaves this executive out (every month nothing); 1 prices them. */
  share = 1,
): FullTimeCents {
  const horizon = a.horizonMonths;
  const zeros = (): number[] => new Array<number>(horizon + 1).fill(0);
  const salary = zeros();
  const fees = zeros();
  const interim = zeros();
  const tooling = zeros();
  let vacantMonths = 0;
  if (share === 0) return { salary, fees, interim, tooling, vacantMonths };
  // tenureMonths ≥ 1 (validated), so every cycle moves the search start forward.
  for (let start = 1; start <= horizon; start += a.monthsToHire + a.tenureMonths) {
    const fee = toCents(a.recruiterFeeRate * (baseSalary * growthFactor(a, start)));
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
    for (let month = start; month < Math.min(hire, horizon + 1); month++) {
      interim[month] = toCents(interimMonthly * growthFactor(a, month));
    }
    const leave = Math.min(hire + a.tenureMonths, horizon + 1);
    for (let month = hire; month < leave; month++) {
      const g = growthFactor(a, month);
      salary[month] = toCents(((baseSalary * g) / 12) * a.benefitsLoad);
      tooling[month] = toCents((toolingYearly * g) / 12);
    }
  }
  return { salary, fees, interim, tooling, vacantMonths };
}

/** Whole cents of a figure billed only in the given months (index 0 = month 0), rising yearly. */
function inMonths(
  a: Assumptions,
  billed: (month: number) => boolean,
  figure: (growth: number) => number,
): number[] {
  const cents = [0];
  for (let month = 1; month <= a.horizonMonths; month++) {
    cents.push(billed(month) ? toCents(figure(growthFactor(a, month))) : 0);
  }
  return cents;
}

/** Whole cents of a monthly figure that rises each year, for months 1..horizon (index 0 = 0). */
function monthlyFromOne(a: Assumptions, figure: (growth: number) => number): number[] {
  return inMonths(a, () => true, figure);
}

function addCents(...series: readonly (readonly number[])[]): number[] {
  const first = series[0] ?? [];
  return first.map((_, i) => sum(series.map((s) => s[i] ?? 0)));
}

/** Every month where the cumulative order changes (ties keep the order they interrupt). */
function crossingsOf(
  fullTimeCents: readonly number[],
  vcisoCents: readonly number[],
): CostCrossing[] {
  const out: CostCrossing[] = [];
  let ft = 0;
  let v = 0;
  let last = 0;
  for (let month = 1; month < fullTimeCents.length; month++) {
    ft += fullTimeCents[month] ?? 0;
    v += vcisoCents[month] ?? 0;
    const sign = Math.sign(ft - v);
    if (sign === 0) continue;
    if (last !== 0 && sign !== last) {
      out.push({ month, higherAfter: sign > 0 ? 'full-time' : 'vciso' });
    }
    last = sign;
  }
  return out;
}

/** What the engine recommended, as the cost model needs it (see costPlanFor in assess.ts). */
export interface CostPlan {
  engagement: PricedEngagement;
  /** Why nothing is priced, for engagement 'none' (see CostComparison.nothingToPrice). */
  nothingToPrice?: NothingToPrice | null;
  includesFractionalCio: boolean;
  /** Whether the full-time line is compared when the prospect has not chosen ('auto'). */
  compareByDefault: boolean;
  /** False where a full-time hire is rarely realistic (below 250 staff, no full-time basis). */
  fullTimeRealistic: boolean;
}

/** The fractional side, in whole cents per month, by part. */
function fractionalParts(a: Assumptions, plan: CostPlan) {
  const none = monthlyFromOne(a, () => 0);
  const reference = plan.engagement === 'full-time' || plan.engagement === 'none';
  const retainerShaped = plan.engagement === 'retainer' || reference;
  const retainer = retainerShaped ? monthlyFromOne(a, (g) => a.vcisoMonthlyRetainer * g) : none;
  const onboarding = retainerShaped
    ? retainer.map((_, month) => (month === 1 ? toCents(a.vcisoOnboardingFee) : 0))
    : none;
  const rate = (g: number): number => a.onDemandHourlyRate * g;
  const onDemand =
    plan.engagement === 'fractional-cio' || reference
      ? none
      : monthlyFromOne(a, (g) => a.onDemandHoursPerMonth * rate(g));
  const isProject = plan.engagement === 'project';
  const project = isProject
    ? inMonths(
        a,
        (m) => m <= a.projectMonths,
        (g) => a.projectHoursPerMonth * rate(g),
      )
    : none;
  // The refresh falls on each anniversary of the project's start: months 13, 25, 37, 49.
  const yearlyRefresh = isProject
    ? inMonths(
        a,
        (m) => m > 12 && (m - 1) % 12 === 0,
        (g) => a.yearlyRefreshHours * rate(g),
      )
    : none;
  const incident =
    plan.engagement === 'incident'
      ? inMonths(
          a,
          (m) => m === 1,
          (g) => a.incidentHours * rate(g),
        )
      : none;
  const fractionalCio = plan.includesFractionalCio
    ? monthlyFromOne(a, (g) => a.fractionalCioMonthly * g)
    : none;
  return { retainer, onboarding, onDemand, project, yearlyRefresh, incident, fractionalCio };
}

/**
 * The recommended engagement against a full-time hire, month by month over the horizon. Pure:
 * every amount is rounded to cents once per month, so totals, breakdowns and cumulative lines
 * agree to the cent. See docs/methodology.md (section 5) for the rules and sources.
 */
export function computeCosts(a: Assumptions, plan: CostPlan): CostComparison {
  // A fractional CIO alone is compared with a full-time CIO alone: no CISO on that side.
  const cisoCompared = plan.engagement !== 'fractional-cio';
  const ciso = fullTimePath(
    a,
    a.cisoBaseSalary,
    a.interimCoverMonthly,
    a.cisoToolingBudget,
    cisoCompared ? 1 : 0,
  );
  const cio = plan.includesFractionalCio ? fullTimePath(a, a.cioBaseSalary, 0, 0) : null;
  const cioCents = cio ? addCents(cio.salary, cio.fees) : monthlyFromOne(a, () => 0);
  const fullTimeCents = addCents(ciso.salary, ciso.fees, ciso.interim, ciso.tooling, cioCents);

  const parts = fractionalParts(a, plan);
  const vcisoCents = addCents(...Object.values(parts));

  const fullTimeTotalCents = sum(fullTimeCents);
  const vcisoTotalCents = sum(vcisoCents);
  const compare =
    a.compareWithFullTime === 'auto' ? plan.compareByDefault : a.compareWithFullTime === 'on';

  return {
    horizonMonths: a.horizonMonths,
    engagement: plan.engagement,
    nothingToPrice: plan.engagement === 'none' ? (plan.nothingToPrice ?? 'no-engagement') : null,
    includesFractionalCio: plan.includesFractionalCio,
    compareWithFullTime: compare,
    fullTimeRealistic: plan.fullTimeRealistic,
    fullTimeCiso: seriesFromCents(fullTimeCents),
    vciso: seriesFromCents(vcisoCents),
    fractionalCio: plan.includesFractionalCio ? seriesFromCents(parts.fractionalCio) : null,
    difference: (fullTimeTotalCents - vcisoTotalCents) / 100,
    // A share of nothing has no meaning; null tells the page to say so rather than show ∞.
    shareOfFullTime: fullTimeTotalCents > 0 ? vcisoTotalCents / fullTimeTotalCents : null,
    crossings: crossingsOf(fullTimeCents, vcisoCents),
    fullTimeBreakdown: {
      salaryAndBenefits: sum(ciso.salary) / 100,
      recruiterFees: sum(ciso.fees) / 100,
      vacantMonths: ciso.vacantMonths,
      interimCover: sum(ciso.interim) / 100,
      tooling: sum(ciso.tooling) / 100,
      fullTimeCio: sum(cioCents) / 100,
    },
    vcisoBreakdown: {
      retainer: sum(parts.retainer) / 100,
      onboarding: sum(parts.onboarding) / 100,
      onDemand: sum(parts.onDemand) / 100,
      project: sum(parts.project) / 100,
      yearlyRefresh: sum(parts.yearlyRefresh) / 100,
      incident: sum(parts.incident) / 100,
      fractionalCio: sum(parts.fractionalCio) / 100,
    },
  };
}
