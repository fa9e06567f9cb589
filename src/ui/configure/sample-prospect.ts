/**
 * The prospect the configurator's previews are made for: a 40-person clinic under HIPAA with a
 * mix of maturity levels and a few "Don't know" answers, answered the same way every time, so
 * the sample result and the PDF cover change only with the configuration being edited.
 */
import { assess } from '../../core/assess';
import { questions } from '../../core/content/questions';
import type { Answers, AssessmentResult, Config, ReadinessAnswer } from '../../core/types';

export const SAMPLE_COMPANY = 'Acme Dental (sample)';

function sampleAnswers(): Answers {
  const answers: Record<string, unknown> = {
    employees: 40,
    industry: 'healthcare',
    regulations: ['hipaa'],
    customerDemands: 'questionnaires',
    cyberInsurance: 'basic',
    incident: 'none',
    itSupport: 'msp',
    securityLeadership: 'it-generalist',
    initiatives: ['cloud-migration'],
    dedicatedMandate: 'no',
  };
  const cycle: ReadinessAnswer[] = [2, 1, 3, 0, 'unknown', 2, 4, 1];
  questions
    .filter((q) => q.section === 'readiness')
    .forEach((q, i) => {
      answers[q.id] = cycle[i % cycle.length];
    });
  return answers as Answers;
}

const ANSWERS = sampleAnswers();

/** The sample prospect's result at this configuration's prices. */
export function sampleResult(config: Config): AssessmentResult {
  return assess(ANSWERS, { config });
}
