/**
 * The lead flow end to end inside the machine, with the real lead actors over an in-memory
 * outbox and a fake webhook that keeps one lead per Idempotency-Key (as a real one should).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { demoConfig } from '../core/config';
import type { Config, LeadPlacement } from '../core/types';
import { createLeadOutbox, type LeadOutbox } from '../storage/lead-outbox';
import { assessmentMachine } from './assessment-machine';
import type { FlowEmitted, LoadResult, OpenAssessment, StartupData } from './flow-types';
import { createLeadActors } from './lead-actors';
import { deliveryOf, discovery, emptyLibrary, fakeMachine, leadForm } from './test-fixtures';

const atReview: OpenAssessment = {
  id: 'a1',
  companyName: 'Acme Dental',
  createdAt: '2026-11-23T10:00:00.000Z',
  answers: discovery,
  notes: {},
  assumptions: null,
  scenario: null,
  cursor: { step: 'review' },
};

/** A webhook that fails its first `failFirst` requests and dedupes on Idempotency-Key. */
function fakeWebhook(failFirst = 0) {
  const requests: { key: string; body: Record<string, unknown> }[] = [];
  const leads = new Map<string, Record<string, unknown>>();
  let offline = false;
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    if (offline) throw new TypeError('Failed to fetch');
    const key = new Headers(init?.headers).get('Idempotency-Key') ?? '';
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    requests.push({ key, body });
    if (requests.length <= failFirst) return new Response('busy', { status: 503 });
    if (!leads.has(key)) leads.set(key, body);
    return new Response(null, { status: 204 });
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    requests,
    leads,
    setOffline: (v: boolean) => (offline = v),
  };
}

function setup(opts: {
  placement: LeadPlacement;
  webhook?: ReturnType<typeof fakeWebhook>;
  outbox?: LeadOutbox;
  includeResults?: boolean;
  webhookUrl?: string | null;
}) {
  const webhook = opts.webhook ?? fakeWebhook();
  const outbox = opts.outbox ?? createLeadOutbox(null);
  const config: Config = {
    ...demoConfig,
    lead: {
      ...demoConfig.lead,
      placement: opts.placement,
      webhookUrl:
        opts.webhookUrl === undefined ? 'https://hooks.example.com/leads' : opts.webhookUrl,
      includeResults: opts.includeResults ?? false,
    },
  };
  let clock = Date.parse('2026-11-23T10:00:00.000Z');
  const { machine } = fakeMachine(
    { last: atReview },
    {
      createAssessment: fromPromise(async () => atReview),
      loadAssessment: fromPromise<LoadResult, { id: string }>(async () => ({
        assessment: atReview,
        notice: null,
      })),
      ...createLeadActors(outbox, {
        config,
        now: () => new Date((clock += 1000)).toISOString(),
        fetch: webhook.fetch,
      }),
    },
  );
  const input = { leadPlacement: opts.placement, leadIncludesResults: config.lead.includeResults };
  return { machine, webhook, outbox, input };
}

async function run(s: ReturnType<typeof setup>, snapshot?: SnapshotFrom<typeof assessmentMachine>) {
  const actor = createActor(s.machine, snapshot ? { snapshot } : { input: s.input });
  const emitted: FlowEmitted[] = [];
  actor.on('*', (e) => emitted.push(e as FlowEmitted));
  actor.start();
  await vi.advanceTimersByTimeAsync(0);
  return { actor, emitted };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('lead capture and delivery', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('before-results: the form gates the detailed results until a lead is captured', async () => {
    const s = setup({ placement: 'before-results' });
    const { actor, emitted } = await run(s);
    expect(actor.getSnapshot().matches({ main: { open: 'review' } })).toBe(true);
    actor.send({ type: 'results.open' });
    expect(actor.getSnapshot().matches({ main: { open: { results: 'gated' } } })).toBe(true);
    actor.send({ type: 'lead.submit', lead: leadForm({ consent: false }) });
    expect(actor.getSnapshot().matches({ main: { open: { results: 'gated' } } })).toBe(true);
    actor.send({ type: 'lead.submit', lead: leadForm() });
    expect(actor.getSnapshot().matches({ main: { open: { results: 'capturing' } } })).toBe(true);
    await flush();
    await flush();
    expect(actor.getSnapshot().matches({ main: { open: { results: 'full' } } })).toBe(true);
    expect(s.webhook.leads.size).toBe(1);
    expect(actor.getSnapshot().context.leads).toEqual([
      expect.objectContaining({ leadId: 'lead-1', assessmentId: 'a1', status: 'sent' }),
    ]);
    expect(emitted.map((e) => e.type)).toEqual(['assessment.completed', 'lead.submitted']);
    // The outbox keeps a receipt but no longer the personal data.
    const stored = await s.outbox.get('lead-1');
    expect(stored).toMatchObject({ status: 'sent', payload: null });
  });

  it('after-results: the results show at once and the form sits below them', async () => {
    const s = setup({ placement: 'after-results' });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    expect(actor.getSnapshot().matches({ main: { open: { results: 'full' } } })).toBe(true);
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    expect(s.webhook.leads.size).toBe(1);
  });

  it('none: no form, and a forged lead.submit is ignored', async () => {
    const s = setup({ placement: 'none' });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    expect(actor.getSnapshot().matches({ main: { open: { results: 'full' } } })).toBe(true);
    expect(s.webhook.requests).toEqual([]);
  });

  it('a double click sends one lead', async () => {
    const s = setup({ placement: 'after-results' });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    actor.send({ type: 'lead.submit', lead: leadForm({ leadId: 'lead-2' }) });
    await flush();
    await flush();
    actor.send({ type: 'lead.submit', lead: leadForm({ leadId: 'lead-3' }) });
    await flush();
    expect(s.webhook.requests).toHaveLength(1);
    expect((await s.outbox.list()).records).toHaveLength(1);
  });

  it('a bot gets a success and nothing is stored or sent', async () => {
    const s = setup({ placement: 'before-results' });
    const { actor, emitted } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm({ honeypot: 'buy now' }) });
    expect(actor.getSnapshot().matches({ main: { open: { results: 'full' } } })).toBe(true);
    await flush();
    actor.send({ type: 'results.open' });
    const fast = setup({ placement: 'after-results' });
    const second = await run(fast);
    second.actor.send({ type: 'results.open' });
    second.actor.send({ type: 'lead.submit', lead: leadForm({ fillMs: 800 }) });
    await flush();
    for (const x of [s, fast]) {
      expect(x.webhook.requests).toEqual([]);
      expect((await x.outbox.list()).records).toEqual([]);
    }
    expect(emitted.some((e) => e.type === 'lead.submitted')).toBe(false);
    expect(actor.getSnapshot().context.leads[0]?.status).toBe('sent');
  });

  it('retries a failing webhook after 2 s, 4 s, 8 s … and sends the lead once', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const webhook = fakeWebhook(3);
    const s = setup({ placement: 'after-results', webhook });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    expect(webhook.requests).toHaveLength(1);
    expect(deliveryOf(actor.getSnapshot()).matches('waiting')).toBe(true);
    expect(actor.getSnapshot().context.leads[0]).toMatchObject({ status: 'pending', attempts: 1 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(webhook.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(webhook.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4000);
    expect(webhook.requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(8000);
    expect(webhook.requests).toHaveLength(4);
    expect(new Set(webhook.requests.map((r) => r.key))).toEqual(new Set(['lead-1']));
    expect(webhook.leads.size).toBe(1);
    expect(actor.getSnapshot().context.leads[0]?.status).toBe('sent');
    expect(deliveryOf(actor.getSnapshot()).matches('idle')).toBe(true);
    vi.restoreAllMocks();
  });

  it('offline: waits, and sends as soon as the browser is back online', async () => {
    const webhook = fakeWebhook();
    webhook.setOffline(true);
    const s = setup({ placement: 'after-results', webhook });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    expect(deliveryOf(actor.getSnapshot()).matches('waiting')).toBe(true);
    expect(actor.getSnapshot().context.leads[0]).toMatchObject({ status: 'pending', attempts: 1 });
    webhook.setOffline(false);
    actor.send({ type: 'network.online' });
    await flush();
    await flush();
    expect(webhook.leads.size).toBe(1);
    expect(actor.getSnapshot().context.leads[0]?.status).toBe('sent');
  });

  it('a lead left pending is sent on the next visit', async () => {
    const webhook = fakeWebhook();
    webhook.setOffline(true);
    const outbox = createLeadOutbox(null);
    const first = setup({ placement: 'after-results', webhook, outbox });
    const one = await run(first);
    one.actor.send({ type: 'results.open' });
    one.actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    one.actor.stop();
    webhook.setOffline(false);
    const next = setup({ placement: 'after-results', webhook, outbox });
    const two = await run(next);
    await flush();
    expect(webhook.leads.size).toBe(1);
    expect(two.actor.getSnapshot().context.leads[0]?.status).toBe('sent');
    // The lead is known on this device, so the form does not come back for this assessment.
    two.actor.send({ type: 'lead.submit', lead: leadForm({ leadId: 'again' }) });
    await flush();
    expect(webhook.requests).toHaveLength(1);
  });

  it('a restore while the request was in flight sends one lead, not two', async () => {
    const webhook = fakeWebhook();
    let release: () => void = () => undefined;
    const slow = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const response = await webhook.fetch(url, init);
      await new Promise<void>((r) => (release = r));
      return response;
    });
    const outbox = createLeadOutbox(null);
    const s = setup({
      placement: 'after-results',
      webhook: { ...webhook, fetch: slow as unknown as typeof fetch },
      outbox,
    });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    expect(deliveryOf(actor.getSnapshot()).matches('sending')).toBe(true);
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop(); // the tab closes with the request on the wire
    release();
    const restored = setup({ placement: 'after-results', webhook, outbox });
    const again = await run(restored, persisted);
    await flush();
    await flush();
    expect(webhook.requests.map((r) => r.key)).toEqual(['lead-1', 'lead-1']);
    expect(webhook.leads.size).toBe(1);
    expect(again.actor.getSnapshot().context.leads[0]?.status).toBe('sent');
  });

  it('sends results only when the MSP asked for them, and keeps local-only leads on the device', async () => {
    const withResults = setup({ placement: 'after-results', includeResults: true });
    const a = await run(withResults);
    a.actor.send({ type: 'results.open' });
    a.actor.send({ type: 'lead.submit', lead: leadForm() });
    // The engine arrives by dynamic import: let that settle too.
    await import('../core/assess');
    for (let i = 0; i < 20 && withResults.webhook.requests.length === 0; i++) await flush();
    const body = withResults.webhook.requests[0]!.body as {
      results: { readiness: { overall: number }; recommendation: { model: string } };
      consent: { version: string; givenAt: string; text: string };
      contact: { phone: unknown };
    };
    expect(Number.isFinite(body.results.readiness.overall)).toBe(true);
    expect(body.results.recommendation.model).toMatch(/vciso|msp|cio|incident|ciso/);
    expect(body.consent.version).toBe(demoConfig.lead.consentVersion);
    expect(body.consent.text).toBe(demoConfig.lead.consentText);
    expect(body.contact.phone).toBeNull();

    const local = setup({ placement: 'after-results', webhookUrl: null });
    const b = await run(local);
    b.actor.send({ type: 'results.open' });
    b.actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    expect(local.webhook.requests).toEqual([]);
    expect(b.actor.getSnapshot().context.leads[0]?.status).toBe('local');
    expect(b.emitted.find((e) => e.type === 'lead.submitted')).toMatchObject({ delivery: 'local' });
  });

  it('a 4xx answer is final: the lead is marked refused and not retried', async () => {
    const webhook = fakeWebhook();
    const refusing = vi.fn(async () => new Response('bad', { status: 422 }));
    const s = setup({
      placement: 'after-results',
      webhook: { ...webhook, fetch: refusing as unknown as typeof fetch },
    });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refusing).toHaveBeenCalledOnce();
    expect(actor.getSnapshot().context.leads[0]?.status).toBe('rejected');
    expect((await s.outbox.get('lead-1'))?.lastError).toBe('HTTP 422');
  });

  it('erasing everything forgets the leads and stops a delivery in flight', async () => {
    const webhook = fakeWebhook();
    webhook.setOffline(true);
    const s = setup({ placement: 'after-results', webhook });
    const { actor } = await run(s);
    actor.send({ type: 'results.open' });
    actor.send({ type: 'lead.submit', lead: leadForm() });
    await flush();
    await flush();
    actor.send({ type: 'data.eraseAll' });
    await flush();
    expect(actor.getSnapshot().context.leads).toEqual([]);
    expect((await s.outbox.list()).records).toEqual([]);
    webhook.setOffline(false);
    actor.send({ type: 'network.online' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(webhook.requests).toEqual([]);
  });
});

describe('events for the page around the widget', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('emits started, each completed section, completed and the PDF download — ids only', async () => {
    const fresh: OpenAssessment = { ...atReview, answers: {}, cursor: null };
    const machine = setup({ placement: 'none' }).machine.provide({
      actors: {
        loadStartup: fromPromise<StartupData>(async () => ({ ...emptyLibrary, last: null })),
        createAssessment: fromPromise(async () => fresh),
      },
    });
    const actor = createActor(machine);
    const emitted: FlowEmitted[] = [];
    actor.on('*', (e) => emitted.push(e as FlowEmitted));
    actor.start();
    await flush();
    actor.send({ type: 'assessment.start', companyName: 'Acme' });
    await flush();
    for (const [questionId, value] of Object.entries(discovery)) {
      actor.send({ type: 'answer.set', questionId, value: value! });
      actor.send({ type: 'step.next' });
    }
    for (let i = 0; i < 80 && !actor.getSnapshot().matches({ main: { open: 'review' } }); i++) {
      actor.send({ type: 'step.next' });
    }
    actor.send({ type: 'results.open' });
    actor.send({ type: 'report.downloaded' });
    const types = emitted.map((e) =>
      e.type === 'section.completed' ? `section:${e.section}` : e.type,
    );
    expect(types).toEqual([
      'assessment.started',
      'section:discovery',
      'section:govern',
      'section:identify',
      'section:protect',
      'section:detect',
      'section:respond',
      'section:recover',
      'section:it-strategy',
      'assessment.completed',
      'report.downloaded',
    ]);
    for (const e of emitted) expect(e).toMatchObject({ assessmentId: 'a1' });
    expect(JSON.stringify(emitted)).not.toContain('healthcare');
  });
});
