/**
 * The assessment machine with its I/O: one flat set of actors (storage, leads, results, transfer,
 * durability), each handed to the machine that invokes it, the root or one of its children.
 */
import { assessmentMachine, type AssessmentMachine } from './assessment-machine';
import { leadDeliveryMachine } from './lead-delivery-machine';
import { undoDeletionMachine } from './undo-deletion-machine';

type ActorsOf<M> = M extends { provide(i: { actors?: infer A }): unknown } ? NonNullable<A> : never;

/** Every I/O actor the flow uses, its children's included, by name. */
export type FlowIo = Omit<ActorsOf<AssessmentMachine>, 'leadDelivery' | 'undoDeletion'> &
  ActorsOf<typeof leadDeliveryMachine> &
  ActorsOf<typeof undoDeletionMachine>;

/** Leaves out what is not given, so a machine keeps its own stand-in for it. */
const given = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The machine with its I/O: one flat set of actors, each handed to the machine that invokes it
 * (the root or a child), and the undo window's length when it is not UNDO_WINDOW_MS (tests).
 */
export function provideFlow(io: Partial<FlowIo>, timing: { undoWindowMs?: number } = {}) {
  const { loadLeads, deliverLead, eraseLeads, markDeleted, eraseDeleted, restoreDeleted, ...own } =
    io;
  const undoWindow = timing.undoWindowMs;
  return assessmentMachine.provide({
    actors: {
      ...given(own),
      leadDelivery: leadDeliveryMachine.provide({
        actors: given({ loadLeads, deliverLead, eraseLeads }),
      }),
      undoDeletion: undoDeletionMachine.provide({
        actors: given({ markDeleted, eraseDeleted, restoreDeleted }),
        ...(undoWindow === undefined ? {} : { delays: { undoWindow } }),
      }),
    },
  });
}
