/**
 * The assessment actor over the product's IndexedDB store: XState, the machine and its storage,
 * lead and transfer actors. It loads just after the first screen has painted, while the store
 * opens (see start-app.ts).
 */
import { createActor, fromPromise } from 'xstate';
import type { Prefill } from '../core/prefill';
import type { Config } from '../core/types';
import type { AssessmentRepository } from '../storage/assessment-repository';
import type { LeadOutbox } from '../storage/lead-outbox';
import { provideFlow } from '../flow/provide-flow';
import { createLeadActors } from '../flow/lead-actors';
import { createResultsActor } from '../flow/results-actor';
import { createDurabilityActor } from '../flow/storage-durability';
import { createStorageActors } from '../flow/storage-actors';

export interface FlowOptions {
  config: Config;
  /** The assessments store, opening (the app's database or the widget's own). */
  repository: Promise<AssessmentRepository>;
  /** The lead outbox in the same database. */
  outbox: Promise<LeadOutbox>;
  /** Discovery answers from the page's URL or the widget's data-prefill, validated. */
  prefill?: Prefill | undefined;
  /** The page's `#share=` fragment, already taken off the address bar. */
  share?: string | undefined;
}

/** Creates the actor (not started: the caller subscribes first, then starts it). */
export function createFlowActor({ config, repository, outbox, prefill, share }: FlowOptions) {
  const now = () => new Date().toISOString();
  const machine = provideFlow({
    ...createStorageActors(repository, {
      now,
      newId: () => crypto.randomUUID(),
    }),
    // The results, worked out once per change: the engine loads when they are first shown.
    computeResults: createResultsActor(config),
    requestDurability: createDurabilityActor(() => navigator.storage),
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
  });
  const actor = createActor(machine, {
    input: {
      leadPlacement: config.lead.placement,
      leadIncludesResults: config.lead.includeResults,
      ...(prefill ? { prefill: prefill.answers, prefillProblems: prefill.problems } : {}),
      ...(share ? { share } : {}),
    },
  });
  // A lead waiting for the network goes as soon as the browser says it is back.
  addEventListener('online', () => actor.send({ type: 'network.online' }));
  return actor;
}
