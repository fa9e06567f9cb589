/**
 * Presenter mode's steps for one result: the scores, the verdict on its own, the reasons and the
 * warnings, the costs, the 90-day plan and, when the rep compared with an earlier assessment, the
 * progress. Long lists are split over further steps (a fixed number of items each, chosen so a
 * step fits a 1024×768 projector at presenter type sizes; the e2e test measures it), never cut.
 * Pure: the machine counts the steps, the presenter view draws the one it is on.
 */
import type { ProgressComparison } from '../core/progress';
import { PLAN_PHASES, type AssessmentResult, type PlanPhase } from '../core/types';
import type { ComputedResults } from './flow-types';

/** Items per step: at presenter type sizes each takes two to four lines. */
export const PRESENTER_CHUNKS = { reasons: 3, warnings: 2, plan: 3, answers: 6 } as const;

export type PresenterStep =
  | { kind: 'readiness' }
  | { kind: 'functions' }
  | { kind: 'verdict' }
  | { kind: 'reasons'; from: number; to: number }
  | { kind: 'warnings'; from: number; to: number }
  | { kind: 'cost-chart' }
  | { kind: 'cost-totals' }
  | { kind: 'cost-scenario' }
  | { kind: 'plan'; phase: PlanPhase; from: number; to: number }
  | { kind: 'plan-empty' }
  | { kind: 'progress-scores' }
  | { kind: 'progress-answers'; from: number; to: number };

/** What the steps are made from: counts, so the machine need not hold the whole result. */
export interface PresenterOutline {
  reasons: number;
  warnings: number;
  /** Plan items per phase, in plan order (phases with none left out). */
  plan: readonly { phase: PlanPhase; items: number }[];
  /** Whether a scenario B is priced beside the costs (a step of its own). */
  scenario: boolean;
  /** Changed answers of the comparison, or null when no comparison was made. */
  progressAnswers: number | null;
}

function chunks(count: number, size: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let from = 0; from < count; from += size)
    out.push({ from, to: Math.min(count, from + size) });
  return out;
}

/** Every step, in the order they are revealed. */
export function presenterSteps(outline: PresenterOutline): PresenterStep[] {
  const steps: PresenterStep[] = [{ kind: 'readiness' }, { kind: 'functions' }];
  if (outline.progressAnswers !== null) {
    steps.push({ kind: 'progress-scores' });
    for (const c of chunks(outline.progressAnswers, PRESENTER_CHUNKS.answers)) {
      steps.push({ kind: 'progress-answers', ...c });
    }
  }
  steps.push({ kind: 'verdict' });
  for (const c of chunks(outline.reasons, PRESENTER_CHUNKS.reasons)) {
    steps.push({ kind: 'reasons', ...c });
  }
  for (const c of chunks(outline.warnings, PRESENTER_CHUNKS.warnings)) {
    steps.push({ kind: 'warnings', ...c });
  }
  steps.push({ kind: 'cost-chart' }, { kind: 'cost-totals' });
  if (outline.scenario) steps.push({ kind: 'cost-scenario' });
  if (outline.plan.length === 0) steps.push({ kind: 'plan-empty' });
  for (const { phase, items } of outline.plan) {
    for (const c of chunks(items, PRESENTER_CHUNKS.plan)) steps.push({ kind: 'plan', phase, ...c });
  }
  return steps;
}

/** The outline of a result (and of a comparison, when one was made). */
export function presenterOutline(
  result: AssessmentResult,
  progress: ProgressComparison | null = null,
): PresenterOutline {
  const rec = result.recommendation;
  return {
    reasons: rec.reasons.length,
    warnings: rec.warnings.length,
    plan: PLAN_PHASES.map((phase) => ({
      phase,
      items: result.plan.filter((p) => p.phase === phase).length,
    })).filter((p) => p.items > 0),
    scenario: result.scenario !== null,
    progressAnswers: progress ? progress.answers.length : null,
  };
}

/** The steps for the results the machine holds: none until they are worked out, or when they failed. */
export function presenterStepsFor(results: ComputedResults | null): PresenterStep[] {
  const outcome = results?.outcome;
  return outcome?.kind === 'ok'
    ? presenterSteps(presenterOutline(outcome.result, results?.progress ?? null))
    : [];
}

/** A move through the steps. */
export type PresenterMove = 'first' | 'previous' | 'next' | 'last';

/**
 * The step index after a move, within [0, count - 1]: stepping past either end stays there. An
 * index beyond the steps (the results changed while presenting) counts as the last step.
 */
export function presenterIndexAfter(index: number, count: number, move: PresenterMove): number {
  const last = Math.max(0, count - 1);
  const at = Math.min(Math.max(0, index), last);
  switch (move) {
    case 'first':
      return 0;
    case 'previous':
      return Math.max(0, at - 1);
    case 'next':
      return Math.min(last, at + 1);
    case 'last':
      return last;
  }
}
