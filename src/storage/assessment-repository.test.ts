// @vitest-environment node
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { createStore, entries as rawEntries, get as rawGet, set as rawSet } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../core/types';
import { newAssessmentRecord, SCHEMA_VERSION, type AssessmentRecord } from './assessment-record';
import v3AtQuestion from './fixtures/v3-at-question.json';
import v3AtReview from './fixtures/v3-at-review.json';
import v3AtStart from './fixtures/v3-at-start.json';
import v3CopyOfV0 from './fixtures/v3-copy-of-v0-no-flow.json';
import v3Deleted from './fixtures/v3-deleted-at-results.json';
import {
  DEFAULT_DB_NAME,
  DEFAULT_STORE_NAME,
  LAST_OPENED_KEY,
  memoryRepository,
  openAssessmentRepository,
  type AssessmentRepository,
  type RepositoryOptions,
} from './assessment-repository';

const DB = DEFAULT_DB_NAME;
const STORE = DEFAULT_STORE_NAME;
const QUARANTINE_TIME = '2025-06-01T12:00:00.000Z';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function record(id: string, updatedAt = '2025-03-01T10:00:00.000Z', companyName = `Co ${id}`) {
  const base = newAssessmentRecord(id, '2025-03-01T09:00:00.000Z');
  return {
    ...base,
    companyName,
    updatedAt,
    answers: { employees: 40, industry: 'healthcare', 'pr-mfa': 2 },
    notes: { assessment: 'Follow up after the board meeting' },
    progress: { answered: 3, total: 44 },
    cursor: { step: 'question', questionId: 'pr-mfa' },
  } satisfies AssessmentRecord;
}

/** The name a damaged value still gives (as storage reads it), or null. */
function companyNameOf(raw: unknown): string | null {
  const name: unknown =
    typeof raw === 'object' && raw !== null ? (raw as { companyName?: unknown }).companyName : null;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** A fresh in-memory IndexedDB, also installed as the global so idb-keyval can read it raw. */
function freshIdb(): IDBFactory {
  const idb = new IDBFactory();
  vi.stubGlobal('indexedDB', idb);
  return idb;
}

/** idb-keyval's own view of a store in the global (stubbed) IndexedDB. */
function rawStore(dbName = DB, storeName = STORE): UseStore {
  return createStore(dbName, storeName);
}

async function rawKeys(store: UseStore): Promise<string[]> {
  return (await rawEntries(store)).map(([key]) => String(key)).sort();
}

/** Creates the database with only a store named 'other' (one key), then closes it. */
function seedOtherStore(idb: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.open(DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore('other').put('other data', 'k');
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function open(idb: IDBFactory, options: RepositoryOptions = {}): Promise<AssessmentRepository> {
  return openAssessmentRepository({
    idb,
    now: () => QUARANTINE_TIME,
    onFault: () => undefined,
    ...options,
  });
}

interface Faults {
  /** How the nth call to open (1-based) behaves; 'pass' by default. */
  open?: (n: number) => 'pass' | 'hang' | 'throw';
  /** Called with each readwrite transaction, to break it. */
  readwrite?: (tx: IDBTransaction, n: number) => void;
  /** Replaces objectStore.get with a request that never settles. */
  hangReads?: () => boolean;
}

/** Wraps a real fake-indexeddb factory to inject browser faults; records every connection. */
function faulty(real: IDBFactory, faults: Faults) {
  const connections: IDBDatabase[] = [];
  let opens = 0;
  let writes = 0;
  const factory = {
    open(name: string, version?: number): IDBOpenDBRequest {
      opens++;
      const behaviour = faults.open?.(opens) ?? 'pass';
      if (behaviour === 'throw') {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
      if (behaviour === 'hang') return {} as IDBOpenDBRequest;
      const request = real.open(name, version);
      // Added before the repository's own handler, so the patch is in place when it runs.
      request.addEventListener('success', () => {
        const db = request.result;
        connections.push(db);
        const transaction = db.transaction.bind(db);
        db.transaction = ((
          stores: string | string[],
          mode?: IDBTransactionMode,
          options?: IDBTransactionOptions,
        ) => {
          const tx = transaction(stores, mode, options);
          if (mode === 'readwrite') faults.readwrite?.(tx, ++writes);
          if (faults.hangReads?.()) {
            const objectStore = tx.objectStore.bind(tx);
            tx.objectStore = (storeName: string) => {
              const store = objectStore(storeName);
              store.get = () => ({}) as IDBRequest;
              return store;
            };
          }
          return tx;
        }) as IDBDatabase['transaction'];
      });
      return request;
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    databases: () => real.databases(),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
  };
  return {
    idb: factory as IDBFactory,
    connections,
    opens: () => opens,
  };
}

/** Makes a readwrite transaction fail the way a full disk does: it aborts with QuotaExceededError. */
function abortWithQuota(tx: IDBTransaction): void {
  const objectStore = tx.objectStore.bind(tx);
  tx.objectStore = (name: string) => {
    const store = objectStore(name);
    const put = store.put.bind(store);
    store.put = (value: unknown, key?: IDBValidKey) => {
      const request = put(value, key);
      // fake-indexeddb's internal abort-with-error: what a browser does when the quota is hit.
      (tx as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    };
    return store;
  };
}

describe('round trip', () => {
  it('saves and loads a record unchanged, across repository instances', async () => {
    const idb = freshIdb();
    const first = await open(idb);
    const saved = record('a1');
    await first.save(saved);
    const second = await open(idb);
    expect(second.mode()).toEqual({ kind: 'persistent' });
    expect(await second.load('a1')).toEqual({ record: saved, problem: null });
  });

  it('keeps its own copy: changing the object after save changes nothing stored', async () => {
    const repo = await open(freshIdb());
    const saved = record('a1');
    await repo.save(saved);
    saved.notes.assessment = 'changed afterwards';
    const loaded = await repo.load('a1');
    expect(loaded.record?.notes.assessment).toBe('Follow up after the board meeting');
  });

  it('stores under assessment:<id> in its own database, never idb-keyval’s default one', async () => {
    const idb = freshIdb();
    const repo = await openAssessmentRepository({ onFault: () => undefined });
    await repo.save(record('a1'));
    await repo.setLastOpenedId('a1');
    expect(await rawKeys(rawStore())).toEqual(['assessment:a1', LAST_OPENED_KEY]);
    const names = (await idb.databases()).map((db) => db.name);
    expect(names).toEqual([DB]);
  });

  it('keeps databases apart when the widget names its own', async () => {
    const idb = freshIdb();
    const app = await open(idb);
    const widget = await open(idb, { dbName: 'fractional-fit-widget' });
    await app.save(record('app-1'));
    await widget.save(record('widget-1'));
    expect((await app.list()).summaries.map((s) => s.id)).toEqual(['app-1']);
    expect((await widget.list()).summaries.map((s) => s.id)).toEqual(['widget-1']);
  });

  it('adds its store to an existing database that lacks it, leaving other stores alone', async () => {
    const idb = freshIdb();
    await seedOtherStore(idb);
    const repo = await open(idb);
    expect(repo.mode()).toEqual({ kind: 'persistent' });
    await repo.save(record('a1'));
    expect((await repo.load('a1')).record?.id).toBe('a1');
    expect(await rawGet('k', rawStore(DB, 'other'))).toBe('other data');
  });

  it('returns nothing, without a problem, for an unknown or malformed id', async () => {
    const repo = await open(freshIdb());
    expect(await repo.load('missing')).toEqual({ record: null, problem: null });
    expect(await repo.load('../../etc')).toEqual({ record: null, problem: null });
  });

  it('remembers the last opened assessment, and forgets it on null', async () => {
    const idb = freshIdb();
    const repo = await open(idb);
    expect(await repo.lastOpenedId()).toBeNull();
    await repo.setLastOpenedId('a1');
    expect(await (await open(idb)).lastOpenedId()).toBe('a1');
    await repo.setLastOpenedId(null);
    expect(await repo.lastOpenedId()).toBeNull();
  });

  it('ignores a damaged last-opened pointer', async () => {
    const idb = freshIdb();
    await rawSet(LAST_OPENED_KEY, { not: 'an id' }, rawStore());
    expect(await (await open(idb)).lastOpenedId()).toBeNull();
  });
});

describe('list', () => {
  it('lists summaries newest first', async () => {
    const repo = await open(freshIdb());
    await repo.save(record('old', '2025-01-01T00:00:00Z'));
    await repo.save(record('new', '2025-05-01T00:00:00Z'));
    await repo.save(record('mid', '2025-03-01T00:00:00Z'));
    const { summaries, problems } = await repo.list();
    expect(problems).toEqual([]);
    expect(summaries.map((s) => s.id)).toEqual(['new', 'mid', 'old']);
    expect(summaries[0]).toEqual({
      id: 'new',
      companyName: 'Co new',
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-05-01T00:00:00Z',
      progress: { answered: 3, total: 44 },
      scoreSummary: null,
      note: 'Follow up after the board meeting',
      deletedAt: null,
    });
  });
});

describe('damaged, oversized and foreign records', () => {
  const valid = record('good');
  const oversized = {
    ...record('huge'),
    notes: Object.fromEntries(Array.from({ length: 110 }, (_, i) => [`q${i}`, 'n'.repeat(10_000)])),
  };
  it.each([
    ['not an object', 'bad-1', 42, 'corrupt'],
    [
      'missing fields',
      'bad-2',
      { schemaVersion: 1, id: 'bad-2', companyName: 'Half Saved' },
      'corrupt',
    ],
    ['wrong types', 'bad-3', { ...record('bad-3'), progress: 'most of it' }, 'corrupt'],
    ['truncated JSON text', 'bad-4', JSON.stringify(record('bad-4')).slice(0, 60), 'corrupt'],
    ['mistyped answers', 'bad-5', { ...record('bad-5'), answers: { employees: 'ten' } }, 'corrupt'],
    ['filed under another id', 'bad-6', record('someone-else'), 'corrupt'],
    ['over 1 MiB', 'huge', oversized, 'too-large'],
  ])('sets aside a record that is %s, keeping the raw value', async (_label, id, raw, kind) => {
    const idb = freshIdb();
    const raws = rawStore();
    await rawSet('assessment:good', valid, raws);
    await rawSet(`assessment:${id}`, raw, raws);
    const repo = await open(idb);

    const { summaries, problems } = await repo.list();
    expect(summaries.map((s) => s.id)).toEqual(['good']);
    // Worded ("set it aside", "not been deleted") by the interface: see src/ui/messages/storage.test.ts.
    expect(problems).toEqual([
      {
        kind,
        id,
        companyName: companyNameOf(raw),
        ...(kind === 'too-large' ? { limitBytes: 1024 * 1024 } : {}),
      },
    ]);

    const quarantineKey = `quarantine:${id}:${QUARANTINE_TIME}`;
    expect(await rawKeys(raws)).toEqual(['assessment:good', quarantineKey]);
    expect(await rawGet(quarantineKey, raws)).toEqual(raw);
    // Reported once: the next listing is clean.
    expect((await repo.list()).problems).toEqual([]);
  });

  it('names the company when the damaged record still says it', async () => {
    const idb = freshIdb();
    await rawSet(
      'assessment:bad',
      { ...record('bad'), companyName: '  Acme Dental ', answers: 7 },
      rawStore(),
    );
    const { problems } = await (await open(idb)).list();
    expect(problems).toEqual([{ kind: 'corrupt', id: 'bad', companyName: 'Acme Dental' }]);
  });

  it('sets aside a record found by load, and reports it', async () => {
    const idb = freshIdb();
    const raws = rawStore();
    await rawSet('assessment:bad', '{"schemaVersion":1,"id":"ba', raws);
    const repo = await open(idb);
    const loaded = await repo.load('bad');
    expect(loaded.record).toBeNull();
    expect(loaded.problem).toEqual({ kind: 'corrupt', id: 'bad', companyName: null });
    expect(await rawGet(`quarantine:bad:${QUARANTINE_TIME}`, raws)).toBe(
      '{"schemaVersion":1,"id":"ba',
    );
    expect(await rawGet('assessment:bad', raws)).toBeUndefined();
  });

  it('hashes a key that is not a valid id into the quarantine name', async () => {
    const idb = freshIdb();
    const raws = rawStore();
    await rawSet('assessment:not an id!', { junk: true }, raws);
    const { problems } = await (await open(idb)).list();
    expect(problems).toEqual([{ kind: 'corrupt', companyName: null }]);
    const keys = await rawKeys(raws);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^quarantine:#[0-9a-f]{8}:2025-06-01T12:00:00\.000Z$/);
  });

  it('ignores keys that are not ours', async () => {
    const idb = freshIdb();
    await rawSet('something-else', 'x', rawStore());
    expect(await (await open(idb)).list()).toEqual({ summaries: [], problems: [] });
  });

  it('refuses a record from a newer version but leaves it in place for that version', async () => {
    const idb = freshIdb();
    const raws = rawStore();
    const future = { ...record('future'), schemaVersion: 99, hologram: true };
    await rawSet('assessment:future', future, raws);
    const repo = await open(idb);

    const listed = await repo.list();
    expect(listed.summaries).toEqual([]);
    expect(listed.problems).toEqual([
      { kind: 'foreign-version', id: 'future', companyName: 'Co future' },
    ]);
    const loaded = await repo.load('future');
    expect(loaded).toEqual({
      record: null,
      problem: expect.objectContaining({ kind: 'foreign-version' }),
    });
    expect(await rawGet('assessment:future', raws)).toEqual(future);
    expect(await rawKeys(raws)).toEqual(['assessment:future']);
  });

  it('migrates a version 0 record on read', async () => {
    const idb = freshIdb();
    await rawSet(
      'assessment:legacy',
      {
        id: 'legacy',
        companyName: 'Old Firm',
        contentVersion: '2025.01.0',
        answers: { employees: 12 },
        note: 'First call went well',
        total: 40,
        updated: Date.UTC(2025, 0, 15),
      },
      rawStore(),
    );
    const repo = await open(idb);
    expect((await repo.list()).summaries).toEqual([
      {
        id: 'legacy',
        companyName: 'Old Firm',
        createdAt: '2025-01-15T00:00:00.000Z',
        updatedAt: '2025-01-15T00:00:00.000Z',
        progress: { answered: 1, total: 40 },
        scoreSummary: null,
        note: 'First call went well',
        deletedAt: null,
      },
    ]);
    const { record: migrated } = await repo.load('legacy');
    expect(migrated).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      cursor: null,
      scenario: null,
      notes: { assessment: 'First call went well' },
      scoringVersion: 'unknown',
    });
  });
});

describe('older schema versions in IndexedDB', () => {
  it('reads a stored version 2 record as the current version, and the next save writes it', async () => {
    const idb = freshIdb();
    const { scoreSummary: _s, deletedAt: _d, cursor, ...v2 } = record('older');
    await rawSet('assessment:older', { ...v2, schemaVersion: 2, flow: { cursor } }, rawStore());
    const repo = await open(idb);
    const { summaries, problems } = await repo.list();
    expect(problems).toEqual([]);
    expect(summaries[0]).toMatchObject({ id: 'older', scoreSummary: null, deletedAt: null });
    const { record: loaded } = await repo.load('older');
    expect(loaded).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      cursor,
      scoreSummary: null,
      deletedAt: null,
    });
    // Upgraded on read, not written back until the app saves it.
    expect(await rawGet('assessment:older', rawStore())).toMatchObject({ schemaVersion: 2 });
    await repo.save({ ...loaded!, scoreSummary: { gap: 55, model: 'vciso-project' } });
    const rewritten = await rawGet<Record<string, unknown>>('assessment:older', rawStore());
    expect(rewritten).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      cursor,
      scoreSummary: { gap: 55, model: 'vciso-project' },
    });
    expect(rewritten).not.toHaveProperty('flow');
  });

  it('opens records as version 3 stored them (fixtures), and saves them back as current ones', async () => {
    const idb = freshIdb();
    const raws = rawStore();
    const fixtures = [v3AtStart, v3AtQuestion, v3AtReview, v3Deleted, v3CopyOfV0];
    for (const f of fixtures) await rawSet(`assessment:${f.id}`, structuredClone(f), raws);
    const repo = await open(idb);
    const { summaries, problems } = await repo.list();
    expect(problems).toEqual([]);
    expect(summaries.map((s) => [s.id, s.deletedAt])).toEqual(
      fixtures
        .map((f) => [f.id, f.deletedAt, f.updatedAt] as const)
        .sort((a, b) => Date.parse(b[2]) - Date.parse(a[2]))
        .map(([id, deletedAt]) => [id, deletedAt]),
    );
    const { record: atQuestion } = await repo.load(v3AtQuestion.id);
    expect(atQuestion?.cursor).toEqual(v3AtQuestion.flow.cursor);
    // Saved back over the version 3 value it was read from: the two-tab check still passes.
    const next = { ...atQuestion!, updatedAt: '2026-12-11T09:00:00.000Z' };
    await expect(repo.save(next)).resolves.toEqual({ outcome: 'saved' });
    const rewritten = await rawGet<Record<string, unknown>>(`assessment:${v3AtQuestion.id}`, raws);
    expect(rewritten).toEqual(next);
    expect(rewritten).not.toHaveProperty('flow');
    // And again, over what it wrote itself.
    const later = { ...next, updatedAt: '2026-12-11T09:01:00.000Z' };
    await expect(repo.save(later)).resolves.toEqual({ outcome: 'saved' });
    expect(await rawGet(`assessment:${v3AtQuestion.id}`, raws)).toEqual(later);
  });

  it('keeps a deletion mark across a reopen, so a closed tab loses nothing', async () => {
    const idb = freshIdb();
    const first = await open(idb);
    await first.save({ ...record('gone-soon'), deletedAt: '2025-03-02T10:00:00.000Z' });
    await first.save(record('kept'));
    const again = await open(idb);
    const { summaries } = await again.list();
    expect(summaries.map((s) => [s.id, s.deletedAt])).toEqual([
      ['gone-soon', '2025-03-02T10:00:00.000Z'],
      ['kept', null],
    ]);
    const { record: marked } = await again.load('gone-soon');
    expect(marked?.answers).toEqual(record('gone-soon').answers);
  });
});

describe('save refuses programming errors', () => {
  it('rejects an invalid record with a ValidationError and stores nothing', async () => {
    const idb = freshIdb();
    const repo = await open(idb);
    const bad = { ...record('a1'), answers: { employees: 'ten' } } as unknown as AssessmentRecord;
    await expect(repo.save(bad)).rejects.toBeInstanceOf(ValidationError);
    expect(await rawKeys(rawStore())).toEqual([]);
  });

  it('rejects a record that cannot be cloned (a Svelte $state proxy not snapshotted)', async () => {
    const repo = await open(freshIdb());
    const proxied = new Proxy(record('a1'), {});
    await expect(repo.save(proxied)).rejects.toThrow(/\$state\.snapshot\(\)/);
  });

  it('rejects a malformed last-opened id', async () => {
    const repo = await open(freshIdb());
    await expect(repo.setLastOpenedId('not valid')).rejects.toBeInstanceOf(TypeError);
  });
});

describe('remove and removeAll', () => {
  it('remove erases the record, its quarantined copies and the pointer to it', async () => {
    const idb = freshIdb();
    const raws = rawStore();
    await rawSet('quarantine:a1:2025-01-01T00:00:00.000Z', 'old damaged copy', raws);
    await rawSet('quarantine:a10:2025-01-01T00:00:00.000Z', 'belongs to a10', raws);
    const repo = await open(idb);
    await repo.save(record('a1'));
    await repo.save(record('a2'));
    await repo.setLastOpenedId('a1');

    await repo.remove('a1');
    expect(await rawKeys(raws)).toEqual([
      'assessment:a2',
      'quarantine:a10:2025-01-01T00:00:00.000Z',
    ]);
    expect(await repo.load('a1')).toEqual({ record: null, problem: null });
    expect(await repo.lastOpenedId()).toBeNull();
  });

  it('removeAll really empties the store, seen through a raw idb-keyval read', async () => {
    const idb = freshIdb();
    const raws = rawStore();
    await rawSet('assessment:broken', 'not a record', raws);
    const repo = await open(idb);
    await repo.list(); // quarantines "broken"
    await repo.save(record('a1'));
    await repo.save(record('a2'));
    await repo.setLastOpenedId('a2');
    expect((await rawKeys(raws)).length).toBe(4);

    await repo.removeAll();
    expect(await rawEntries(raws)).toEqual([]);
    expect(await repo.list()).toEqual({ summaries: [], problems: [] });
    expect(await repo.lastOpenedId()).toBeNull();
  });

  it('removeAll waits for saves already under way and lets later saves through', async () => {
    const idb = freshIdb();
    const repo = await open(idb);
    const early = repo.save(record('early'));
    const erase = repo.removeAll();
    const late = repo.save(record('late'));
    await Promise.all([early, erase, late]);
    expect(await rawKeys(rawStore())).toEqual(['assessment:late']);
  });
});

describe('ordering', () => {
  it('lands concurrent saves of one record in call order, even when the first one is slowed', async () => {
    const real = freshIdb();
    // The first write hits a closing connection and must reopen; the later ones must wait for it.
    const { idb } = faulty(real, {
      readwrite: (tx, n) => {
        if (n === 1) {
          Object.defineProperty(tx, 'objectStore', {
            value: () => {
              throw new DOMException('The database connection is closing.', 'InvalidStateError');
            },
          });
        }
      },
    });
    const repo = await open(idb);
    const versions = ['v1', 'v2', 'v3', 'v4'].map((name, i) =>
      record('same', `2025-03-0${i + 1}T00:00:00Z`, name),
    );
    await Promise.all(versions.map((version) => repo.save(version)));
    expect(repo.mode()).toEqual({ kind: 'persistent' });
    expect((await rawGet<AssessmentRecord>('assessment:same', rawStore()))?.companyName).toBe('v4');
    expect((await repo.load('same')).record?.companyName).toBe('v4');
  });

  it('a load called right after a save sees that save', async () => {
    const repo = await open(freshIdb());
    const saving = repo.save(record('a1', '2025-03-01T00:00:00Z', 'Fresh'));
    const loading = repo.load('a1');
    await saving;
    expect((await loading).record?.companyName).toBe('Fresh');
  });
});

describe('falling back to memory', () => {
  it('uses memory when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repo = await openAssessmentRepository({ onFault: () => undefined });
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'missing' } });
    await repo.save(record('a1'));
    expect((await repo.load('a1')).record?.id).toBe('a1');
    expect((await repo.list()).problems).toEqual([
      { kind: 'unavailable', reason: { code: 'missing' } },
    ]);
  });

  it('uses memory when opening throws', async () => {
    const onFault = vi.fn();
    const { idb } = faulty(freshIdb(), { open: () => 'throw' });
    const repo = await open(idb, { onFault });
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'refused' } });
    expect(onFault).toHaveBeenCalledWith(expect.objectContaining({ name: 'SecurityError' }));
  });

  it('uses memory when opening never settles, within the default 2,000 ms', async () => {
    vi.useFakeTimers();
    const { idb } = faulty(freshIdb(), { open: () => 'hang' });
    const opening = open(idb);
    const done = vi.fn();
    void opening.then(done);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const repo = await opening;
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'refused' } });
  });

  it('uses memory when an upgrade stays blocked by another tab, within timeoutMs', async () => {
    const idb = freshIdb();
    // Another tab holds the database open without our store and never steps aside.
    await rawSet('k', 'v', rawStore(DB, 'other'));
    const started = Date.now();
    const repo = await open(idb, { timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'blocked' } });
  });

  it('falls back when a call never settles, keeping what was saved', async () => {
    let hang = false;
    const { idb } = faulty(freshIdb(), { hangReads: () => hang });
    const repo = await open(idb, { timeoutMs: 50 });
    await repo.save(record('a1'));
    hang = true;
    expect(await repo.load('a1')).toEqual({ record: record('a1'), problem: null });
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'timeout' } });
  });

  it('on a full disk, switches to memory and loses nothing', async () => {
    const onFault = vi.fn();
    let full = false;
    const { idb } = faulty(freshIdb(), {
      readwrite: (tx) => {
        if (full) abortWithQuota(tx);
      },
    });
    const repo = await open(idb, { onFault });
    await repo.save(record('a1', '2025-03-01T00:00:00Z', 'Before'));
    await repo.save(record('other'));
    full = true;
    const typed = record('a1', '2025-03-02T00:00:00Z', 'Typed while full');
    await expect(repo.save(typed)).resolves.toEqual({ outcome: 'saved' });

    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'quota' } });
    expect(onFault).toHaveBeenCalledWith(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(await repo.load('a1')).toEqual({ record: typed, problem: null });
    // Later saves and the listing keep working from memory.
    const later = record('a1', '2025-03-03T00:00:00Z', 'Typed later');
    await repo.save(later);
    expect((await repo.load('a1')).record).toEqual(later);
    const { summaries, problems } = await repo.list();
    expect(summaries.map((s) => [s.id, s.companyName])).toEqual([
      ['a1', 'Typed later'],
      ['other', 'Co other'],
    ]);
    expect(problems).toEqual([{ kind: 'unavailable', reason: { code: 'quota' } }]);
  });

  it('keeps records it had only read when it falls back', async () => {
    const real = freshIdb();
    await rawSet('assessment:read-only', record('read-only'), rawStore());
    let hang = false;
    const { idb } = faulty(real, { hangReads: () => hang });
    const repo = await open(idb, { timeoutMs: 50 });
    await repo.list();
    hang = true;
    expect((await repo.load('read-only')).record?.id).toBe('read-only');
    expect(repo.mode().kind).toBe('memory');
    expect((await repo.load('never-seen')).problem).toMatchObject({
      kind: 'unavailable',
      id: 'never-seen',
      reason: { code: 'timeout' },
    });
  });

  it('reopens once after the connection is closed, and stays persistent', async () => {
    const real = freshIdb();
    const faults = faulty(real, {});
    const repo = await open(faults.idb);
    await repo.save(record('a1', '2025-03-01T00:00:00Z', 'First'));
    faults.connections[0]?.close();

    await repo.save(record('a1', '2025-03-02T00:00:00Z', 'Second'));
    expect(faults.opens()).toBe(2);
    expect(repo.mode()).toEqual({ kind: 'persistent' });
    expect((await rawGet<AssessmentRecord>('assessment:a1', rawStore()))?.companyName).toBe(
      'Second',
    );
  });

  it('reopens on next use when the browser force-closes the connection', async () => {
    const faults = faulty(freshIdb(), {});
    const repo = await open(faults.idb);
    const first = faults.connections[0];
    if (!first) throw new Error('no connection');
    forceCloseDatabase(first as never);
    await repo.save(record('a1'));
    expect(faults.opens()).toBe(2);
    expect(repo.mode().kind).toBe('persistent');
  });

  it('gives up after one failed reopen, keeping the latest record in memory', async () => {
    const faults = faulty(freshIdb(), { open: (n) => (n > 1 ? 'throw' : 'pass') });
    const repo = await open(faults.idb);
    await repo.save(record('a1', '2025-03-01T00:00:00Z', 'First'));
    faults.connections[0]?.close();

    const second = record('a1', '2025-03-02T00:00:00Z', 'Second');
    await repo.save(second);
    expect(faults.opens()).toBe(2);
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'closed' } });
    expect(await repo.load('a1')).toEqual({ record: second, problem: null });
    await repo.save(record('a2'));
    expect(faults.opens()).toBe(2);
  });

  it('still erases IndexedDB on removeAll after a fallback', async () => {
    let full = false;
    const { idb } = faulty(freshIdb(), {
      readwrite: (tx) => {
        if (full) abortWithQuota(tx);
      },
    });
    const repo = await open(idb);
    await repo.save(record('a1'));
    full = true;
    await repo.save(record('a2'));
    expect(repo.mode().kind).toBe('memory');
    full = false;
    await repo.removeAll();
    expect(await rawEntries(rawStore())).toEqual([]);
    expect((await repo.list()).summaries).toEqual([]);
  });
});

describe('memoryRepository', () => {
  it('keeps records for this tab only and reports its reason', async () => {
    const repo = memoryRepository({ code: 'missing' });
    expect(repo.mode()).toEqual({ kind: 'memory', reason: { code: 'missing' } });
    expect((await repo.list()).problems).toEqual([
      { kind: 'unavailable', reason: { code: 'missing' } },
    ]);
    expect((await repo.load('never-saved')).problem).toEqual({
      kind: 'unavailable',
      id: 'never-saved',
      reason: { code: 'missing' },
    });
    await repo.save(record('a', '2025-01-01T00:00:00Z'));
    await repo.save(record('b', '2025-02-01T00:00:00Z'));
    await repo.setLastOpenedId('a');
    expect((await repo.list()).summaries.map((s) => s.id)).toEqual(['b', 'a']);
    await repo.remove('a');
    expect(await repo.lastOpenedId()).toBeNull();
    expect((await repo.load('a')).record).toBeNull();
    await repo.removeAll();
    expect((await repo.list()).summaries).toEqual([]);
  });

  it('refuses invalid records just like the persistent one', async () => {
    const repo = memoryRepository({ code: 'refused' });
    const bad = { ...record('a1'), id: '' };
    await expect(repo.save(bad)).rejects.toBeInstanceOf(ValidationError);
  });
});
