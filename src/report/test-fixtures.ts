/** Sample assessments for the report's tests (not imported by the app). */
import { assess } from '../core/assess';
import { demoConfig } from '../core/config';
import { sampleClinicAnswers } from '../core/sample-clinic';
import {
  DOMAINS,
  type AssessmentResult,
  type Answers,
  type AssumptionSources,
  type Assumptions,
  type Config,
} from '../core/types';
import type { ReportInput } from './report-model';

/** A 40-person clinic under HIPAA with a mix of levels and a few "Don't know" answers. */
export const clinicAnswers = sampleClinicAnswers;

/** A report input for the clinic (or other answers), with the demo config unless given. */
export function sampleInput(
  overrides: Partial<ReportInput> & { answers?: Answers; assumptions?: Assumptions } = {},
): ReportInput {
  const config: Config = overrides.config ?? demoConfig;
  const answers = overrides.answers ?? clinicAnswers();
  const { assumptions } = overrides;
  return {
    result:
      overrides.result ?? assess(answers, { config, ...(assumptions ? { assumptions } : {}) }),
    config,
    source: overrides.source ?? 'configured',
    companyName: overrides.companyName ?? 'Acme Dental',
    date: overrides.date ?? '2026-11-23',
    notes: overrides.notes ?? {},
    ...(overrides.progress ? { progress: overrides.progress } : {}),
  };
}

/**
 * The clinic's result with its shown scores, sources and a total replaced by figures no
 * rounding or pricing would give: a report that printed anything but the result's own numbers
 * would show the difference.
 */
export function markedResult(): AssessmentResult {
  const result = sampleInput().result;
  const byDomain = { ...result.wholeScores.byDomain };
  const gapByDomain = { ...result.wholeScores.gapByDomain };
  DOMAINS.forEach((d, i) => {
    byDomain[d] = 91 + i;
    gapByDomain[d] = 9 - i;
  });
  const sources = Object.fromEntries(
    Object.keys(result.assumptionSources).map((k) => [
      k,
      { source: `Marked source of ${k}`, isAssumption: false },
    ]),
  ) as AssumptionSources;
  return {
    ...result,
    wholeScores: { overall: 88, gap: 12, itStrategy: 77, byDomain, gapByDomain },
    assumptionSources: sources,
    costs: { ...result.costs, vciso: { ...result.costs.vciso, total: 987_654 } },
  };
}
