// @vitest-environment node
/**
 * The contract every lead store keeps, run against the file store (in a temporary directory)
 * and the Upstash store (against a local stand-in of its REST API).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLeadStore } from './file-store';
import type { LeadStore } from './lead-store';
import { startFakeUpstash, type FakeUpstash } from './test-support/fake-upstash';
import { createUpstashLeadStore, StoreUnavailableError } from './upstash-store';

const LEASE_MS = 20_000;
const KEEP_MS = 24 * 60 * 60_000;

interface Harness {
  /** A store over the same data as every other one this harness opened (a restart). */
  open(): LeadStore;
  advance(ms: number): void;
  close(): Promise<void>;
}

async function fileHarness(): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'relay-store-'));
  let clock = Date.parse('2026-11-24T16:00:00Z');
  return {
    open: () => createFileLeadStore(dir, { leaseMs: LEASE_MS, keepMs: KEEP_MS, now: () => clock }),
    advance: (ms) => (clock += ms),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

async function upstashHarness(): Promise<Harness> {
  let clock = Date.parse('2026-11-24T16:00:00Z');
  const fake = await startFakeUpstash({ now: () => clock });
  return {
    open: () =>
      createUpstashLeadStore({
        url: fake.url,
        token: fake.token,
        leaseMs: LEASE_MS,
        keepMs: KEEP_MS,
      }),
    advance: (ms) => (clock += ms),
    close: () => fake.close(),
  };
}

describe.each([
  ['file store', fileHarness],
  ['Upstash store', upstashHarness],
])('%s', (_, makeHarness) => {
  let h: Harness;
  beforeEach(async () => {
    h = await makeHarness();
  });
  afterEach(() => h.close());

  it('claims a key once: then in progress, then a duplicate once delivered', async () => {
    const store = h.open();
    expect(await store.claim('lead-1', 'fp-a')).toEqual({ kind: 'new', forwarded: [] });
    expect(await store.claim('lead-1', 'fp-a')).toEqual({ kind: 'in-progress' });
    await store.markDelivered('lead-1', 'fp-a');
    expect(await store.claim('lead-1', 'fp-a')).toEqual({ kind: 'duplicate' });
    expect(await store.claim('lead-2', 'fp-b')).toEqual({ kind: 'new', forwarded: [] });
  });

  it('gives one "new" among many claims at once', async () => {
    const stores = [h.open(), h.open(), h.open()];
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => stores[i % 3]!.claim('lead-1', 'fp-a')),
    );
    expect(claims.filter((c) => c.kind === 'new')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'in-progress')).toHaveLength(11);
  });

  it('remembers a delivered key after a restart, until it is forgotten', async () => {
    const first = h.open();
    await first.claim('lead-1', 'fp-a');
    await first.markDelivered('lead-1', 'fp-a');
    const again = h.open();
    expect(await again.claim('lead-1', 'fp-a')).toEqual({ kind: 'duplicate' });
    h.advance(KEEP_MS + 1000);
    expect(await again.claim('lead-1', 'fp-a')).toEqual({ kind: 'new', forwarded: [] });
  });

  it('frees a released key, keeping which targets already took the lead', async () => {
    const store = h.open();
    await store.claim('lead-1', 'fp-a');
    await store.release('lead-1');
    expect(await store.claim('lead-1', 'fp-a')).toEqual({ kind: 'new', forwarded: [] });
    await store.markForwarded('lead-1', 'fp-a', 'webhook');
    await store.release('lead-1');
    expect(await h.open().claim('lead-1', 'fp-a')).toEqual({
      kind: 'new',
      forwarded: ['webhook'],
    });
  });

  it('takes over a claim whose lease ran out (a relay that died mid-forward)', async () => {
    const store = h.open();
    await store.claim('lead-1', 'fp-a');
    await store.markForwarded('lead-1', 'fp-a', 'hubspot');
    h.advance(LEASE_MS - 1000);
    expect(await store.claim('lead-1', 'fp-a')).toEqual({ kind: 'in-progress' });
    h.advance(2000);
    expect(await h.open().claim('lead-1', 'fp-a')).toEqual({
      kind: 'new',
      forwarded: ['hubspot'],
    });
  });

  it('refuses a key used for a different lead', async () => {
    const store = h.open();
    await store.claim('lead-1', 'fp-a');
    expect(await store.claim('lead-1', 'fp-other')).toEqual({ kind: 'conflict' });
    await store.markDelivered('lead-1', 'fp-a');
    expect(await store.claim('lead-1', 'fp-other')).toEqual({ kind: 'conflict' });
  });

  it('refuses a key that is not a lead id', async () => {
    await expect(h.open().claim('../etc/passwd', 'fp')).rejects.toThrow(TypeError);
  });
});

describe('file store on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relay-files-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps one small record per key and no temporary file', async () => {
    const store = createFileLeadStore(dir, { leaseMs: LEASE_MS, keepMs: KEEP_MS });
    await store.claim('lead-1', 'fp-a');
    await store.markForwarded('lead-1', 'fp-a', 'webhook');
    await store.markDelivered('lead-1', 'fp-a');
    expect(await readdir(dir)).toEqual(['lead-1.json']);
    const record = JSON.parse(await readFile(join(dir, 'lead-1.json'), 'utf8'));
    expect(record).toMatchObject({ v: 1, state: 'delivered', fingerprint: 'fp-a' });
    expect(record.forwarded).toEqual(['webhook']);
  });

  it('replaces a damaged record rather than blocking the key', async () => {
    await writeFile(join(dir, 'lead-1.json'), '{"v":1,"state":');
    const store = createFileLeadStore(dir, { leaseMs: LEASE_MS, keepMs: KEEP_MS });
    expect(await store.claim('lead-1', 'fp-a')).toEqual({ kind: 'new', forwarded: [] });
  });

  it('prunes records past their time and stale temporary files, nothing else', async () => {
    let clock = Date.now();
    const store = createFileLeadStore(dir, {
      leaseMs: LEASE_MS,
      keepMs: KEEP_MS,
      now: () => clock,
    });
    await store.claim('old', 'fp');
    await store.markDelivered('old', 'fp');
    await store.claim('kept', 'fp');
    await writeFile(join(dir, '.crashed.1234.tmp'), '{}');
    await writeFile(join(dir, 'README'), 'not ours');
    clock += KEEP_MS + 2 * 60 * 60_000;
    await store.markDelivered('kept', 'fp');
    expect(await store.prune()).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['README', 'kept.json']);
  });
});

describe('Upstash store over HTTP', () => {
  let fake: FakeUpstash;
  beforeEach(async () => {
    fake = await startFakeUpstash();
  });
  afterEach(() => fake.close());

  it('claims with SET NX EX and marks with SET EX: the commands Upstash runs', async () => {
    const store = createUpstashLeadStore({
      url: fake.url,
      token: fake.token,
      leaseMs: 45_500,
      keepMs: 2 * 86_400_000,
      prefix: 'test:',
    });
    await store.claim('lead-1', 'fp-a');
    await store.markForwarded('lead-1', 'fp-a', 'webhook');
    await store.markDelivered('lead-1', 'fp-a');
    expect(fake.commands).toEqual([
      ['SET', 'test:lead:lead-1', '{"state":"in-progress","fingerprint":"fp-a"}', 'NX', 'EX', '46'],
      ['MGET', 'test:sent:lead-1:webhook', 'test:sent:lead-1:hubspot'],
      ['SET', 'test:sent:lead-1:webhook', 'fp-a', 'EX', '172800'],
      ['SET', 'test:lead:lead-1', '{"state":"delivered","fingerprint":"fp-a"}', 'EX', '172800'],
    ]);
  });

  it('reports a refused or failing database without the token', async () => {
    const wrong = createUpstashLeadStore({
      url: fake.url,
      token: 'not-the-token-but-secret',
      leaseMs: LEASE_MS,
      keepMs: KEEP_MS,
    });
    const refused = await wrong.claim('lead-1', 'fp').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect(String(refused)).toContain('HTTP 401');
    expect(String(refused)).not.toContain('not-the-token-but-secret');

    const store = createUpstashLeadStore({
      url: fake.url,
      token: fake.token,
      leaseMs: LEASE_MS,
      keepMs: KEEP_MS,
    });
    fake.failNext(1);
    await expect(store.claim('lead-1', 'fp')).rejects.toThrow(/HTTP 500/);

    const down = createUpstashLeadStore({
      url: 'http://127.0.0.1:9',
      token: fake.token,
      leaseMs: LEASE_MS,
      keepMs: KEEP_MS,
    });
    const unreachable = await down.claim('lead-1', 'fp').catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(StoreUnavailableError);
    expect(String(unreachable)).not.toContain(fake.token);
  });
});
