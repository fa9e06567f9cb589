import { describe, expect, it } from 'vitest';
import { assumptionsFor } from './assumptions';
import { demoConfig } from './config';
import { applicableQuestions } from './content/questions';
import type { Answers, Assumptions } from './types';
import { computeOutcome } from './outcome';

const discovery: Answers = {
  employees: 40,
  industry: 'legal',
  regulations: [],
  customerDemands: 'questionnaires',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'none',
  initiatives: [],
  dedicatedMandate: 'no',
};
const answers: Answers = {
  ...discovery,
  ...Object.fromEntries(
    applicableQuestions(discovery)
      .filter((q) => q.section === 'readiness')
      .map((q) => [q.id, 2]),
  ),
};
const defaults = assumptionsFor(40, demoConfig);

describe('computeOutcome', () => {
  it('uses the saved assumptions when they pass', () => {
    const saved: Assumptions = { ...defaults, horizonMonths: 60 };
    const outcome = computeOutcome(answers, saved, demoConfig);
    expect(outcome).toMatchObject({ kind: 'ok', assumptionsProblem: null });
    if (outcome.kind === 'ok') expect(outcome.result.costs.horizonMonths).toBe(60);
  });

  it('falls back to the defaults and says why when saved assumptions fail the limits', () => {
    const saved = { ...defaults, cisoBaseSalary: 9_000_000, horizonMonths: 60 } as Assumptions;
    const outcome = computeOutcome(answers, saved, demoConfig);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.assumptionsProblem).toBe('CISO base salary must be at most 5,000,000');
    expect(outcome.result.costs.horizonMonths).toBe(defaults.horizonMonths);
  });

  it('returns the engine message, not a crash, when the answers are not valid', () => {
    const outcome = computeOutcome({ ...answers, employees: -3 }, null, demoConfig);
    expect(outcome).toMatchObject({ kind: 'error', message: expect.stringMatching(/./) });
  });

  it('prices scenario B beside A, over A’s horizon whatever B was saved with', () => {
    const a: Assumptions = { ...defaults, horizonMonths: 60 };
    const b: Assumptions = { ...defaults, horizonMonths: 12, vcisoMonthlyRetainer: 9_000 };
    const outcome = computeOutcome(answers, a, demoConfig, b);
    expect(outcome).toMatchObject({ kind: 'ok', scenarioProblem: null });
    if (outcome.kind !== 'ok') return;
    expect(outcome.result.scenario?.costsB.horizonMonths).toBe(60);
    expect(outcome.result.scenario?.changed).toEqual(['vcisoMonthlyRetainer']);
    const vciso = outcome.result.scenario?.rows.find((r) => r.id === 'vciso');
    expect(vciso?.b).toBeGreaterThan(vciso?.a ?? Infinity);
  });

  it('leaves scenario B out and says why when its saved figures fail the limits', () => {
    const b = { ...defaults, onDemandHourlyRate: -5 } as Assumptions;
    const outcome = computeOutcome(answers, null, demoConfig, b);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.result.scenario).toBeNull();
    expect(outcome.scenarioProblem).toMatch(/hourly rate/i);
  });
});
