/**
 * Feeds the save actor's `summarize` option without putting the engine on the first screen's
 * path: nothing is loaded until discovery is complete, and a save never waits long for it.
 */
import type { OpenAssessment, ScoreSummary } from './flow-types';
import { discoveryComplete } from './steps';

export type SummaryEngine = (a: OpenAssessment) => ScoreSummary | null;

/** How long a save waits for the engine to arrive before it keeps the last known summary. */
export const SUMMARY_WAIT_MS = 150;

/**
 * `load` imports the engine (once; a failed import is retried on the next save). Resolves null
 * before discovery is complete, undefined when the engine is not there in time.
 */
export function createSummarizer(load: () => Promise<SummaryEngine>, waitMs = SUMMARY_WAIT_MS) {
  let engine: SummaryEngine | null = null;
  let loading: Promise<SummaryEngine> | null = null;
  return async (a: OpenAssessment): Promise<ScoreSummary | null | undefined> => {
    if (!discoveryComplete(a.answers)) return null;
    if (!engine) {
      loading ??= load().then(
        (e) => (engine = e),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>(
        (resolve) => (timer = setTimeout(() => resolve(null), waitMs)),
      );
      try {
        await Promise.race([loading, late]);
      } catch {
        return undefined;
      } finally {
        clearTimeout(timer);
      }
      if (!engine) return undefined;
    }
    return engine(a);
  };
}
