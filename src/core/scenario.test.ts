import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess';
import { ASSUMPTION_LIMITS, assumptionsFor, defaultAssumptions } from './assumptions';
import { demoConfig } from './config';
import { applicableQuestions } from './content/questions';
import { computeCosts } from './cost-model';
import { changedAssumptions, compareScenario } from './scenario';
import { HORIZONS, ValidationError, type Answers, type Assumptions } from './types';

const a: Assumptions = { ...defaultAssumptions };
const costsOf = (x: Assumptions, cio = false) => computeCosts(x, { includeFractionalCio: cio });

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
    const comparison = compareScenario(a, costsOf(a), b);
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
    const with_ = compareScenario(a, costsOf(a, true), { ...a, fractionalCioMonthly: 4_000 });
    expect(with_.costsB.fractionalCio).not.toBeNull();
    expect(with_.rows.map((r) => r.id)).toContain('fractionalCio');
    const without = compareScenario(a, costsOf(a, false), { ...a, fractionalCioMonthly: 4_000 });
    expect(without.costsB.fractionalCio).toBeNull();
    expect(without.rows.map((r) => r.id)).not.toContain('fractionalCio');
  });

  it('compares different horizons as they are', () => {
    const b = { ...a, horizonMonths: 60 as const };
    const comparison = compareScenario(a, costsOf(a), b);
    expect(comparison.costsB.horizonMonths).toBe(60);
    expect(comparison.costsB.vciso.cumulative).toHaveLength(61);
  });

  it('identical scenarios differ by nothing', () => {
    const comparison = compareScenario(a, costsOf(a, true), { ...a });
    expect(comparison.changed).toEqual([]);
    expect(comparison.rows.every((r) => r.change === 0 && r.a === r.b)).toBe(true);
  });

  const inLimits = (key: keyof Assumptions) => {
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
  });

  it('every change is B − A to the cent, for any valid pair', () => {
    fc.assert(
      fc.property(arbitraryAssumptions, arbitraryAssumptions, (x, y) => {
        const comparison = compareScenario(x, costsOf(x), y);
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

  it('compares the page’s own assumptions (defaults for the head count) with B', () => {
    const defaults = assumptionsFor(50, demoConfig);
    const b = { ...defaults, vcisoMonthlyRetainer: defaults.vcisoMonthlyRetainer + 1_000 };
    const result = assess(answers, { scenario: b });
    expect(result.scenario?.assumptionsA).toEqual(defaults);
    expect(result.scenario?.changed).toEqual(['vcisoMonthlyRetainer']);
    const vciso = result.scenario?.rows.find((r) => r.id === 'vciso');
    expect(vciso?.a).toBe(result.costs.vciso.total);
    // +1,000 a month, rising 3% a year: 12 × (1,000 + 1,030 + 1,060.90).
    expect(vciso?.change).toBe(37_090.8);
  });

  it('refuses an invalid scenario B with every problem named', () => {
    const bad = { ...defaultAssumptions, cisoBaseSalary: -1 };
    expect(() => assess(answers, { scenario: bad })).toThrow(ValidationError);
    expect(() => assess(answers, { scenario: bad })).toThrow(/Scenario B/);
  });
});
