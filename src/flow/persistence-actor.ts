/**
 * Asks the browser to keep this site's data under storage pressure (navigator.storage.persist()).
 * The machine decides when; this is only the I/O, guarded for browsers without the API.
 */
import { fromPromise } from 'xstate';
import type { PersistenceStatus } from './flow-types';

/** The part of StorageManager this needs; absent in old browsers and some webviews. */
export interface PersistenceApi {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** One request: already persisted → granted, else whatever persist() answers. Never rejects. */
export async function requestPersistence(
  api: PersistenceApi | undefined,
): Promise<PersistenceStatus> {
  if (!api || typeof api.persist !== 'function') return 'unsupported';
  try {
    if (typeof api.persisted === 'function' && (await api.persisted())) return 'granted';
    return (await api.persist()) === true ? 'granted' : 'refused';
  } catch {
    // A browser that throws (a sandboxed frame, a privacy mode) has not kept anything.
    return 'refused';
  }
}

/** The machine's `requestPersistence` actor over a storage manager (navigator.storage). */
export function createPersistenceActor(api: () => PersistenceApi | undefined) {
  return fromPromise<PersistenceStatus>(() => requestPersistence(api()));
}
