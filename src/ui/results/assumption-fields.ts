/**
 * The cost assumptions as a person edits them: text in the locale's digits, percentages as
 * "30" for 0.3, and a draft that is either a complete valid Assumptions object or a list of
 * what is wrong with each field. Pure, so the editor stays a thin component.
 */
import {
  ASSUMPTION_LIMITS,
  validateAssumptions,
  type SavedAssumptions,
} from '../../core/assumptions';
import { formatMoney } from '../../core/locale-format';
import { parseNumberInput } from '../../core/number-input';
import {
  HORIZONS,
  type Assumptions,
  type Config,
  type FullTimeComparison,
  type HorizonMonths,
  type NumberAssumption,
} from '../../core/types';

/** The number fields in the order the form shows them; the horizon is a radio group. */
export const NUMBER_FIELDS = [
  'cisoBaseSalary',
  'benefitsLoad',
  'recruiterFeeRate',
  'monthsToHire',
  'tenureMonths',
  'annualIncrease',
  'vcisoMonthlyRetainer',
  'vcisoOnboardingFee',
  'onDemandHoursPerMonth',
  'onDemandHourlyRate',
  'fractionalCioMonthly',
  'cisoToolingBudget',
  'interimCoverMonthly',
  'cioBaseSalary',
  'projectHoursPerMonth',
  'projectMonths',
  'yearlyRefreshHours',
  'incidentHours',
] as const satisfies readonly NumberAssumption[];
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** What is in each box, exactly as typed. */
export type FieldTexts = Record<NumberField, string>;

/** Why a field cannot be used: not a number at all, or a number outside its limits. */
export interface FieldProblem {
  kind: 'unreadable' | 'out-of-range';
  message: string;
}

/** The form read as a whole: every problem by field, and the assumptions when there are none. */
export interface Draft {
  problems: Partial<Record<NumberField, FieldProblem>>;
  assumptions: Assumptions | null;
}

function isPercent(field: NumberField): boolean {
  return ASSUMPTION_LIMITS[field].unit === 'percent';
}

/** A value as the person reads it: 0.3 → "30" for percentages, grouped the locale's way. */
export function toDisplay(field: NumberField, value: number, locale: string): string {
  // Four decimals hide binary noise (0.07 × 100 = 7.000000000000001) without losing cents.
  const format = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 4,
    numberingSystem: 'latn',
  });
  return format.format(isPercent(field) ? value * 100 : value);
}

/** What a typed text stands for: the number as stored (30 → 0.3), or why it cannot be read. */
export function fromDisplay(
  field: NumberField,
  text: string,
  locale: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseNumberInput(text, locale);
  if (!parsed.ok) return parsed;
  return { ok: true, value: isPercent(field) ? parsed.value / 100 : parsed.value };
}

/** The texts a form starts from for these values. */
export function textsFor(values: Assumptions, locale: string): FieldTexts {
  return Object.fromEntries(
    NUMBER_FIELDS.map((f) => [f, toDisplay(f, values[f], locale)]),
  ) as FieldTexts;
}

/**
 * The editor's starting values: what was saved, field by field, with the defaults standing in
 * only where a saved value is missing or not a number at all. A saved value outside the limits
 * is kept, so the form can mark it rather than silently replace it.
 */
export function startingValues(saved: unknown, defaults: Assumptions): Assumptions {
  if (typeof saved !== 'object' || saved === null) return { ...defaults };
  const record = saved as Record<string, unknown>;
  const pick = (key: NumberAssumption): number => {
    const value = record[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : defaults[key];
  };
  const horizon = pick('horizonMonths');
  const compare = record['compareWithFullTime'];
  return {
    ...(Object.fromEntries(NUMBER_FIELDS.map((f) => [f, pick(f)])) as Record<NumberField, number>),
    horizonMonths: (HORIZONS as readonly number[]).includes(horizon)
      ? (horizon as HorizonMonths)
      : defaults.horizonMonths,
    compareWithFullTime:
      compare === 'auto' || compare === 'on' || compare === 'off'
        ? compare
        : defaults.compareWithFullTime,
  };
}

/** Reads every box; the assumptions are complete and valid, or null with each problem named. */
export function readDraft(
  texts: FieldTexts,
  horizon: HorizonMonths,
  locale: string,
  compare: FullTimeComparison = 'auto',
): Draft {
  const problems: Draft['problems'] = {};
  const candidate: Record<string, number | string> = {
    horizonMonths: horizon,
    compareWithFullTime: compare,
  };
  for (const field of NUMBER_FIELDS) {
    const read = fromDisplay(field, texts[field], locale);
    if (read.ok) candidate[field] = read.value;
    else problems[field] = { kind: 'unreadable', message: read.message };
  }
  if (Object.keys(problems).length > 0) {
    // Still check the readable ones, so every bad field is marked at once.
    for (const field of NUMBER_FIELDS) if (!(field in candidate)) candidate[field] = 0;
  }
  const checked = validateAssumptions(candidate);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const field = issue.field as NumberField;
      if ((NUMBER_FIELDS as readonly string[]).includes(field) && !problems[field]) {
        problems[field] = { kind: 'out-of-range', message: issue.message };
      }
    }
  }
  const clean = checked.ok && Object.keys(problems).length === 0;
  return { problems, assumptions: clean ? checked.value : null };
}

/** The smallest and largest value a field takes, written as the person would type or read it. */
export function boundsOf(
  field: NumberField,
  config: Pick<Config, 'locale' | 'currency'>,
): { min: string; max: string } {
  const { min, max, unit } = ASSUMPTION_LIMITS[field];
  const write = (v: number) =>
    unit === 'currency'
      ? formatMoney(v, config)
      : unit === 'percent'
        ? `${toDisplay(field, v, config.locale)}%`
        : toDisplay(field, v, config.locale);
  return { min: write(min), max: write(max) };
}

/** Whether two sets of assumptions say the same thing (so an unchanged box sends nothing). */
export function sameAssumptions(a: SavedAssumptions | null, b: SavedAssumptions | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    (Object.keys(ASSUMPTION_LIMITS) as NumberAssumption[]).every((k) => a[k] === b[k]) &&
    a.compareWithFullTime === b.compareWithFullTime
  );
}
