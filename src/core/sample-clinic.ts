/**
 * A sample prospect answered the same way every time: a 40-person clinic under HIPAA with a mix
 * of maturity levels and a few "Don't know" answers. The configurator previews its result at the
 * MSP's prices; the report's tests use it as their typical assessment.
 */
import { questions } from './content/questions';
import type { Answers, ReadinessAnswer } from './types';

export function sampleClinicAnswers(): Answers {
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
