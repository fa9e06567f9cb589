// @vitest-environment node
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyStatus } from '../src/flow/lead-delivery';
import type { RelayConfig } from './config';
import { createFileLeadStore } from './file-store';
import type { LeadStore } from './lead-store';
import { createRelay, keepMsFor, leaseMsFor, type RelayLogEntry } from './relay';
import {
  fakeTargets,
  HUBSPOT_HOST,
  leadPost,
  leadV1,
  leadV2,
  ORIGIN,
  tempDir,
  testConfig,
  WEBHOOK_HOST,
  WEBHOOK_SECRET,
} from './test-support/relay-fixtures';

let dir: string;
let clock: number;
let targets: ReturnType<typeof fakeTargets>;
let logs: RelayLogEntry[];
let pauses: number[];

beforeEach(async () => {
  dir = await tempDir();
  clock = Date.parse('2026-11-24T17:00:00Z');
  targets = fakeTargets();
  logs = [];
  pauses = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function storeFor(config: RelayConfig): LeadStore {
  return createFileLeadStore(dir, {
    leaseMs: leaseMsFor(config),
    keepMs: keepMsFor(config),
    now: () => clock,
  });
}

/** A relay as a fresh process would build it: a new store object over the same directory. */
function start(env: Record<string, string> = {}, store?: LeadStore) {
  const config = testConfig(dir, env);
  return createRelay(config, {
    store: store ?? storeFor(config),
    fetch: targets.fetch,
    now: () => clock,
    sleep: async (ms) => void pauses.push(ms),
    random: () => 0.5,
    log: (entry) => logs.push(entry),
  });
}

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('one lead per Idempotency-Key', () => {
  it('forwards two identical POSTs at once only once', async () => {
    const relay = start();
    const release = targets.hold();
    const both = Promise.all([relay.handle(leadPost(leadV2())), relay.handle(leadPost(leadV2()))]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const statuses = (await both).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(targets.to(WEBHOOK_HOST)).toHaveLength(1);
    expect(targets.to(HUBSPOT_HOST)).toHaveLength(1);
    // The app tries a 409 again later; by then it is a duplicate, and nothing is sent again.
    expect(classifyStatus(409)).toBe('retry');
    const later = await relay.handle(leadPost(leadV2()));
    expect(later.status).toBe(200);
    expect(await json(later)).toMatchObject({ ok: true, duplicate: true });
    expect(targets.sent).toHaveLength(2);
  });

  it('does not forward the same lead again after a restart', async () => {
    expect((await start().handle(leadPost(leadV1()))).status).toBe(200);
    expect(targets.sent).toHaveLength(2);
    const restarted = start();
    const again = await restarted.handle(leadPost(leadV1()));
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual({ ok: true, leadId: leadV1().leadId, duplicate: true });
    expect(targets.sent).toHaveLength(2);
  });

  it('refuses a key reused for a different lead (the app drops it, 4xx)', async () => {
    const relay = start();
    await relay.handle(leadPost(leadV1()));
    const other = { ...leadV1(), contact: { ...leadV1().contact, email: 'someone@else.example' } };
    const response = await relay.handle(leadPost(other));
    expect(response.status).toBe(422);
    expect(classifyStatus(422)).toBe('rejected');
    expect(targets.sent).toHaveLength(2);
  });
});

describe('forwarding', () => {
  it('sends the webhook the lead as version 2, its secret and the same key', async () => {
    const response = await start().handle(leadPost(leadV1()));
    expect(response.status).toBe(200);
    const [hook] = targets.to(WEBHOOK_HOST);
    expect(hook?.url).toBe('https://hooks.northwind.example/leads/secret-path');
    expect(hook?.headers).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': leadV1().leadId,
      'x-relay-secret': WEBHOOK_SECRET,
    });
    expect(hook?.body).toEqual({
      ...leadV1(),
      schema: 'fractional-fit.lead/2',
      attribution: null,
      demo: false,
    });
  });

  it('posts the HubSpot form with the contact as fields and the page as context', async () => {
    await start().handle(leadPost(leadV2()));
    const [form] = targets.to(HUBSPOT_HOST);
    expect(form?.url).toBe(
      'https://api.hsforms.com/submissions/v3/integration/submit/2468013/8a4f2c1e-5b3d-4e6f-9a7b-0c1d2e3f4a5b',
    );
    expect(form?.headers['x-relay-secret']).toBeUndefined();
    expect(form?.body).toMatchObject({
      fields: [
        { objectTypeId: '0-1', name: 'email', value: 'dana.reyes@harbourlane.example' },
        { objectTypeId: '0-1', name: 'firstname', value: 'Dana' },
        { objectTypeId: '0-1', name: 'lastname', value: 'Reyes' },
        { objectTypeId: '0-1', name: 'company', value: 'Harbour Lane Software' },
      ],
      context: { pageUri: leadV2().attribution?.landingPage },
    });
  });

  it('tries a failing target again, then answers 502 and keeps the lead for the next try', async () => {
    targets.answer(WEBHOOK_HOST, 503, 0, 500);
    const relay = start();
    const failed = await relay.handle(leadPost(leadV1()));
    expect(failed.status).toBe(502);
    expect(classifyStatus(failed.status)).toBe('retry');
    expect(targets.to(WEBHOOK_HOST)).toHaveLength(3);
    expect(pauses).toEqual([300, 900]);
    // HubSpot took it: the app's retry goes only to the webhook, which now answers.
    expect(targets.to(HUBSPOT_HOST)).toHaveLength(1);
    const retried = await relay.handle(leadPost(leadV1()));
    expect(retried.status).toBe(200);
    expect(targets.to(WEBHOOK_HOST)).toHaveLength(4);
    expect(targets.to(HUBSPOT_HOST)).toHaveLength(1);
    expect((await relay.handle(leadPost(leadV1()))).status).toBe(200);
    expect(targets.sent).toHaveLength(5);
  });

  it('does not repeat a request the target refused for good, and waits as told on 429', async () => {
    targets.answer(WEBHOOK_HOST, 400);
    targets.answer(HUBSPOT_HOST, 429, 200);
    const response = await start().handle(leadPost(leadV2()));
    expect(response.status).toBe(502);
    expect(targets.to(WEBHOOK_HOST)).toHaveLength(1);
    expect(targets.to(HUBSPOT_HOST)).toHaveLength(2);
    expect(logs.filter((l) => l.event === 'forward.failed')).toEqual([
      expect.objectContaining({ target: 'webhook', upstreamStatus: 400, attempts: 1 }),
    ]);
  });

  it('acknowledges a demo lead without forwarding it, unless told to', async () => {
    const demo = { ...leadV2(), demo: true };
    const skipped = await start().handle(leadPost(demo));
    expect(skipped.status).toBe(200);
    expect(await json(skipped)).toMatchObject({ forwarded: false });
    expect(targets.sent).toHaveLength(0);
    await rm(dir, { recursive: true, force: true });
    dir = await tempDir();
    expect((await start({ RELAY_FORWARD_DEMO: 'true' }).handle(leadPost(demo))).status).toBe(200);
    expect(targets.sent).toHaveLength(2);
  });

  it('answers 503 when the store cannot be reached, so the app tries again', async () => {
    const broken: LeadStore = {
      claim: () => Promise.reject(new Error('disk full')),
      markForwarded: () => Promise.resolve(),
      markDelivered: () => Promise.resolve(),
      release: () => Promise.resolve(),
    };
    const response = await start({}, broken).handle(leadPost(leadV1()));
    expect(response.status).toBe(503);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(targets.sent).toHaveLength(0);
  });
});

describe('what it refuses', () => {
  it('answers a preflight from an allowed origin only', async () => {
    const relay = start();
    const preflight = (origin: string) =>
      relay.handle(
        new Request('https://relay.northwind.example/leads', {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,idempotency-key',
          },
        }),
      );
    const ok = await preflight(ORIGIN);
    expect(ok.status).toBe(204);
    expect(Object.fromEntries(ok.headers)).toMatchObject({
      'access-control-allow-origin': ORIGIN,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Idempotency-Key',
      vary: 'Origin',
    });
    const bad = await preflight('https://evil.example');
    expect(bad.status).toBe(403);
    expect(bad.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['a look-alike', 'https://www.northwind.example.evil.example'],
    ['no origin at all', null],
  ])('refuses a POST from %s with 403', async (_, origin) => {
    const response = await start().handle(leadPost(leadV1(), { origin }));
    expect(response.status).toBe(403);
    expect(targets.sent).toHaveLength(0);
  });

  it('refuses what is not JSON, or not a lead, with 400 and every issue', async () => {
    const relay = start();
    const notJson = await relay.handle(leadPost('{"schema":', { key: 'lead-1' }));
    expect(notJson.status).toBe(400);
    expect(await json(notJson)).toMatchObject({ error: 'invalid-json' });

    const bad = { ...leadV1(), contact: { ...leadV1().contact, email: '' }, results: 'all' };
    const shape = await relay.handle(leadPost(bad));
    expect(shape.status).toBe(400);
    expect(classifyStatus(shape.status)).toBe('rejected');
    // Readable by the page: without CORS headers the app would take it for a network fault.
    expect(shape.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(await json(shape)).toEqual({
      ok: false,
      error: 'invalid-lead',
      issues: [
        { field: 'contact.email', message: 'is missing or too long' },
        { field: 'results', message: 'must be an object or null' },
      ],
    });
    expect(targets.sent).toHaveLength(0);
  });

  it.each([
    ['missing', null, 'header is missing or invalid'],
    ['not an id', 'a b', 'header is missing or invalid'],
    ['another lead', 'lead-2', 'header must equal leadId'],
  ])('requires an Idempotency-Key equal to leadId (%s)', async (_, key, message) => {
    const response = await start().handle(leadPost(leadV1(), { key }));
    expect(response.status).toBe(400);
    expect((await json(response)).issues).toEqual([{ field: 'Idempotency-Key', message }]);
  });

  it('refuses another method, another content type and a body over the limit', async () => {
    const relay = start({ RELAY_MAX_BODY_BYTES: '2048' });
    const get = await relay.handle(
      new Request('https://relay.northwind.example/leads', { headers: { Origin: ORIGIN } }),
    );
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST, OPTIONS');
    const form = await relay.handle(
      leadPost(leadV1(), { headers: { 'Content-Type': 'text/plain' } }),
    );
    expect(form.status).toBe(415);
    const big = { ...leadV1(), results: { note: 'x'.repeat(3000) } };
    const tooLarge = await relay.handle(leadPost(big));
    expect(tooLarge.status).toBe(413);
    // Without a declared length, the stream is cut at the limit just the same.
    const streamed = new Request('https://relay.northwind.example/leads', {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': 'x' },
      body: new Blob([JSON.stringify(big)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.headers.get('Content-Length')).toBeNull();
    expect((await relay.handle(streamed)).status).toBe(413);
    expect(targets.sent).toHaveLength(0);
  });

  it('limits each client address with a token bucket, and says when to come back', async () => {
    const relay = start({ RELAY_RATE_BURST: '2', RELAY_RATE_PER_MINUTE: '6' });
    const post = (ip: string, n: number) =>
      relay.handle(leadPost(leadV1(`lead-${ip.replaceAll('.', '-')}-${n}`)), { ip });
    expect((await post('203.0.113.7', 1)).status).toBe(200);
    expect((await post('203.0.113.7', 2)).status).toBe(200);
    const limited = await post('203.0.113.7', 3);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('10');
    expect(classifyStatus(429)).toBe('retry');
    expect((await post('198.51.100.4', 1)).status).toBe(200);
    clock += 10_000;
    expect((await post('203.0.113.7', 4)).status).toBe(200);
  });

  it('takes the client from the trusted proxy header when one is set', async () => {
    const relay = start({ RELAY_RATE_BURST: '1', RELAY_CLIENT_IP_HEADER: 'X-Forwarded-For' });
    const via = (xff: string, n: number) =>
      relay.handle(leadPost(leadV1(`lead-${n}`), { headers: { 'X-Forwarded-For': xff } }), {
        ip: '10.0.0.1',
      });
    expect((await via('198.51.100.9, 203.0.113.7', 1)).status).toBe(200);
    // A forged first entry does not buy a new bucket: the proxy's last entry counts.
    expect((await via('192.0.2.1, 203.0.113.7', 2)).status).toBe(429);
    expect((await via('203.0.113.8', 3)).status).toBe(200);
    expect(logs.map((l) => l.event)).not.toContain('relay.no-client-address');
  });

  it('says once in the log when it cannot tell clients apart', async () => {
    const relay = start();
    await relay.handle(leadPost(leadV1('lead-a')));
    await relay.handle(leadPost(leadV1('lead-b')));
    expect(logs.filter((l) => l.event === 'relay.no-client-address')).toHaveLength(1);
  });
});

it('never puts a secret or contact details in an answer or a log line', async () => {
  targets.answer(WEBHOOK_HOST, 500, 500, 500);
  const relay = start();
  const answers = [
    await relay.handle(leadPost(leadV2())),
    await relay.handle(leadPost({ ...leadV2(), brand: 7 })),
    await relay.handle(leadPost(leadV2(), { origin: 'https://evil.example' })),
  ];
  const texts = [...(await Promise.all(answers.map((r) => r.text()))), JSON.stringify(logs)];
  for (const text of texts) {
    expect(text).not.toContain(WEBHOOK_SECRET);
    expect(text).not.toContain('secret-path');
    expect(text).not.toContain('dana.reyes@');
    expect(text).not.toContain('Harbour Lane');
  }
  expect(logs.map((l) => l.event)).toContain('lead.not-delivered');
});
