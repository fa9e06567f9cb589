/**
 * What the quick check's likely engagement costs: a month (and once), from the cost model at the
 * MSP's prices for the firm's size, as a range wherever one figure would not be honest (a
 * project's hours, questionnaire support beside a retainer, a CISO's salary). See
 * docs/methodology.md, section 6.2.
 */
import { assumptionsFor } from './assumptions';
import { costPlanFor } from './assess';
import { computeCosts } from './cost-model';
import { PROJECT_SPECS } from './engagements';
import type {
  Assumptions,
  Config,
  DiscoveryAnswers,
  MonthsRange,
  NothingToPrice,
  NumberAssumption,
  PricedEngagement,
  Recommendation,
} from './types';

/** An amount of money at both ends of what is assumed; min = max where one figure is honest. */
export interface MoneyRange {
  min: number;
  max: number;
}

/** What the likely engagement costs, at the MSP's prices for the firm's size. */
export interface QuickCost {
  /** What is priced (see CostComparison.engagement); 'none' prices nothing. */
  engagement: PricedEngagement;
  nothingToPrice: NothingToPrice | null;
  includesFractionalCio: boolean;
  /**
   * What it costs a month in the first year: the retainer (with any on-demand hours) or the
   * project's hours, plus a fractional CIO's fee when included; for a full-time hire, the CISO's
   * salary with benefits and tooling. Null when nothing is billed by the month.
   */
  monthly: MoneyRange | null;
  /** Billed once: the retainer's onboarding fee, or a first incident response. Null when none. */
  oneTime: MoneyRange | null;
  /** How many months the monthly cost runs (a project); null when it is ongoing or nothing. */
  months: MonthsRange | null;
  /** The assumptions whose published or assumed range the figures span. */
  varies: NumberAssumption[];
  /** The assumptions priced (this prospect's defaults for the likely verdict). */
  assumptions: Assumptions;
}

/**
 * A full-time CISO's base pay at a smaller firm, as vendor estimates put it [33][34] (facts §3:
 * $180K–$320K and $200K–$350K); defaultAssumptionSources quotes the same range. A single salary
 * would not be honest in a result from a dozen answers.
 */
export const CISO_BASE_SALARY_RANGE: MoneyRange = { min: 180_000, max: 350_000 };

/** What the likely engagement costs a month (and once), from the cost model at this firm's prices. */
export function quickCost(rec: Recommendation, d: DiscoveryAnswers, config: Config): QuickCost {
  const plan = costPlanFor(rec, d);
  const assumptions = assumptionsFor(d.employees, config, {
    security: rec.security,
    project: rec.project?.kind ?? null,
    yearlyRefresh: rec.project?.yearlyRefresh ?? false,
    customerDemands: d.customerDemands,
  });
  const costs = (a: Assumptions) => computeCosts(a, plan);
  const month = (a: Assumptions, m: number): number => costs(a).vciso.monthly[m] ?? 0;
  const base = {
    engagement: plan.engagement,
    nothingToPrice: plan.engagement === 'none' ? (plan.nothingToPrice ?? 'no-engagement') : null,
    includesFractionalCio: plan.includesFractionalCio,
    assumptions,
  };
  const none = { monthly: null, oneTime: null, months: null, varies: [] };
  switch (plan.engagement) {
    case 'retainer': {
      // Month 2: month 1 also carries the onboarding fee, shown apart as a one-time cost.
      const questionnaires = assumptions.onDemandHoursPerMonth > 0;
      const high = questionnaires
        ? {
            ...assumptions,
            onDemandHoursPerMonth: PROJECT_SPECS['questionnaire-support'].hoursPerMonth.max,
          }
        : assumptions;
      return {
        ...base,
        monthly: { min: month(assumptions, 2), max: month(high, 2) },
        oneTime: { min: assumptions.vcisoOnboardingFee, max: assumptions.vcisoOnboardingFee },
        months: null,
        varies: questionnaires ? ['onDemandHoursPerMonth'] : [],
      };
    }
    case 'project': {
      const project = rec.project;
      if (!project) throw new Error('A project verdict carries its project (recommend()).');
      const at = (hours: number) => month({ ...assumptions, projectHoursPerMonth: hours }, 1);
      return {
        ...base,
        monthly: { min: at(project.hoursPerMonth.min), max: at(project.hoursPerMonth.max) },
        oneTime: null,
        months: { ...project.months },
        varies: ['projectHoursPerMonth', 'projectMonths'],
      };
    }
    case 'incident': {
      const first = costs(assumptions).vcisoBreakdown.incident;
      return { ...base, ...none, oneTime: { min: first, max: first } };
    }
    case 'fractional-cio': {
      const fee = month(assumptions, 1);
      return { ...base, ...none, monthly: { min: fee, max: fee } };
    }
    case 'full-time': {
      const inPost = (salary: number): number =>
        Math.round(
          ((salary * assumptions.benefitsLoad + assumptions.cisoToolingBudget) / 12) * 100,
        ) / 100;
      return {
        ...base,
        ...none,
        monthly: {
          min: inPost(CISO_BASE_SALARY_RANGE.min),
          max: inPost(CISO_BASE_SALARY_RANGE.max),
        },
        varies: ['cisoBaseSalary'],
      };
    }
    case 'none':
      return { ...base, ...none };
  }
}
