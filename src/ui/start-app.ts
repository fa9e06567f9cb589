/** Starts the assessment actor over the product's IndexedDB store and mounts the app. */
import { mount, type Component } from 'svelte';
import { createActor } from 'xstate';
import type { Config } from '../core/types';
import { assessmentMachine } from '../flow/assessment-machine';
import { createLeadActors } from '../flow/lead-actors';
import { createPersistenceActor } from '../flow/persistence-actor';
import { createStorageActors } from '../flow/storage-actors';
import { createSummarizer } from '../flow/summarizer';
import App from './App.svelte';
import { applyBrand } from './brand';
import { FlowBridge } from './flow-bridge.svelte';

export interface StartOptions {
  target: HTMLElement;
  config: Config;
  /** The widget keeps its own database; the app uses the product's default. */
  dbName?: string;
  /** Where the brand colours are set; default the document root (the widget passes its own). */
  brandTarget?: HTMLElement;
  /** The app's offline notices, loading when idle (src/ui/offline); the widget passes none. */
  offline?: Promise<Component>;
}

/** Mounts the app; storage opens in the background so the first screen does not wait for it. */
export function startApp({ target, config, dbName, brandTarget, offline }: StartOptions) {
  // Storage code loads in parallel with the first paint; the machine waits for it, not the page.
  const repository = import('../storage/assessment-repository').then((m) =>
    m.openAssessmentRepository(dbName ? { dbName } : {}),
  );
  // Leads share the database, under their own keys.
  const outbox = import('../storage/lead-outbox').then((m) =>
    m.openLeadOutbox(dbName ?? 'fractional-fit'),
  );
  const now = () => new Date().toISOString();
  const machine = assessmentMachine.provide({
    actors: {
      ...createStorageActors(repository, {
        now,
        newId: () => crypto.randomUUID(),
        // The library's gap score and model: the engine loads only once discovery is complete.
        summarize: createSummarizer(() =>
          import('../flow/score-summary').then((m) => (a) => m.scoreSummaryOf(a, config)),
        ),
      }),
      requestPersistence: createPersistenceActor(() => navigator.storage),
      ...createLeadActors(outbox, {
        config,
        now,
        // Taken now: later changes to window.fetch by anyone else do not reach the leads.
        fetch: globalThis.fetch.bind(globalThis),
        isOnline: () => navigator.onLine !== false,
      }),
    },
  });
  const actor = createActor(machine, { input: { leadPlacement: config.lead.placement } });
  actor.start();
  // A lead waiting for the network goes as soon as the browser says it is back.
  addEventListener('online', () => actor.send({ type: 'network.online' }));
  applyBrand(brandTarget ?? document.documentElement, config);
  const app = mount(App, { target, props: { flow: new FlowBridge(actor), config, offline } });
  return { actor, app };
}
