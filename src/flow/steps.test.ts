import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answers } from '../core/types';
import { readinessQuestions } from '../core/content/questions';
import {
  canLeave,
  discoveryComplete,
  entryQuestionOf,
  firstMissingRequired,
  nextQuestionId,
  previousQuestionId,
  progressAt,
  questionSequence,
  sectionsFor,
} from './steps';

const discovery: Answers = {
  employees: 40,
  industry: 'healthcare',
  regulations: [],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'internal',
  securityLeadership: 'it-generalist',
  initiatives: [],
  dedicatedMandate: 'no',
};

describe('the order of questions', () => {
  it('asks discovery first, then the readiness sections in NIST CSF order plus IT strategy', () => {
    const ids = sectionsFor(discovery).map((s) => s.id);
    expect(ids).toEqual([
      'discovery',
      'govern',
      'identify',
      'protect',
      'detect',
      'respond',
      'recover',
      'it-strategy',
    ]);
  });

  it.each([
    ['pr-payment-card', { regulations: ['pci-dss'] }],
    ['pr-secure-development', { industry: 'technology-saas' }],
    ['it-initiative-governance', { initiatives: ['erp'] }],
    ['it-msp-oversight', { itSupport: 'msp' }],
  ])('asks %s only when it applies', (id, trigger) => {
    expect(questionSequence(discovery)).not.toContain(id);
    expect(questionSequence({ ...discovery, ...trigger })).toContain(id);
  });

  it('next and back walk the same sequence in opposite directions', () => {
    const seq = questionSequence(discovery);
    for (let i = 0; i < seq.length - 1; i++) {
      expect(nextQuestionId(discovery, seq[i]!)).toBe(seq[i + 1]);
      expect(previousQuestionId(discovery, seq[i + 1]!)).toBe(seq[i]);
    }
    expect(nextQuestionId(discovery, seq.at(-1)!)).toBeNull();
    expect(previousQuestionId(discovery, seq[0]!)).toBeNull();
  });

  it('moves sensibly from a question that stopped applying', () => {
    // The prospect answered the card question, then went back and removed PCI DSS.
    const seq = questionSequence(discovery);
    const next = nextQuestionId(discovery, 'pr-payment-card');
    const prev = previousQuestionId(discovery, 'pr-payment-card');
    expect(next).not.toBeNull();
    expect(prev).not.toBeNull();
    expect(seq.indexOf(next!)).toBe(seq.indexOf(prev!) + 1);
  });
});

describe('what may be skipped', () => {
  it('discovery is required, readiness is not', () => {
    expect(canLeave({}, 'employees')).toBe(false);
    expect(canLeave({ employees: 0 }, 'employees')).toBe(false);
    expect(canLeave({ employees: 3 }, 'employees')).toBe(true);
    const firstReadiness = readinessQuestions[0]!.id;
    expect(canLeave({}, firstReadiness)).toBe(true);
  });

  it('finds the first missing discovery answer and knows when discovery is complete', () => {
    expect(firstMissingRequired({ employees: 3 })).toBe('industry');
    expect(discoveryComplete(discovery)).toBe(true);
    expect(firstMissingRequired(discovery)).toBeNull();
    const { dedicatedMandate: _dropped, ...partial } = discovery;
    expect(discoveryComplete(partial)).toBe(false);
  });

  it('enters a section at its first unanswered question', () => {
    const govern = sectionsFor(discovery).find((s) => s.id === 'govern')!;
    const answered = { ...discovery, [govern.questionIds[0]!]: 3 };
    expect(entryQuestionOf(answered, 'govern')).toBe(govern.questionIds[1]);
    expect(entryQuestionOf(discovery, 'govern')).toBe(govern.questionIds[0]);
  });
});

describe('progress tells the truth', () => {
  it('counts sections, questions and what is left', () => {
    const p = progressAt({ employees: 12 }, 'industry');
    expect(p.sectionIndex).toBe(1);
    expect(p.section).toBe('discovery');
    expect(p.questionIndexInSection).toBe(2);
    expect(p.answered).toBe(1);
    expect(p.left).toBe(p.total - 1);
    expect(p.sectionCount).toBe(sectionsFor({ employees: 12 }).length);
  });

  it('answered + left = total for any set of readiness answers', () => {
    const ids = readinessQuestions.map((q) => q.id);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(0, 1, 2, 3, 4, 'unknown')),
        (readiness) => {
          const answers = { ...discovery, ...readiness };
          const p = progressAt(answers, 'employees');
          expect(p.answered + p.left).toBe(p.total);
          expect(p.total).toBe(questionSequence(answers).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
