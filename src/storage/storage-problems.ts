/**
 * What storage reports, as typed codes with their parameters: why saves stay in memory, and what
 * was wrong with a stored record. No words here: the interface words each code.
 */
import type { QuestionChange } from '../core/content/content-changes';
import type { FieldIssue } from '../core/types';
import { ValidationError } from '../core/types';
import { isValidAssessmentId, MAX_COMPANY_NAME_CHARS, MAX_RECORD_BYTES } from './assessment-record';
import type { RecordProblemKind, RecordValidation } from './record-validation';

/**
 * Why saves go only to this tab's memory.
 * - missing: the browser offers no IndexedDB to this page (a private window, a privacy setting);
 * - refused: the browser would not open the database or write to it;
 * - blocked: opening waited on another tab's connection (an older version of the app) too long;
 * - quota: the device has no room left for this site;
 * - closed: the browser closed the database and would not let it be reopened;
 * - timeout: a call stopped responding.
 */
export type StorageFailure =
  | { code: 'missing' }
  | { code: 'refused' }
  | { code: 'blocked' }
  | { code: 'quota' }
  | { code: 'closed' }
  | { code: 'timeout' };

/** Every StorageFailure code. */
export const STORAGE_FAILURE_CODES = [
  'missing',
  'refused',
  'blocked',
  'quota',
  'closed',
  'timeout',
] as const satisfies readonly StorageFailure['code'][];

/** Where saves go: to IndexedDB, or only into this tab's memory (with the reason, for the user). */
export type StorageMode = { kind: 'persistent' } | { kind: 'memory'; reason: StorageFailure };

/**
 * Something wrong with stored data, for the user. `id` is the assessment's when it has a valid
 * one; `companyName` is the name a damaged record still gives (null when none can be read).
 * - corrupt: damaged or incomplete, set aside under a quarantine key, not deleted;
 * - too-large: over `limitBytes`, set aside, not deleted;
 * - foreign-version: saved by a newer version of the app, left as it is;
 * - unavailable: storage is not working (`reason`); with `id`, that assessment could not be opened;
 * - content-changed: opened, but answered under another question bank: `dropped` names the
 *   questions whose answers were left out as invalid now, `changed` the questions whose meaning
 *   changed (with what became of each answer), `added` how many questions are new since.
 */
export type StorageProblem =
  | { kind: 'corrupt' | 'foreign-version'; id?: string; companyName: string | null }
  | { kind: 'too-large'; id?: string; companyName: string | null; limitBytes: number }
  | { kind: 'unavailable'; id?: string; reason: StorageFailure }
  | {
      kind: 'content-changed';
      id: string;
      companyName: string;
      dropped: string[];
      changed: QuestionChange[];
      added: number;
    };

/** The problem to report for a stored value that could not be used, filed under `keyId`. */
export function unusableRecordProblem(
  outcome: Extract<RecordValidation, { ok: false }>,
  keyId: string,
  raw: unknown,
): StorageProblem {
  const where = {
    ...(isValidAssessmentId(keyId) ? { id: keyId } : {}),
    companyName: companyNameOf(raw),
  };
  return outcome.kind === 'too-large'
    ? { kind: 'too-large', ...where, limitBytes: MAX_RECORD_BYTES }
    : { kind: outcome.kind, ...where };
}

/**
 * A record from another question bank: which answers it was opened without, and each answered
 * question whose meaning has changed since; null when it is as it was.
 */
export function contentChangedProblem(
  outcome: Extract<RecordValidation, { ok: true }>,
  id: string,
): StorageProblem | null {
  const dropped = outcome.dropped ?? [];
  const changed = outcome.changed?.questions ?? [];
  if (dropped.length === 0 && changed.length === 0) return null;
  return {
    kind: 'content-changed',
    id,
    companyName: outcome.record.companyName.trim(),
    dropped: dropped.map((d) => d.field),
    changed,
    added: outcome.changed?.added ?? 0,
  };
}

/** The name a damaged value still gives, trimmed, or null. */
function companyNameOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const name: unknown = (raw as Record<string, unknown>).companyName;
  return typeof name === 'string' && name.trim().length > 0 && name.length <= MAX_COMPANY_NAME_CHARS
    ? name.trim()
    : null;
}

/**
 * What save throws for a record it will not write: a programming error (`corrupt`), or a record
 * over the size limit (`too-large`: an import can be, and says so about the file).
 */
export class RecordRefused extends ValidationError {
  readonly kind: RecordProblemKind;
  /** The validation's own account, e.g. "record: 1.20 MiB is over the 1.00 MiB limit". */
  readonly reason: string;
  constructor(kind: RecordProblemKind, reason: string, issues: readonly FieldIssue[]) {
    super('save: invalid assessment record', issues);
    this.name = 'RecordRefused';
    this.kind = kind;
    this.reason = reason;
  }
}
