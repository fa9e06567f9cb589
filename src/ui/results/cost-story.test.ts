import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../core/assumptions';
import { computeCosts } from '../../core/cost-model';
import type { Assumptions } from '../../core/types';
import { shareText, yearEnds, yearsOf } from './cost-story';

const costs = (a: Partial<Assumptions>, includeFractionalCio = false) =>
  computeCosts(
    { ...defaultAssumptions, ...a },
    {
      engagement: 'retainer',
      includesFractionalCio: includeFractionalCio,
      compareByDefault: true,
      fullTimeRealistic: true,
    },
  );

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
