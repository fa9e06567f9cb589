import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRESENTER_CHUNKS,
  presenterIndexAfter,
  presenterSteps,
  presenterStepsFor,
  type PresenterOutline,
} from './presenter-steps';

const outline = (o: Partial<PresenterOutline> = {}): PresenterOutline => ({
  reasons: 3,
  warnings: 2,
  plan: [
    { phase: 'days-1-30', items: 3 },
    { phase: 'days-31-60', items: 3 },
  ],
  scenario: false,
  progressAnswers: null,
  ...o,
});

describe('presenterSteps', () => {
  it('shows the verdict on its own step, before the reasons', () => {
    const kinds = presenterSteps(outline()).map((s) => s.kind);
    expect(kinds.slice(0, 4)).toEqual(['readiness', 'functions', 'verdict', 'reasons']);
  });

  it('splits long lists over further steps and keeps every item', () => {
    const steps = presenterSteps(outline({ reasons: 7, warnings: 5 }));
    const reasons = steps.filter((s) => s.kind === 'reasons');
    expect(reasons.map((s) => [s.from, s.to])).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(steps.filter((s) => s.kind === 'warnings')).toHaveLength(3);
  });

  it('adds the progress steps after the scores when a comparison was made', () => {
    const kinds = presenterSteps(outline({ progressAnswers: 8 })).map((s) => s.kind);
    expect(kinds.slice(0, 5)).toEqual([
      'readiness',
      'functions',
      'progress-scores',
      'progress-answers',
      'progress-answers',
    ]);
    // No changed answer: the scores step alone says so.
    const none = presenterSteps(outline({ progressAnswers: 0 })).map((s) => s.kind);
    expect(none.filter((k) => k.startsWith('progress'))).toEqual(['progress-scores']);
  });

  it('gives scenario B a step of its own after the costs, when there is one', () => {
    const kinds = presenterSteps(outline({ scenario: true })).map((s) => s.kind);
    expect(kinds.slice(kinds.indexOf('cost-chart'), kinds.indexOf('cost-chart') + 3)).toEqual([
      'cost-chart',
      'cost-totals',
      'cost-scenario',
    ]);
  });

  it('says there is no plan on a step of its own when there is none', () => {
    const kinds = presenterSteps(outline({ plan: [] })).map((s) => s.kind);
    expect(kinds.at(-1)).toBe('plan-empty');
  });

  it('covers every item exactly once, within the chunk sizes (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.nat(20),
        fc.array(fc.nat(9), { minLength: 0, maxLength: 3 }),
        (reasons, warnings, plan) => {
          const phases = (['days-1-30', 'days-31-60', 'days-61-90'] as const)
            .slice(0, plan.length)
            .map((phase, i) => ({ phase, items: plan[i] ?? 0 }))
            .filter((p) => p.items > 0);
          const steps = presenterSteps(outline({ reasons, warnings, plan: phases }));
          const covered = (kind: 'reasons' | 'warnings', size: number) => {
            const parts = steps.filter((s) => s.kind === kind) as { from: number; to: number }[];
            for (const p of parts) expect(p.to - p.from).toBeLessThanOrEqual(size);
            return parts.reduce((n, p) => n + p.to - p.from, 0);
          };
          expect(covered('reasons', PRESENTER_CHUNKS.reasons)).toBe(reasons);
          expect(covered('warnings', PRESENTER_CHUNKS.warnings)).toBe(warnings);
          for (const { phase, items } of phases) {
            const parts = steps.filter((s) => s.kind === 'plan' && s.phase === phase) as {
              from: number;
              to: number;
            }[];
            expect(parts.reduce((n, p) => n + p.to - p.from, 0)).toBe(items);
          }
        },
      ),
    );
  });
});

describe('presenterIndexAfter', () => {
  it('moves one step at a time and stays at either end', () => {
    expect(presenterIndexAfter(0, 5, 'next')).toBe(1);
    expect(presenterIndexAfter(4, 5, 'next')).toBe(4);
    expect(presenterIndexAfter(3, 5, 'previous')).toBe(2);
    expect(presenterIndexAfter(0, 5, 'previous')).toBe(0);
    expect(presenterIndexAfter(3, 5, 'first')).toBe(0);
    expect(presenterIndexAfter(1, 5, 'last')).toBe(4);
  });

  it('treats an index past fewer steps (the results changed) as the last step', () => {
    expect(presenterIndexAfter(9, 5, 'next')).toBe(4);
    expect(presenterIndexAfter(9, 5, 'previous')).toBe(3);
  });

  it('stays in [0, count - 1] for any index, count and move', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('first', 'previous', 'next', 'last' as const),
        (index, count, move) => {
          const after = presenterIndexAfter(index, count, move);
          expect(after).toBeGreaterThanOrEqual(0);
          expect(after).toBeLessThanOrEqual(Math.max(0, count - 1));
        },
      ),
    );
  });
});

describe('presenterStepsFor', () => {
  it('has no steps until results are worked out, nor for results that failed', () => {
    expect(presenterStepsFor(null)).toEqual([]);
    const input = { answers: {}, assumptions: null, scenario: null };
    expect(presenterStepsFor({ input, outcome: { kind: 'error', message: 'x' } })).toEqual([]);
  });
});
