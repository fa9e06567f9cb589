/**
 * The cost comparison in words, for the page and the PDF alike: what the recommended engagement
 * costs, what it is compared with and whether that comparison is realistic, and where the lines
 * cross. Every sentence is read off the same arrays the chart draws (see cost-story.test.ts,
 * which checks each one against them over random assumptions).
 */
import type { Assumptions, CostComparison, CostCrossing, CostSeries } from './types';

/** The words the cost section, the chart legend and the PDF use for one comparison. */
export interface CostStory {
  /** The line the recommendation is about, as the legend names it. */
  engagementName: string;
  /** The full-time line, as the legend names it (with "for reference" when unrealistic). */
  fullTimeName: string;
  /** Whether the fractional line is drawn (not for "nothing to price"). */
  showEngagementLine: boolean;
  /** The headline figure: a label and a value, for the PDF's cover box and the page. */
  headline: { label: string; value: string };
  /** What the recommendation costs, in a sentence. */
  cost: string;
  /** The comparison with a full-time hire, when it is on; else null. */
  comparison: string | null;
  /** Where the lines cross, when both are drawn; else null. */
  crossing: string | null;
  /** Further facts: a project's monthly cost against a retainer, the fractional CIO's part. */
  notes: string[];
}

/** Hours as a person writes them: at most two decimals, no exponent. */
const plain = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

const years = (months: number): string => {
  const y = months / 12;
  return `${y} ${y === 1 ? 'year' : 'years'}`;
};

/** A share such as 0.2124 as a whole percentage; under 1% reads "<1%" rather than "0%". */
export function shareText(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** The list of months in words: "2", "2 and 5", "2, 5 and 9". */
function monthList(months: readonly number[]): string {
  if (months.length <= 1) return `${months[0] ?? ''}`;
  return `${months.slice(0, -1).join(', ')} and ${months[months.length - 1] ?? ''}`;
}

/** The cumulative total at the end of a month. */
const at = (s: CostSeries, month: number): number => s.cumulative[month] ?? 0;

/** Which line is higher at the first month the two differ; null when always equal. */
export function firstHigher(c: CostComparison): 'full-time' | 'vciso' | null {
  for (let m = 1; m <= c.horizonMonths; m++) {
    const gap = at(c.fullTimeCiso, m) - at(c.vciso, m);
    if (gap !== 0) return gap > 0 ? 'full-time' : 'vciso';
  }
  return null;
}

function engagementName(c: CostComparison): string {
  const cio = c.includesFractionalCio ? ' and fractional CIO' : '';
  switch (c.engagement) {
    case 'retainer':
      return `vCISO retainer${cio}`;
    case 'project':
      return `vCISO project${cio}`;
    case 'incident':
      return `Incident response (estimate)${cio}`;
    case 'fractional-cio':
      return 'Fractional CIO';
    case 'full-time':
      return 'vCISO retainer, for comparison';
    case 'none':
      return 'vCISO retainer, for reference';
  }
}

function fullTimeName(c: CostComparison): string {
  const who = c.includesFractionalCio
    ? c.engagement === 'fractional-cio'
      ? 'Full-time CIO'
      : 'Full-time CISO and CIO'
    : 'Full-time CISO';
  if (c.engagement === 'full-time') return `${who} (recommended)`;
  return c.fullTimeRealistic ? who : `${who}, for reference`;
}

/** The first full month's spend after any one-off fee: what the engagement costs a month. */
function steadyMonthly(c: CostComparison): number {
  return c.vciso.monthly[Math.min(2, c.horizonMonths)] ?? 0;
}

function costSentence(c: CostComparison, a: Assumptions, money: (n: number) => string): string {
  const span = years(c.horizonMonths);
  const b = c.vcisoBreakdown;
  const cio = c.includesFractionalCio
    ? ` (${money(b.fractionalCio)} of it for the fractional CIO)`
    : '';
  switch (c.engagement) {
    case 'retainer': {
      const onDemand = a.onDemandHoursPerMonth * a.onDemandHourlyRate;
      const parts = [
        `the retainer ${money(a.vcisoMonthlyRetainer)}`,
        ...(b.onDemand > 0
          ? [`${plain(a.onDemandHoursPerMonth)} on-demand hours ${money(onDemand)}`]
          : []),
        ...(c.includesFractionalCio ? [`the fractional CIO ${money(a.fractionalCioMonthly)}`] : []),
      ];
      const monthly =
        parts.length === 1
          ? `The vCISO retainer costs ${money(a.vcisoMonthlyRetainer)} a month`
          : `The recommended engagement costs ${money(steadyMonthly(c))} a month in the first ` +
            `year (${parts.slice(0, -1).join(', ')} and ${parts.at(-1)})`;
      return (
        `${monthly}: ${money(c.vciso.total)} over ${span} with the ${money(b.onboarding)} ` +
        `onboarding fee${cio}.`
      );
    }
    case 'project': {
      const months = Math.min(a.projectMonths, c.horizonMonths);
      return (
        `The vCISO project costs about ${money(b.project)} over ${months} ` +
        `${months === 1 ? 'month' : 'months'} (${plain(a.projectHoursPerMonth)} hours a month at ` +
        `${money(a.onDemandHourlyRate)} an hour), then ` +
        (c.includesFractionalCio ? 'the project’s part stops' : 'its line stops') +
        (b.yearlyRefresh > 0
          ? `; the yearly refresh adds ${money(b.yearlyRefresh)} over ${span}`
          : '') +
        (b.onDemand > 0 ? `; on-demand hours add ${money(b.onDemand)}` : '') +
        `. In all, ${money(c.vciso.total)} over ${span}${cio}.`
      );
    }
    case 'incident':
      return (
        `Incident response is estimated at ${money(b.incident)} (${plain(a.incidentHours)} hours at ` +
        `${money(a.onDemandHourlyRate)} an hour) for a first response, billed as the work is ` +
        'done; a larger incident can take far more. The program after the incident is priced ' +
        'once it is closed' +
        (c.includesFractionalCio ? `; the fractional CIO adds ${money(b.fractionalCio)}` : '') +
        '.'
      );
    case 'fractional-cio':
      return `The fractional CIO costs ${money(steadyMonthly(c))} a month, ${money(c.vciso.total)} over ${span}.`;
    case 'full-time': {
      const ft = c.fullTimeBreakdown;
      const parts = [
        `${money(ft.recruiterFees)} in search fees`,
        ...(ft.interimCover > 0 ? [`${money(ft.interimCover)} of interim cover`] : []),
        ...(ft.tooling > 0 ? [`${money(ft.tooling)} of tooling and training`] : []),
      ];
      return (
        `A full-time CISO costs ${money(c.fullTimeCiso.total)} over ${span}, including ` +
        `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]}` +
        (c.includesFractionalCio ? `, with a full-time CIO's ${money(ft.fullTimeCio)}` : '') +
        '.'
      );
    }
    case 'none': {
      const reference = `a vCISO retainer for your size would cost ${money(a.vcisoMonthlyRetainer)} a month`;
      switch (c.nothingToPrice) {
        case 'keep-leader':
          return (
            'There is nothing new to price: keep your security leader and give the role the ' +
            `budget it needs. For reference, ${reference}, to back that person up.`
          );
        case 'operations-first':
          return (
            'There is nothing to price now: put IT operations in place first. For reference, ' +
            `${reference} once they run.`
          );
        default:
          return (
            'There is nothing to price now: no security leadership engagement is recommended. ' +
            `For reference, ${reference} when a reason for one appears.`
          );
      }
    }
  }
}

function headline(c: CostComparison, money: (n: number) => string): CostStory['headline'] {
  const span = years(c.horizonMonths);
  if (c.engagement === 'none') {
    return {
      label: c.nothingToPrice === 'keep-leader' ? 'New spend recommended' : 'Recommended spend now',
      value: money(0),
    };
  }
  if (c.engagement === 'full-time') {
    return { label: `Full-time CISO over ${span}`, value: money(c.fullTimeCiso.total) };
  }
  const fractional = c.engagement !== 'incident' && c.engagement !== 'project';
  // A saving is headlined only for an ongoing engagement set against the ongoing hire it stands
  // in for; a project or an incident is not a substitute for a CISO, so it is never a "saving".
  if (fractional && c.compareWithFullTime && c.difference > 0) {
    const ref = c.fullTimeRealistic ? '' : ' (for reference)';
    return {
      label: `Less than a full-time hire over ${span}${ref}`,
      value: money(c.difference),
    };
  }
  return fractional
    ? { label: 'Recommended engagement, a month', value: money(steadyMonthly(c)) }
    : { label: `Recommended engagement over ${span}`, value: money(c.vciso.total) };
}

function comparisonSentence(c: CostComparison, money: (n: number) => string): string | null {
  if (!c.compareWithFullTime) return null;
  const span = years(c.horizonMonths);
  const share = c.shareOfFullTime === null ? null : shareText(c.shareOfFullTime);
  if (c.engagement === 'full-time') {
    return (
      `A vCISO retainer for your size would cost ${money(c.vciso.total)} over ${span}` +
      (share ? ` (${share} of the full-time cost)` : '') +
      ', as interim cover during the search, or for comparison where no dedicated executive ' +
      'is required.'
    );
  }
  const who = lowerName(fullTimeName(c).replace(/, for reference$/, ''));
  const prefix = c.fullTimeRealistic
    ? ''
    : 'For reference only, since a full-time hire is rarely a realistic option at your size: ';
  if (c.engagement === 'none') {
    const body = `a ${who} would cost ${money(c.fullTimeCiso.total)} over ${span}.`;
    return prefix ? `${prefix}${body}` : `For reference, ${body}`;
  }
  const diff =
    c.difference > 0
      ? `${money(c.difference)} less`
      : c.difference < 0
        ? `${money(-c.difference)} more`
        : 'the same';
  const body =
    `against a ${who} at ${money(c.fullTimeCiso.total)} over ${span}, what we recommend ` +
    `costs ${diff}` +
    (share && c.difference > 0 ? ` (${share} of it)` : '') +
    '.';
  return prefix ? `${prefix}${body}` : `${body.charAt(0).toUpperCase()}${body.slice(1)}`;
}

const lowerName = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** Where the lines cross, true of every month: several crossings are all named. */
export function crossingSentence(
  c: CostComparison,
  names: { fullTime: string; engagement: string },
): string {
  const who = (p: CostCrossing['higherAfter']): string =>
    lowerName(p === 'full-time' ? names.fullTime : names.engagement);
  const last = c.crossings[c.crossings.length - 1];
  if (!last) {
    const higher = firstHigher(c);
    return higher === null
      ? 'The two lines are equal throughout.'
      : `The lines never cross: the ${who(higher)} costs more in total from the first month to the last.`;
  }
  if (c.crossings.length === 1) {
    return `The lines cross in month ${last.month}: from then on the ${who(last.higherAfter)} costs more in total.`;
  }
  if (c.crossings.length > 2) {
    // Search fees paid in thirds make the early months zig-zag; the month list is in the table.
    return (
      `The lines cross ${c.crossings.length} times, the last in month ${last.month}; from then ` +
      `on the ${who(last.higherAfter)} costs more in total.`
    );
  }
  return (
    `The lines cross in months ${monthList(c.crossings.map((x) => x.month))}; from month ` +
    `${last.month} on the ${who(last.higherAfter)} costs more in total.`
  );
}

function notesFor(c: CostComparison, a: Assumptions, money: (n: number) => string): string[] {
  const notes: string[] = [];
  if (c.engagement === 'project') {
    const projectMonthly = a.projectHoursPerMonth * a.onDemandHourlyRate;
    if (projectMonthly > a.vcisoMonthlyRetainer) {
      notes.push(
        `While it runs, the project costs more a month than a retainer for your size ` +
          `(${money(projectMonthly)} against ${money(a.vcisoMonthlyRetainer)}): it packs more ` +
          'hours into a few months, then stops.',
      );
    }
  }
  if (!c.fullTimeRealistic && c.compareWithFullTime && c.engagement !== 'full-time') {
    notes.push(
      'Below 250 staff, without a mandate for a dedicated executive, hiring a full-time CISO is ' +
        'rarely a realistic option; the line is there for reference.',
    );
  }
  return notes;
}

/** The cost comparison in words: the same sentences on the page and in the PDF. */
export function costStory(
  c: CostComparison,
  a: Assumptions,
  money: (n: number) => string,
): CostStory {
  const names = { engagement: engagementName(c), fullTime: fullTimeName(c) };
  const drawn = c.engagement !== 'none' || c.compareWithFullTime;
  return {
    engagementName: names.engagement,
    fullTimeName: names.fullTime,
    showEngagementLine: c.engagement !== 'none',
    headline: headline(c, money),
    cost: costSentence(c, a, money),
    comparison: comparisonSentence(c, money),
    crossing:
      c.compareWithFullTime && c.engagement !== 'none' && drawn ? crossingSentence(c, names) : null,
    notes: notesFor(c, a, money),
  };
}
