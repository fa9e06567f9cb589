/** Starts the assessment actor over the product's IndexedDB store and mounts the app. */
import { mount, type Component } from 'svelte';
import { createActor, fromPromise } from 'xstate';
import type { Prefill } from '../core/prefill';
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
  /** Discovery answers from the page's URL or the widget's data-prefill, validated. */
  prefill?: Prefill;
  /** The page's `#share=` fragment, already taken off the address bar. */
  share?: string;
}

/** Mounts the app; storage opens in the background so the first screen does not wait for it. */
export function startApp({
  target,
  config,
  dbName,
  brandTarget,
  offline,
  prefill,
  share,
}: StartOptions) {
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
      // Decompressing and validating a share link is loaded only when a page opens with one.
      readShare: fromPromise(({ input }: { input: { fragment: string } }) =>
        import('./share/share-link').then((m) => m.readShareFragment(input.fragment)),
      ),
      exportLeads: fromPromise(async ({ input }) => {
        const [m, d, box] = await Promise.all([
          import('../flow/lead-export'),
          import('./transfer/download'),
          outbox,
        ]);
        const { records } = await box.list();
        const day = now().slice(0, 10);
        d.downloadText(m.leadsCsv(records, input.library), `leads-${day}.csv`, 'text/csv');
      }),
    },
  });
  const actor = createActor(machine, {
    input: {
      leadPlacement: config.lead.placement,
      ...(prefill ? { prefill: prefill.answers, prefillProblems: prefill.problems } : {}),
      ...(share ? { share } : {}),
    },
  });
  actor.start();
  // A lead waiting for the network goes as soon as the browser says it is back.
  addEventListener('online', () => actor.send({ type: 'network.online' }));
  applyBrand(brandTarget ?? document.documentElement, config);
  const app = mount(App, { target, props: { flow: new FlowBridge(actor), config, offline } });
  return { actor, app };
}

/**
 * The standalone app on its own page. A link with answers to fill in, or a share link, loads its
 * reader first (it also takes the share fragment off the address bar); a plain visit does not.
 */
export function startPage(options: StartOptions): void {
  // A share link pasted into a tab that already shows the app changes only the fragment: start
  // again so the link is read, as it would be in a new tab.
  addEventListener('hashchange', () => {
    if (location.hash.startsWith('#share=')) location.reload();
  });
  if (location.search.length <= 1 && !location.hash.startsWith('#share=')) {
    startApp(options);
    return;
  }
  void import('./transfer/page-link').then(
    (m) => startApp({ ...options, ...m.readPageLink() }),
    () => {
      const problems = [{ field: 'The link', message: 'could not be read: reload the page' }];
      startApp({ ...options, prefill: { answers: {}, problems } });
    },
  );
}
