import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../core/assumptions';
import { computeCosts } from '../../core/cost-model';
import { ENGAGEMENT_MODELS, type Assumptions } from '../../core/types';
import { formatMoney, demoConfig } from '../../core/config';
import { resultsMessages } from '../messages/results';
import { costContext, crossingOf, describeCosts, shareText, yearEnds, yearsOf } from './cost-story';

const costs = (a: Partial<Assumptions>, includeFractionalCio = false) =>
  computeCosts({ ...defaultAssumptions, ...a }, { includeFractionalCio });

describe('crossingOf', () => {
  it('with the defaults the full-time line is higher throughout', () => {
    expect(crossingOf(costs({}))).toEqual({ kind: 'never', higher: 'full-time' });
  });

  it('finds the month the lines cross and which costs more after', () => {
    // No recruiter fee and a long search: the vCISO is dearer until the CISO is hired.
    const c = costs({ recruiterFeeRate: 0, monthsToHire: 6, vcisoMonthlyRetainer: 20_000 });
    const crossing = crossingOf(c);
    expect(crossing).toEqual({ kind: 'cross', month: c.crossoverMonth, higherAfter: 'full-time' });
    expect(c.crossoverMonth).not.toBeNull();
  });

  it('says the vCISO is higher when it is', () => {
    const c = costs({ vcisoMonthlyRetainer: 1_000_000, cisoBaseSalary: 10_000 });
    expect(crossingOf(c)).toEqual({ kind: 'never', higher: 'vciso' });
  });

  it('handles two lines that are both nothing', () => {
    const c = costs({
      horizonMonths: 12,
      recruiterFeeRate: 0,
      monthsToHire: 24,
      vcisoMonthlyRetainer: 0,
      vcisoOnboardingFee: 0,
    });
    expect(c.shareOfFullTime).toBeNull();
    expect(crossingOf(c)).toEqual({ kind: 'equal' });
  });
});

describe('yearEnds and shareText', () => {
  it('lists cumulative cost at each year end, the last equal to the totals', () => {
    const c = costs({ horizonMonths: 60 }, true);
    const rows = yearEnds(c);
    expect(yearsOf(c)).toBe(5);
    expect(rows).toHaveLength(5);
    expect(rows.at(-1)).toEqual({
      year: 5,
      fullTime: c.fullTimeCiso.total,
      vciso: c.vciso.total,
      fractionalCio: c.fractionalCio?.total,
    });
    expect(yearEnds(costs({ horizonMonths: 12 }))[0]?.fractionalCio).toBeNull();
  });

  it.each<[number, string]>([
    [0.2124, '21%'],
    [0, '0%'],
    [0.004, '<1%'],
    [1.5, '150%'],
  ])('%d reads %s', (share, text) => {
    expect(shareText(share)).toBe(text);
  });
});

describe('describeCosts', () => {
  const money = (n: number) => formatMoney(n, demoConfig);

  it('says what the defaults show, to the dollar', () => {
    const s = describeCosts(costs({}), resultsMessages.results, money);
    expect(s).toEqual({
      summary: 'A vCISO costs $199,727; a full-time CISO costs $940,266.',
      difference: 'The vCISO costs $740,539 less.',
      share: 'That is 21% of the full-time cost.',
      crossing:
        'The lines never cross: the full-time CISO costs more in total from the first month to the last.',
      fractionalCio: null,
    });
  });

  it('explains a missing share and a vCISO that costs more', () => {
    const s = describeCosts(
      costs({ horizonMonths: 12, recruiterFeeRate: 0, monthsToHire: 24 }, true),
      resultsMessages.results,
      money,
    );
    expect(s.share).toMatch(/No share/);
    expect(s.difference).toMatch(/^The vCISO costs \$[\d,]+ more\.$/);
    expect(s.fractionalCio).toBe('The fractional CIO the recommendation includes adds $36,000.');
  });

  it('names the crossover month', () => {
    const c = costs({ recruiterFeeRate: 0, monthsToHire: 6, vcisoMonthlyRetainer: 20_000 });
    expect(describeCosts(c, resultsMessages.results, money).crossing).toBe(
      `The lines cross in month ${c.crossoverMonth}: from then on the full-time CISO costs more in total.`,
    );
  });
});

describe('costContext', () => {
  it('says nothing when the vCISO line is the retainer the recommendation names', () => {
    expect(costContext('vciso-retainer', resultsMessages.results)).toBeNull();
    expect(costContext('vciso-and-fractional-cio', resultsMessages.results)).toBeNull();
  });

  it('explains the vCISO line for every other recommendation', () => {
    const others = ENGAGEMENT_MODELS.filter(
      (m) => m !== 'vciso-retainer' && m !== 'vciso-and-fractional-cio',
    );
    expect(others).toHaveLength(8);
    for (const model of others)
      expect(costContext(model, resultsMessages.results)).toMatch(/vCISO line/);
  });

  it.each([
    ['msp-only', /do not recommend a vCISO yet/],
    ['full-time-ciso', /recommend a full-time CISO/],
    ['vciso-project', /defined project, not a standing retainer/],
    ['incident-response', /billed by the hour and is not in this comparison/],
    ['fractional-cio', /fractional CIO, not a vCISO/],
  ] as const)('%s: %s', (model, text) => {
    expect(costContext(model, resultsMessages.results)).toMatch(text);
  });
});
