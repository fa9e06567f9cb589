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
    const { answers, assumptions, scenario } = input;
    return { input, outcome: computeOutcome(answers, assumptions, config, scenario) };
  });
}
