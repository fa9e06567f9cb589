/**
 * The one call to the engine behind the results page. Saved assumptions that no longer pass
 * (limits tightened since they were saved, say) do not take the page down: the result is
 * worked out with the defaults and the page says why.
 */
import { assess } from '../../core/assess';
import { validateAssumptions } from '../../core/assumptions';
import {
  ValidationError,
  type Answers,
  type AssessmentResult,
  type Assumptions,
  type Config,
} from '../../core/types';

export type Outcome =
  | {
      kind: 'ok';
      result: AssessmentResult;
      /** Why the saved assumptions were set aside for the defaults; null when they were used. */
      assumptionsProblem: string | null;
    }
  | { kind: 'error'; message: string };

function messageOf(error: unknown): string {
  if (error instanceof ValidationError) return error.issues.map((i) => i.message).join('. ');
  return error instanceof Error ? error.message : String(error);
}

/** Runs assess() once; never throws, so a bad record shows a message rather than a blank page. */
export function computeOutcome(
  answers: Answers,
  saved: Assumptions | null,
  config: Config,
): Outcome {
  let assumptions: Assumptions | undefined;
  let assumptionsProblem: string | null = null;
  if (saved !== null) {
    const checked = validateAssumptions(saved);
    if (checked.ok) assumptions = checked.value;
    else assumptionsProblem = checked.issues.map((i) => i.message).join('. ');
  }
  try {
    const result = assess(answers, { config, ...(assumptions ? { assumptions } : {}) });
    return { kind: 'ok', result, assumptionsProblem };
  } catch (error) {
    return { kind: 'error', message: messageOf(error) };
  }
}
