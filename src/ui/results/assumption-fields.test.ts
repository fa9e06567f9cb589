import { describe, expect, it } from 'vitest';
import { assumptionsFor, defaultAssumptions } from '../../core/assumptions';
import { demoConfig } from '../../core/config';
import type { Assumptions } from '../../core/types';
import {
  NUMBER_FIELDS,
  boundsOf,
  fromDisplay,
  readDraft,
  sameAssumptions,
  startingValues,
  textsFor,
  toDisplay,
  type NumberField,
} from './assumption-fields';

describe('toDisplay and fromDisplay', () => {
  it.each<[NumberField, number, string, string]>([
    ['cisoBaseSalary', 250_000, 'en-US', '250,000'],
    ['cisoBaseSalary', 250_000, 'de-DE', '250.000'],
    ['benefitsLoad', 1.3, 'en-US', '1.3'],
    ['benefitsLoad', 1.3, 'de-DE', '1,3'],
    ['recruiterFeeRate', 0.3, 'en-US', '30'],
    ['annualIncrease', 0.03, 'en-US', '3'],
    ['annualIncrease', 0.07, 'en-US', '7'],
    ['annualIncrease', 0.125, 'en-US', '12.5'],
    ['vcisoMonthlyRetainer', 5_569.73, 'en-US', '5,569.73'],
    ['monthsToHire', 4, 'en-US', '4'],
  ])('%s %d in %s reads "%s" and back', (field, value, locale, text) => {
    expect(toDisplay(field, value, locale)).toBe(text);
    expect(fromDisplay(field, text, locale)).toEqual({ ok: true, value });
  });

  it('shows every default of every locale back as the same number', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'de-CH']) {
      const texts = textsFor(defaultAssumptions, locale);
      const draft = readDraft(texts, 36, locale);
      expect(draft.problems).toEqual({});
      expect(draft.assumptions).toEqual(defaultAssumptions);
    }
  });

  it('passes on why a text is not a number', () => {
    expect(fromDisplay('cisoBaseSalary', 'abc', 'en-US')).toMatchObject({ ok: false });
    expect(fromDisplay('cisoBaseSalary', '1e309', 'en-US')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/exponent/),
    });
    expect(fromDisplay('recruiterFeeRate', '30%', 'en-US')).toMatchObject({ ok: false });
  });
});

describe('readDraft', () => {
  const texts = textsFor(defaultAssumptions, 'en-US');

  it('returns the assumptions when every box is valid, with the horizon chosen', () => {
    const draft = readDraft({ ...texts, cisoBaseSalary: '$300,000' }, 60, 'en-US');
    expect(draft.assumptions).toEqual({
      ...defaultAssumptions,
      cisoBaseSalary: 300_000,
      horizonMonths: 60,
    });
  });

  it.each<[string, RegExp]>([
    ['abc', /Enter a number/],
    ['1e309', /exponent/],
    ['-5', /at least 10,000/],
    ['9,000,000', /at most 5,000,000/],
    ['', /Enter a number/],
  ])('marks a salary of "%s" and returns no assumptions', (typed, message) => {
    const draft = readDraft({ ...texts, cisoBaseSalary: typed }, 36, 'en-US');
    expect(draft.assumptions).toBeNull();
    expect(Object.keys(draft.problems)).toEqual(['cisoBaseSalary']);
    expect(draft.problems.cisoBaseSalary?.message).toMatch(message);
  });

  it('names the bound of a percentage as a percentage', () => {
    const draft = readDraft({ ...texts, recruiterFeeRate: '150' }, 36, 'en-US');
    expect(draft.problems.recruiterFeeRate).toEqual({
      kind: 'out-of-range',
      message: 'Recruiter fee must be at most 100%',
    });
  });

  it('marks every bad field at once, unreadable and out of range together', () => {
    const draft = readDraft(
      { ...texts, cisoBaseSalary: 'lots', monthsToHire: '2.5', benefitsLoad: '0.5' },
      36,
      'en-US',
    );
    expect(draft.problems).toEqual({
      cisoBaseSalary: { kind: 'unreadable', message: expect.any(String) },
      monthsToHire: { kind: 'out-of-range', message: 'Months to hire must be a whole number' },
      benefitsLoad: { kind: 'out-of-range', message: 'Benefits load must be at least 1' },
    });
  });
});

describe('startingValues', () => {
  const defaults = assumptionsFor(40, demoConfig);

  it('uses the defaults when nothing was saved', () => {
    expect(startingValues(null, defaults)).toEqual(defaults);
  });

  it('keeps a saved value outside the limits so the form can mark it', () => {
    const saved = { ...defaults, cisoBaseSalary: 9_000_000 };
    const start = startingValues(saved, defaults);
    expect(start.cisoBaseSalary).toBe(9_000_000);
    const draft = readDraft(textsFor(start, 'en-US'), start.horizonMonths, 'en-US');
    expect(draft.problems.cisoBaseSalary?.message).toMatch(/at most/);
  });

  it('falls back field by field for missing or non-numeric values and odd horizons', () => {
    const saved = { cisoBaseSalary: 'x', benefitsLoad: 1.5, horizonMonths: 24 } as unknown;
    const start = startingValues(saved, defaults);
    expect(start).toEqual({ ...defaults, benefitsLoad: 1.5 });
  });
});

describe('boundsOf and sameAssumptions', () => {
  it('writes bounds in the unit the person types', () => {
    expect(boundsOf('cisoBaseSalary', demoConfig)).toEqual({ min: '$10,000', max: '$5,000,000' });
    expect(boundsOf('recruiterFeeRate', demoConfig)).toEqual({ min: '0%', max: '100%' });
    expect(boundsOf('benefitsLoad', demoConfig)).toEqual({ min: '1', max: '3' });
    expect(boundsOf('tenureMonths', demoConfig)).toEqual({ min: '1', max: '240' });
  });

  it('compares every field', () => {
    const a: Assumptions = { ...defaultAssumptions };
    expect(sameAssumptions(a, { ...a })).toBe(true);
    expect(sameAssumptions(a, { ...a, horizonMonths: 12 })).toBe(false);
    expect(sameAssumptions(a, null)).toBe(false);
    expect(sameAssumptions(null, null)).toBe(true);
    expect(sameAssumptions(a, { ...a, compareWithFullTime: 'on' })).toBe(false);
    // Every number is a box in the form; the horizon and the comparison choice are not.
    expect(NUMBER_FIELDS.length + 2).toBe(Object.keys(defaultAssumptions).length);
  });
});
