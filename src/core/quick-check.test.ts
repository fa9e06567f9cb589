import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess';
import { applicableQuestions } from './content/questions';
import {
  discoveryQuestions,
  isApplicable,
  outlineById,
  readinessOutlines,
} from './content/question-structure';
import {
  NOT_ASKED_READING,
  QUICK_CHECK_IDS,
  QUICK_CHECK_LIMIT,
  isQuickComplete,
  quickQuestionIds,
  validateQuickAnswers,
} from './quick-check';
import { validateAnswer, validateAnswers } from './schema';
import { SECURITY_DOMAINS } from './scoring';
import { answersTo, fullAnswersArb } from './test-prospects';
import type { AnswerValue, Answers } from './types';

const RUNS = { numRuns: 200, seed: 20_261_216 };

const declared: readonly string[] = QUICK_CHECK_IDS;
const notAsked = Object.keys(NOT_ASKED_READING);

/** A quick check answered in full: a 40-person firm on an MSP. */
const quick: Answers = {
  employees: 40,
  regulations: ['hipaa'],
  customerDemands: 'none',
  cyberInsurance: 'evidence-requested',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'it-generalist',
  dedicatedMandate: 'no',
  'gv-security-owner': 1,
  'id-risk-assessment': 'unknown',
  'pr-mfa': 3,
  'rs-ir-plan': 0,
};

describe('the declaration', () => {
  it(`asks at most ${QUICK_CHECK_LIMIT} questions, each a real question, none twice`, () => {
    expect(QUICK_CHECK_LIMIT).toBe(12);
    expect(declared.length).toBeLessThanOrEqual(QUICK_CHECK_LIMIT);
    expect(new Set(declared).size).toBe(declared.length);
    for (const id of declared) expect(outlineById(id), id).toBeDefined();
  });

  it('asks discovery first, then practices, each part in bank order', () => {
    const sections = declared.map((id) => outlineById(id)?.section);
    const firstPractice = sections.indexOf('readiness');
    expect(sections.slice(0, firstPractice).every((s) => s === 'discovery')).toBe(true);
    expect(sections.slice(firstPractice).every((s) => s === 'readiness')).toBe(true);
    const bankOrder = [...discoveryQuestions, ...readinessOutlines].map((q) => q.id);
    const positions = declared.map((id) => bankOrder.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('asks or reads every discovery question: each is either asked or has a reading, never both', () => {
    for (const q of discoveryQuestions) {
      const asked = declared.includes(q.id);
      expect(asked !== notAsked.includes(q.id), q.id).toBe(true);
    }
    expect(notAsked.every((id) => discoveryQuestions.some((q) => q.id === id))).toBe(true);
  });

  it('asks every number question (a number cannot be tried value by value)', () => {
    for (const q of discoveryQuestions.filter((x) => x.kind === 'number')) {
      expect(declared).toContain(q.id);
    }
  });

  it('reads a question not asked as a valid answer, or as "not answered" only where that is allowed', () => {
    for (const [id, value] of Object.entries(NOT_ASKED_READING)) {
      if (value === undefined) expect(outlineById(id)?.appliesWhen, id).toBeDefined();
      else expect(validateAnswer(id, value), id).toBeNull();
    }
  });

  it('asks the foundational practices: weight 2, security, one per CSF function', () => {
    const practices = readinessOutlines.filter((q) => declared.includes(q.id));
    expect(practices.length).toBeGreaterThanOrEqual(4);
    for (const q of practices) {
      expect(q.weight).toBe(Math.max(...readinessOutlines.map((o) => o.weight)));
      expect(SECURITY_DOMAINS).toContain(q.domain);
    }
    expect(new Set(practices.map((q) => q.domain)).size).toBe(practices.length);
  });
});

describe('quickQuestionIds', () => {
  it('lists the declared questions that apply, in the declared order', () => {
    expect(quickQuestionIds({})).toEqual(
      declared.filter((id) => {
        const q = outlineById(id);
        return q !== undefined && isApplicable(q, {});
      }),
    );
    expect(quickQuestionIds(quick)).toEqual([...QUICK_CHECK_IDS]);
  });

  it('decides a conditional question on quick answers alone, as the full bank would', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const ids = quickQuestionIds(answersTo(full, declared));
        for (const id of declared) {
          const q = outlineById(id);
          if (!q?.appliesWhen) continue;
          expect(ids.includes(id as never)).toBe(isApplicable(q, full));
        }
        // Every question asked applies to the prospect, and no applicable one is left out.
        expect(ids).toEqual(
          declared.filter((id) => applicableQuestions(full).some((q) => q.id === id)),
        );
      }),
      RUNS,
    );
  });
});

describe('validateQuickAnswers', () => {
  it('accepts a quick check answered in full, and keeps every answer as given', () => {
    const result = validateQuickAnswers(quick);
    expect(result).toEqual({ ok: true, value: quick });
    expect(isQuickComplete(quick)).toBe(true);
  });

  it('lets practices be left unanswered, but not the discovery questions asked of everyone', () => {
    const noPractices = answersTo(quick, declared.slice(0, 8));
    expect(validateQuickAnswers(noPractices).ok).toBe(true);
    const result = validateQuickAnswers({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual(
      declared.filter((id) => outlineById(id)?.section === 'discovery'),
    );
    expect(result.issues.every((i) => i.message === 'is required')).toBe(true);
    expect(isQuickComplete({})).toBe(false);
  });

  it('names every bad value, as validateAnswers does', () => {
    const result = validateQuickAnswers({ ...quick, employees: 0, 'pr-mfa': 7, nope: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field).sort()).toEqual(['employees', 'nope', 'pr-mfa']);
    expect(validateQuickAnswers('answers').ok).toBe(false);
  });

  it('keeps answers beyond the quick check (a prefilled industry is used, not dropped)', () => {
    const result = validateQuickAnswers({ ...quick, industry: 'healthcare', 'de-edr': 2 });
    expect(result.ok && result.value.industry).toBe('healthcare');
    expect(result.ok && result.value['de-edr']).toBe(2);
  });
});

describe('continuing to the full assessment', () => {
  it('keeps every quick answer: same ids, same values, nothing to convert', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const quickAnswers = answersTo(full, quickQuestionIds(full));
        // The quick answers are valid full-assessment answers as they are.
        expect(validateAnswers(quickAnswers)).toEqual({ ok: true, value: quickAnswers });
        for (const [id, value] of Object.entries(quickAnswers)) expect(value).toEqual(full[id]);
        // The full assessment starts from them and asks only what is left.
        const rest = applicableQuestions(full)
          .map((q) => q.id)
          .filter((id) => quickAnswers[id] === undefined);
        const continued: Record<string, AnswerValue | undefined> = { ...quickAnswers };
        for (const id of rest) continued[id] = full[id];
        expect(continued).toEqual(full);
        expect(assess(continued)).toEqual(assess(full));
      }),
      RUNS,
    );
  });

  it('the full assessment asks a conditional question the quick check left out', () => {
    // PCI DSS named in the quick check: the card questions come next in the full assessment.
    const answers: Answers = { ...quick, regulations: ['pci-dss'] };
    const next = applicableQuestions(answers).filter((q) => answers[q.id] === undefined);
    expect(next.map((q) => q.id)).toContain('cardHandling');
    expect(next.map((q) => q.id)).not.toContain('merchantLevel');
  });
});
