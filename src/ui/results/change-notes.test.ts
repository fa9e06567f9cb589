import { describe, expect, it } from 'vitest';
import { assess } from '../../core/assess';
import { applicableQuestions } from '../../core/content/questions';
import type { Answers, DiscoveryAnswers, ReadinessAnswer } from '../../core/types';
import { wholeScore } from '../../core/scoring';
import { diffResults, scoreMove } from './change-notes';

const discovery: DiscoveryAnswers = {
  employees: 50,
  industry: 'healthcare',
  regulations: ['hipaa'],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'none',
  initiatives: [],
  dedicatedMandate: 'no',
};

function answersAt(level: ReadinessAnswer, d: Partial<DiscoveryAnswers> = {}): Answers {
  const base: Answers = { ...discovery, ...d };
  const readiness = applicableQuestions(base)
    .filter((q) => q.section === 'readiness')
    .map((q) => [q.id, level] as const);
  return { ...base, ...Object.fromEntries(readiness) };
}

describe('scoreMove', () => {
  it.each<[number, number, string, string]>([
    [42.2, 47.4, '42', '47'],
    [42.2, 42.4, '42.2', '42.4'],
    [42.24, 42.26, '42.2', '42.3'],
    [50, 50, '50', '50'],
    [0, 100, '0', '100'],
  ])('%d → %d reads %s → %s', (from, to, a, b) => {
    const shown = (exact: number) => ({ exact, whole: wholeScore(exact) });
    expect(scoreMove(shown(from), shown(to))).toEqual({ from: a, to: b });
  });
});

describe('diffResults', () => {
  it('reports the overall score and only the functions that moved', () => {
    const answers = answersAt(1);
    const before = assess(answers);
    const after = assess({ ...answers, 'gv-security-owner': 4 });
    const change = diffResults(before, after);
    expect(Number(change.overall.to)).toBeGreaterThan(Number(change.overall.from));
    expect(change.domains.map((d) => d.domain)).toEqual(['govern']);
    expect(change.domains[0]?.label).toBe('Govern');
  });

  it('names the recommendation before and after when the model changes', () => {
    // Customer questionnaires on a mature program: a project; at level 0 it needs a retainer.
    const asked: Partial<DiscoveryAnswers> = { customerDemands: 'questionnaires', regulations: [] };
    const low = assess(answersAt(0, asked));
    const high = assess(answersAt(4, asked));
    expect(low.recommendation.model).not.toBe(high.recommendation.model);
    const change = diffResults(low, high);
    expect(change.recommendation).toEqual({
      from: low.recommendation.headline,
      to: high.recommendation.headline,
    });
  });

  it('says nothing changed when nothing did', () => {
    const r = assess(answersAt(2));
    expect(diffResults(r, r)).toEqual({
      overall: { from: '50', to: '50' },
      domains: [],
      recommendation: null,
    });
  });
});
