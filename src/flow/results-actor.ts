/**
 * The machine's `computeResults` actor: the engine (core/outcome.ts, with assess()) loads on
 * demand, off the first question's path, and works out one Outcome per change.
 */
import { fromPromise } from 'xstate';
import type { Config } from '../core/types';
import type { ComputedResults, ResultsInput } from './flow-types';

export function createResultsActor(config: Config) {
  return fromPromise<ComputedResults, ResultsInput>(async ({ input }) => {
    const { computeOutcome } = await import('../core/outcome');
    const { answers, assumptions, scenario, comparison } = input;
    const outcome = computeOutcome(answers, assumptions, config, scenario);
    if (!comparison || outcome.kind !== 'ok') return { input, outcome, progress: null };
    // Progress since an earlier assessment: both scored with today's engine (core/progress.ts).
    const { compareAssessments } = await import('../core/progress');
    const { earlier, later } = comparison;
    try {
      const progress = compareAssessments(
        earlier,
        { ...later, contentVersion: outcome.result.contentVersion, answers },
        { config },
      );
      return { input, outcome, progress };
    } catch {
      // An earlier assessment whose answers no longer validate: the results stand without it.
      return { input, outcome, progress: null };
    }
  });
}
