/**
 * What the screens read off the machine's snapshot, and the machine's undo window: plain
 * functions with no XState at run time, so the first screen can use them before the machine's
 * code has loaded (the machine imports them from here).
 */
import type { SnapshotFrom } from 'xstate';
import type { AssessmentMachine } from './assessment-machine';
import type { FlowContext, LeadReceipt } from './flow-types';

/** A deleted assessment can be brought back for this long; then it is erased (assumption). */
export const UNDO_WINDOW_MS = 8_000;

/** The lead captured for the open assessment, if any. */
export function leadFor(context: FlowContext): LeadReceipt | null {
  const id = context.current?.id;
  return (id && context.leads.find((l) => l.assessmentId === id)) || null;
}

/** The presenter's steps, in the order they are revealed. */
export const PRESENTER_STEPS = ['scores', 'recommendation', 'costs', 'plan'] as const;
export type PresenterStep = (typeof PRESENTER_STEPS)[number];

/** The presenter step on screen, or null when presenter mode is off. */
export function presenterStepOf(snapshot: SnapshotFrom<AssessmentMachine>): PresenterStep | null {
  return (
    PRESENTER_STEPS.find((step) =>
      snapshot.matches({ main: { open: { results: { full: { presenting: step } } } } }),
    ) ?? null
  );
}
