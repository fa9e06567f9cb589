/**
 * Deleting with undo, a process of its own: a deleted assessment stays on disk, marked, for the
 * undo window (UNDO_WINDOW_MS); then it is erased. A tab closed meanwhile loses nothing: the next
 * start finds the mark and offers undo again. The assessment machine invokes it and passes on the
 * library's delete and undo events; it hears back the library after each change, the assessments
 * waiting to be erased (`deletions.changed`) and what went wrong.
 */
import { assertEvent, assign, fromPromise, sendParent, setup } from 'xstate';
import type { ChildReport, LibraryEntry, LibraryState, MarkDeletedResult } from './flow-types';
import { UNDO_WINDOW_MS } from './flow-view';
import type { Notice } from './notices';
import { notProvided } from './not-provided';

export type UndoDeletionEvent =
  /** Delete an assessment the library lists (the assessment machine has checked it does). */
  | { type: 'assessment.delete'; id: string }
  | { type: 'deletion.undo' }
  /** The Undo offer is in use (focus or pointer in it): its window waits. */
  | { type: 'deletion.hold' }
  /** Let go of the Undo offer: its window starts again in full. */
  | { type: 'deletion.release' }
  /** "More time": the undo window starts again in full. */
  | { type: 'deletion.extend' }
  /** At start-up: deletions marked on disk whose window had not ended when the tab closed. */
  | { type: 'deletions.found'; deleted: LibraryEntry[] }
  /** Everything was erased: nothing is pending any more. */
  | { type: 'deletions.forget' };

/** The storage actors this machine needs; start-flow.ts provides them over the repository. */
export const undoDeletionActors = {
  markDeleted: fromPromise<MarkDeletedResult, { id: string }>(notProvided('markDeleted')),
  eraseDeleted: fromPromise<LibraryState, { ids: string[] }>(notProvided('eraseDeleted')),
  restoreDeleted: fromPromise<LibraryState, { ids: string[] }>(notProvided('restoreDeleted')),
};

const ids = (pending: readonly LibraryEntry[]) => ({ ids: pending.map((e) => e.id) });

export const undoDeletionMachine = setup({
  types: {
    context: {} as { pending: LibraryEntry[] },
    events: {} as UndoDeletionEvent,
  },
  delays: { undoWindow: UNDO_WINDOW_MS },
  actors: undoDeletionActors,
  guards: {
    hasPending: ({ context }) => context.pending.length > 0,
    wasMarked: (_, params: MarkDeletedResult) => params.marked !== null,
  },
  actions: {
    setPending: assign((_, params: { pending: LibraryEntry[] }) => ({ pending: params.pending })),
    forgetPending: assign({ pending: [] }),
    /** Earlier deletions stay pending too: one Undo brings back everything deleted meanwhile. */
    addMarked: assign(({ context }, params: { marked: LibraryEntry }) => ({
      pending: [...context.pending.filter((e) => e.id !== params.marked.id), params.marked],
    })),
    /** What is pending goes to the assessment machine too: its Undo bar shows it. */
    reportPending: sendParent(({ context }): ChildReport => ({
      type: 'deletions.changed',
      pending: context.pending,
    })),
    reportLibrary: sendParent((_, params: LibraryState): ChildReport => ({
      type: 'library.changed',
      state: params,
    })),
    notify: sendParent((_, params: Notice): ChildReport => ({
      type: 'notice.add',
      notice: params,
    })),
  },
}).createMachine({
  id: 'undoDeletion',
  context: { pending: [] },
  initial: 'idle',
  on: {
    'deletions.found': {
      actions: [
        { type: 'setPending', params: ({ event }) => ({ pending: event.deleted }) },
        'reportPending',
      ],
    },
    'deletions.forget': {
      target: '.idle',
      actions: ['forgetPending', 'reportPending'],
    },
  },
  states: {
    idle: {
      always: { guard: 'hasPending', target: 'pending' },
      on: { 'assessment.delete': 'marking' },
    },
    marking: {
      invoke: {
        src: 'markDeleted',
        input: ({ event }) => {
          assertEvent(event, 'assessment.delete');
          return { id: event.id };
        },
        onDone: [
          {
            guard: { type: 'wasMarked', params: ({ event }) => event.output },
            target: 'pending',
            actions: [
              { type: 'reportLibrary', params: ({ event }) => event.output.state },
              { type: 'addMarked', params: ({ event }) => ({ marked: event.output.marked! }) },
              'reportPending',
            ],
          },
          {
            // Nothing was marked: earlier deletions (if any) stay pending.
            target: 'idle',
            actions: { type: 'reportLibrary', params: ({ event }) => event.output.state },
          },
        ],
        onError: { target: 'idle', actions: { type: 'notify', params: { kind: 'delete-failed' } } },
      },
    },
    pending: {
      on: {
        'deletion.undo': 'restoring',
        'assessment.delete': 'marking',
      },
      // The window waits while the Undo offer is in use (focus or pointer in it) and starts
      // again in full when it is let go, or on "More time" (WCAG 2.2.1).
      initial: 'counting',
      states: {
        counting: {
          after: { undoWindow: '#undoDeletion.erasing' },
          on: {
            'deletion.hold': 'held',
            'deletion.extend': { target: 'counting', reenter: true },
          },
        },
        held: { on: { 'deletion.release': 'counting' } },
      },
    },
    erasing: {
      invoke: {
        src: 'eraseDeleted',
        input: ({ context }) => ids(context.pending),
        onDone: {
          target: 'idle',
          actions: [
            'forgetPending',
            'reportPending',
            { type: 'reportLibrary', params: ({ event }) => event.output },
          ],
        },
        // Still marked on disk: the next start offers them again, nothing is lost.
        onError: { target: 'idle', actions: ['forgetPending', 'reportPending'] },
      },
    },
    restoring: {
      invoke: {
        src: 'restoreDeleted',
        input: ({ context }) => ids(context.pending),
        onDone: {
          target: 'idle',
          actions: [
            'forgetPending',
            'reportPending',
            { type: 'reportLibrary', params: ({ event }) => event.output },
          ],
        },
        onError: {
          target: 'idle',
          actions: [
            'forgetPending',
            'reportPending',
            { type: 'notify', params: { kind: 'restore-failed' } },
          ],
        },
      },
    },
  },
});
