/** Words for scenario B; loaded with the results screen. */
import type { ScenarioRowId } from '../../core/types';

export const scenarioText = {
  heading: 'Scenario B assumptions',
  lead: 'Starts as a copy of your assumptions. Change any figure to compare; B uses the same time horizon.',
  labelPrefix: 'Scenario B: ',
  reset: 'Copy your assumptions again',
  remove: 'Remove scenario B',
  add: 'Compare a scenario B',
  addHint:
    'A second set of cost assumptions, say a higher salary or a smaller retainer, drawn on the same chart.',
  tableHeading: 'Scenario A and B side by side',
  caption: (years: number) =>
    `Scenario A and B: totals over ${years} ${years === 1 ? 'year' : 'years'}`,
  a: 'A (your assumptions)',
  b: 'B',
  change: 'Change (B − A)',
  rows: {
    fullTimeCiso: 'Full-time side',
    vciso: 'Recommended engagement',
    fractionalCio: 'of which fractional CIO',
    difference: 'Difference (full-time − recommended)',
  } satisfies Record<ScenarioRowId, string>,
  changed: (labels: string) => `B differs in: ${labels}.`,
  same: 'B has the same figures as A: change one to compare.',
  problem: (message: string) => `Scenario B could not be priced (${message}). Correct it below.`,
  lineSuffix: ' (B)',
} as const;
