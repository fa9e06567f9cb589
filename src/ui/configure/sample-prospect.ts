/**
 * The prospect the configurator's previews are made for: a 40-person clinic under HIPAA with a
 * mix of maturity levels and a few "Don't know" answers, answered the same way every time, so
 * the sample result and the PDF cover change only with the configuration being edited.
 */
import { assess } from '../../core/assess';
import { sampleClinicAnswers } from '../../core/sample-clinic';
import type { AssessmentResult, Config } from '../../core/types';

export const SAMPLE_COMPANY = 'Acme Dental (sample)';

const ANSWERS = sampleClinicAnswers();

/** The sample prospect's result at this configuration's prices. */
export function sampleResult(config: Config): AssessmentResult {
  return assess(ANSWERS, { config });
}
