/**
 * Bridges the XState actor to Svelte runes: components read `flow.snapshot` reactively and call
 * `flow.send(...)`; they never decide what comes next.
 */
import { getContext, setContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import type { Actor } from 'xstate';
import type { AssessmentMachine } from '../flow/assessment-machine';
import type { FlowEvent } from '../flow/flow-types';

type FlowActor = Actor<AssessmentMachine>;

/** A reactive view of one running assessment actor. */
export class FlowBridge {
  readonly #actor: FlowActor;
  readonly #subscribe: () => void;

  constructor(actor: FlowActor) {
    this.#actor = actor;
    this.#subscribe = createSubscriber((update) => {
      const sub = actor.subscribe(update);
      return () => sub.unsubscribe();
    });
  }

  /** The machine's current snapshot; reading it inside an effect or template tracks changes. */
  get snapshot() {
    this.#subscribe();
    return this.#actor.getSnapshot();
  }

  /** Sends an event; events carry plain data ($state proxies are snapshotted by callers). */
  send(event: Exclude<FlowEvent, { type: 'data.changed' }>): void {
    this.#actor.send(event);
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
