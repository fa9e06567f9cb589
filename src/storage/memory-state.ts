/**
 * Assessments held in this tab's memory: the whole store of the memory repository, and the
 * write-through cache of the IndexedDB one, so that a fallback loses nothing this tab saw.
 */
import {
  compareNewestFirst,
  isValidAssessmentId,
  toSummary,
  type AssessmentRecord,
  type AssessmentSummary,
} from './assessment-record';
import type { StorageFailure, StorageProblem } from './storage-problems';

interface MemoryEntry {
  /** null marks an erased record, so a read that started earlier cannot bring it back. */
  record: AssessmentRecord | null;
  /** Order of the change; 0 for values only read from IndexedDB. */
  seq: number;
}

/** The records and last-opened pointer this tab knows, each with the order of its last change. */
export class MemoryState {
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

  listing(reason: StorageFailure): {
    summaries: AssessmentSummary[];
    problems: StorageProblem[];
  } {
    const summaries: AssessmentSummary[] = [];
    for (const { record } of this.#entries.values()) if (record) summaries.push(toSummary(record));
    summaries.sort(compareNewestFirst);
    return { summaries, problems: [{ kind: 'unavailable', reason: { ...reason } }] };
  }

  loading(
    id: string,
    reason: StorageFailure,
  ): { record: AssessmentRecord | null; problem: StorageProblem | null } {
    const record = this.#entries.get(id)?.record ?? null;
    if (record) return { record: structuredClone(record), problem: null };
    if (!isValidAssessmentId(id)) return { record: null, problem: null };
    return { record: null, problem: { kind: 'unavailable', id, reason: { ...reason } } };
  }
}
