/** Serialising storage calls: per key in call order, and exclusive tasks after everything. */

const noop = (): void => undefined;

/** Runs tasks one after another per key (call order), and exclusive tasks after everything. */
export class KeyedQueue {
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
