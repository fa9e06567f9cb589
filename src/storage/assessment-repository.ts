/**
 * Saved assessments in IndexedDB (through idb-keyval), with an in-memory fallback. Storage faults
 * never reach the caller: the repository switches to memory, keeps everything it holds and says
 * why in plain words. Only programming errors (an invalid record, a Svelte proxy) reject.
 */
import { clear, del, entries, get, promisifyRequest, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { FieldIssue } from '../core/types';
import { ValidationError } from '../core/types';
import {
  compareNewestFirst,
  isValidAssessmentId,
  toSummary,
  validateRecord,
  type AssessmentRecord,
  type AssessmentSummary,
  type RecordValidation,
} from './assessment-record';
import { isTimeoutError, withTimeout } from './with-timeout';

/** Where saves go: to IndexedDB, or only into this tab's memory (with the reason, for the user). */
export type StorageMode = { kind: 'persistent' } | { kind: 'memory'; reason: string };

/** Something wrong with stored data; `message` is plain English for the user. */
export interface StorageProblem {
  kind: 'corrupt' | 'foreign-version' | 'too-large' | 'unavailable' | 'content-changed';
  id?: string;
  message: string;
}

/**
 * What a save came to. `conflict`: the stored record is no longer the one this tab last read or
 * wrote (another tab or window saved over it, or deleted it), so this tab's version was not
 * written; `current` is what is stored now (null when deleted or unreadable).
 */
export type SaveResult =
  | { outcome: 'saved' }
  | { outcome: 'conflict'; reason: 'changed' | 'deleted'; current: AssessmentRecord | null };

/** The storage port the flow's actors call. */
export interface AssessmentRepository {
  mode(): StorageMode;
  /** Every readable assessment, newest first, plus what could not be read. */
  list(): Promise<{ summaries: AssessmentSummary[]; problems: StorageProblem[] }>;
  load(id: string): Promise<{ record: AssessmentRecord | null; problem: StorageProblem | null }>;
  /**
   * Resolves once the write is durable, or once it is kept in memory after a fault. A record this
   * repository read or wrote before is written only if the stored one is still what it saw:
   * otherwise another tab changed or deleted it, nothing is written, and the result says so.
   */
  save(record: AssessmentRecord): Promise<SaveResult>;
  /** Erases one assessment and anything set aside from it. */
  remove(id: string): Promise<void>;
  /** "Delete my answers": erases everything in this app's store. */
  removeAll(): Promise<void>;
  lastOpenedId(): Promise<string | null>;
  setLastOpenedId(id: string | null): Promise<void>;
}

/** Options of openAssessmentRepository; every one has a default. */
export interface RepositoryOptions {
  /** Default 'fractional-fit'; the embedded widget passes its own. */
  dbName?: string;
  /** Default 'assessments'. */
  storeName?: string;
  /** Limit for opening and for each call; default 2,000 ms to open and 3,000 ms per call. */
  timeoutMs?: number;
  /** Default globalThis.indexedDB. */
  idb?: IDBFactory;
  /** ISO time for quarantine keys; default the system clock. */
  now?: () => string;
  /** Told about every storage fault that caused a fallback; default console.warn. */
  onFault?: (error: unknown) => void;
}

/** Default database name: our own, never idb-keyval's shared default. */
export const DEFAULT_DB_NAME = 'fractional-fit';
/** Default object store name. */
export const DEFAULT_STORE_NAME = 'assessments';
/** Default limit for opening the database. */
export const DEFAULT_OPEN_TIMEOUT_MS = 2_000;
/** Default limit for each call after opening. */
export const DEFAULT_CALL_TIMEOUT_MS = 3_000;

/** Key prefix of a saved record: `assessment:<id>`. */
export const RECORD_PREFIX = 'assessment:';
/** Key prefix of a value set aside: `quarantine:<id or #hash>:<ISO time>`. */
export const QUARANTINE_PREFIX = 'quarantine:';
/** Key of the id of the assessment open when the tab last closed. */
export const LAST_OPENED_KEY = 'meta:last-opened-id';

/** The reasons shown when saves stay in memory, one per cause. */
export const MEMORY_REASONS = {
  missing:
    'This browser does not offer storage to this page (a private window or a privacy setting can do that): progress will be kept only while this tab is open.',
  refused: 'Your browser would not let us save: progress will be kept only while this tab is open.',
  full: 'Your device has no room left to save for this site: progress will be kept only while this tab is open.',
  closed:
    'Your browser closed our storage and would not let us reopen it: progress will be kept only while this tab is open.',
  slow: 'Your browser stopped responding when we saved: progress will be kept only while this tab is open.',
} as const;

/** Opens the store, falling back to memory when IndexedDB is missing, refuses or hangs. */
export async function openAssessmentRepository(
  options: RepositoryOptions = {},
): Promise<AssessmentRepository> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const storeName = options.storeName ?? DEFAULT_STORE_NAME;
  if (dbName.length === 0 || storeName.length === 0) {
    throw new TypeError('openAssessmentRepository: dbName and storeName must not be empty');
  }
  const onFault = options.onFault ?? defaultOnFault;
  let idb: IDBFactory | undefined;
  try {
    idb = options.idb ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch (error) {
    // Some browsers throw a SecurityError on merely reading `indexedDB` when storage is blocked.
    onFault(error);
  }
  if (!idb) return memoryRepository(MEMORY_REASONS.missing);

  const connection = new Connection(
    idb,
    dbName,
    storeName,
    options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS,
  );
  try {
    await connection.open();
  } catch (error) {
    onFault(error);
    return memoryRepository(isQuotaError(error) ? MEMORY_REASONS.full : MEMORY_REASONS.refused);
  }
  return new IdbRepository(connection, {
    callTimeoutMs: options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    now: options.now ?? (() => new Date().toISOString()),
    onFault,
  });
}

/** A repository that keeps everything in this tab's memory; `reason` is what mode() reports. */
export function memoryRepository(reason: string): AssessmentRepository {
  const memory = new MemoryState();
  const mode: StorageMode = { kind: 'memory', reason };
  // async, so that a programming error arrives as a rejection, as it does from the IndexedDB one.
  return {
    mode: () => ({ ...mode }),
    list: async () => memory.listing(reason),
    load: async (id) => memory.loading(id, reason),
    save: async (record) => {
      memory.put(checkedCopy(record));
      return SAVED;
    },
    remove: async (id) => memory.remove(id),
    removeAll: async () => memory.clear(),
    lastOpenedId: async () => memory.lastOpened.value,
    setLastOpenedId: async (id) => memory.setLastOpened(checkedLastOpened(id)),
  };
}

// ---------------------------------------------------------------------------------------------
// The IndexedDB repository
// ---------------------------------------------------------------------------------------------

type Attempt<T> = { ok: true; value: T } | { ok: false };

interface IdbRepositoryOptions {
  callTimeoutMs: number;
  now: () => string;
  onFault: (error: unknown) => void;
}

class IdbRepository implements AssessmentRepository {
  #mode: StorageMode = { kind: 'persistent' };
  // Write-through cache: the latest saved (or read) record per id, so a fallback loses nothing.
  readonly #memory = new MemoryState();
  readonly #queue = new KeyedQueue();
  // What this tab last read or wrote per id (as JSON): a save checks the stored record against it.
  readonly #seen = new Map<string, string>();
  readonly #connection: Connection;
  readonly #options: IdbRepositoryOptions;

  constructor(connection: Connection, options: IdbRepositoryOptions) {
    this.#connection = connection;
    this.#options = options;
  }

  mode(): StorageMode {
    return { ...this.#mode };
  }

  async list(): Promise<{ summaries: AssessmentSummary[]; problems: StorageProblem[] }> {
    const seqAtCall = this.#memory.seq;
    await this.#queue.settled();
    const got = await this.#attempt('list', (store) => entries<IDBValidKey, unknown>(store));
    if (!got.ok) return this.#memory.listing(this.#memoryReason());

    const summaries: AssessmentSummary[] = [];
    const problems: StorageProblem[] = [];
    const seen = new Set<string>();
    for (const [key, raw] of got.value) {
      if (typeof key !== 'string' || !key.startsWith(RECORD_PREFIX)) continue;
      const keyId = key.slice(RECORD_PREFIX.length);
      const outcome = checkStored(keyId, raw);
      if (outcome.ok) {
        seen.add(keyId);
        summaries.push(toSummary(outcome.record));
        this.#memory.reconcile(keyId, outcome.record, seqAtCall);
      } else {
        if (outcome.kind !== 'foreign-version') {
          await this.#queue.run(key, () => this.#quarantine(key, keyId));
        }
        problems.push(problemFor(outcome, keyId, raw));
      }
    }
    this.#memory.prune(seen, seqAtCall);
    summaries.sort(compareNewestFirst);
    return { summaries, problems };
  }

  load(id: string): Promise<{ record: AssessmentRecord | null; problem: StorageProblem | null }> {
    if (!isValidAssessmentId(id)) return Promise.resolve({ record: null, problem: null });
    const key = recordKey(id);
    const seqAtCall = this.#memory.seq;
    return this.#queue.run(key, async () => {
      const got = await this.#attempt('load', (store) => get<unknown>(key, store));
      if (!got.ok) return this.#memory.loading(id, this.#memoryReason());
      if (got.value === undefined) {
        this.#memory.reconcile(id, null, seqAtCall);
        this.#seen.delete(id);
        return { record: null, problem: null };
      }
      const outcome = checkStored(id, got.value);
      if (outcome.ok) {
        this.#memory.reconcile(id, outcome.record, seqAtCall);
        this.#seen.set(id, fingerprint(outcome.record));
        return { record: outcome.record, problem: droppedProblem(outcome, id) };
      }
      if (outcome.kind !== 'foreign-version') await this.#quarantine(key, id);
      return { record: null, problem: problemFor(outcome, id, got.value) };
    });
  }

  async save(record: AssessmentRecord): Promise<SaveResult> {
    const copy = checkedCopy(record);
    // Cached before the write so that a fault at any later point still has the latest version.
    this.#memory.put(copy);
    const key = recordKey(copy.id);
    const mine = fingerprint(copy);
    return this.#queue.run(key, async () => {
      const expected = this.#seen.get(copy.id);
      const got = await this.#attempt('save', (store) =>
        expected === undefined
          ? set(key, copy, store).then(() => SAVED)
          : compareAndSet(store, key, copy, expected),
      );
      if (!got.ok) return SAVED; // kept in memory; mode() says so
      if (got.value.outcome === 'saved') this.#seen.set(copy.id, mine);
      else {
        // This tab's version stays out of the cache: the stored one is the truth now.
        const current = got.value.current;
        if (current) this.#memory.adopt(current);
        else this.#memory.remove(copy.id);
      }
      return got.value;
    });
  }

  async remove(id: string): Promise<void> {
    if (!isValidAssessmentId(id)) return;
    this.#memory.remove(id);
    this.#seen.delete(id);
    await this.#queue.run(recordKey(id), async () => {
      await this.#attempt('remove', (store) => eraseOne(store, id), { evenInMemory: true });
    });
  }

  async removeAll(): Promise<void> {
    this.#memory.clear();
    this.#seen.clear();
    await this.#queue.exclusive(async () => {
      await this.#attempt('removeAll', (store) => clear(store), { evenInMemory: true });
    });
  }

  lastOpenedId(): Promise<string | null> {
    const seqAtCall = this.#memory.seq;
    return this.#queue.run(LAST_OPENED_KEY, async () => {
      const got = await this.#attempt('lastOpenedId', (store) =>
        get<unknown>(LAST_OPENED_KEY, store),
      );
      if (!got.ok) return this.#memory.lastOpened.value;
      // A damaged pointer is not worth a problem report: it only picks which assessment to reopen.
      const value = isValidAssessmentId(got.value) ? got.value : null;
      this.#memory.reconcileLastOpened(value, seqAtCall);
      return value;
    });
  }

  async setLastOpenedId(id: string | null): Promise<void> {
    const value = checkedLastOpened(id);
    this.#memory.setLastOpened(value);
    await this.#queue.run(LAST_OPENED_KEY, async () => {
      await this.#attempt('setLastOpenedId', (store) =>
        value === null ? del(LAST_OPENED_KEY, store) : set(LAST_OPENED_KEY, value, store),
      );
    });
  }

  /**
   * Runs one IndexedDB call within the time limit. A closed connection is reopened once and the
   * call retried; any other fault (or a second one) switches the repository to memory. With
   * `evenInMemory`, an erase is still tried after a fallback, since erasing is what the user asked.
   */
  async #attempt<T>(
    label: string,
    op: (store: UseStore) => Promise<T>,
    { evenInMemory = false }: { evenInMemory?: boolean } = {},
  ): Promise<Attempt<T>> {
    const bounded = (): Promise<T> =>
      withTimeout(op(this.#connection.store), this.#options.callTimeoutMs, label);
    if (this.#mode.kind === 'memory') {
      if (!evenInMemory) return { ok: false };
      try {
        return { ok: true, value: await bounded() };
      } catch (error) {
        this.#options.onFault(error);
        return { ok: false };
      }
    }
    try {
      return { ok: true, value: await bounded() };
    } catch (error) {
      if (!isClosedConnection(error)) return this.#fallBack(error, reasonFor(error));
    }
    this.#connection.drop();
    try {
      return { ok: true, value: await bounded() };
    } catch (error) {
      return this.#fallBack(error, reasonFor(error, MEMORY_REASONS.closed));
    }
  }

  #fallBack(error: unknown, reason: string): { ok: false } {
    if (this.#mode.kind === 'persistent') {
      this.#mode = { kind: 'memory', reason };
      this.#options.onFault(error);
      // Let go of the connection so that another tab can still upgrade or delete the database.
      this.#connection.drop();
    }
    return { ok: false };
  }

  #memoryReason(): string {
    return this.#mode.kind === 'memory' ? this.#mode.reason : MEMORY_REASONS.refused;
  }

  /** Moves an unusable value to a quarantine key in one transaction, unless it became usable. */
  async #quarantine(key: string, keyId: string): Promise<void> {
    const target = `${QUARANTINE_PREFIX}${quarantineName(keyId)}:${this.#options.now()}`;
    await this.#attempt('quarantine', (store) =>
      store('readwrite', (objectStore) => {
        const done = promisifyRequest(objectStore.transaction);
        const read = objectStore.get(key);
        // Writes happen inside the success event, while the transaction is surely still active.
        read.onsuccess = () => {
          // Another tab may have fixed or removed it since we read it.
          const current: unknown = read.result;
          if (current === undefined) return;
          const outcome = checkStored(keyId, current);
          if (outcome.ok || outcome.kind === 'foreign-version') return;
          objectStore.put(current, target);
          objectStore.delete(key);
        };
        return done;
      }),
    );
  }
}

const SAVED: SaveResult = { outcome: 'saved' };

/** A record's identity for the two-tab check: its JSON (structured clones keep key order). */
function fingerprint(record: AssessmentRecord): string {
  return JSON.stringify(record);
}

/**
 * Writes `copy` only if the stored record is still the one this tab saw (`expected`), reading
 * and writing in one readwrite transaction, so two tabs can never interleave and a record is
 * always one tab's whole version, never a mix.
 */
function compareAndSet(
  store: UseStore,
  key: string,
  copy: AssessmentRecord,
  expected: string,
): Promise<SaveResult> {
  return store('readwrite', (objectStore) => {
    let result: SaveResult = SAVED;
    const done = promisifyRequest(objectStore.transaction);
    const read = objectStore.get(key);
    read.onsuccess = () => {
      const stored: unknown = read.result;
      if (stored === undefined) {
        // Deleted in another tab: writing now would bring back what someone chose to erase.
        result = { outcome: 'conflict', reason: 'deleted', current: null };
        return;
      }
      const outcome = checkStored(copy.id, stored);
      if (outcome.ok && fingerprint(outcome.record) === expected) {
        objectStore.put(copy, key);
        return;
      }
      // Changed by another tab, saved by a newer version of the app, or damaged: never overwrite.
      result = {
        outcome: 'conflict',
        reason: 'changed',
        current: outcome.ok ? outcome.record : null,
      };
    };
    return done.then(() => result);
  });
}

/** Deletes a record, its quarantined copies and a last-opened pointer to it, in one transaction. */
function eraseOne(store: UseStore, id: string): Promise<void> {
  const quarantined = `${QUARANTINE_PREFIX}${id}:`;
  return store('readwrite', (objectStore) => {
    const done = promisifyRequest(objectStore.transaction);
    objectStore.delete(recordKey(id));
    const allKeys = objectStore.getAllKeys();
    allKeys.onsuccess = () => {
      for (const key of allKeys.result) {
        if (typeof key === 'string' && key.startsWith(quarantined)) objectStore.delete(key);
      }
    };
    const pointer = objectStore.get(LAST_OPENED_KEY);
    pointer.onsuccess = () => {
      if (pointer.result === id) objectStore.delete(LAST_OPENED_KEY);
    };
    return done;
  });
}

// ---------------------------------------------------------------------------------------------
// The connection: idb-keyval's createStore, plus an injectable factory, a time limit on opening,
// durable writes, and a way to drop a connection the browser has closed.
// ---------------------------------------------------------------------------------------------

class Connection {
  #pending: Promise<IDBDatabase> | null = null;
  #db: IDBDatabase | null = null;
  readonly #idb: IDBFactory;
  readonly #dbName: string;
  readonly #storeName: string;
  readonly #openTimeoutMs: number;

  constructor(idb: IDBFactory, dbName: string, storeName: string, openTimeoutMs: number) {
    this.#idb = idb;
    this.#dbName = dbName;
    this.#storeName = storeName;
    this.#openTimeoutMs = openTimeoutMs;
  }

  /** An idb-keyval store over this connection; writes use strict durability (flushed to disk). */
  readonly store: UseStore = (txMode, callback) =>
    this.open().then((db) => {
      const options: IDBTransactionOptions | undefined =
        txMode === 'readwrite' ? { durability: 'strict' } : undefined;
      return callback(
        db.transaction(this.#storeName, txMode, options).objectStore(this.#storeName),
      );
    });

  /** The open database, opening it on first use (or after a drop) within the time limit. */
  open(): Promise<IDBDatabase> {
    if (this.#pending) return this.#pending;
    const pending = withTimeout(
      openDatabase(this.#idb, this.#dbName, this.#storeName),
      this.#openTimeoutMs,
      `Opening the ${this.#dbName} database`,
      (late) => late.close(),
    );
    this.#pending = pending;
    pending.then(
      (db) => {
        // Dropped while still opening: this connection is no longer wanted.
        if (this.#pending !== pending) {
          db.close();
          return;
        }
        this.#db = db;
        const forget = (): void => {
          if (this.#db === db) this.drop();
        };
        // Safari and Chrome fire 'close' when the browser ends the connection (cleared data).
        db.addEventListener('close', forget);
        // Another tab wants to upgrade or delete the database: step aside, reopen on next use.
        db.addEventListener('versionchange', forget);
      },
      () => {
        if (this.#pending === pending) this.#pending = null;
      },
    );
    return pending;
  }

  /** Closes and forgets the connection; the next call opens a new one. */
  drop(): void {
    const db = this.#db;
    this.#db = null;
    this.#pending = null;
    try {
      db?.close();
    } catch {
      // Already closed: nothing to release.
    }
  }
}

/** Opens `dbName` and makes sure `storeName` exists, adding it with a version bump if needed. */
function openDatabase(idb: IDBFactory, dbName: string, storeName: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const openAt = (version: number | undefined): void => {
      const request = version === undefined ? idb.open(dbName) : idb.open(dbName, version);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) {
          request.result.createObjectStore(storeName);
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        if (db.objectStoreNames.contains(storeName)) {
          resolve(db);
          return;
        }
        // The database exists without our store (another store name shares it): add ours.
        const next = db.version + 1;
        db.close();
        if (version !== undefined) reject(new Error(`Could not create the ${storeName} store`));
        else openAt(next);
      };
      request.onerror = () => reject(request.error ?? new Error(`Could not open ${dbName}`));
      // 'blocked' needs no handler: the open stays pending and the time limit ends it.
    };
    openAt(undefined);
  });
}

// ---------------------------------------------------------------------------------------------
// Memory: the fallback store, and the write-through cache of the IndexedDB repository
// ---------------------------------------------------------------------------------------------

interface MemoryEntry {
  /** null marks an erased record, so a read that started earlier cannot bring it back. */
  record: AssessmentRecord | null;
  /** Order of the change; 0 for values only read from IndexedDB. */
  seq: number;
}

class MemoryState {
  seq = 0;
  #clearedAt = 0;
  readonly #entries = new Map<string, MemoryEntry>();
  lastOpened: { value: string | null; seq: number } = { value: null, seq: 0 };

  put(record: AssessmentRecord): void {
    this.#entries.set(record.id, { record, seq: ++this.seq });
  }

  /** Takes the stored version (another tab's) as the latest known one. */
  adopt(record: AssessmentRecord): void {
    this.#entries.set(record.id, { record: structuredClone(record), seq: ++this.seq });
  }

  remove(id: string): void {
    this.#entries.set(id, { record: null, seq: ++this.seq });
    if (this.lastOpened.value === id) this.lastOpened = { value: null, seq: ++this.seq };
  }

  clear(): void {
    this.#entries.clear();
    this.#clearedAt = ++this.seq;
    this.lastOpened = { value: null, seq: this.seq };
  }

  setLastOpened(id: string | null): void {
    this.lastOpened = { value: id, seq: ++this.seq };
  }

  /** Adopts what IndexedDB said about `id`, unless this tab changed it after the read began. */
  reconcile(id: string, record: AssessmentRecord | null, seqAtCall: number): void {
    if (seqAtCall < this.#clearedAt) return;
    const entry = this.#entries.get(id);
    if (entry && entry.seq > seqAtCall) return;
    if (record) this.#entries.set(id, { record: structuredClone(record), seq: 0 });
    else this.#entries.delete(id);
  }

  /** Forgets cached records IndexedDB no longer has (erased in another tab). */
  prune(seen: ReadonlySet<string>, seqAtCall: number): void {
    if (seqAtCall < this.#clearedAt) return;
    for (const [id, entry] of this.#entries) {
      if (!seen.has(id) && entry.seq <= seqAtCall) this.#entries.delete(id);
    }
  }

  reconcileLastOpened(value: string | null, seqAtCall: number): void {
    if (this.lastOpened.seq <= seqAtCall && seqAtCall >= this.#clearedAt) {
      this.lastOpened = { value, seq: this.lastOpened.seq };
    }
  }

  listing(reason: string): { summaries: AssessmentSummary[]; problems: StorageProblem[] } {
    const summaries: AssessmentSummary[] = [];
    for (const { record } of this.#entries.values()) if (record) summaries.push(toSummary(record));
    summaries.sort(compareNewestFirst);
    return { summaries, problems: [{ kind: 'unavailable', message: reason }] };
  }

  loading(
    id: string,
    reason: string,
  ): { record: AssessmentRecord | null; problem: StorageProblem | null } {
    const record = this.#entries.get(id)?.record ?? null;
    if (record) return { record: structuredClone(record), problem: null };
    if (!isValidAssessmentId(id)) return { record: null, problem: null };
    return {
      record: null,
      problem: {
        kind: 'unavailable',
        id,
        message: `We could not open this assessment from this browser's storage. ${reason}`,
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Serialising calls
// ---------------------------------------------------------------------------------------------

const noop = (): void => undefined;

/** Runs tasks one after another per key (call order), and exclusive tasks after everything. */
class KeyedQueue {
  readonly #tails = new Map<string, Promise<void>>();
  #barrier: Promise<void> = Promise.resolve();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? this.#barrier;
    const result = previous.then(task);
    const tail = result.then(noop, noop);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const previous = this.settled();
    this.#tails.clear();
    const result = previous.then(task);
    this.#barrier = result.then(noop, noop);
    return result;
  }

  /** Settles once every task queued so far has settled. */
  settled(): Promise<void> {
    return Promise.all([this.#barrier, ...this.#tails.values()]).then(noop);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function recordKey(id: string): string {
  return `${RECORD_PREFIX}${id}`;
}

/** Validates a stored value and checks it is filed under its own id. */
function checkStored(keyId: string, raw: unknown): RecordValidation {
  const outcome = validateRecord(raw);
  if (outcome.ok && outcome.record.id !== keyId) {
    const issues: FieldIssue[] = [
      { field: 'id', message: 'does not match the key it is filed under' },
    ];
    return { ok: false, kind: 'corrupt', reason: 'id: does not match its key', issues };
  }
  return outcome;
}

/** A structured clone of a valid current record; throws on a programming error (never on storage). */
function checkedCopy(record: AssessmentRecord): AssessmentRecord {
  let copy: unknown;
  try {
    copy = structuredClone(record);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new TypeError(
      `save: the record cannot be stored as it is (take $state.snapshot() before saving): ${why}`,
    );
  }
  const outcome = validateRecord(copy);
  if (!outcome.ok) throw new ValidationError('save: invalid assessment record', outcome.issues);
  if (outcome.migrated) {
    throw new ValidationError('save: invalid assessment record', [
      { field: 'schemaVersion', message: 'save takes a current (version 2) record object' },
    ]);
  }
  return outcome.record;
}

function checkedLastOpened(id: string | null): string | null {
  if (id !== null && !isValidAssessmentId(id)) {
    throw new TypeError('setLastOpenedId: expected null or 1 to 64 letters, digits or hyphens');
  }
  return id;
}

/** A quarantine name: the id when it is a valid one, otherwise '#' and a hash of it. */
function quarantineName(keyId: string): string {
  // `as unknown` stops the type guard from narrowing keyId to never below.
  if (isValidAssessmentId(keyId as unknown)) return keyId;
  // FNV-1a, 32 bits: short, stable, and '#' keeps it apart from any real id.
  let hash = 0x811c9dc5;
  for (let i = 0; i < keyId.length; i++) {
    hash ^= keyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `#${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

function problemFor(
  outcome: Extract<RecordValidation, { ok: false }>,
  keyId: string,
  raw: unknown,
): StorageProblem {
  const name = companyNameOf(raw);
  const which = name ? `the saved assessment for “${name}”` : 'one saved assessment';
  const id = isValidAssessmentId(keyId) ? keyId : undefined;
  const base = { ...(id ? { id } : {}) };
  switch (outcome.kind) {
    case 'foreign-version':
      return {
        ...base,
        kind: 'foreign-version',
        message: `${capitalise(which)} was saved by a newer version of this app. Reload the page to get the newest version, then open it again. It has been left as it is.`,
      };
    case 'too-large':
      return {
        ...base,
        kind: 'too-large',
        message: `${capitalise(which)} is too large to open (over 1 MiB), so we set it aside. It has not been deleted.`,
      };
    case 'corrupt':
      return {
        ...base,
        kind: 'corrupt',
        message: `We could not read ${which}: it is damaged or incomplete, so we set it aside. It has not been deleted.`,
      };
  }
}

/**
 * A record from another question bank: say which answers it was opened without, and name each
 * answered question whose meaning has changed since, with what became of the answer.
 */
function droppedProblem(
  outcome: Extract<RecordValidation, { ok: true }>,
  id: string,
): StorageProblem | null {
  const dropped = outcome.dropped ?? [];
  const changed = outcome.changed?.questions ?? [];
  if (dropped.length === 0 && changed.length === 0) return null;
  const name = outcome.record.companyName.trim();
  const which = name ? `“${name}”` : 'this assessment';
  const parts: string[] = [];
  if (dropped.length > 0) {
    const questions = dropped.map((d) => d.field).join(', ');
    parts.push(
      `Some answers in ${which} were given to questions that have changed since (${questions}). They were left out; everything else is here.`,
    );
  }
  if (changed.length > 0) {
    parts.push(
      `${capitalise(which)} was answered with an earlier version of the questions, and ${changed.length === 1 ? 'one of its questions has' : `${changed.length} of its questions have`} changed since.`,
    );
    for (const c of changed) {
      const fate =
        c.answer === 'kept'
          ? 'Your answer was kept.'
          : 'Your earlier answer was left out: please answer it again.';
      parts.push(`“${c.title}” now ${c.note}. ${fate}`);
    }
    const added = outcome.changed?.added ?? 0;
    if (added > 0) {
      parts.push(`${added === 1 ? 'One new question is' : `${added} new questions are`} waiting.`);
    }
  }
  return { kind: 'content-changed', id, message: parts.join(' ') };
}

function companyNameOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const name: unknown = (raw as Record<string, unknown>).companyName;
  return typeof name === 'string' && name.trim().length > 0 && name.length <= 200
    ? name.trim()
    : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : String(error);
}

/** The connection was closed under us (Safari after idle, data cleared): reopening can help. */
function isClosedConnection(error: unknown): boolean {
  return (
    errorName(error) === 'InvalidStateError' ||
    /connection (is|was) clos/i.test(errorMessage(error))
  );
}

function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function reasonFor(error: unknown, otherwise: string = MEMORY_REASONS.refused): string {
  if (isQuotaError(error)) return MEMORY_REASONS.full;
  if (isTimeoutError(error)) return MEMORY_REASONS.slow;
  return otherwise;
}

function defaultOnFault(error: unknown): void {
  console.warn('[storage] IndexedDB fault; keeping assessments in memory:', error);
}
