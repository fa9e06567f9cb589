// @vitest-environment node
/** The recording CRM double (tests/e2e/fixtures/crm-double.mjs) that relay and e2e tests use. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startCrmDouble, type CrmDouble } from '../tests/e2e/fixtures/crm-double.mjs';

let crm: CrmDouble;
beforeEach(async () => {
  crm = await startCrmDouble();
});
afterEach(() => crm.close());

const send = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${crm.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

it('records what it receives, headers and parsed body, in order', async () => {
  const hook = await send('/hook', { leadId: 'l1' }, { 'X-Relay-Secret': 's3cret' });
  expect(hook.status).toBe(200);
  expect(await hook.json()).toEqual({ ok: true });
  const form = await send('/submissions/v3/integration/submit/1/abc', { fields: [] });
  expect(await form.json()).toEqual({ inlineMessage: 'Thanks for submitting the form.' });
  await send('/raw', 'not json');
  expect(crm.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
    { method: 'POST', path: '/hook', body: { leadId: 'l1' } },
    { method: 'POST', path: '/submissions/v3/integration/submit/1/abc', body: { fields: [] } },
    { method: 'POST', path: '/raw', body: 'not json' },
  ]);
  expect(crm.requests[0]?.headers['x-relay-secret']).toBe('s3cret');
});

it('fails on demand, in code or over HTTP, and lists what it got', async () => {
  crm.failNext(1, 429);
  expect((await send('/hook', { n: 1 })).status).toBe(429);
  expect((await send('/hook', { n: 2 })).status).toBe(200);
  await fetch(`${crm.url}/__control?fail=2&status=500`, { method: 'POST' });
  expect((await send('/hook', { n: 3 })).status).toBe(500);
  expect((await send('/hook', { n: 4 })).status).toBe(500);
  expect((await send('/hook', { n: 5 })).status).toBe(200);
  const listed = (await (await fetch(`${crm.url}/__requests`)).json()) as { body: unknown }[];
  expect(listed.map((r) => r.body)).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
  await fetch(`${crm.url}/__reset`, { method: 'POST' });
  expect(crm.requests).toEqual([]);
});

it('answers late when asked, after recording the request', async () => {
  crm.delay(150);
  const started = Date.now();
  const pending = send('/hook', { slow: true });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(crm.requests).toHaveLength(1);
  expect((await pending).status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(140);
});
