/**
 * What the screens read off the machine's snapshot: which screen shows, whether work is saved,
 * the presenter's step, the open assessment's lead. The machine marks its states with tags
 * (FlowTag); these selectors read tags and context only, never state paths, and need no XState
 * at run time, so the first screen can use them before the machine's code has loaded.
 */
import type { Outcome } from '../core/outcome';
import { resultsAreCurrent } from './computed-results';
import type { FlowContext, FlowTag, LeadReceipt } from './flow-types';
import { presenterStepsFor, type PresenterStep } from './presenter-steps';

export type { PresenterStep };

/** What the selectors need of a snapshot (the machine's snapshots are such). */
export interface FlowSnapshot {
  readonly context: FlowContext;
  hasTag(tag: FlowTag): boolean;
}

/** A deleted assessment can be brought back for this long; then it is erased (assumption). */
export const UNDO_WINDOW_MS = 8_000;

/** The lead captured for the open assessment, if any. */
export function leadFor(context: FlowContext): LeadReceipt | null {
  const id = context.current?.id;
  return (id && context.leads.find((l) => l.assessmentId === id)) || null;
}

/** Where presenter mode is: the step on screen, its index (from 0) and how many there are. */
export interface PresenterPosition {
  step: PresenterStep;
  index: number;
  count: number;
}

/** True while presenter mode is on (its steps show once the results are worked out). */
export const isPresenting = (snapshot: FlowSnapshot): boolean => snapshot.hasTag('presenting');

/** The presenter step on screen, or null when presenter mode is off (or has no results). */
export function presenterStepOf(snapshot: FlowSnapshot): PresenterPosition | null {
  if (!isPresenting(snapshot)) return null;
  const steps = presenterStepsFor(snapshot.context.results);
  if (steps.length === 0) return null;
  // The results may have changed under presenter mode: past the end is the last step.
  const index = Math.min(snapshot.context.presenterIndex, steps.length - 1);
  return { step: steps[index]!, index, count: steps.length };
}

/** The main screen: what the page shows under its header. */
export type Screen =
  'welcome' | 'loading' | 'questionnaire' | 'review' | 'lead-gate' | 'results' | 'shared';

/**
 * The screen for a snapshot; `null` before the machine runs, when the welcome screen shows at
 * once (or "loading" for a page opened with a share link, which shows something else).
 */
export function screenOf(snapshot: FlowSnapshot | null, sharing = false): Screen {
  if (snapshot === null) return sharing ? 'loading' : 'welcome';
  const s = snapshot;
  // The welcome screen is up before the library has loaded, and stays while it is changed.
  if (s.hasTag('welcome') || (s.hasTag('booting') && s.context.shareLink === null)) {
    return 'welcome';
  }
  if (s.hasTag('questionnaire')) return 'questionnaire';
  if (s.hasTag('review')) return 'review';
  // before-results: the form stands in front of the results until a lead is captured.
  const gated =
    s.hasTag('lead-gate') ||
    (s.hasTag('capturing-lead') && s.context.leadPlacement === 'before-results');
  if (gated) return 'lead-gate';
  if (s.hasTag('results')) return 'results';
  if (s.hasTag('shared')) return 'shared';
  return 'loading';
}

/** True once start-up has read what is on the device. */
export const isBooted = (snapshot: FlowSnapshot): boolean => !snapshot.hasTag('booting');

/** True when every change has been written (no save waiting or running). */
export const isSaved = (snapshot: FlowSnapshot): boolean => snapshot.hasTag('saved');

/** True while a lead from the form is being stored. */
export const isCapturingLead = (snapshot: FlowSnapshot): boolean =>
  snapshot.hasTag('capturing-lead');

/** True where a new version may be offered: the welcome screen or the results, never mid-answer. */
export const offersUpdate = (snapshot: FlowSnapshot): boolean => snapshot.hasTag('offers-update');

/**
 * The results of what is on screen (the open assessment or a share link's), as last worked out:
 * right after a what-if change they are the ones before it until the new ones arrive, so the page
 * never goes blank. Null until the first are worked out.
 */
export const resultsOf = (snapshot: FlowSnapshot): Outcome | null =>
  snapshot.context.results?.outcome ?? null;

/** The results only once worked out for exactly what is on screen now, else null. */
export const currentResultsOf = (snapshot: FlowSnapshot): Outcome | null =>
  resultsAreCurrent(snapshot.context) ? resultsOf(snapshot) : null;

/** Progress since the earlier assessment, once worked out for what is on screen; else null. */
export const progressOf = (snapshot: FlowSnapshot) =>
  snapshot.context.comparingWith && resultsAreCurrent(snapshot.context)
    ? (snapshot.context.results?.progress ?? null)
    : null;

/** The earlier assessment being compared with, if any (its results may still be on the way). */
export const comparingWithOf = (snapshot: FlowSnapshot) => snapshot.context.comparingWith;

/** True while the earlier assessment to compare with is read. */
export const isLoadingComparison = (snapshot: FlowSnapshot): boolean =>
  snapshot.hasTag('loading-comparison');
