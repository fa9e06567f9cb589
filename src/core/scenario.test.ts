import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess';
import { ASSUMPTION_LIMITS, assumptionsFor, defaultAssumptions } from './assumptions';
import { demoConfig } from './config';
import { applicableQuestions } from './content/questions';
import { computeCosts, type CostPlan } from './cost-model';
import { changedAssumptions, compareScenario } from './scenario';
import { HORIZONS, ValidationError, type Answers, type Assumptions } from './types';

const a: Assumptions = { ...defaultAssumptions };
const planOf = (cio = false): CostPlan => ({
  engagement: 'retainer',
  includesFractionalCio: cio,
  compareByDefault: true,
  fullTimeRealistic: true,
});
const costsOf = (x: Assumptions, cio = false) => computeCosts(x, planOf(cio));

const discovery: Answers = {
  employees: 50,
  industry: 'professional-services',
  regulations: [],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'none',
  initiatives: [],
  dedicatedMandate: 'no',
};
const answers: Answers = {
  ...discovery,
  ...Object.fromEntries(
    applicableQuestions(discovery)
      .filter((q) => q.section === 'readiness')
      .map((q) => [q.id, 1]),
  ),
};

describe('changedAssumptions', () => {
  it.each([
    [{}, []],
    [{ cisoBaseSalary: 300_000 }, ['cisoBaseSalary']],
    [
      { horizonMonths: 60 as const, vcisoMonthlyRetainer: 6_000 },
      ['horizonMonths', 'vcisoMonthlyRetainer'],
    ],
  ])('lists what B changes: %j', (change, expected) => {
    expect(changedAssumptions(a, { ...a, ...change })).toEqual(expected);
  });
});

describe('compareScenario', () => {
  it('prices B with the same cost model and sets each total beside A', () => {
    const b = { ...a, cisoBaseSalary: 300_000 };
    const comparison = compareScenario(a, costsOf(a), b, planOf());
    expect(comparison.costsB).toEqual(costsOf(b));
    expect(comparison.changed).toEqual(['cisoBaseSalary']);
    const byId = Object.fromEntries(comparison.rows.map((r) => [r.id, r]));
    expect(Object.keys(byId)).toEqual(['fullTimeCiso', 'vciso', 'difference']);
    expect(byId['fullTimeCiso']).toEqual({
      id: 'fullTimeCiso',
      a: costsOf(a).fullTimeCiso.total,
      b: costsOf(b).fullTimeCiso.total,
      change: 188_053.3,
    });
    expect(byId['vciso']?.change).toBe(0);
    expect(byId['fullTimeCiso']!.change).toBeGreaterThan(0);
  });

  it('includes a fractional CIO in B exactly when A has one', () => {
    const with_ = compareScenario(
      a,
      costsOf(a, true),
      { ...a, fractionalCioMonthly: 4_000 },
      planOf(true),
    );
    expect(with_.costsB.fractionalCio).not.toBeNull();
    expect(with_.rows.map((r) => r.id)).toContain('fractionalCio');
    const without = compareScenario(
      a,
      costsOf(a, false),
      { ...a, fractionalCioMonthly: 4_000 },
      planOf(),
    );
    expect(without.costsB.fractionalCio).toBeNull();
    expect(without.rows.map((r) => r.id)).not.toContain('fractionalCio');
  });

  it('compares different horizons as they are', () => {
    const b = { ...a, horizonMonths: 60 as const };
    const comparison = compareScenario(a, costsOf(a), b, planOf());
    expect(comparison.costsB.horizonMonths).toBe(60);
    expect(comparison.costsB.vciso.cumulative).toHaveLength(61);
  });

  it('identical scenarios differ by nothing', () => {
    const comparison = compareScenario(a, costsOf(a, true), { ...a }, planOf(true));
    expect(comparison.changed).toEqual([]);
    expect(comparison.rows.every((r) => r.change === 0 && r.a === r.b)).toBe(true);
  });

  const inLimits = (key: keyof typeof ASSUMPTION_LIMITS) => {
    const { min, max, integer } = ASSUMPTION_LIMITS[key];
    return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  };
  const arbitraryAssumptions = fc.record({
    horizonMonths: fc.constantFrom(...HORIZONS),
    cisoBaseSalary: inLimits('cisoBaseSalary'),
    benefitsLoad: inLimits('benefitsLoad'),
    recruiterFeeRate: inLimits('recruiterFeeRate'),
    monthsToHire: inLimits('monthsToHire'),
    tenureMonths: inLimits('tenureMonths'),
    annualIncrease: inLimits('annualIncrease'),
    vcisoMonthlyRetainer: inLimits('vcisoMonthlyRetainer'),
    vcisoOnboardingFee: inLimits('vcisoOnboardingFee'),
    onDemandHoursPerMonth: inLimits('onDemandHoursPerMonth'),
    onDemandHourlyRate: inLimits('onDemandHourlyRate'),
    fractionalCioMonthly: inLimits('fractionalCioMonthly'),
    cisoToolingBudget: inLimits('cisoToolingBudget'),
    interimCoverMonthly: inLimits('interimCoverMonthly'),
    cioBaseSalary: inLimits('cioBaseSalary'),
    projectHoursPerMonth: inLimits('projectHoursPerMonth'),
    projectMonths: inLimits('projectMonths'),
    yearlyRefreshHours: inLimits('yearlyRefreshHours'),
    incidentHours: inLimits('incidentHours'),
    compareWithFullTime: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
  });

  it('every change is B − A to the cent, for any valid pair', () => {
    fc.assert(
      fc.property(arbitraryAssumptions, arbitraryAssumptions, (x, y) => {
        const comparison = compareScenario(x, costsOf(x), y, planOf());
        for (const row of comparison.rows) {
          expect(Math.round(row.change * 100)).toBe(
            Math.round(row.b * 100) - Math.round(row.a * 100),
          );
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('assess with a scenario', () => {
  it('has no scenario unless one is given', () => {
    expect(assess(answers).scenario).toBeNull();
  });

  it('compares the page’s own assumptions (defaults for the verdict) with B', () => {
    // 50 staff, no trigger, everything ad hoc: a program-build project of 8–16 h for 3–4 months.
    const defaults = assess(answers).defaultAssumptions;
    expect(defaults).toMatchObject({ projectHoursPerMonth: 12, projectMonths: 4 });
    expect(defaults.vcisoMonthlyRetainer).toBe(assumptionsFor(50, demoConfig).vcisoMonthlyRetainer);
    const b = { ...defaults, projectHoursPerMonth: 13 };
    const result = assess(answers, { scenario: b });
    expect(result.scenario?.assumptionsA).toEqual(defaults);
    expect(result.scenario?.changed).toEqual(['projectHoursPerMonth']);
    const vciso = result.scenario?.rows.find((r) => r.id === 'vciso');
    expect(vciso?.a).toBe(result.costs.vciso.total);
    // One more hour a month at 300 for the project's 4 months, all in year 1.
    expect(vciso?.change).toBe(1_200);
    // A retainer change does not move a project's line: the verdict decides what is priced.
    const retainerB = { ...defaults, vcisoMonthlyRetainer: defaults.vcisoMonthlyRetainer + 1_000 };
    const unmoved = assess(answers, { scenario: retainerB }).scenario;
    expect(unmoved?.rows.find((r) => r.id === 'vciso')?.change).toBe(0);
  });

  it('refuses an invalid scenario B with every problem named', () => {
    const bad = { ...defaultAssumptions, cisoBaseSalary: -1 };
    expect(() => assess(answers, { scenario: bad })).toThrow(ValidationError);
    expect(() => assess(answers, { scenario: bad })).toThrow(/Scenario B/);
  });
});
