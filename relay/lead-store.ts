/**
 * One lead per Idempotency-Key, across retries, concurrent requests and restarts. A request
 * claims the key before it forwards; the claim is a lease, so a relay that died mid-forward does
 * not block the key for ever. Targets that already took the lead are remembered, so a retry after
 * a partial failure forwards only to the ones that did not.
 */

/** Where a lead goes. */
export const FORWARD_TARGETS = ['webhook', 'hubspot'] as const;
export type ForwardTarget = (typeof FORWARD_TARGETS)[number];

/**
 * new: the caller holds the key now and must end with markDelivered or release; `forwarded` are
 *   the targets that took this lead on an earlier try.
 * duplicate: delivered before (answer success, forward nothing).
 * in-progress: another request holds the key (answer 409: the app tries again later).
 * conflict: the key was used for a different lead.
 */
export type Claim =
  | { kind: 'new'; forwarded: readonly ForwardTarget[] }
  | { kind: 'duplicate' }
  | { kind: 'in-progress' }
  | { kind: 'conflict' };

export interface LeadStore {
  /** Takes `key` for one delivery, atomically: of two claims at once, one is 'new'. */
  claim(key: string, fingerprint: string): Promise<Claim>;
  /** `target` accepted the lead; a later claim after a release skips it. */
  markForwarded(key: string, fingerprint: string, target: ForwardTarget): Promise<void>;
  /** Every target accepted the lead; the key answers 'duplicate' until it is forgotten. */
  markDelivered(key: string, fingerprint: string): Promise<void>;
  /** Forwarding failed: the key is free again for the app's next retry. */
  release(key: string): Promise<void>;
}

/** How long claims and delivered keys last, and the clock (a parameter for tests). */
export interface StoreTiming {
  /** A claim older than this is taken to belong to a relay that died mid-forward. */
  leaseMs: number;
  /** How long a delivered key (and a target's mark) is remembered. */
  keepMs: number;
  now?: () => number;
}

/** Keys are lead ids: the same pattern the lead's schema enforces, safe as a file name. */
export const STORE_KEY = /^[A-Za-z0-9-]{1,64}$/;

export function assertStoreKey(key: string): void {
  if (!STORE_KEY.test(key)) throw new TypeError('lead store: invalid key');
}
