import { describe, expect, it } from 'vitest';
import { assumptionsFor, defaultAssumptionSources, defaultAssumptions } from './assumptions';
import { demoConfig } from './config';
import type { Assumptions, Config } from './types';
import { assumptionSourcesFor } from './assumption-sources';

describe('assumptionSourcesFor', () => {
  it('keeps the published or assumed source of an untouched default', () => {
    const base = assumptionsFor(40, demoConfig);
    const sources = assumptionSourcesFor(base, base, demoConfig);
    expect(sources.annualIncrease).toEqual(defaultAssumptionSources.annualIncrease);
    expect(sources.annualIncrease.isAssumption).toBe(true);
    // Our reading of vendor estimates, labelled as ours.
    expect(sources.cisoBaseSalary.isAssumption).toBe(true);
    expect(sources.benefitsLoad.isAssumption).toBe(false);
    // The MSP's price is its own, even where it equals the published midpoint (26–75 staff).
    expect(sources.vcisoMonthlyRetainer.source).toBe(
      `${demoConfig.brand.name}’s price for a business of your size`,
    );
  });

  it('names the MSP when its price differs from the published default', () => {
    const base = assumptionsFor(10, demoConfig);
    expect(base.vcisoMonthlyRetainer).not.toBe(defaultAssumptions.vcisoMonthlyRetainer);
    const sources = assumptionSourcesFor(base, base, demoConfig);
    expect(sources.vcisoMonthlyRetainer).toEqual({
      source: 'Northwind Managed IT’s price for a business of your size',
      isAssumption: false,
    });
  });

  it('says so when the prospect changed a figure', () => {
    const base = assumptionsFor(40, demoConfig);
    const edited = { ...base, cisoBaseSalary: 300_000, annualIncrease: 0.05 };
    const sources = assumptionSourcesFor(edited, base, demoConfig);
    for (const key of ['cisoBaseSalary', 'annualIncrease'] as const) {
      expect(sources[key]).toEqual({
        source: 'Your own figure, changed in this assessment',
        isAssumption: false,
      });
    }
    expect(sources.benefitsLoad).toEqual(defaultAssumptionSources.benefitsLoad);
  });
});

describe('the defaults’ own sources (shown beside the form’s boxes)', () => {
  const defaultSourceOf = (field: keyof Assumptions, defaults: Assumptions, config: Config) =>
    assumptionSourcesFor(defaults, defaults, config)[field];

  it('names the MSP’s price even when it equals the published default (25–75 staff)', () => {
    const defaults = assumptionsFor(40, demoConfig);
    expect(defaults.vcisoMonthlyRetainer).toBe(defaultAssumptions.vcisoMonthlyRetainer);
    expect(defaultSourceOf('vcisoMonthlyRetainer', defaults, demoConfig).source).toBe(
      `${demoConfig.brand.name}’s price for a business of your size`,
    );
  });

  it.each([10, 150, 2_000])(
    'does not quote the 25–75 staff range beside the retainer for %d staff',
    (employees) => {
      const defaults = assumptionsFor(employees, demoConfig);
      expect(defaults.vcisoMonthlyRetainer).not.toBe(defaultAssumptions.vcisoMonthlyRetainer);
      const { source, isAssumption } = defaultSourceOf(
        'vcisoMonthlyRetainer',
        defaults,
        demoConfig,
      );
      expect(source).not.toMatch(/25–75 staff/);
      expect(source).toContain(demoConfig.brand.name);
      expect(isAssumption).toBe(false);
    },
  );

  it('keeps the published or assumed source of fields the MSP does not price', () => {
    const defaults = assumptionsFor(10, demoConfig);
    expect(defaultSourceOf('cisoBaseSalary', defaults, demoConfig).source).toMatch(/\$180K–\$350K/);
    expect(defaultSourceOf('tenureMonths', defaults, demoConfig).isAssumption).toBe(true);
  });
});
