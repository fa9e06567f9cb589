/** Bounding a storage call in time: an IndexedDB request that never settles must not hang the app. */

/** Rejection reason when a bounded call runs out of time; `label` says which call it was. */
export class TimeoutError extends Error {
  readonly label: string;
  readonly ms: number;
  constructor(label: string, ms: number) {
    super(`${label} did not finish within ${ms} ms`);
    this.name = 'TimeoutError';
    this.label = label;
    this.ms = ms;
  }
}

/**
 * Settles like `promise`, or rejects with a TimeoutError after `ms` milliseconds, whichever comes
 * first. The timer is cleared as soon as the promise settles. `onLate` receives the value if the
 * promise fulfils after the deadline, so a late resource (an open database) can be released.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  label: string,
  onLate?: (value: T) => void,
): Promise<T> {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`withTimeout: ms must be a finite, non-negative number (got ${ms})`);
  }
  return new Promise<T>((resolve, reject) => {
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      reject(new TimeoutError(label, ms));
    }, ms);
    promise.then(
      (value) => {
        if (expired) {
          onLate?.(value);
          return;
        }
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (expired) return;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** True when `error` is the rejection reason of withTimeout. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}
