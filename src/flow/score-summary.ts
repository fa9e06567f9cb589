/**
 * The library's gap score and recommended model for one assessment, worked out by the engine.
 * This module pulls in the whole engine: import it only on demand (see createSummarizer), never on
 * the first question's path.
 */
import { assess } from '../core/assess';
import { validateSavedAssumptions } from '../core/assumptions';
import type { Config } from '../core/types';
import type { OpenAssessment, ScoreSummary } from './flow-types';
import { discoveryComplete } from './steps';

/** The same numbers the results page shows: gap = 100 − rounded readiness; null when unfinished. */
export function scoreSummaryOf(
  a: Pick<OpenAssessment, 'answers' | 'assumptions'>,
  config: Config,
): ScoreSummary | null {
  if (!discoveryComplete(a.answers)) return null;
  const checked = a.assumptions === null ? null : validateSavedAssumptions(a.assumptions);
  try {
    const result = assess(a.answers, {
      config,
      // Saved assumptions that no longer pass are set aside, as the results page does.
      ...(checked?.ok ? { assumptions: checked.value } : {}),
    });
    return {
      gap: 100 - Math.round(result.readiness.overall),
      model: result.recommendation.model,
    };
  } catch {
    return null;
  }
}
