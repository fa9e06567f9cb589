import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { assumptionsFor, defaultAssumptions } from './assumptions';
import { assumptionSourcesFor } from './assumption-sources';
import { demoConfig } from './config';
import { CONTENT_VERSION, applicableQuestions, readinessQuestions } from './content/questions';
import { SCORING_VERSION, wholeScoresOf } from './scoring';
import {
  DOMAINS,
  ValidationError,
  type Answers,
  type DiscoveryAnswers,
  type EngagementModel,
  type ReadinessAnswer,
} from './types';

const baseDiscovery: DiscoveryAnswers = {
  employees: 50,
  industry: 'professional-services',
  regulations: [],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'none',
  initiatives: [],
  dedicatedMandate: 'no',
};

/** Discovery answers plus every applicable readiness question at one level, with overrides. */
function answersFor(
  d: Partial<DiscoveryAnswers>,
  level: ReadinessAnswer,
  overrides: Record<string, ReadinessAnswer> = {},
): Answers {
  const discovery: Answers = { ...baseDiscovery, ...d };
  const readiness = applicableQuestions(discovery)
    .filter((q) => q.section === 'readiness')
    .map((q) => [q.id, overrides[q.id] ?? level] as const);
  return { ...discovery, ...Object.fromEntries(readiness) };
}

interface Case {
  name: string;
  answers: Answers;
  model: EngagementModel;
  reasons?: string[];
  warnings?: string[];
}

/** 'unknown' everywhere but Govern and IT strategy (an unknown roadmap would add a vCIO). */
const manyUnknowns = Object.fromEntries(
  readinessQuestions
    .filter((q) => q.domain !== 'govern' && q.domain !== 'it-strategy')
    .map((q) => [q.id, 'unknown' as const]),
);

const cases: Case[] = [
  {
    name: '8-person accounting firm with an MSP and no trigger',
    answers: answersFor({ employees: 8 }, 2),
    model: 'msp-only',
    reasons: ['no-trigger'],
  },
  {
    name: '40-person clinic under HIPAA with an MSP',
    answers: answersFor({ employees: 40, industry: 'healthcare', regulations: ['hipaa'] }, 2),
    model: 'vciso-retainer',
    reasons: ['trigger-regulated', 'ongoing-need'],
    warnings: ['retainer-needs-deliverables'],
  },
  {
    name: '60-person SaaS whose biggest customer asks for a named security leader',
    answers: answersFor(
      { employees: 60, industry: 'technology-saas', customerDemands: 'named-security-leader' },
      3,
      { 'gv-security-owner': 1, 'gv-board-reporting': 1 },
    ),
    model: 'vciso-retainer',
    reasons: ['trigger-customer-driven', 'ongoing-need'],
  },
  {
    name: '50-person firm with questionnaires only and readiness 75',
    answers: answersFor({ employees: 50, customerDemands: 'questionnaires' }, 3),
    model: 'vciso-project',
    reasons: ['project-shape'],
  },
  {
    name: '120-person manufacturer with an ERP initiative nobody oversees, and no trigger',
    answers: answersFor({ employees: 120, industry: 'manufacturing', initiatives: ['erp'] }, 2, {
      'it-initiative-governance': 1,
    }),
    model: 'fractional-cio',
    reasons: ['major-initiatives'],
    warnings: ['vcio-conflict-of-interest'],
  },
  {
    name: 'the same manufacturer under CMMC',
    answers: answersFor(
      { employees: 120, industry: 'manufacturing', initiatives: ['erp'], regulations: ['cmmc'] },
      2,
      { 'it-initiative-governance': 1 },
    ),
    model: 'vciso-and-fractional-cio',
    reasons: ['trigger-regulated', 'major-initiatives'],
  },
  {
    name: 'an incident under way',
    answers: answersFor({ employees: 35, incident: 'active' }, 1),
    model: 'incident-response',
    reasons: ['active-incident'],
    warnings: ['program-after-incident'],
  },
  {
    name: 'a 1,500-person company',
    answers: answersFor({ employees: 1_500 }, 2),
    model: 'full-time-ciso',
    reasons: ['large-organization'],
    warnings: ['interim-vciso', 'not-offered'],
  },
  {
    name: '300-person NYDFS insurer',
    answers: answersFor({ employees: 300, industry: 'insurance', regulations: ['nydfs'] }, 2),
    model: 'vciso-retainer',
    reasons: ['third-party-leader-allowed'],
  },
  {
    name: '15-person mortgage broker under the FTC Safeguards Rule with no IT support',
    answers: answersFor(
      {
        employees: 15,
        industry: 'financial-services',
        regulations: ['ftc-safeguards'],
        itSupport: 'none',
      },
      0,
    ),
    model: 'msp-only',
    reasons: ['needs-operations-first'],
  },
  {
    name: 'a prospect with many unknowns',
    answers: answersFor({ employees: 40, regulations: ['soc2'] }, 2, manyUnknowns),
    model: 'vciso-retainer',
    warnings: ['many-unknowns'],
  },
];

describe('assess: realistic prospects on the real question bank', () => {
  it.each(cases)('$name → $model', ({ answers, model, reasons = [], warnings = [] }) => {
    const result = assess(answers);
    expect(result.recommendation.model).toBe(model);
    expect(result.recommendation.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(reasons));
    expect(result.recommendation.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining(warnings),
    );
    expect(result.costs.fractionalCio !== null).toBe(
      result.recommendation.itStrategy === 'fractional-cio',
    );
    expect(result.plan.length).toBeLessThanOrEqual(9);
  });
});

describe('assess', () => {
  const answers = answersFor({ employees: 40, regulations: ['hipaa'] }, 2, { 'pr-mfa': 0 });

  it('records the content and scoring versions', () => {
    const result = assess(answers);
    expect(result.contentVersion).toBe(CONTENT_VERSION);
    expect(result.scoringVersion).toBe(SCORING_VERSION);
  });

  it('gives the gap as 100 − readiness', () => {
    const { readiness, gap } = assess(answers);
    expect(gap.overall).toBeCloseTo(100 - readiness.overall, 12);
    for (const d of DOMAINS) expect(gap.byDomain[d]).toBeCloseTo(100 - readiness.byDomain[d], 12);
  });

  it('carries the whole-number scores every reader shows', () => {
    const result = assess(answers);
    expect(result.wholeScores).toEqual(wholeScoresOf(result.readiness));
    expect(result.wholeScores.overall).toBe(Math.round(result.readiness.overall));
    expect(result.wholeScores.gap).toBe(100 - result.wholeScores.overall);
  });

  it('carries the source of every assumption it priced with, and of every default', () => {
    const defaults = assumptionsFor(40, demoConfig);
    const plain = assess(answers);
    expect(plain.assumptionSources).toEqual(assumptionSourcesFor(defaults, defaults, demoConfig));
    expect(plain.defaultAssumptionSources).toEqual(plain.assumptionSources);
    expect(plain.assumptionSources.vcisoMonthlyRetainer.source).toBe(
      `${demoConfig.brand.name}’s price for a business of your size`,
    );

    const edited = assess(answers, {
      assumptions: { ...plain.defaultAssumptions, cisoBaseSalary: 300_000 },
    });
    expect(edited.assumptionSources.cisoBaseSalary).toEqual({
      source: 'Your own figure, changed in this assessment',
      isAssumption: false,
    });
    // The defaults' sources do not change with an edit: the form shows them beside each box.
    expect(edited.defaultAssumptionSources).toEqual(plain.defaultAssumptionSources);
    expect(edited.assumptionSources.benefitsLoad).toEqual(plain.assumptionSources.benefitsLoad);
  });

  it('names the MSP in the sources when its configuration is given', () => {
    const config = { ...demoConfig, brand: { ...demoConfig.brand, name: 'Contoso IT' } };
    const result = assess(answers, { config });
    expect(result.assumptionSources.onDemandHourlyRate.source).toBe(
      'Contoso IT’s price for a business of your size',
    );
  });

  it('scores only the questions that apply', () => {
    const { readiness } = assess(answers);
    const ids = readiness.contributions.map((c) => c.questionId);
    expect(ids).not.toContain('pr-payment-card');
    expect(readiness.applicableCount).toBe(ids.length);
    expect(readiness.unansweredCount).toBe(0);
  });

  it('puts the weakest foundation in the first month', () => {
    const first = assess(answers).plan.filter((p) => p.phase === 'days-1-30');
    expect(first.map((p) => p.questionId)).toContain('pr-mfa');
  });

  it('is pure: same answers, same result, and the input is left alone', () => {
    const frozen = Object.freeze({ ...answers });
    expect(assess(frozen)).toEqual(assess(frozen));
  });

  it('uses the given assumptions and config', () => {
    const result = assess(answers, {
      assumptions: { ...defaultAssumptions, horizonMonths: 12 },
      config: { ...demoConfig, offers: ['msp-only'] },
    });
    expect(result.costs.horizonMonths).toBe(12);
    expect(result.recommendation.warnings.map((w) => w.id)).toContain('not-offered');
  });

  it("prices the vCISO at the MSP's tier for the head count by default", () => {
    const result = assess(answers);
    expect(result.costs.vcisoBreakdown.retainer).toBeGreaterThan(0);
    expect(result.recommendation.hoursPerMonth).toEqual({ min: 10, max: 15 });
  });

  it('accepts partial readiness answers and counts them as unanswered', () => {
    const partial: Answers = { ...baseDiscovery, 'pr-mfa': 3 };
    const result = assess(partial);
    expect(result.readiness.unansweredCount).toBe(result.readiness.applicableCount - 1);
    expect(result.recommendation.warnings.map((w) => w.id)).toContain('many-unknowns');
  });

  it('scores as if the practices left out were not in the bank', () => {
    // pr-mfa is answered 0 here, below every other practice.
    const full = assess(answers);
    const without = assess(answers, { leaveOut: ['pr-mfa'] });
    expect(without.readiness.applicableCount).toBe(full.readiness.applicableCount - 1);
    expect(without.readiness.contributions.map((c) => c.questionId)).not.toContain('pr-mfa');
    expect(without.readiness.byDomain.protect).toBeGreaterThan(full.readiness.byDomain.protect);
    expect(without.plan.map((p) => p.questionId)).not.toContain('pr-mfa');
    expect(assess(answers, { leaveOut: [] })).toEqual(full);
  });

  it('lists every problem with the answers in one ValidationError', () => {
    const bad = { ...answers, employees: undefined, industry: 'pirates', 'pr-mfa': 7 };
    let error: unknown;
    try {
      assess(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const fields = (error as ValidationError).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['employees', 'industry', 'pr-mfa']));
    expect(new Set(fields).size).toBe(fields.length);
    expect((error as ValidationError).message).toMatch(/^Answers: /);
  });

  it('rejects bad assumptions with a ValidationError naming them', () => {
    expect(() =>
      assess(answers, { assumptions: { ...defaultAssumptions, benefitsLoad: -1 } }),
    ).toThrow(/^Assumptions: benefitsLoad/);
  });
});
