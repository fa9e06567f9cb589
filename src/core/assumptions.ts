import { PROJECT_SPECS } from './engagements';
import {
  FULL_TIME_COMPARISON,
  HORIZONS,
  ValidationError,
  type AssumptionSource,
  type Assumptions,
  type Config,
  type CostComparison,
  type CustomerDemands,
  type FieldIssue,
  type NumberAssumption,
  type ProjectKind,
  type Result,
  type RetainerTier,
  type SecurityVerdict,
} from './types';

/** How a field's value is shown and bounded in messages and inputs. */
export type AssumptionUnit = 'currency' | 'multiplier' | 'percent' | 'months' | 'hours';

/** Bounds, whole-number rule, label and unit of one assumption. */
export interface AssumptionLimit {
  min: number;
  max: number;
  integer: boolean;
  label: string;
  unit: AssumptionUnit;
}

/**
 * The cost model's defaults. Each has a source in defaultAssumptionSources and in
 * docs/methodology.md (section 5); the retainer is the demo MSP's 25–75 staff tier (config.ts).
 */
export const defaultAssumptions: Assumptions = {
  horizonMonths: 36,
  cisoBaseSalary: 250_000,
  benefitsLoad: 1.3,
  recruiterFeeRate: 0.3,
  monthsToHire: 4,
  tenureMonths: 30,
  annualIncrease: 0.03,
  vcisoMonthlyRetainer: 5_250,
  vcisoOnboardingFee: 5_000,
  onDemandHoursPerMonth: 0,
  onDemandHourlyRate: 300,
  fractionalCioMonthly: 3_000,
  cisoToolingBudget: 20_000,
  interimCoverMonthly: 0,
  cioBaseSalary: 250_000,
  projectHoursPerMonth: 12,
  projectMonths: 4,
  yearlyRefreshHours: 0,
  incidentHours: 40,
  compareWithFullTime: 'auto',
};

/**
 * The assumptions added after the first stored shape (records, hand-off files and share links of
 * scoring 1.0.0 lack them). A saved set without them is filled from this prospect's defaults and
 * the result says which were filled (see fillAssumptions).
 */
export const ADDED_ASSUMPTIONS = [
  'cisoToolingBudget',
  'interimCoverMonthly',
  'cioBaseSalary',
  'projectHoursPerMonth',
  'projectMonths',
  'yearlyRefreshHours',
  'incidentHours',
  'compareWithFullTime',
] as const satisfies readonly (keyof Assumptions)[];

/** Where each default comes from, in words a prospect understands. */
export const defaultAssumptionSources: Record<keyof Assumptions, AssumptionSource> = {
  horizonMonths: {
    source: 'Our choice of view: three years covers a typical CISO stay of two to three years',
    isAssumption: true,
  },
  cisoBaseSalary: {
    source:
      'Our reading of vendor estimates for a CISO at a smaller firm (base pay $180K–$350K); we ' +
      'use $250K. Published survey averages for all CISOs are far higher',
    isAssumption: true,
  },
  benefitsLoad: {
    source:
      'Vendor estimates add 30–40% for benefits; federal data show 36–54% for all workers, ' +
      'less for executives because payroll taxes are capped',
    isAssumption: false,
  },
  recruiterFeeRate: {
    source: 'Published executive search fees: 25–35% of first-year pay, one third typical',
    isAssumption: false,
  },
  monthsToHire: {
    source: 'Published time to hire a CISO: 3–6 months; a retained search takes 90–120 days',
    isAssumption: false,
  },
  tenureMonths: {
    source:
      'Our reading of published tenure figures (often quoted 18–26 months, a 2024 survey ' +
      'median of 35 months): a re-hire every two and a half years',
    isAssumption: true,
  },
  annualIncrease: {
    source: 'Our assumption, not a published figure: 3% a year on pay and fees alike',
    isAssumption: true,
  },
  vcisoMonthlyRetainer: {
    source:
      'Published vCISO pricing for 25–75 staff: $4,000–$6,500 a month for 10–15 hours ' +
      "(vendor estimate); your provider's tier for your size replaces it",
    isAssumption: false,
  },
  vcisoOnboardingFee: {
    source:
      'Our assumption: the low end of a $5K–$25K project range we could not confirm elsewhere',
    isAssumption: true,
  },
  onDemandHoursPerMonth: {
    source: 'Our assumption: none; add hours if you expect questionnaires or incidents',
    isAssumption: true,
  },
  onDemandHourlyRate: {
    source: 'Our assumption, inside the $250–$800 an hour implied by published vCISO pricing',
    isAssumption: true,
  },
  fractionalCioMonthly: {
    source:
      'Published MSP virtual-CIO packages: $1,500–$5,000 a month (independent fractional CIOs ' +
      '$5,000–$10,000)',
    isAssumption: false,
  },
  cisoToolingBudget: {
    source:
      'Vendor estimates of a full-time CISO’s tooling, training and certification budget: ' +
      '$20K–$60K a year; we use the low end (vendor figures, not corroborated elsewhere)',
    isAssumption: true,
  },
  interimCoverMonthly: {
    source:
      'None unless the recommendation advises interim cover during the search; then the vCISO ' +
      'retainer for your size',
    isAssumption: true,
  },
  cioBaseSalary: {
    source: 'Published figure for a full-time CIO: about $250K base (about $387.5K loaded)',
    isAssumption: false,
  },
  projectHoursPerMonth: {
    source: 'The middle of the project’s published or assumed hours a month (see the method)',
    isAssumption: true,
  },
  projectMonths: {
    source: 'The middle of the project’s published or assumed length (see the method)',
    isAssumption: true,
  },
  yearlyRefreshHours: {
    source: '8–16 hours a year where the rule asks for a yearly refresh; we use 12',
    isAssumption: true,
  },
  incidentHours: {
    source: 'A first incident-response engagement of about 40 hours',
    isAssumption: true,
  },
  compareWithFullTime: {
    source:
      'Our rule: compared by default from 250 staff, with a full-time mandate or a full-time ' +
      'recommendation',
    isAssumption: true,
  },
};

/**
 * Sane bounds for every assumption. They keep 60 months of the largest inputs far inside safe
 * integer cents, and reject values no prospect could mean (a 0% load, a 30-year search).
 */
export const ASSUMPTION_LIMITS: Record<NumberAssumption, AssumptionLimit> = {
  horizonMonths: { min: 12, max: 60, integer: true, label: 'Time horizon', unit: 'months' },
  cisoBaseSalary: {
    min: 10_000,
    max: 5_000_000,
    integer: false,
    label: 'CISO base salary',
    unit: 'currency',
  },
  benefitsLoad: { min: 1, max: 3, integer: false, label: 'Benefits load', unit: 'multiplier' },
  recruiterFeeRate: { min: 0, max: 1, integer: false, label: 'Recruiter fee', unit: 'percent' },
  monthsToHire: { min: 0, max: 24, integer: true, label: 'Months to hire', unit: 'months' },
  tenureMonths: { min: 1, max: 240, integer: true, label: 'CISO tenure', unit: 'months' },
  // No negative rate: no source supports falling executive pay, and a price cut is better shown
  // by lowering the retainer itself. 50% a year is far above any plausible wage growth.
  annualIncrease: { min: 0, max: 0.5, integer: false, label: 'Yearly increase', unit: 'percent' },
  vcisoMonthlyRetainer: {
    min: 0,
    max: 1_000_000,
    integer: false,
    label: 'vCISO monthly retainer',
    unit: 'currency',
  },
  vcisoOnboardingFee: {
    min: 0,
    max: 1_000_000,
    integer: false,
    label: 'vCISO onboarding fee',
    unit: 'currency',
  },
  onDemandHoursPerMonth: {
    min: 0,
    max: 200,
    integer: false,
    label: 'On-demand hours per month',
    unit: 'hours',
  },
  // An hourly rate, not a fee: 10,000 is more than ten times the top published rate.
  onDemandHourlyRate: {
    min: 0,
    max: 10_000,
    integer: false,
    label: 'On-demand hourly rate',
    unit: 'currency',
  },
  fractionalCioMonthly: {
    min: 0,
    max: 1_000_000,
    integer: false,
    label: 'Fractional CIO monthly fee',
    unit: 'currency',
  },
  cisoToolingBudget: {
    min: 0,
    max: 5_000_000,
    integer: false,
    label: 'CISO tooling and training, a year',
    unit: 'currency',
  },
  interimCoverMonthly: {
    min: 0,
    max: 1_000_000,
    integer: false,
    label: 'Interim cover while the seat is empty, a month',
    unit: 'currency',
  },
  cioBaseSalary: {
    min: 10_000,
    max: 5_000_000,
    integer: false,
    label: 'Full-time CIO base salary',
    unit: 'currency',
  },
  projectHoursPerMonth: {
    min: 0,
    max: 200,
    integer: false,
    label: 'Project hours per month',
    unit: 'hours',
  },
  projectMonths: { min: 1, max: 60, integer: true, label: 'Project length', unit: 'months' },
  yearlyRefreshHours: {
    min: 0,
    max: 500,
    integer: false,
    label: 'Yearly refresh hours',
    unit: 'hours',
  },
  incidentHours: {
    min: 0,
    max: 2_000,
    integer: false,
    label: 'Incident-response hours',
    unit: 'hours',
  },
};

/** The number keys, in the order above. */
export const NUMBER_ASSUMPTIONS = Object.keys(ASSUMPTION_LIMITS) as NumberAssumption[];
const ASSUMPTION_KEYS: (keyof Assumptions)[] = [...NUMBER_ASSUMPTIONS, 'compareWithFullTime'];

/** The comparison choice's label, for messages and the scenario's list of changes. */
export const COMPARISON_LABEL = 'Comparison with a full-time hire';

/** An assumption's label, number or choice. */
export function assumptionLabel(key: keyof Assumptions): string {
  return key === 'compareWithFullTime' ? COMPARISON_LABEL : ASSUMPTION_LIMITS[key].label;
}

/** The tier whose staff bound covers the head count; tiers must be ascending with a null last. */
export function retainerTierFor(employees: number, tiers: readonly RetainerTier[]): RetainerTier {
  if (!Number.isFinite(employees) || employees < 0) {
    throw new RangeError(`Head count must be a finite number of at least 0, got ${employees}`);
  }
  const tier = tiers.find((t) => t.maxEmployees === null || employees <= t.maxEmployees);
  if (!tier) throw new RangeError('Retainer tiers must end with an open tier (maxEmployees null)');
  return tier;
}

/** The fractional-CIO fee for this head count: the MSP's tier where it has tiers, else its flat fee. */
export function fractionalCioFeeFor(employees: number, pricing: Config['pricing']): number {
  const tiers = pricing.fractionalCioTiers;
  if (!tiers || tiers.length === 0) return pricing.fractionalCioMonthly;
  const tier = tiers.find((t) => t.maxEmployees === null || employees <= t.maxEmployees);
  return tier?.monthlyFee ?? pricing.fractionalCioMonthly;
}

/** What the defaults depend on beyond the head count: the verdict being priced. */
export interface PricingContext {
  security: SecurityVerdict;
  project: ProjectKind | null;
  yearlyRefresh: boolean;
  customerDemands: CustomerDemands;
}

/** Questionnaire support beside a retainer: the low end of the published 8–16 hours a month. */
export const QUESTIONNAIRE_ON_DEMAND_HOURS = 8;
/** The hours a year of a yearly refresh (our assumption, 8–16). */
export const YEARLY_REFRESH_DEFAULT_HOURS = 12;

const middle = (r: { min: number; max: number }): number => Math.round((r.min + r.max) / 2);

/**
 * Defaults with the MSP's own prices (the retainer and fractional-CIO fee for this head count,
 * onboarding, hourly rate) and, given the verdict, the engagement's own shape: the project's
 * hours and months, its yearly refresh, questionnaire hours beside a retainer, and interim cover
 * where the recommendation advises it.
 */
export function assumptionsFor(
  employees: number,
  config: Config,
  context: PricingContext | null = null,
): Assumptions {
  const { pricing } = config;
  const retainer = retainerTierFor(employees, pricing.retainerTiers).monthlyFee;
  const base: Assumptions = {
    ...defaultAssumptions,
    vcisoMonthlyRetainer: retainer,
    vcisoOnboardingFee: pricing.vcisoOnboardingFee,
    onDemandHourlyRate: pricing.hourlyRate,
    fractionalCioMonthly: fractionalCioFeeFor(employees, pricing),
  };
  if (!context) return base;
  const spec = context.project ? PROJECT_SPECS[context.project] : null;
  return {
    ...base,
    interimCoverMonthly: context.security === 'full-time-ciso' ? retainer : 0,
    onDemandHoursPerMonth:
      context.security === 'vciso-retainer' && context.customerDemands === 'questionnaires'
        ? QUESTIONNAIRE_ON_DEMAND_HOURS
        : 0,
    projectHoursPerMonth: spec ? middle(spec.hoursPerMonth) : base.projectHoursPerMonth,
    projectMonths: spec ? middle(spec.months) : base.projectMonths,
    yearlyRefreshHours: context.yearlyRefresh ? YEARLY_REFRESH_DEFAULT_HOURS : 0,
  };
}

let plainFormat: Intl.NumberFormat | null = null;

/** Made on first use: the page's first Intl object starts ICU, which the first screen should not wait for. */
function plain(): Intl.NumberFormat {
  plainFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return plainFormat;
}

function formatBound(value: number, unit: AssumptionUnit): string {
  // Percent fields hold fractions (0.3) but people read them as 30%.
  return unit === 'percent' ? `${plain().format(value * 100)}%` : plain().format(value);
}

function checkField(key: keyof Assumptions, value: unknown): string | null {
  if (key === 'compareWithFullTime') {
    return (FULL_TIME_COMPARISON as readonly unknown[]).includes(value)
      ? null
      : `${COMPARISON_LABEL} must be "auto", "on" or "off"`;
  }
  const { label, min, max, integer, unit } = ASSUMPTION_LIMITS[key];
  if (value === undefined) return `${label} is required`;
  if (typeof value !== 'number') return `${label} must be a number`;
  if (!Number.isFinite(value)) return `${label} must be a finite number`;
  if (key === 'horizonMonths') {
    return (HORIZONS as readonly number[]).includes(value)
      ? null
      : `${label} must be ${HORIZONS.slice(0, -1).join(', ')} or ${HORIZONS.at(-1)} months`;
  }
  if (value < min) return `${label} must be at least ${formatBound(min, unit)}`;
  if (value > max) return `${label} must be at most ${formatBound(max, unit)}`;
  if (integer && !Number.isInteger(value)) return `${label} must be a whole number`;
  return null;
}

/** Checks every field (required, finite, in bounds, whole where needed) and reports all bad ones. */
export function validateAssumptions(raw: unknown): Result<Assumptions> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [{ field: '(assumptions)', message: 'Assumptions must be an object' }],
    };
  }
  const record = raw as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const key of ASSUMPTION_KEYS) {
    const message = checkField(key, record[key]);
    if (message) issues.push({ field: key, message });
  }
  for (const key of Object.keys(record)) {
    if (!(ASSUMPTION_KEYS as string[]).includes(key))
      issues.push({ field: key, message: `Unknown field "${key}"` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const value = Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, record[k]])) as unknown;
  return { ok: true, value: value as Assumptions };
}

/**
 * A saved set of assumptions from before ADDED_ASSUMPTIONS existed, brought up to today's shape:
 * each missing added key takes the given defaults' value (this prospect's), and `filled` names
 * them so the page can say so. Anything else wrong is reported as by validateAssumptions; a set
 * that already has every key is checked as it is.
 */
export function fillAssumptions(
  raw: unknown,
  defaults: Assumptions,
): Result<{ assumptions: Assumptions; filled: (keyof Assumptions)[] }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const checked = validateAssumptions(raw);
    return checked.ok ? { ok: true, value: { assumptions: checked.value, filled: [] } } : checked;
  }
  const record = { ...(raw as Record<string, unknown>) };
  const filled: (keyof Assumptions)[] = [];
  for (const key of ADDED_ASSUMPTIONS) {
    if (record[key] === undefined) {
      record[key] = defaults[key];
      filled.push(key);
    }
  }
  const checked = validateAssumptions(record);
  return checked.ok ? { ok: true, value: { assumptions: checked.value, filled } } : checked;
}

/** The assumptions as saved: a set saved before ADDED_ASSUMPTIONS existed lacks those keys. */
export type SavedAssumptions = Omit<Assumptions, (typeof ADDED_ASSUMPTIONS)[number]> &
  Partial<Pick<Assumptions, (typeof ADDED_ASSUMPTIONS)[number]>>;

/**
 * A saved set of assumptions from outside (storage, a hand-off file, a share link, the flow):
 * every key present must be valid, and only the added keys may be missing (they are filled from
 * the prospect's defaults when priced).
 */
export function validateSavedAssumptions(raw: unknown): Result<SavedAssumptions> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return validateAssumptions(raw);
  }
  const record = raw as Record<string, unknown>;
  const probe = { ...record };
  for (const key of ADDED_ASSUMPTIONS)
    if (probe[key] === undefined) probe[key] = defaultAssumptions[key];
  const checked = validateAssumptions(probe);
  if (!checked.ok) return checked;
  const value: Record<string, unknown> = { ...checked.value };
  for (const key of ADDED_ASSUMPTIONS) if (record[key] === undefined) delete value[key];
  return { ok: true, value: value as SavedAssumptions };
}

/** True when a saved set lacks some of the added keys (a set saved before they existed). */
export function lacksAddedAssumptions(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  return ADDED_ASSUMPTIONS.some((k) => (raw as Record<string, unknown>)[k] === undefined);
}

/** validateAssumptions that throws ValidationError('Assumptions', issues) on bad input. */
export function parseAssumptions(raw: unknown): Assumptions {
  const result = validateAssumptions(raw);
  if (!result.ok) throw new ValidationError('Assumptions', result.issues);
  return result.value;
}

/** The assumptions that price one comparison, by group, in the order the form and PDF show them. */
export interface PricingGroups {
  /** What prices the recommended engagement (or the reference retainer). */
  engagement: NumberAssumption[];
  /** The fractional CIO's fee, when one is recommended. */
  fractionalCio: NumberAssumption[];
  /** The full-time hire's figures, while the comparison is drawn. */
  fullTime: NumberAssumption[];
  /** What applies to every line. */
  everyPath: NumberAssumption[];
}

/** Which assumptions move the lines of this comparison: the rest would change nothing shown. */
export function pricingGroups(
  c: Pick<CostComparison, 'engagement' | 'includesFractionalCio' | 'compareWithFullTime'>,
): PricingGroups {
  const engagement: NumberAssumption[] =
    c.engagement === 'project'
      ? ['projectHoursPerMonth', 'projectMonths', 'yearlyRefreshHours', 'onDemandHourlyRate']
      : c.engagement === 'incident'
        ? ['incidentHours', 'onDemandHourlyRate']
        : c.engagement === 'fractional-cio'
          ? []
          : [
              'vcisoMonthlyRetainer',
              'vcisoOnboardingFee',
              'onDemandHoursPerMonth',
              'onDemandHourlyRate',
            ];
  const fullTime: NumberAssumption[] = c.compareWithFullTime
    ? [
        'cisoBaseSalary',
        'benefitsLoad',
        'recruiterFeeRate',
        'monthsToHire',
        'tenureMonths',
        'interimCoverMonthly',
        'cisoToolingBudget',
        ...(c.includesFractionalCio ? (['cioBaseSalary'] as const) : []),
      ]
    : [];
  return {
    engagement,
    fractionalCio: c.includesFractionalCio ? ['fractionalCioMonthly'] : [],
    fullTime,
    everyPath: ['annualIncrease'],
  };
}
