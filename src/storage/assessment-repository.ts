/**
 * Saved assessments in IndexedDB (through idb-keyval), with an in-memory fallback. Storage faults
 * never reach the caller: the repository switches to memory, keeps everything it holds and says
 * why with a code. Only programming errors (an invalid record, a Svelte proxy) reject.
 */
import { clear, del, entries, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import {
  compareNewestFirst,
  isValidAssessmentId,
  SCHEMA_VERSION,
  toSummary,
  type AssessmentRecord,
  type AssessmentSummary,
} from './assessment-record';
import {
  DEFAULT_OPEN_TIMEOUT_MS,
  failureOf,
  IdbConnection,
  indexedDBFactory,
  isClosedConnection,
} from './idb-connection';
import { KeyedQueue } from './keyed-queue';
import { MemoryState } from './memory-state';
import {
  checkStored,
  compareAndSet,
  eraseOne,
  fingerprint,
  LAST_OPENED_KEY,
  quarantine,
  RECORD_PREFIX,
  recordKey,
  SAVED,
  type SaveResult,
} from './record-store';
import { validateRecord } from './record-validation';
import { withTimeout } from './with-timeout';
import {
  contentChangedProblem,
  RecordRefused,
  unusableRecordProblem,
  type StorageFailure,
  type StorageMode,
  type StorageProblem,
} from './storage-problems';

export { DEFAULT_OPEN_TIMEOUT_MS };
export { LAST_OPENED_KEY, QUARANTINE_PREFIX, RECORD_PREFIX } from './record-store';
export type { SaveResult };
export type { StorageFailure, StorageMode, StorageProblem };

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
   * Rejects with RecordRefused for a record it will not write (invalid, or over the size limit).
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
/** Default limit for each call after opening. */
export const DEFAULT_CALL_TIMEOUT_MS = 3_000;

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
  const idb = indexedDBFactory(options.idb, onFault);
  if (!idb) return memoryRepository({ code: 'missing' });

  const timeoutMs = options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  const connection = new IdbConnection(idb, dbName, storeName, timeoutMs);
  try {
    await connection.open();
  } catch (error) {
    onFault(error);
    // Opening that only ran out of time is the browser not letting us in, as far as anyone can tell.
    const failure = failureOf(error);
    return memoryRepository(failure.code === 'timeout' ? { code: 'refused' } : failure);
  }
  return new IdbRepository(connection, {
    callTimeoutMs: options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    now: options.now ?? (() => new Date().toISOString()),
    onFault,
  });
}

/** A repository that keeps everything in this tab's memory; `reason` is what mode() reports. */
export function memoryRepository(reason: StorageFailure): AssessmentRepository {
  const memory = new MemoryState();
  const mode: StorageMode = { kind: 'memory', reason: { ...reason } };
  // async, so that a programming error arrives as a rejection, as it does from the IndexedDB one.
  return {
    mode: () => ({ kind: 'memory', reason: { ...reason } }),
    list: async () => memory.listing(mode.reason),
    load: async (id) => memory.loading(id, mode.reason),
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
  readonly #connection: IdbConnection;
  readonly #options: IdbRepositoryOptions;

  constructor(connection: IdbConnection, options: IdbRepositoryOptions) {
    this.#connection = connection;
    this.#options = options;
  }

  mode(): StorageMode {
    return this.#mode.kind === 'memory'
      ? { kind: 'memory', reason: { ...this.#mode.reason } }
      : { kind: 'persistent' };
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
        problems.push(unusableRecordProblem(outcome, keyId, raw));
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
        return { record: outcome.record, problem: contentChangedProblem(outcome, id) };
      }
      if (outcome.kind !== 'foreign-version') await this.#quarantine(key, id);
      return { record: null, problem: unusableRecordProblem(outcome, id, got.value) };
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
      if (!isClosedConnection(error)) return this.#fallBack(error, failureOf(error));
    }
    this.#connection.drop();
    try {
      return { ok: true, value: await bounded() };
    } catch (error) {
      return this.#fallBack(error, failureOf(error, 'closed'));
    }
  }

  #fallBack(error: unknown, reason: StorageFailure): { ok: false } {
    if (this.#mode.kind === 'persistent') {
      this.#mode = { kind: 'memory', reason };
      this.#options.onFault(error);
      // Let go of the connection so that another tab can still upgrade or delete the database.
      this.#connection.drop();
    }
    return { ok: false };
  }

  #memoryReason(): StorageFailure {
    return this.#mode.kind === 'memory' ? this.#mode.reason : { code: 'refused' };
  }

  /** Moves an unusable value to a quarantine key in one transaction, unless it became usable. */
  async #quarantine(key: string, keyId: string): Promise<void> {
    await this.#attempt('quarantine', (store) =>
      quarantine(store, key, keyId, this.#options.now()),
    );
  }
}

/**
 * The one check before a record is written: a structured clone (so later changes to the caller's
 * object change nothing stored) that validateRecord accepts as a current record. Throws
 * RecordRefused otherwise: a programming error, or a record over the size limit.
 */
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
  if (!outcome.ok) throw new RecordRefused(outcome.kind, outcome.reason, outcome.issues);
  if (outcome.migrated) {
    const message = `save takes a current (version ${SCHEMA_VERSION}) record object`;
    throw new RecordRefused('corrupt', `schemaVersion: ${message}`, [
      { field: 'schemaVersion', message },
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

function defaultOnFault(error: unknown): void {
  console.warn('[storage] IndexedDB fault; keeping assessments in memory:', error);
}
