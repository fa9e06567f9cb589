import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MATURITY_LABELS } from './content/labels';
import { ITEMS_PER_PHASE, PLAN_PHASES, buildPlan } from './plan';
import { scoreReadiness } from './scoring';
import {
  ENGAGEMENT_MODELS,
  type Answers,
  type CsfCategory,
  type Domain,
  type ReadinessAnswer,
  type ReadinessQuestion,
} from './types';

function question(
  id: string,
  domain: Domain,
  weight: number,
  csf: CsfCategory[] = [],
  cis: number[] = [],
): ReadinessQuestion {
  return {
    id,
    section: 'readiness',
    kind: 'maturity',
    prompt: `${id}?`,
    whyWeAsk: 'Fixture.',
    domain,
    csf,
    cis,
    safeguards: [],
    levels: [
      `No ${id}`,
      `${id} happens now and then`,
      `${id} is written down`,
      `${id} is in place.`,
      `${id} is measured`,
    ],
    weight,
    action: `Set up ${id}.`,
  };
}

/** A small bank shaped like the real one: foundations, quick wins and ordinary practices. */
const bank: readonly ReadinessQuestion[] = [
  question('owner', 'govern', 2, ['GV.RR']),
  question('policies', 'govern', 1, ['GV.PO']),
  question('board', 'govern', 1, ['GV.OV']),
  question('inventory', 'identify', 1, ['ID.AM'], [1, 2]),
  question('risk-assessment', 'identify', 2, ['ID.RA']),
  question('mfa', 'protect', 2, ['PR.AA'], [6]),
  question('access', 'protect', 1, ['PR.AA'], [5, 6]),
  question('backups', 'protect', 2, ['PR.DS'], [11]),
  question('patching', 'protect', 1, ['PR.PS', 'ID.RA'], [7]),
  question('edr', 'detect', 1, ['DE.CM'], [10]),
  question('logs', 'detect', 1, ['DE.CM'], [8]),
  question('ir-plan', 'respond', 2, ['RS.MA'], [17]),
  question('containment', 'respond', 1, ['RS.MI'], [17]),
  question('restore', 'recover', 1, ['RC.RP'], [11]),
  question('roadmap', 'it-strategy', 2),
  question('budget', 'it-strategy', 1),
];

function planFor(answers: Answers, model: (typeof ENGAGEMENT_MODELS)[number] = 'vciso-retainer') {
  return buildPlan(bank, scoreReadiness(bank, answers), model);
}

const allAt = (level: ReadinessAnswer): Answers =>
  Object.fromEntries(bank.map((q) => [q.id, level]));

describe('buildPlan', () => {
  it('starts a vCISO plan with the foundations and quick wins', () => {
    const plan = planFor(allAt(0));
    expect(plan).toHaveLength(9);
    const first = plan.filter((p) => p.phase === 'days-1-30').map((p) => p.questionId);
    expect([...first].sort()).toEqual(['mfa', 'owner', 'risk-assessment']);
    const second = plan.filter((p) => p.phase === 'days-31-60').map((p) => p.questionId);
    expect([...second].sort()).toEqual(['backups', 'ir-plan', 'policies']);
  });

  it('does not treat an ordinary practice as a quick win because it shares a CIS control', () => {
    const early = planFor(allAt(0))
      .slice(0, 5)
      .map((p) => p.questionId);
    expect(early).not.toContain('access');
    expect(early).not.toContain('patching');
  });

  it('puts respond and recover first during an incident, in response order', () => {
    const first = planFor(allAt(0), 'incident-response')
      .filter((p) => p.phase === 'days-1-30')
      .map((p) => p.domain);
    expect(first.every((d) => d === 'respond' || d === 'recover')).toBe(true);
    const order = planFor(allAt(0), 'incident-response').map((p) => p.questionId);
    // Contain, then line up the responders the plan names, then restore (never restore first).
    expect(order.slice(0, 3)).toEqual(['containment', 'ir-plan', 'restore']);
  });

  it('leads with IT strategy for a fractional CIO and leaves it late for a vCISO', () => {
    expect(planFor(allAt(0), 'fractional-cio')[0]?.questionId).toBe('roadmap');
    const vciso = planFor(allAt(1), 'vciso-retainer').map((p) => p.domain);
    expect(vciso).not.toContain('it-strategy');
  });

  it('turns an unknown answer into a "find out" item', () => {
    const item = planFor({ ...allAt(4), mfa: 'unknown' }).find((p) => p.questionId === 'mfa');
    expect(item?.action).toBe(
      'Confirm whether this is in place: mfa is in place. If it is not, set up mfa.',
    );
    expect(item?.why).toMatch(/Don't know/);
  });

  it('names the current level in words', () => {
    const item = planFor({ ...allAt(4), owner: 1 })[0];
    expect(item).toMatchObject({
      questionId: 'owner',
      phase: 'days-1-30',
      action: 'Set up owner.',
    });
    expect(item?.why).toBe(
      `Today: ${MATURITY_LABELS[1]} (level 1 of 4): owner happens now and then.`,
    );
  });

  it('is empty when everything is implemented', () => {
    expect(planFor(allAt(3))).toEqual([]);
  });

  it('carries the framework references of the practice', () => {
    const item = planFor({ ...allAt(4), mfa: 0 })[0];
    expect(item).toMatchObject({ csf: ['PR.AA'], cis: [6], domain: 'protect' });
  });
});

const answersArb = fc
  .array(fc.constantFrom<ReadinessAnswer | undefined>(0, 1, 2, 3, 4, 'unknown', undefined), {
    minLength: bank.length,
    maxLength: bank.length,
  })
  .map((values) => Object.fromEntries(bank.map((q, i) => [q.id, values[i]])) as Answers);

describe('buildPlan properties', () => {
  it('holds at most three items per phase, in phase order, never a practice at level 3+', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ENGAGEMENT_MODELS), (answers, model) => {
        const plan = planFor(answers, model);
        expect(plan.length).toBeLessThanOrEqual(ITEMS_PER_PHASE * PLAN_PHASES.length);
        for (const phase of PLAN_PHASES) {
          expect(plan.filter((p) => p.phase === phase).length).toBeLessThanOrEqual(ITEMS_PER_PHASE);
        }
        const order = plan.map((p) => PLAN_PHASES.indexOf(p.phase));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(new Set(plan.map((p) => p.questionId)).size).toBe(plan.length);
        for (const p of plan) {
          const a = answers[p.questionId];
          expect(typeof a === 'number' && a >= 3).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fills the plan up to nine items when there are enough gaps', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ENGAGEMENT_MODELS), (answers, model) => {
        const gaps = bank.filter((q) => {
          const a = answers[q.id];
          return !(typeof a === 'number' && a >= 3);
        }).length;
        expect(planFor(answers, model)).toHaveLength(Math.min(gaps, 9));
      }),
      { numRuns: 200 },
    );
  });
});
