/**
 * Walks a machine's state graph for its tests (xstate/graph over the pure transition function)
 * through public API only: the events a state waits for (its actors settling, its timers) are
 * read off the machine with getNextTransitions, never spelled out by the tests.
 */
import {
  getNextTransitions,
  getStateNodes,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type EventObject,
} from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';

/** One walk: the machine's input, the events offered everywhere, and how actors may settle. */
export interface GraphPass {
  input?: unknown;
  /** The machine's own events (from the screens, a parent or a child), offered in every state. */
  events: readonly EventObject[];
  /**
   * What each invoked actor may answer, by its `src` (or worked out from its input); an actor
   * not listed never settles.
   */
  outputs: Readonly<Record<string, readonly unknown[] | ((input: unknown) => readonly unknown[])>>;
  /** The named delays that may run out; the others never do. */
  delays?: readonly string[];
}

export interface GraphOptions {
  /** Every event type the machine declares itself (a complete list, so the rest are XState's). */
  ownEventTypes: ReadonlySet<string>;
  /** What makes two snapshots different states for the walk. */
  serializeState: (snapshot: AnyMachineSnapshot) => string;
  /** Events to offer instead of the pass's in some states (to keep the walk small), or null. */
  narrow?: (snapshot: AnyMachineSnapshot) => readonly EventObject[] | null;
}

/** The nodes a snapshot is in (every level), by id. */
export function activeIds(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): string[] {
  return getStateNodes(machine.root, snapshot.value).map((n) => n.id);
}

/**
 * The events the machine makes for itself where it now waits: each invoked actor done (with every
 * output the pass lists) or failed, and each listed delay run out. A done and an error event both
 * carry `output` and `error`: the machine reads what its transition expects.
 */
export function waitingEvents(
  snapshot: AnyMachineSnapshot,
  pass: GraphPass,
  ownEventTypes: ReadonlySet<string>,
): EventObject[] {
  const events: EventObject[] = [];
  const seen = new Set<string>();
  for (const t of getNextTransitions(snapshot)) {
    const type = t.eventType;
    if (type === '' || ownEventTypes.has(type) || seen.has(type)) continue;
    seen.add(type);
    const source: AnyStateNode = t.source;
    const delay = source.after.find((a) => a.eventType === type);
    if (delay) {
      if (typeof delay.delay === 'string' && pass.delays?.includes(delay.delay)) {
        events.push({ type });
      }
      continue;
    }
    for (const invoke of source.invoke) {
      const given = typeof invoke.src === 'string' ? pass.outputs[invoke.src] : undefined;
      const child = snapshot.children[invoke.id] as
        { getSnapshot(): { input?: unknown } } | undefined;
      const outputs = typeof given === 'function' ? given(child?.getSnapshot().input) : given;
      for (const output of outputs ?? []) {
        events.push({ type, output, error: new Error('x') } as EventObject);
      }
    }
  }
  return events;
}

/** Shortest paths to every state and the adjacency map of every pass. */
export function walk(
  machine: AnyStateMachine,
  passes: readonly GraphPass[],
  options: GraphOptions,
) {
  const eventsFor = (pass: GraphPass) => (s: AnyMachineSnapshot) => [
    ...(options.narrow?.(s) ?? pass.events),
    ...waitingEvents(s, pass, options.ownEventTypes),
  ];
  const traversal = (pass: GraphPass) => ({
    events: eventsFor(pass),
    serializeState: options.serializeState,
    input: pass.input,
  });
  const paths = passes.flatMap((pass) => getShortestPaths(machine, traversal(pass)));
  const adjacency = passes.flatMap((pass) =>
    Object.values(getAdjacencyMap(machine, traversal(pass))),
  );
  return { paths, adjacency };
}

/** The ids of every leaf state. */
export function leafIds(machine: AnyStateMachine): string[] {
  const ids: string[] = [];
  const visit = (node: AnyStateNode) => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (children.length === 0) ids.push(node.id);
    children.forEach(visit);
  };
  visit(machine.root);
  return ids;
}

/**
 * Every transition the machine declares, as `stateId|eventType`, leaving out those the graph
 * cannot see: no target and no action, only actions `invisible` names (an emit, say), or a
 * re-entry of the same state (which only restarts its timers).
 */
export function declaredTransitions(
  machine: AnyStateMachine,
  invisible: (actionName: string) => boolean = () => false,
): string[] {
  const declared: string[] = [];
  const nameOf = (a: unknown) =>
    typeof a === 'string' ? a : ((a as { type?: string }).type ?? '');
  const visit = (node: AnyStateNode) => {
    for (const [type, defs] of node.transitions) {
      if (type === '' || defs.every((d) => !d.target && d.actions.length === 0)) continue;
      if (defs.every((d) => !d.target && d.actions.every((a) => invisible(nameOf(a))))) continue;
      if (defs.every((d) => d.reenter && d.target?.length === 1 && d.target[0] === node)) continue;
      declared.push(`${node.id}|${type}`);
    }
    Object.values(node.states).forEach((child) => visit(child as AnyStateNode));
  };
  visit(machine.root);
  return declared;
}

/** The transitions the walk took that changed something, as `stateId|eventType`. */
export function takenTransitions(
  machine: AnyStateMachine,
  adjacency: ReturnType<typeof walk>['adjacency'],
  serializeState: (snapshot: AnyMachineSnapshot) => string,
): Set<string> {
  const taken = new Set<string>();
  for (const { state, transitions } of adjacency) {
    const from = state as AnyMachineSnapshot;
    for (const [eventKey, next] of Object.entries(transitions) as [string, { state: unknown }][]) {
      const to = next.state as AnyMachineSnapshot;
      const type = (JSON.parse(eventKey) as { type: string }).type;
      const changed =
        serializeState(to) !== serializeState(from) ||
        JSON.stringify(to.context) !== JSON.stringify(from.context);
      if (!changed) continue;
      for (const id of activeIds(machine, from)) taken.add(`${id}|${type}`);
    }
  }
  return taken;
}
