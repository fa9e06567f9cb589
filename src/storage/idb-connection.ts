/**
 * The one way this app holds an IndexedDB connection, shared by the assessments and the lead
 * outbox: idb-keyval's createStore, plus an injectable factory, a time limit on opening, durable
 * writes, and a connection that steps aside. On 'versionchange' (another tab upgrading or
 * deleting the database) or 'close' it lets go at once, and the next call opens a new one.
 */
import type { UseStore } from 'idb-keyval';
import type { StorageFailure } from './storage-problems';
import { isTimeoutError, TimeoutError, withTimeout } from './with-timeout';

/** Default limit for opening the database. */
export const DEFAULT_OPEN_TIMEOUT_MS = 2_000;

/** Opening ran out of time while another connection held the database at an older version. */
export class OpenBlockedError extends TimeoutError {
  constructor(label: string, ms: number) {
    super(label, ms);
    this.name = 'OpenBlockedError';
    this.message = `${label} was blocked by another connection for ${ms} ms`;
  }
}

/** One lazily opened connection to `storeName` in `dbName`. */
export class IdbConnection {
  #pending: Promise<IDBDatabase> | null = null;
  #db: IDBDatabase | null = null;
  readonly #idb: IDBFactory;
  readonly #dbName: string;
  readonly #storeName: string;
  readonly #openTimeoutMs: number;

  constructor(
    idb: IDBFactory,
    dbName: string,
    storeName: string,
    openTimeoutMs = DEFAULT_OPEN_TIMEOUT_MS,
  ) {
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
    let blocked = false;
    const label = `Opening the ${this.#dbName} database`;
    const pending = withTimeout(
      openDatabase(this.#idb, this.#dbName, this.#storeName, () => (blocked = true)),
      this.#openTimeoutMs,
      label,
      (late) => late.close(),
    ).catch((error: unknown) => {
      throw blocked && isTimeoutError(error)
        ? new OpenBlockedError(label, this.#openTimeoutMs)
        : error;
    });
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

/**
 * `given`, or this page's IndexedDB; undefined when there is none. Some browsers throw a
 * SecurityError on merely reading `indexedDB` when storage is blocked: `onFault` hears of it.
 */
export function indexedDBFactory(
  given: IDBFactory | undefined,
  onFault: (error: unknown) => void,
): IDBFactory | undefined {
  if (given) return given;
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch (error) {
    onFault(error);
    return undefined;
  }
}

/** The failure code for a storage error; `otherwise` when it is none of the known kinds. */
export function failureOf(
  error: unknown,
  otherwise: StorageFailure['code'] = 'refused',
): StorageFailure {
  if (isQuotaError(error)) return { code: 'quota' };
  if (error instanceof OpenBlockedError) return { code: 'blocked' };
  if (isTimeoutError(error)) return { code: 'timeout' };
  return { code: otherwise };
}

/** The connection was closed under us (Safari after idle, data cleared): reopening can help. */
export function isClosedConnection(error: unknown): boolean {
  return (
    errorName(error) === 'InvalidStateError' ||
    /connection (is|was) clos/i.test(errorMessage(error))
  );
}

function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : String(error);
}

/** Opens `dbName` and makes sure `storeName` exists, adding it with a version bump if needed. */
function openDatabase(
  idb: IDBFactory,
  dbName: string,
  storeName: string,
  onBlocked: () => void,
): Promise<IDBDatabase> {
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
      // Blocked, the open stays pending (it may yet go through) and the time limit ends it.
      request.onblocked = onBlocked;
    };
    openAt(undefined);
  });
}
