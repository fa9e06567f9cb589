import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../core/assumptions';
import { AssumptionsDraft } from './assumptions-draft.svelte';

describe('AssumptionsDraft', () => {
  it('starts from the values, reads edits as they are typed, and reloads on reset', () => {
    const form = new AssumptionsDraft({ ...defaultAssumptions, horizonMonths: 12 }, 'en-US');
    expect(form.texts.recruiterFeeRate).toBe('30');
    expect(form.draft.assumptions).toEqual({ ...defaultAssumptions, horizonMonths: 12 });

    form.texts.cisoBaseSalary = 'abc';
    expect(form.draft.assumptions).toBeNull();
    expect(form.draft.problems.cisoBaseSalary?.kind).toBe('unreadable');

    form.texts.cisoBaseSalary = '320,000';
    form.horizon = 60;
    expect(form.draft.assumptions).toMatchObject({ cisoBaseSalary: 320_000, horizonMonths: 60 });

    form.load(defaultAssumptions);
    expect(form.texts.cisoBaseSalary).toBe('250,000');
    expect(form.draft.assumptions).toEqual(defaultAssumptions);
  });
});
