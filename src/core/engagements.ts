/**
 * The defined vCISO projects the engine recommends, with their size: hours a month and months.
 * One table, read by the engine (which project, how many hours) and by the cost model (what it
 * costs, when its line stops). Each figure names its source; where no source gives one, it is
 * our assumption and says so.
 */
import type { HoursRange, MonthsRange, ProjectKind } from './types';

export interface ProjectSpec {
  /** A short name, e.g. "Audit-readiness project". */
  name: string;
  hoursPerMonth: HoursRange;
  months: MonthsRange;
  /** Where the hours and months come from. */
  source: string;
  /** True when a figure is our assumption rather than a published one. */
  isAssumption: boolean;
}

/** Published project shapes [46] and, where none is published, our stated assumptions. */
export const PROJECT_SPECS: Readonly<Record<ProjectKind, ProjectSpec>> = {
  'audit-readiness': {
    name: 'Audit-readiness project',
    hoursPerMonth: { min: 16, max: 32 },
    months: { min: 6, max: 12 },
    source: 'Published vCISO project shapes: audit readiness, 16–32 hours a month for 6–12 months',
    isAssumption: false,
  },
  'insurer-evidence': {
    name: 'Insurance-renewal evidence project',
    hoursPerMonth: { min: 8, max: 16 },
    months: { min: 2, max: 3 },
    source:
      'Published vCISO project shapes: cyber-insurance renewal, 60–90 days; the hours are our ' +
      'assumption (the questionnaire-support range)',
    isAssumption: true,
  },
  'questionnaire-support': {
    name: 'Questionnaire-support project',
    hoursPerMonth: { min: 8, max: 16 },
    months: { min: 3, max: 6 },
    source:
      'Published vCISO project shapes: questionnaire support, 8–16 hours a month; the 3–6 ' +
      'months are our assumption',
    isAssumption: true,
  },
  'post-incident': {
    name: 'Post-incident project',
    hoursPerMonth: { min: 8, max: 16 },
    months: { min: 3, max: 6 },
    source:
      'Published vCISO project shapes: post-incident work, 90–180 days; the hours are our ' +
      'assumption',
    isAssumption: true,
  },
  'program-build': {
    name: 'Security program build',
    hoursPerMonth: { min: 8, max: 16 },
    months: { min: 3, max: 4 },
    source:
      'Published vCISO engagement phases (onboarding, then a written 90-day plan); the hours ' +
      'and months are our assumption',
    isAssumption: true,
  },
  'small-firm-compliance': {
    name: 'Compliance project for a small firm',
    hoursPerMonth: { min: 6, max: 12 },
    months: { min: 2, max: 3 },
    source:
      'Our assumption: a risk analysis, core policies, naming your security official and a ' +
      'first yearly report, sized below the smallest published retainer',
    isAssumption: true,
  },
};
