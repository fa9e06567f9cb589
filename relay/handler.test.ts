// @vitest-environment node
/** The serverless entry: `handle(request, env)` and the `{ fetch }` default export. */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import relayModule, { handle } from './handler';
import { startCrmDouble, type CrmDouble } from '../tests/e2e/fixtures/crm-double.mjs';
import { startFakeUpstash, type FakeUpstash } from './test-support/fake-upstash';
import { leadPost, leadV1, ORIGIN } from './test-support/relay-fixtures';

let crm: CrmDouble;
let upstash: FakeUpstash;
beforeEach(async () => {
  crm = await startCrmDouble();
  upstash = await startFakeUpstash();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await crm.close();
  await upstash.close();
});

it('serves leads from the host environment, built once per env object', async () => {
  const env = {
    RELAY_ALLOWED_ORIGINS: ORIGIN,
    RELAY_FORWARD_URL: `${crm.url}/hook`,
    RELAY_FORWARD_SECRET: 'handler-secret-0123456789',
    UPSTASH_REDIS_REST_URL: upstash.url,
    UPSTASH_REDIS_REST_TOKEN: upstash.token,
  };
  expect(relayModule.fetch).toBe(handle);
  const first = await relayModule.fetch(leadPost(leadV1()), env);
  expect(first.status).toBe(200);
  // Netlify hands the client address in its context; the limiter keys on it.
  const second = await handle(leadPost(leadV1()), env, { ip: '203.0.113.7' });
  expect(await second.json()).toMatchObject({ duplicate: true });
  expect(crm.requests).toHaveLength(1);
  expect(upstash.commands.map((c) => c[0])).toEqual(['SET', 'MGET', 'SET', 'SET', 'SET', 'GET']);
});

it('refuses the file store: a serverless host has no disk shared by its copies', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const env = {
    RELAY_ALLOWED_ORIGINS: ORIGIN,
    RELAY_FORWARD_URL: `${crm.url}/hook`,
    RELAY_FORWARD_SECRET: 'handler-secret-0123456789',
    RELAY_STORE_DIR: '/tmp/relay',
  };
  expect((await handle(leadPost(leadV1()), env)).status).toBe(503);
  expect(String(errors.mock.calls[0]?.[0])).toContain(
    'RELAY_STORE_DIR: works only under the Node server',
  );
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

it('imports no Node built-in module, directly or through its imports', async () => {
  const { readFile } = await import('node:fs/promises');
  const { dirname, resolve } = await import('node:path');
  const seen = new Set<string>();
  const builtins: string[] = [];
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (!spec) continue;
      if (spec.startsWith('node:')) builtins.push(`${file}: ${spec}`);
      else if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        await visit(target.endsWith('.json') ? target : `${target}.ts`);
      }
    }
  };
  await visit(new URL('./handler.ts', import.meta.url).pathname);
  expect([...seen].some((f) => f.endsWith('src/core/lead-payload.ts'))).toBe(true);
  expect(builtins).toEqual([]);
});
