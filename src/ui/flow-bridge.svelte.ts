/**
 * Bridges the XState actor to Svelte runes: components read `flow.snapshot` reactively and call
 * `flow.send(...)`; they never decide what comes next.
 *
 * The first screen paints before the machine's code (XState, the machine, the question
 * structure, the storage actors) has loaded: until the actor is attached, `ready` is false, the
 * screens that can show then read nothing from the snapshot, and events are kept in order and
 * handed to the machine the moment it starts. Nothing the visitor does meanwhile is lost, and the
 * machine still decides what each event means.
 */
import { getContext, setContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import type { Actor } from 'xstate';
import type { AssessmentMachine } from '../flow/assessment-machine';
import type { ScreenEvent } from '../flow/flow-types';

export type FlowActor = Actor<AssessmentMachine>;
/** What the screens may send (the machine raises its own events; its children report theirs). */
export type SendableEvent = ScreenEvent;

/** A reactive view of one assessment actor, which may still be loading. */
export class FlowBridge {
  #actor: FlowActor | null = $state(null);
  #failed = $state(false);
  #subscribe: () => void = () => {};
  /** Events sent before the actor was attached, in the order they were sent. */
  readonly #waiting: SendableEvent[] = [];

  /** A bridge over a running actor, or (with none) one waiting for `attach`. */
  constructor(actor?: FlowActor) {
    if (actor) this.attach(actor);
  }

  /** True once the machine runs; before that only the welcome screen and the header show. */
  get ready(): boolean {
    return this.#actor !== null;
  }

  /** True when the machine's code could not be loaded: nothing can be answered or saved. */
  get failed(): boolean {
    return this.#failed;
  }

  /** The snapshot once the flow has started, else null: for what shows before it. */
  get started() {
    return this.#actor ? this.snapshot : null;
  }

  /** The machine's current snapshot; reading it inside an effect or template tracks changes. */
  get snapshot() {
    const actor = this.#actor;
    if (!actor) throw new Error('The assessment flow has not started yet: check flow.ready first.');
    this.#subscribe();
    return actor.getSnapshot();
  }

  /** Sends an event; events carry plain data ($state proxies are snapshotted by callers). */
  send(event: SendableEvent): void {
    if (this.#actor) this.#actor.send(event);
    else if (!this.#failed) this.#waiting.push(event);
  }

  /** Connects the running actor and hands it, in order, whatever was sent while it loaded. */
  attach(actor: FlowActor): void {
    if (this.#actor) throw new Error('The assessment flow is already attached.');
    this.#subscribe = createSubscriber((update) => {
      const sub = actor.subscribe(update);
      return () => sub.unsubscribe();
    });
    this.#actor = actor;
    for (const event of this.#waiting.splice(0)) actor.send(event);
  }

  /** The machine's code did not load; the events kept for it are dropped with the reason. */
  fail(error: unknown): void {
    this.#waiting.length = 0;
    this.#failed = true;
    console.error('The assessment flow could not start.', error);
  }
}

const KEY = Symbol('flow');

/** Hands the bridge down the component tree. */
export function provideFlow(flow: FlowBridge): void {
  setContext(KEY, flow);
}

/** The bridge provided by an ancestor. */
export function useFlow(): FlowBridge {
  const flow = getContext<FlowBridge | undefined>(KEY);
  if (!flow) throw new Error('useFlow() called outside <App>.');
  return flow;
}
