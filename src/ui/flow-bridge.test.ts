// @vitest-environment node
/**
 * The bridge between the machine and the screens: the welcome screen paints before the machine's
 * code has loaded, so what is sent meanwhile must reach the machine, in order, once it starts.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { memoryRepository } from '../storage/assessment-repository';
import { provideFlow } from '../flow/provide-flow';
import type { LeadReceipt } from '../flow/flow-types';
import { createStorageActors } from '../flow/storage-actors';
import { FlowBridge } from './flow-bridge.svelte';

function flowActor() {
  let n = 0;
  const machine = provideFlow({
    ...createStorageActors(Promise.resolve(memoryRepository({ code: 'missing' })), {
      now: () => '2026-12-03T10:00:00.000Z',
      newId: () => `id-${++n}`,
    }),
    loadLeads: fromPromise(async () => [] as LeadReceipt[]),
  });
  return createActor(machine);
}

describe('FlowBridge before the machine has loaded', () => {
  it('is not ready, and says so instead of handing out a snapshot', () => {
    const flow = new FlowBridge();
    expect(flow.ready).toBe(false);
    expect(flow.failed).toBe(false);
    expect(() => flow.snapshot).toThrow(/not started yet/);
    expect(flow.started).toBeNull();
  });

  it('keeps a Start pressed early and the name typed, and hands them over when attached', async () => {
    const flow = new FlowBridge();
    flow.send({ type: 'assessment.start', companyName: 'Acme Dental' });
    const actor = flowActor();
    actor.start();
    flow.attach(actor);
    expect(flow.ready).toBe(true);
    const snap = await waitFor(actor, (s) => s.matches({ main: 'open' }));
    expect(snap.context.current?.companyName).toBe('Acme Dental');
    expect(flow.started).toBe(actor.getSnapshot());
    expect(flow.snapshot.context.current?.companyName).toBe('Acme Dental');
  });

  it('delivers several early events in the order they were sent', async () => {
    // Start pressed twice while loading, the name corrected in between: the last one counts.
    const flow = new FlowBridge();
    flow.send({ type: 'assessment.start', companyName: 'Acme' });
    flow.send({ type: 'assessment.start', companyName: 'Acme Dental' });
    const actor = flowActor();
    actor.start();
    flow.attach(actor);
    const snap = await waitFor(actor, (s) => s.matches({ main: 'open' }));
    expect(snap.context.current?.companyName).toBe('Acme Dental');
  });

  it('sends straight to an attached actor and refuses a second one', () => {
    const actor = flowActor();
    actor.start();
    const flow = new FlowBridge(actor);
    expect(flow.ready).toBe(true);
    expect(() => flow.attach(flowActor())).toThrow(/already attached/);
  });

  it('drops what was kept when the machine cannot load, and reports it', async () => {
    const flow = new FlowBridge();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      flow.send({ type: 'assessment.start', companyName: 'Lost' });
      flow.fail(new Error('chunk failed'));
    } finally {
      console.error = original;
    }
    expect(flow.failed).toBe(true);
    expect(flow.ready).toBe(false);
    expect(logged).toHaveLength(1);
    // Neither the kept Start nor one sent afterwards reaches an actor attached later.
    flow.send({ type: 'assessment.start', companyName: 'Also lost' });
    const actor = flowActor();
    actor.start();
    flow.attach(actor);
    const snap = await waitFor(actor, (s) => s.matches({ main: 'welcome' }));
    expect(snap.context.current).toBeNull();
    expect(snap.context.pendingStart).toBeNull();
  });
});
