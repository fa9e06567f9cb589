/**
 * Deleting with undo on its own: its graph walked through public API (every state reached, every
 * declared transition taken, snapshots that survive JSON). library-flow.test.ts runs it inside
 * the assessment machine over a real repository, with its timing.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot, type SnapshotFrom } from 'xstate';
import { libraryEntry, oneInLibrary, twoInLibrary } from './test-fixtures';
import {
  activeIds,
  declaredTransitions,
  leafIds,
  takenTransitions,
  walk,
  type GraphPass,
} from './test-graph';
import { undoDeletionMachine, type UndoDeletionEvent } from './undo-deletion-machine';

type Snap = SnapshotFrom<typeof undoDeletionMachine>;

// Walked alone, with nobody to report to: what the parent hears is library-flow.test.ts's.
const quiet = () => {};
const machine = undoDeletionMachine.provide({
  actions: { reportPending: quiet, reportLibrary: quiet, notify: quiet },
});

const ownEvents: Record<UndoDeletionEvent['type'], true> = {
  'assessment.delete': true,
  'deletion.undo': true,
  'deletion.hold': true,
  'deletion.release': true,
  'deletion.extend': true,
  'deletions.found': true,
  'deletions.forget': true,
};

const events: UndoDeletionEvent[] = [
  { type: 'assessment.delete', id: 'a1' },
  { type: 'assessment.delete', id: 'a2' },
  { type: 'deletion.undo' },
  { type: 'deletion.hold' },
  { type: 'deletion.release' },
  { type: 'deletion.extend' },
  { type: 'deletions.found', deleted: [libraryEntry({ id: 'a9' })] },
  { type: 'deletions.forget' },
];
const pass: GraphPass = {
  events,
  outputs: {
    markDeleted: [
      { state: oneInLibrary, marked: libraryEntry({ id: 'a2' }) },
      { state: oneInLibrary, marked: null },
    ],
    restoreDeleted: [twoInLibrary],
    eraseDeleted: [oneInLibrary],
  },
  delays: ['undoWindow'],
};

const serializeState = (snapshot: AnyMachineSnapshot) => {
  const s = snapshot as Snap;
  return JSON.stringify([s.value, s.context.pending.length]);
};

describe('the undo-deletion graph', () => {
  const { paths, adjacency } = walk(machine, [pass], {
    ownEventTypes: new Set(Object.keys(ownEvents)),
    serializeState,
  });

  it('reaches every state', () => {
    const reached = new Set(paths.flatMap((p) => activeIds(machine, p.state)));
    expect(leafIds(machine).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('takes every declared transition', () => {
    const taken = takenTransitions(machine, adjacency, serializeState);
    // What it tells the parent changes nothing here; library-flow.test.ts sees what it hears.
    const declared = declaredTransitions(
      undoDeletionMachine,
      (action) => action.startsWith('report') || action === 'notify',
    );
    expect(declared.filter((d) => !taken.has(d))).toEqual([]);
  });

  it('persist → JSON → restore → persist gives the same snapshot at every state', () => {
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const actor = createActor(machine, { snapshot: path.state as Snap });
      const persisted = actor.getPersistedSnapshot();
      const restored = createActor(machine, {
        snapshot: JSON.parse(JSON.stringify(persisted)),
      });
      expect(restored.getPersistedSnapshot()).toEqual(persisted);
    }
  });
});
