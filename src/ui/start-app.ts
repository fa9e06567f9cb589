/** Starts the assessment actor over the product's IndexedDB store and mounts the app. */
import { mount } from 'svelte';
import { createActor } from 'xstate';
import type { Config } from '../core/types';
import { assessmentMachine } from '../flow/assessment-machine';
import { createStorageActors } from '../flow/storage-actors';
import App from './App.svelte';
import { applyBrand } from './brand';
import { FlowBridge } from './flow-bridge.svelte';

export interface StartOptions {
  target: HTMLElement;
  config: Config;
  /** The widget keeps its own database; the app uses the product's default. */
  dbName?: string;
}

/** Mounts the app; storage opens in the background so the first screen does not wait for it. */
export function startApp({ target, config, dbName }: StartOptions) {
  // Storage code loads in parallel with the first paint; the machine waits for it, not the page.
  const repository = import('../storage/assessment-repository').then((m) =>
    m.openAssessmentRepository(dbName ? { dbName } : {}),
  );
  const machine = assessmentMachine.provide({
    actors: createStorageActors(repository, {
      now: () => new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    }),
  });
  const actor = createActor(machine);
  actor.start();
  applyBrand(document.documentElement, config);
  const app = mount(App, { target, props: { flow: new FlowBridge(actor), config } });
  return { actor, app };
}
