/**
 * Lead delivery, a process of its own: captured leads wait in the outbox until the webhook takes
 * them, tried now, after a back-off, when the browser says it is online again, or on the next
 * visit. The assessment machine invokes it, tells it of each lead captured and of an erase, and
 * hears back every change to the leads (`leads.changed`), which is what its screens read.
 */
import { assertEvent, assign, fromPromise, not, sendParent, setup } from 'xstate';
import type { ChildReport, DeliveryResult, LeadReceipt } from './flow-types';
import { nextPendingLead, retryDelayMs } from './lead-delivery';
import { notProvided } from './not-provided';

export type LeadDeliveryEvent =
  /** A lead was captured (or a bot humoured with a receipt that is never sent). */
  | { type: 'lead.captured'; receipt: LeadReceipt }
  | { type: 'network.online' }
  /** "Delete my answers": forget every lead and empty the outbox. */
  | { type: 'leads.erase' };

/** Adds or replaces receipts by lead id, keeping the others. */
function mergeLeads(
  leads: readonly LeadReceipt[],
  incoming: readonly LeadReceipt[],
): LeadReceipt[] {
  const byId = new Map(leads.map((l) => [l.leadId, l]));
  for (const l of incoming) byId.set(l.leadId, l);
  return [...byId.values()];
}

/** The receipts after one delivery attempt: sent, refused, still waiting, or gone. */
function afterDelivery(leads: readonly LeadReceipt[], result: DeliveryResult): LeadReceipt[] {
  const { leadId, outcome, attempts } = result;
  if (outcome === 'gone') return leads.filter((l) => l.leadId !== leadId);
  return leads.map((l) =>
    l.leadId !== leadId ? l : { ...l, attempts, status: outcome === 'retry' ? l.status : outcome },
  );
}

/** The outbox actors this machine needs; start-flow.ts provides them over the lead outbox. */
export const leadDeliveryActors = {
  loadLeads: fromPromise<LeadReceipt[]>(notProvided('loadLeads')),
  deliverLead: fromPromise<DeliveryResult, { leadId: string }>(notProvided('deliverLead')),
  eraseLeads: fromPromise<void>(notProvided('eraseLeads')),
};

export const leadDeliveryMachine = setup({
  types: {
    context: {} as { leads: LeadReceipt[] },
    events: {} as LeadDeliveryEvent,
  },
  delays: {
    retryDelay: ({ context }) => retryDelayMs(nextPendingLead(context.leads)?.attempts ?? 1),
  },
  actors: leadDeliveryActors,
  guards: {
    hasPendingLead: ({ context }) => nextPendingLead(context.leads) !== null,
    mustRetry: (_, params: DeliveryResult) => params.outcome === 'retry',
  },
  actions: {
    /** Every change goes back to the assessment machine, whose screens show the leads. */
    report: sendParent(({ context }): ChildReport => ({
      type: 'leads.changed',
      leads: context.leads,
    })),
    // A lead captured while the list was read stays.
    adoptLeads: assign(({ context }, params: { leads: LeadReceipt[] }) => ({
      leads: mergeLeads(params.leads, context.leads),
    })),
    addLead: assign(({ context, event }) => {
      assertEvent(event, 'lead.captured');
      return { leads: mergeLeads(context.leads, [event.receipt]) };
    }),
    adoptDelivery: assign(({ context }, params: DeliveryResult) => ({
      leads: afterDelivery(context.leads, params),
    })),
    /** The delivery actor itself failed (storage, not the network): count it as a failed try. */
    countFailedDelivery: assign(({ context }) => {
      const next = nextPendingLead(context.leads);
      return {
        leads: context.leads.map((l) =>
          l.leadId === next?.leadId ? { ...l, attempts: l.attempts + 1 } : l,
        ),
      };
    }),
    forgetLeads: assign({ leads: [] }),
  },
}).createMachine({
  id: 'leadDelivery',
  context: { leads: [] },
  initial: 'loading',
  on: {
    'lead.captured': { actions: ['addLead', 'report'] },
    'leads.erase': '.erasing',
  },
  states: {
    loading: {
      invoke: {
        src: 'loadLeads',
        onDone: {
          target: 'idle',
          actions: [
            { type: 'adoptLeads', params: ({ event }) => ({ leads: event.output }) },
            'report',
          ],
        },
        onError: 'idle',
      },
    },
    idle: { always: { guard: 'hasPendingLead', target: 'sending' } },
    sending: {
      invoke: {
        src: 'deliverLead',
        input: ({ context }) => ({ leadId: nextPendingLead(context.leads)?.leadId ?? '' }),
        onDone: [
          {
            guard: { type: 'mustRetry', params: ({ event }) => event.output },
            target: 'waiting',
            actions: [{ type: 'adoptDelivery', params: ({ event }) => event.output }, 'report'],
          },
          {
            target: 'idle',
            actions: [{ type: 'adoptDelivery', params: ({ event }) => event.output }, 'report'],
          },
        ],
        onError: { target: 'waiting', actions: ['countFailedDelivery', 'report'] },
      },
    },
    // A failed try waits its back-off, or for the browser to say it is online again.
    waiting: {
      always: { guard: not('hasPendingLead'), target: 'idle' },
      after: { retryDelay: 'sending' },
      on: { 'network.online': 'sending' },
    },
    erasing: {
      entry: ['forgetLeads', 'report'],
      invoke: {
        src: 'eraseLeads',
        onDone: { target: 'idle', actions: ['forgetLeads', 'report'] },
        onError: { target: 'idle', actions: ['forgetLeads', 'report'] },
      },
    },
  },
});
