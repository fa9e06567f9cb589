/**
 * The one call to the engine behind the results: the page, the lead, the widget's event and the
 * library's summary all read the Outcome it returns (the flow works it out once per change).
 * Saved assumptions that no longer pass (limits tightened since they were saved, say) do not take
 * the results down: they are worked out with the defaults and the page says why.
 */
import { assess } from './assess';
import { defaultAssumptions, validateSavedAssumptions, type SavedAssumptions } from './assumptions';
import {
  ValidationError,
  type Answers,
  type AssessmentResult,
  type Assumptions,
  type Config,
} from './types';

export type Outcome =
  | {
      kind: 'ok';
      result: AssessmentResult;
      /** Why the saved assumptions were set aside for the defaults; null when they were used. */
      assumptionsProblem: string | null;
      /** Why saved scenario B assumptions could not be priced; null when fine or none. */
      scenarioProblem: string | null;
      /** The cost assumptions scenario A was priced with: the saved ones, else the defaults. */
      assumptions: Assumptions;
      /** The head count the defaults and the retainer tier were chosen for. */
      employees: number;
    }
  | { kind: 'error'; message: string };

function messageOf(error: unknown): string {
  if (error instanceof ValidationError) return error.issues.map((i) => i.message).join('. ');
  return error instanceof Error ? error.message : String(error);
}

/** Runs assess() once; never throws, so a bad record shows a message rather than a blank page. */
export function computeOutcome(
  answers: Answers,
  saved: SavedAssumptions | null,
  config: Config,
  savedScenario: SavedAssumptions | null = null,
): Outcome {
  let assumptions: SavedAssumptions | undefined;
  let assumptionsProblem: string | null = null;
  if (saved !== null) {
    const checked = validateSavedAssumptions(saved);
    if (checked.ok) assumptions = checked.value;
    else assumptionsProblem = checked.issues.map((i) => i.message).join('. ');
  }
  let scenario: SavedAssumptions | undefined;
  let scenarioProblem: string | null = null;
  if (savedScenario !== null) {
    // The page draws B on A's axis: B is priced over A's horizon, whatever it was saved with (the
    // defaults' horizon does not depend on the head count).
    const horizonMonths = (assumptions ?? defaultAssumptions).horizonMonths;
    const checked = validateSavedAssumptions({ ...savedScenario, horizonMonths });
    if (checked.ok) scenario = checked.value;
    else scenarioProblem = checked.issues.map((i) => i.message).join('. ');
  }
  try {
    const result = assess(answers, {
      config,
      ...(assumptions ? { assumptions } : {}),
      ...(scenario ? { scenario } : {}),
    });
    // assess() has checked the answers: the head count is a valid number from here on.
    const employees = answers['employees'] as number;
    return {
      kind: 'ok',
      result,
      assumptionsProblem,
      scenarioProblem,
      assumptions: result.assumptions,
      employees,
    };
  } catch (error) {
    return { kind: 'error', message: messageOf(error) };
  }
}
