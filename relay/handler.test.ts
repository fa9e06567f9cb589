// @vitest-environment node
/** The serverless entry: `handle(request, env)` and the `{ fetch }` default export. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import relayModule, { handle } from './handler';
import { leadPost, leadV1, ORIGIN, tempDir } from './test-support/relay-fixtures';
import { startCrmDouble, type CrmDouble } from '../tests/e2e/fixtures/crm-double.mjs';

let dir: string;
let crm: CrmDouble;
beforeEach(async () => {
  dir = await tempDir();
  crm = await startCrmDouble();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await crm.close();
  await rm(dir, { recursive: true, force: true });
});

it('serves leads from the host environment, built once per env object', async () => {
  const env = {
    RELAY_ALLOWED_ORIGINS: ORIGIN,
    RELAY_FORWARD_URL: `${crm.url}/hook`,
    RELAY_FORWARD_SECRET: 'handler-secret-0123456789',
    RELAY_STORE_DIR: dir,
  };
  expect(relayModule.fetch).toBe(handle);
  const first = await relayModule.fetch(leadPost(leadV1()), env);
  expect(first.status).toBe(200);
  // Netlify hands the client address in its context; the limiter keys on it.
  const second = await handle(leadPost(leadV1()), env, { ip: '203.0.113.7' });
  expect(await second.json()).toMatchObject({ duplicate: true });
  expect(crm.requests).toHaveLength(1);
});

it('answers 503 to every request while the environment is bad, and says why in the log', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const env = { RELAY_ALLOWED_ORIGINS: ORIGIN, UPSTASH_REDIS_REST_TOKEN: 'tok-secret-value' };
  const response = await handle(leadPost(leadV1()), env);
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ ok: false, error: 'misconfigured' });
  expect((await handle(leadPost(leadV1()), env)).status).toBe(503);
  expect(errors).toHaveBeenCalledOnce();
  const logged = String(errors.mock.calls[0]?.[0]);
  expect(logged).toContain('UPSTASH_REDIS_REST_URL: is required with the token');
  expect(logged).toContain('RELAY_FORWARD_URL');
  expect(logged).not.toContain('tok-secret-value');
  expect(crm.requests).toHaveLength(0);
});
