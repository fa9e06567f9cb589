/**
 * The results the machine holds for the assessment on screen, with what they were worked out
 * from: what that is now, and whether they are current. Plain functions with no XState and no
 * engine, so the first screen's selectors can use them.
 */
import type { ComputedResults, FlowContext, ResultsInput } from './flow-types';

/** What the results on screen are worked out from: the open assessment, or a share link's. */
export function resultsInputOf(context: FlowContext): ResultsInput | null {
  const a = context.current ?? context.shared;
  if (!a) return null;
  const input: ResultsInput = {
    answers: a.answers,
    assumptions: a.assumptions,
    scenario: a.scenario ?? null,
  };
  const { current, comparingWith: earlier } = context;
  if (current && earlier) {
    input.comparison = { earlier, later: { id: current.id, createdAt: current.createdAt } };
  }
  return input;
}

const same = (x: unknown, y: unknown) => x === y || JSON.stringify(x) === JSON.stringify(y);

/** True when `results` were worked out from exactly `input`. */
export function isFor(results: ComputedResults | null, input: ResultsInput | null): boolean {
  return (
    results !== null &&
    input !== null &&
    same(results.input.answers, input.answers) &&
    same(results.input.assumptions, input.assumptions) &&
    same(results.input.scenario, input.scenario) &&
    (results.input.comparison?.earlier.id ?? null) === (input.comparison?.earlier.id ?? null)
  );
}

/** True when the results held are those of what is on screen now. */
export const resultsAreCurrent = (context: FlowContext): boolean =>
  isFor(context.results, resultsInputOf(context));
