/**
 * How assessments sit in the object store: their keys, and the transactions that read and write
 * them in one go, so that two tabs never interleave inside a save, an erase or a quarantine.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { FieldIssue } from '../core/types';
import { isValidAssessmentId, type AssessmentRecord } from './assessment-record';
import { validateRecord, type RecordValidation } from './record-validation';

/** Key prefix of a saved record: `assessment:<id>`. */
export const RECORD_PREFIX = 'assessment:';
/** Key prefix of a value set aside: `quarantine:<id or #hash>:<ISO time>`. */
export const QUARANTINE_PREFIX = 'quarantine:';
/** Key of the id of the assessment open when the tab last closed. */
export const LAST_OPENED_KEY = 'meta:last-opened-id';

/**
 * What a save came to. `conflict`: the stored record is no longer the one this tab last read or
 * wrote (another tab or window saved over it, or deleted it), so this tab's version was not
 * written; `current` is what is stored now (null when deleted or unreadable).
 */
export type SaveResult =
  | { outcome: 'saved' }
  | { outcome: 'conflict'; reason: 'changed' | 'deleted'; current: AssessmentRecord | null };

export const SAVED: SaveResult = { outcome: 'saved' };

export function recordKey(id: string): string {
  return `${RECORD_PREFIX}${id}`;
}

/** Validates a stored value (the check on read) and checks it is filed under its own id. */
export function checkStored(keyId: string, raw: unknown): RecordValidation {
  const outcome = validateRecord(raw);
  if (outcome.ok && outcome.record.id !== keyId) {
    const issues: FieldIssue[] = [
      { field: 'id', message: 'does not match the key it is filed under' },
    ];
    return { ok: false, kind: 'corrupt', reason: 'id: does not match its key', issues };
  }
  return outcome;
}

/** A record's identity for the two-tab check: its JSON (structured clones keep key order). */
export function fingerprint(record: AssessmentRecord): string {
  return JSON.stringify(record);
}

/**
 * Writes `copy` only if the stored record is still the one this tab saw (`expected`), reading
 * and writing in one readwrite transaction, so two tabs can never interleave and a record is
 * always one tab's whole version, never a mix.
 */
export function compareAndSet(
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
      // Exactly what this tab last saw: it is replaced, so there is nothing to check in it.
      if (jsonOf(stored) === expected) {
        objectStore.put(copy, key);
        return;
      }
      // Stored in an older shape (read through a migration), or another tab's: check it.
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
export function eraseOne(store: UseStore, id: string): Promise<void> {
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

/**
 * Moves the value under `key` to a quarantine key (named from `keyId` and `at`) in one
 * transaction, unless another tab fixed or removed it since, or a newer version of the app wrote it.
 */
export function quarantine(store: UseStore, key: string, keyId: string, at: string) {
  const target = `${QUARANTINE_PREFIX}${quarantineName(keyId)}:${at}`;
  return store('readwrite', (objectStore) => {
    const done = promisifyRequest(objectStore.transaction);
    const read = objectStore.get(key);
    // Writes happen inside the success event, while the transaction is surely still active.
    read.onsuccess = () => {
      const current: unknown = read.result;
      if (current === undefined) return;
      const outcome = checkStored(keyId, current);
      if (outcome.ok || outcome.kind === 'foreign-version') return;
      objectStore.put(current, target);
      objectStore.delete(key);
    };
    return done;
  });
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

/** JSON of a stored value; null when it has none (a cycle, a BigInt: never one of ours). */
function jsonOf(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}
