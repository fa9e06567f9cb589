/**
 * The readiness practices' wording, fetched on demand: the first question (discovery) never
 * waits for it, and it is asked for while the prospect answers discovery, so it is there by the
 * time the first practice is shown.
 */
import type { ReadinessText } from '../core/types';

type Texts = Readonly<Record<string, ReadinessText>>;

class ReadinessTextLoader {
  /** The wording by practice id, once loaded. */
  texts: Texts | null = $state.raw(null);
  /** Set when the last load failed (offline before it was cached, say); load() retries. */
  failed = $state(false);
  #pending: Promise<void> | null = null;

  /** Starts (or joins) the load; safe to call often. */
  load(): Promise<void> {
    if (this.texts) return Promise.resolve();
    this.#pending ??= import('../core/content/readiness-text').then(
      (m) => {
        this.texts = m.READINESS_TEXT;
        this.failed = false;
      },
      () => {
        this.failed = true;
        this.#pending = null;
      },
    );
    return this.#pending;
  }
}

export const readinessText = new ReadinessTextLoader();
