/**
 * The cost comparison's facts as the page says them: which line is higher, whether and when the
 * lines cross, and why a share may be missing. Pure reading of CostComparison; nothing priced here.
 */
import type { CostComparison, EngagementModel } from '../../core/types';
import type { ResultsMessages } from '../messages/results';

export type Path = 'full-time' | 'vciso';

/** How the two cumulative lines relate over the horizon. */
export type Crossing =
  /** One line is higher (or equal) from the first month that differs to the end. */
  | { kind: 'never'; higher: Path }
  /** The lines are equal in every month (both nothing, say). */
  | { kind: 'equal' }
  /** In `month` the order flips; `higherAfter` is the path that costs more from then on. */
  | { kind: 'cross'; month: number; higherAfter: Path };

function higherAt(c: CostComparison, month: number): Path | null {
  const gap = (c.fullTimeCiso.cumulative[month] ?? 0) - (c.vciso.cumulative[month] ?? 0);
  if (gap === 0) return null;
  return gap > 0 ? 'full-time' : 'vciso';
}

/** Reads crossoverMonth (computed by the engine) together with the lines it came from. */
export function crossingOf(c: CostComparison): Crossing {
  if (c.crossoverMonth !== null) {
    const after = higherAt(c, c.crossoverMonth);
    if (after) return { kind: 'cross', month: c.crossoverMonth, higherAfter: after };
  }
  for (let month = 1; month <= c.horizonMonths; month++) {
    const higher = higherAt(c, month);
    if (higher) return { kind: 'never', higher };
  }
  return { kind: 'equal' };
}

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

/** A share such as 0.2124 as a whole percentage; under 1% reads "<1%" rather than "0%". */
export function shareText(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** The sentences the page and the chart's label use to say what the cost lines show. */
export interface CostSentences {
  summary: string;
  difference: string;
  share: string;
  crossing: string;
  /** The fractional CIO's total, when the recommendation includes one. */
  fractionalCio: string | null;
}

/** Puts the comparison into words (`words` is `en.results`). */
export function describeCosts(
  c: CostComparison,
  words: ResultsMessages['results'],
  money: (amount: number) => string,
): CostSentences {
  const who = (p: Path) => (p === 'full-time' ? words.fullTimeCisoLower : words.vciso);
  const crossing = crossingOf(c);
  return {
    summary: words.costSummary(money(c.vciso.total), money(c.fullTimeCiso.total)),
    difference:
      c.difference > 0
        ? words.saves(money(c.difference))
        : c.difference < 0
          ? words.costsMore(money(-c.difference))
          : words.costsSame,
    share: c.shareOfFullTime === null ? words.noShare : words.share(shareText(c.shareOfFullTime)),
    crossing:
      crossing.kind === 'cross'
        ? words.crossAt(crossing.month, who(crossing.higherAfter))
        : crossing.kind === 'never'
          ? words.neverCross(who(crossing.higher))
          : words.alwaysEqual,
    fractionalCio: c.fractionalCio ? words.fractionalCioTotal(money(c.fractionalCio.total)) : null,
  };
}

/**
 * What the cost lines mean for this recommendation, or null for a vCISO retainer (which the
 * vCISO line prices as recommended). Without it, "the vCISO costs $X less" reads as a pitch for
 * a vCISO beside a recommendation to stay with the MSP, hire full time or run a project.
 */
export function costContext(
  model: EngagementModel,
  words: ResultsMessages['results'],
): string | null {
  const notes: Partial<Record<EngagementModel, string>> = words.costContext;
  return notes[model] ?? null;
}
