import { describe, it, expect } from 'vitest';
import {
  ASSUMPTION_LIMITS,
  ADDED_ASSUMPTIONS,
  assumptionsFor,
  fillAssumptions,
  pricingGroups,
  defaultAssumptionSources,
  defaultAssumptions,
  parseAssumptions,
  retainerTierFor,
  validateAssumptions,
  validateSavedAssumptions,
} from './assumptions';
import { demoConfig } from './config';
import { HORIZONS, ValidationError, type Assumptions, type Config } from './types';

const tiers = demoConfig.pricing.retainerTiers;

describe('defaultAssumptions', () => {
  it('holds the published or stated defaults', () => {
    expect(defaultAssumptions).toEqual({
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
    });
  });

  it('takes the retainer from the demo tier for a 25–75 staff company', () => {
    expect(defaultAssumptions.vcisoMonthlyRetainer).toBe(retainerTierFor(50, tiers).monthlyFee);
    expect(defaultAssumptions.vcisoOnboardingFee).toBe(demoConfig.pricing.vcisoOnboardingFee);
    expect(defaultAssumptions.onDemandHourlyRate).toBe(demoConfig.pricing.hourlyRate);
    // The demo MSP prices a fractional CIO by size: $2,500 at 26–75 staff, inside $1.5K–$5K.
    expect(assumptionsFor(50, demoConfig).fractionalCioMonthly).toBe(2_500);
    expect(defaultAssumptions.fractionalCioMonthly).toBe(demoConfig.pricing.fractionalCioMonthly);
  });

  it('passes its own validation', () => {
    expect(validateAssumptions(defaultAssumptions)).toEqual({
      ok: true,
      value: defaultAssumptions,
    });
  });

  it('has a non-empty source for every field, and one limit for every field', () => {
    const keys = Object.keys(defaultAssumptions).sort();
    expect(Object.keys(defaultAssumptionSources).sort()).toEqual(keys);
    expect([...Object.keys(ASSUMPTION_LIMITS), 'compareWithFullTime'].sort()).toEqual(keys);
    for (const { source } of Object.values(defaultAssumptionSources)) {
      expect(source.trim().length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['horizonMonths', true],
    ['cisoBaseSalary', true],
    ['benefitsLoad', false],
    ['recruiterFeeRate', false],
    ['monthsToHire', false],
    ['tenureMonths', true],
    ['annualIncrease', true],
    ['vcisoMonthlyRetainer', false],
    ['vcisoOnboardingFee', true],
    ['onDemandHoursPerMonth', true],
    ['onDemandHourlyRate', true],
    ['fractionalCioMonthly', false],
    ['cisoToolingBudget', true],
    ['cioBaseSalary', false],
    ['incidentHours', true],
  ] as const)('labels %s as an assumption: %s', (key, isAssumption) => {
    expect(defaultAssumptionSources[key].isAssumption).toBe(isAssumption);
  });

  it('says plainly that the yearly increase has no source', () => {
    expect(defaultAssumptionSources.annualIncrease.source).toMatch(/our assumption/i);
  });
});

describe('retainerTierFor', () => {
  it.each([
    [0, 3_250],
    [1, 3_250],
    [25, 3_250],
    [26, 5_250],
    [75, 5_250],
    [76, 8_250],
    [250, 8_250],
    [251, 12_000],
    [100_000, 12_000],
    [25.5, 5_250],
  ])('%d staff → $%d a month', (employees, fee) => {
    expect(retainerTierFor(employees, tiers).monthlyFee).toBe(fee);
  });

  it.each([NaN, Infinity, -1])('rejects a head count of %d', (employees) => {
    expect(() => retainerTierFor(employees, tiers)).toThrow(RangeError);
  });

  it('rejects tiers with no open last tier', () => {
    expect(() => retainerTierFor(10, [])).toThrow(RangeError);
    expect(() =>
      retainerTierFor(500, [{ maxEmployees: 100, monthlyFee: 1, hours: { min: 1, max: 2 } }]),
    ).toThrow(RangeError);
  });
});

describe('assumptionsFor', () => {
  const custom: Config = {
    ...demoConfig,
    pricing: {
      retainerTiers: [
        { maxEmployees: 50, monthlyFee: 4_000, hours: { min: 8, max: 12 } },
        { maxEmployees: null, monthlyFee: 9_000, hours: { min: 20, max: 30 } },
      ],
      vcisoOnboardingFee: 7_500,
      fractionalCioMonthly: 2_500,
      hourlyRate: 275,
    },
  };

  it.each([
    [10, 4_000],
    [50, 4_000],
    [51, 9_000],
  ])('uses the MSP tier and prices for %d staff', (employees, retainer) => {
    expect(assumptionsFor(employees, custom)).toEqual({
      ...defaultAssumptions,
      vcisoMonthlyRetainer: retainer,
      vcisoOnboardingFee: 7_500,
      fractionalCioMonthly: 2_500,
      onDemandHourlyRate: 275,
    });
  });

  it('matches the defaults for a 50-person company on the demo config, but for its CIO tier', () => {
    expect(assumptionsFor(50, demoConfig)).toEqual({
      ...defaultAssumptions,
      fractionalCioMonthly: 2_500,
    });
  });

  it('shapes the defaults to the verdict: project, refresh, questionnaires, interim cover', () => {
    const project = assumptionsFor(10, demoConfig, {
      security: 'vciso-project',
      project: 'small-firm-compliance',
      yearlyRefresh: true,
      customerDemands: 'none',
    });
    // Small-firm compliance: 6–12 hours for 2–3 months → the middles, 9 hours and 3 months.
    expect(project).toMatchObject({
      projectHoursPerMonth: 9,
      projectMonths: 3,
      yearlyRefreshHours: 12,
    });
    const retainer = assumptionsFor(50, demoConfig, {
      security: 'vciso-retainer',
      project: null,
      yearlyRefresh: false,
      customerDemands: 'questionnaires',
    });
    expect(retainer.onDemandHoursPerMonth).toBe(8);
    const hire = assumptionsFor(2_000, demoConfig, {
      security: 'full-time-ciso',
      project: null,
      yearlyRefresh: false,
      customerDemands: 'none',
    });
    expect(hire.interimCoverMonthly).toBe(hire.vcisoMonthlyRetainer);
    expect(retainer.interimCoverMonthly).toBe(0);
  });

  it('fills a set saved before the added assumptions, naming what it filled', () => {
    const old: Record<string, unknown> = { ...defaultAssumptions, horizonMonths: 60 };
    for (const k of ADDED_ASSUMPTIONS) delete old[k];
    const defaults = { ...defaultAssumptions, cisoToolingBudget: 30_000 };
    const filled = fillAssumptions(old, defaults);
    expect(filled.ok && filled.value.filled).toEqual([...ADDED_ASSUMPTIONS]);
    expect(filled.ok && filled.value.assumptions).toEqual({ ...defaults, horizonMonths: 60 });
    expect(validateSavedAssumptions(old).ok).toBe(true);
    expect(validateSavedAssumptions({ ...old, cisoToolingBudget: -1 }).ok).toBe(false);
    expect(validateAssumptions(old).ok).toBe(false);
  });
});

describe('validateAssumptions', () => {
  const issuesFor = (patch: Record<string, unknown>) => {
    const result = validateAssumptions({ ...defaultAssumptions, ...patch });
    return result.ok ? [] : result.issues;
  };

  it.each([
    ['cisoBaseSalary', 5_000_001, 'CISO base salary must be at most 5,000,000'],
    ['cisoBaseSalary', 9_999, 'CISO base salary must be at least 10,000'],
    ['cisoBaseSalary', -250_000, 'CISO base salary must be at least 10,000'],
    ['cisoBaseSalary', NaN, 'CISO base salary must be a finite number'],
    ['cisoBaseSalary', Infinity, 'CISO base salary must be a finite number'],
    ['cisoBaseSalary', Number('1e309'), 'CISO base salary must be a finite number'],
    ['cisoBaseSalary', '250000', 'CISO base salary must be a number'],
    ['cisoBaseSalary', null, 'CISO base salary must be a number'],
    ['cisoBaseSalary', undefined, 'CISO base salary is required'],
    ['benefitsLoad', 0.9, 'Benefits load must be at least 1'],
    ['benefitsLoad', 3.5, 'Benefits load must be at most 3'],
    ['recruiterFeeRate', -0.1, 'Recruiter fee must be at least 0%'],
    ['recruiterFeeRate', 1.5, 'Recruiter fee must be at most 100%'],
    ['monthsToHire', 25, 'Months to hire must be at most 24'],
    ['monthsToHire', 2.5, 'Months to hire must be a whole number'],
    ['monthsToHire', -1, 'Months to hire must be at least 0'],
    ['tenureMonths', 0, 'CISO tenure must be at least 1'],
    ['tenureMonths', 241, 'CISO tenure must be at most 240'],
    ['tenureMonths', 12.5, 'CISO tenure must be a whole number'],
    ['annualIncrease', -0.01, 'Yearly increase must be at least 0%'],
    ['annualIncrease', 0.51, 'Yearly increase must be at most 50%'],
    ['vcisoMonthlyRetainer', -1, 'vCISO monthly retainer must be at least 0'],
    ['vcisoMonthlyRetainer', 1_000_001, 'vCISO monthly retainer must be at most 1,000,000'],
    ['vcisoOnboardingFee', 1_000_001, 'vCISO onboarding fee must be at most 1,000,000'],
    ['onDemandHoursPerMonth', 201, 'On-demand hours per month must be at most 200'],
    ['onDemandHourlyRate', 10_001, 'On-demand hourly rate must be at most 10,000'],
    ['fractionalCioMonthly', -5, 'Fractional CIO monthly fee must be at least 0'],
    ['horizonMonths', 24, 'Time horizon must be 12, 36 or 60 months'],
    ['horizonMonths', 36.5, 'Time horizon must be 12, 36 or 60 months'],
    ['horizonMonths', '36', 'Time horizon must be a number'],
  ])('rejects %s = %s', (field, value, message) => {
    expect(issuesFor({ [field]: value })).toEqual([{ field, message }]);
  });

  it.each(HORIZONS)('accepts a %d-month horizon', (horizonMonths) => {
    expect(validateAssumptions({ ...defaultAssumptions, horizonMonths }).ok).toBe(true);
  });

  it.each(Object.entries(ASSUMPTION_LIMITS).filter(([key]) => key !== 'horizonMonths'))(
    'accepts %s at both bounds',
    (key, { min, max }) => {
      expect(issuesFor({ [key]: min })).toEqual([]);
      expect(issuesFor({ [key]: max })).toEqual([]);
    },
  );

  it('reports every bad field at once, and unknown fields', () => {
    const result = validateAssumptions({
      ...defaultAssumptions,
      cisoBaseSalary: NaN,
      benefitsLoad: '1.3',
      tenureMonths: 0,
      cisoBaseSalry: 250_000,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual([
      'cisoBaseSalary',
      'benefitsLoad',
      'tenureMonths',
      'cisoBaseSalry',
    ]);
  });

  it('reports every field of an empty object as required', () => {
    const result = validateAssumptions({});
    expect(result.ok ? [] : result.issues).toHaveLength(Object.keys(ASSUMPTION_LIMITS).length + 1);
  });

  it.each([null, undefined, 42, 'assumptions', [defaultAssumptions]])(
    'rejects a non-object: %s',
    (raw) => {
      expect(validateAssumptions(raw)).toEqual({
        ok: false,
        issues: [{ field: '(assumptions)', message: 'Assumptions must be an object' }],
      });
    },
  );

  it('does not treat inherited names as known fields', () => {
    const result = validateAssumptions({ ...defaultAssumptions, toString: 1 });
    expect(result.ok).toBe(false);
  });

  it('returns a fresh object, not the input', () => {
    const input: Assumptions = { ...defaultAssumptions };
    const result = validateAssumptions(input);
    expect(result.ok && result.value).not.toBe(input);
  });
});

describe('parseAssumptions', () => {
  it('returns valid assumptions', () => {
    expect(parseAssumptions({ ...defaultAssumptions })).toEqual(defaultAssumptions);
  });

  it('throws a ValidationError listing every issue', () => {
    const bad = { ...defaultAssumptions, cisoBaseSalary: Number('1e309'), monthsToHire: -1 };
    expect(() => parseAssumptions(bad)).toThrow(ValidationError);
    try {
      parseAssumptions(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toHaveLength(2);
      expect((error as ValidationError).message).toMatch(/^Assumptions: cisoBaseSalary: /);
    }
  });
});

describe('pricingGroups', () => {
  it('names only the assumptions that move the lines shown', () => {
    const project = pricingGroups({
      engagement: 'project',
      includesFractionalCio: false,
      compareWithFullTime: false,
    });
    expect(project.engagement).toContain('projectMonths');
    expect(project.engagement).not.toContain('vcisoMonthlyRetainer');
    expect(project.fullTime).toEqual([]);
    const both = pricingGroups({
      engagement: 'retainer',
      includesFractionalCio: true,
      compareWithFullTime: true,
    });
    expect(both.fractionalCio).toEqual(['fractionalCioMonthly']);
    expect(both.fullTime).toEqual(expect.arrayContaining(['cisoToolingBudget', 'cioBaseSalary']));
  });
});
