/**
 * Lead delivery on its own: its graph walked through public API (every state reached, every
 * declared transition taken, snapshots that survive JSON). lead-flow.test.ts runs it inside the
 * assessment machine against a fake webhook.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot, type SnapshotFrom } from 'xstate';
import { nextPendingLead } from './lead-delivery';
import { leadDeliveryMachine, type LeadDeliveryEvent } from './lead-delivery-machine';
import { receipt } from './test-fixtures';
import {
  activeIds,
  declaredTransitions,
  leafIds,
  takenTransitions,
  walk,
  type GraphPass,
} from './test-graph';

type Snap = SnapshotFrom<typeof leadDeliveryMachine>;

// Walked alone, with nobody to report to: what the parent hears is lead-flow.test.ts's business.
const machine = leadDeliveryMachine.provide({ actions: { report: () => {} } });

const ownEvents: Record<LeadDeliveryEvent['type'], true> = {
  'lead.captured': true,
  'network.online': true,
  'leads.erase': true,
};

const events: LeadDeliveryEvent[] = [
  { type: 'lead.captured', receipt: receipt() },
  // A bot's receipt: known, never sent.
  { type: 'lead.captured', receipt: receipt({ leadId: 'bot-1', createdAt: '', status: 'sent' }) },
  { type: 'network.online' },
  { type: 'leads.erase' },
];
const pass: GraphPass = {
  events,
  outputs: {
    loadLeads: [[], [receipt({ assessmentId: 'elsewhere', leadId: 'old-1' })]],
    deliverLead: [
      { leadId: 'lead-1', outcome: 'sent', attempts: 0 },
      { leadId: 'old-1', outcome: 'sent', attempts: 0 },
      { leadId: 'lead-1', outcome: 'retry', attempts: 1 },
      { leadId: 'old-1', outcome: 'rejected', attempts: 1 },
      { leadId: 'lead-1', outcome: 'gone', attempts: 0 },
    ],
    eraseLeads: [undefined],
  },
  delays: ['retryDelay'],
};

const serializeState = (snapshot: AnyMachineSnapshot) => {
  const s = snapshot as Snap;
  return JSON.stringify([
    s.value,
    nextPendingLead(s.context.leads)?.leadId ?? null,
    s.context.leads.length,
  ]);
};

describe('the lead delivery graph', () => {
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
    // Telling the parent changes nothing here; lead-flow.test.ts sees what it hears.
    const declared = declaredTransitions(machine, (action) => action === 'report');
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
