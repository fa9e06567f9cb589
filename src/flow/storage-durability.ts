/**
 * Asks the browser to keep this site's data under storage pressure (navigator.storage.persist()):
 * the storage's durability, not the saving of each change (that is the machine's autosave).
 * The machine decides when; this is only the I/O, guarded for browsers without the API.
 */
import { fromPromise } from 'xstate';
import type { DurabilityStatus } from './flow-types';

/** The part of StorageManager this needs; absent in old browsers and some webviews. */
export interface DurabilityApi {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** One request: already persisted → granted, else whatever persist() answers. Never rejects. */
export async function requestDurability(api: DurabilityApi | undefined): Promise<DurabilityStatus> {
  if (!api || typeof api.persist !== 'function') return 'unsupported';
  try {
    if (typeof api.persisted === 'function' && (await api.persisted())) return 'granted';
    return (await api.persist()) === true ? 'granted' : 'refused';
  } catch {
    // A browser that throws (a sandboxed frame, a privacy mode) has not kept anything.
    return 'refused';
  }
}

/** The machine's `requestDurability` actor over a storage manager (navigator.storage). */
export function createDurabilityActor(api: () => DurabilityApi | undefined) {
  return fromPromise<DurabilityStatus>(() => requestDurability(api()));
}
