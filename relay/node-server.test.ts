// @vitest-environment node
/**
 * The relay as `npm run relay` runs it: a real HTTP server, real sockets, the recording CRM
 * double as both targets, files or the Upstash stand-in as the store.
 */
import { request as httpRequest } from 'node:http';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCrmDouble, type CrmDouble } from '../tests/e2e/fixtures/crm-double.mjs';
import type { RelayLogEntry } from './relay';
import { startRelay } from './start';
import { startFakeUpstash } from './test-support/fake-upstash';
import { leadV1, leadV2, ORIGIN, tempDir } from './test-support/relay-fixtures';

const SECRET = 'node-secret-0123456789abcdef';
const FORM = '8a4f2c1e-5b3d-4e6f-9a7b-0c1d2e3f4a5b';

let dir: string;
let crm: CrmDouble;
const closers: (() => Promise<unknown>)[] = [];
const logs: RelayLogEntry[] = [];

beforeEach(async () => {
  logs.length = 0;
  dir = await tempDir();
  crm = await startCrmDouble();
  closers.push(() => crm.close());
});
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
  await rm(dir, { recursive: true, force: true });
});

function env(more: Record<string, string> = {}): Record<string, string> {
  return {
    RELAY_ALLOWED_ORIGINS: ORIGIN,
    RELAY_FORWARD_URL: `${crm.url}/hook`,
    RELAY_FORWARD_SECRET: SECRET,
    RELAY_HUBSPOT_PORTAL_ID: '2468013',
    RELAY_HUBSPOT_FORM_ID: FORM,
    RELAY_HUBSPOT_BASE_URL: crm.url,
    RELAY_FORWARD_TIMEOUT_MS: '2000',
    RELAY_STORE_DIR: join(dir, 'store'),
    RELAY_PORT: '0',
    ...more,
  };
}

async function start(more: Record<string, string> = {}) {
  const started = await startRelay(env(more), { log: (entry) => logs.push(entry) });
  if (!started.ok) throw new Error(started.problems.join('; '));
  closers.push(() => started.running.close());
  return started.running;
}

const post = (url: string, lead: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/leads`, {
    method: 'POST',
    headers: {
      Origin: ORIGIN,
      'Content-Type': 'application/json',
      'Idempotency-Key': (lead as { leadId: string }).leadId,
      ...headers,
    },
    body: JSON.stringify(lead),
  });

describe('the Node server', () => {
  it('forwards a lead to both targets once, even after a restart', async () => {
    const first = await start();
    const response = await post(first.url, leadV1());
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(crm.requests.map((r) => r.path).sort()).toEqual([
      '/hook',
      `/submissions/v3/integration/submit/2468013/${FORM}`,
    ]);
    const hook = crm.requests.find((r) => r.path === '/hook');
    expect(hook?.headers['x-relay-secret']).toBe(SECRET);
    expect(hook?.headers['idempotency-key']).toBe(leadV1().leadId);
    expect(hook?.body).toMatchObject({ schema: 'fractional-fit.lead/2', leadId: leadV1().leadId });

    await first.close();
    const second = await start();
    const again = await post(second.url, leadV1());
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(crm.requests).toHaveLength(2);
  });

  it('answers 502 while the CRM fails, and delivers on the app’s next try', async () => {
    const relay = await start({ RELAY_FORWARD_ATTEMPTS: '2' });
    crm.failNext(4, 503);
    expect((await post(relay.url, leadV2())).status).toBe(502);
    expect(crm.requests).toHaveLength(4);
    expect(logs.filter((l) => l.event === 'forward.failed')).toHaveLength(2);
    expect((await post(relay.url, leadV2())).status).toBe(200);
    expect(crm.requests).toHaveLength(6);
  });

  it('answers 413 to a body over the limit, declared or streamed, on a live socket', async () => {
    const relay = await start({ RELAY_MAX_BODY_BYTES: '4096' });
    const big = { ...leadV1(), results: { note: 'x'.repeat(20_000) } };
    expect((await post(relay.url, big)).status).toBe(413);
    const { port, hostname } = new URL(relay.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: hostname,
          port,
          path: '/leads',
          method: 'POST',
          headers: {
            Origin: ORIGIN,
            'Content-Type': 'application/json',
            'Idempotency-Key': big.leadId,
            'Transfer-Encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = JSON.stringify(big);
      for (let i = 0; i < chunk.length; i += 1000) req.write(chunk.slice(i, i + 1000));
      req.end();
    });
    expect(status).toBe(413);
    expect(crm.requests).toHaveLength(0);
  });

  it('answers a health check', async () => {
    const relay = await start();
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok\n');
  });

  it('keeps one lead per key with the Upstash store, even for two requests at once', async () => {
    const upstash = await startFakeUpstash();
    closers.push(() => upstash.close());
    const relay = await start({
      RELAY_STORE_DIR: '',
      UPSTASH_REDIS_REST_URL: upstash.url,
      UPSTASH_REDIS_REST_TOKEN: upstash.token,
    });
    crm.delay(200);
    const [a, b] = await Promise.all([post(relay.url, leadV2()), post(relay.url, leadV2())]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(crm.requests).toHaveLength(2);
    expect((await post(relay.url, leadV2())).status).toBe(200);
    expect(crm.requests).toHaveLength(2);
    expect(upstash.keys().sort()).toEqual([
      `fractional-fit-relay:lead:${leadV2().leadId}`,
      `fractional-fit-relay:sent:${leadV2().leadId}:hubspot`,
      `fractional-fit-relay:sent:${leadV2().leadId}:webhook`,
    ]);
  });
});

describe('starting', () => {
  it('refuses a bad environment with every problem named', async () => {
    const started = await startRelay({ RELAY_PORT: 'eighty', RELAY_FORWARD_SECRET: 'x' });
    expect(started.ok).toBe(false);
    if (!started.ok) {
      expect(started.problems).toEqual([
        expect.stringMatching(/^RELAY_ALLOWED_ORIGINS: is required/),
        expect.stringMatching(/^RELAY_FORWARD_SECRET: is set but RELAY_FORWARD_URL is not/),
        expect.stringMatching(/^RELAY_FORWARD_URL: or RELAY_HUBSPOT_PORTAL_ID/),
        expect.stringMatching(/^RELAY_STORE_DIR: or UPSTASH_REDIS_REST_URL/),
        expect.stringMatching(/^RELAY_PORT: must be a whole number/),
      ]);
    }
  });

  it('refuses a store directory it cannot create or write', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    await chmod(file, 0o400);
    const started = await startRelay(env({ RELAY_STORE_DIR: join(file, 'store') }));
    expect(started).toEqual({
      ok: false,
      problems: ['RELAY_STORE_DIR: cannot be created or written'],
    });
  });

  it('refuses a port that is taken', async () => {
    const first = await start();
    const started = await startRelay(env({ RELAY_PORT: new URL(first.url).port }));
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.problems).toEqual(['RELAY_PORT: cannot listen (EADDRINUSE)']);
  });
});
