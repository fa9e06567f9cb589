import {
  HORIZONS,
  ValidationError,
  type AssumptionSource,
  type Assumptions,
  type Config,
  type FieldIssue,
  type Result,
  type RetainerTier,
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
};

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
    source: 'Published MSP virtual-CIO packages: $1,500–$5,000 a month',
    isAssumption: false,
  },
};

/**
 * Sane bounds for every assumption. They keep 60 months of the largest inputs far inside safe
 * integer cents, and reject values no prospect could mean (a 0% load, a 30-year search).
 */
export const ASSUMPTION_LIMITS: Record<keyof Assumptions, AssumptionLimit> = {
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
};

const ASSUMPTION_KEYS = Object.keys(ASSUMPTION_LIMITS) as (keyof Assumptions)[];

/** The tier whose staff bound covers the head count; tiers must be ascending with a null last. */
export function retainerTierFor(employees: number, tiers: readonly RetainerTier[]): RetainerTier {
  if (!Number.isFinite(employees) || employees < 0) {
    throw new RangeError(`Head count must be a finite number of at least 0, got ${employees}`);
  }
  const tier = tiers.find((t) => t.maxEmployees === null || employees <= t.maxEmployees);
  if (!tier) throw new RangeError('Retainer tiers must end with an open tier (maxEmployees null)');
  return tier;
}

/** Defaults with the MSP's own prices: the retainer for this head count, onboarding, rates. */
export function assumptionsFor(employees: number, config: Config): Assumptions {
  const { pricing } = config;
  return {
    ...defaultAssumptions,
    vcisoMonthlyRetainer: retainerTierFor(employees, pricing.retainerTiers).monthlyFee,
    vcisoOnboardingFee: pricing.vcisoOnboardingFee,
    onDemandHourlyRate: pricing.hourlyRate,
    fractionalCioMonthly: pricing.fractionalCioMonthly,
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
    if (!Object.hasOwn(ASSUMPTION_LIMITS, key))
      issues.push({ field: key, message: `Unknown field "${key}"` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const value = Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, record[k]])) as unknown;
  return { ok: true, value: value as Assumptions };
}

/** validateAssumptions that throws ValidationError('Assumptions', issues) on bad input. */
export function parseAssumptions(raw: unknown): Assumptions {
  const result = validateAssumptions(raw);
  if (!result.ok) throw new ValidationError('Assumptions', result.issues);
  return result.value;
}
