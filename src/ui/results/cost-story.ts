/**
 * Reading a CostComparison for the page's tables: whole years and the totals at each year's end.
 * The sentences are core's (costStory), shared with the PDF.
 */
import type { CostComparison } from '../../core/types';

export { shareText } from '../../core/cost-story';

/** Whole years in the horizon (12, 36, 60 months → 1, 3, 5). */
export function yearsOf(c: Pick<CostComparison, 'horizonMonths'>): number {
  return c.horizonMonths / 12;
}

/** Cumulative cost at the end of each year, for the table screen readers use. */
export function yearEnds(c: CostComparison): {
  year: number;
  fullTime: number;
  vciso: number;
  fractionalCio: number | null;
}[] {
  return Array.from({ length: yearsOf(c) }, (_, i) => {
    const month = (i + 1) * 12;
    return {
      year: i + 1,
      fullTime: c.fullTimeCiso.cumulative[month] ?? 0,
      vciso: c.vciso.cumulative[month] ?? 0,
      fractionalCio: c.fractionalCio ? (c.fractionalCio.cumulative[month] ?? 0) : null,
    };
  });
}
