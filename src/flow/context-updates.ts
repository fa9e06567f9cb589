/**
 * What the assessment machine's actions and guards work out from its context: pure functions
 * (no XState), so the setup stays a list of named implementations.
 */
import { assertEvent } from 'xstate';
import { resultsAreCurrent } from './computed-results';
import type {
  AssessmentUpdate,
  FlowContext,
  FlowEvent,
  LibraryActivity,
  LibraryEntry,
  LibraryState,
  OpenAssessment,
  ScoreSummary,
} from './flow-types';
import { withNotices } from './notices';
import { discoveryComplete, type Cursor } from './steps';
import { COMPANY_NAME_MAX, NOTE_MAX } from '../core/limits';

export const MAX_NOTE_LENGTH = NOTE_MAX;
export const MAX_COMPANY_LENGTH = COMPANY_NAME_MAX;

export const at = (questionId: string): Cursor => ({ step: 'question', questionId });

/** The library as storage reports it; a notice raised on the way here stays until dismissed. */
export const libraryFrom = (context: FlowContext, state: LibraryState): Partial<FlowContext> => ({
  library: state.library,
  notices: withNotices(context.notices, state.notices),
  storage: state.mode,
});

/** A change to the open assessment, or none when nothing is open. */
export function withCurrent(
  context: FlowContext,
  change: (a: OpenAssessment) => Partial<OpenAssessment>,
): Partial<FlowContext> {
  return context.current ? { current: { ...context.current, ...change(context.current) } } : {};
}

/** The question the cursor is on, or null on the review or the results. */
export function questionCursor(context: FlowContext): string | null {
  const c = context.current?.cursor;
  return c && c.step === 'question' ? c.questionId : null;
}

/** The cursor on a question found from the answers, or where it was when there is none. */
export function moveTo(
  context: FlowContext,
  find: (a: OpenAssessment, at: string | null) => string | null | undefined,
): Partial<FlowContext> {
  return withCurrent(context, (a) => {
    const target = find(a, questionCursor(context));
    return { cursor: target ? at(target) : a.cursor };
  });
}

export const inLibrary = (
  context: FlowContext,
  id: string | undefined,
): LibraryEntry | undefined =>
  id === undefined ? undefined : context.library.find((e) => e.id === id);

export const cleanName = (name: string): string => name.trim().slice(0, MAX_COMPANY_LENGTH);

/** The library's activity line for a change made from the library (rename or note). */
export function updateActivity(context: FlowContext, event: FlowEvent): LibraryActivity | null {
  if (event.type === 'assessment.rename' && event.id) {
    return { kind: 'renamed', id: event.id, companyName: cleanName(event.companyName) };
  }
  if (event.type === 'note.set' && event.assessmentId) {
    const entry = inLibrary(context, event.assessmentId);
    return { kind: 'noted', id: event.assessmentId, companyName: entry?.companyName ?? '' };
  }
  return null;
}

/** What a library change made from the welcome screen writes. */
export function updateFor(event: FlowEvent): AssessmentUpdate {
  if (event.type === 'assessment.rename' && event.id) {
    return { id: event.id, companyName: cleanName(event.companyName) };
  }
  assertEvent(event, 'note.set');
  return { id: event.assessmentId ?? '', note: event.text };
}

/**
 * The library's gap score and model to store with a save of the open assessment: null until
 * discovery is complete; from the results when they are current; otherwise undefined (the stored
 * one is kept: results are worked out while they are shown, and when the assessment is closed).
 */
export function summaryToSave(context: FlowContext): ScoreSummary | null | undefined {
  const a = context.current;
  if (!a || !discoveryComplete(a.answers)) return null;
  const outcome = resultsAreCurrent(context) ? context.results?.outcome : undefined;
  if (outcome?.kind !== 'ok') return undefined;
  return {
    gap: 100 - Math.round(outcome.result.readiness.overall),
    model: outcome.result.recommendation.model,
  };
}
