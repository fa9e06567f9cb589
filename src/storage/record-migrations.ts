/**
 * Every record shape this app has stored, and the steps that bring each one up to the current
 * version. Each step reads one version and writes the next; record-validation.ts checks the result.
 */
import type { Answers } from '../core/types';
import {
  ASSESSMENT_NOTE_KEY,
  isQuestionIdText,
  SCHEMA_VERSION,
  type AssessmentRecord,
  type StoredCursor,
} from './assessment-record';
import { isPlainObject } from '../core/plain-data';

/** The first release's record: no createdAt, no scoring version, one free-text note, epoch time. */
export interface AssessmentRecordV0 {
  /** Absent in the earliest records. */
  schemaVersion?: 0;
  id: string;
  companyName: string;
  contentVersion: string;
  answers: Answers;
  /** One note for the whole assessment. */
  note: string;
  /** How many questions the bank had when it was saved. */
  total: number;
  /** Last change, epoch milliseconds. */
  updated: number;
}

/** A version 3 record: the resume point sat inside `flow`, an opaque value the flow layer read. */
export type AssessmentRecordV3 = Omit<AssessmentRecord, 'schemaVersion' | 'cursor'> & {
  schemaVersion: 3;
  /** As written: `{ cursor: <a cursor or null> }`, or null (copies of migrated records). */
  flow: unknown;
};

/** A version 2 record: a version 3 one without scoreSummary and deletedAt. */
export type AssessmentRecordV2 = Omit<
  AssessmentRecordV3,
  'schemaVersion' | 'scoreSummary' | 'deletedAt'
> & {
  schemaVersion: 2;
};

/** Migrations keyed by the version they read: migrations[n] turns a vn value into a vn+1 value. */
export const migrations: Record<number, (old: unknown) => unknown> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
  2: migrateV2ToV3,
  3: migrateV3ToV4,
};

/** The outcome of bringing a value stored as `version` up to SCHEMA_VERSION. */
export type Migration = { ok: true; value: unknown } | { ok: false; message: string };

/** Runs every step from `version` up to the current one; says which step failed and why. */
export function migrateToCurrent(value: unknown, version: number): Migration {
  let current = value;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return { ok: false, message: `no migration from version ${v}` };
    try {
      current = migrate(current);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `could not migrate from version ${v}: ${why}` };
    }
  }
  return { ok: true, value: current };
}

function migrateV0ToV1(old: unknown): unknown {
  if (!isPlainObject(old)) throw new Error('a version 0 record must be an object');
  const updated = old.updated;
  if (typeof updated !== 'number' || !Number.isFinite(updated)) {
    throw new Error('"updated" must be a time in milliseconds');
  }
  const at = new Date(updated);
  if (Number.isNaN(at.getTime())) throw new Error('"updated" is out of range');
  const iso = at.toISOString();
  const note = old.note;
  if (note !== undefined && typeof note !== 'string') throw new Error('"note" must be text');
  const answers = old.answers;
  const answered = isPlainObject(answers)
    ? Object.values(answers).filter((value) => value !== undefined).length
    : 0;
  const total = typeof old.total === 'number' ? old.total : answered;
  return {
    schemaVersion: 1,
    id: old.id,
    companyName: old.companyName,
    // v0 kept only the last change; it is the best known creation time.
    createdAt: iso,
    updatedAt: iso,
    contentVersion: old.contentVersion,
    // v0 did not record its scoring version; the flow rescores with the current one.
    scoringVersion: 'unknown',
    answers,
    notes: note ? { [ASSESSMENT_NOTE_KEY]: note } : {},
    assumptions: null,
    progress: { answered: Math.min(answered, Math.max(total, 0)), total },
    flow: null,
  };
}

/** Version 2 adds scenario B; a version 1 record has none. */
function migrateV1ToV2(old: unknown): unknown {
  if (!isPlainObject(old)) throw new Error('a version 1 record must be an object');
  if (Object.hasOwn(old, 'scenario')) throw new Error('a version 1 record has no "scenario"');
  return { ...old, schemaVersion: 2, scenario: null };
}

/** Version 3 adds the library's score summary (unknown until the next save) and the tombstone. */
function migrateV2ToV3(old: unknown): unknown {
  if (!isPlainObject(old)) throw new Error('a version 2 record must be an object');
  return { ...old, schemaVersion: 3, scoreSummary: null, deletedAt: null };
}

/**
 * Version 4 keeps only the resume point of version 3's `flow` value, as a typed `cursor`. A flow
 * that is not an object (or null) was damage then and is now. The cursor is read as version 3
 * read it: anything that is not a cursor resumes at the start, and the rest of `flow` (nothing
 * ever wrote more) is left behind, since nothing reads it any more.
 */
function migrateV3ToV4(old: unknown): unknown {
  if (!isPlainObject(old)) throw new Error('a version 3 record must be an object');
  if (!Object.hasOwn(old, 'flow')) throw new Error('a version 3 record must have a "flow" value');
  if (Object.hasOwn(old, 'cursor')) throw new Error('a version 3 record has no "cursor"');
  const { flow, ...rest } = old;
  if (flow !== null && !isPlainObject(flow)) throw new Error('"flow" must be an object or null');
  const cursor = flow === null ? null : cursorOfV3Flow(flow.cursor);
  return { ...rest, schemaVersion: 4, cursor };
}

/** The cursor version 3 kept in `flow.cursor`, or null where there was none or it was unusable. */
function cursorOfV3Flow(raw: unknown): StoredCursor | null {
  if (!isPlainObject(raw)) return null;
  if (raw.step === 'review' || raw.step === 'results') return { step: raw.step };
  if (raw.step === 'question' && isQuestionIdText(raw.questionId)) {
    return { step: 'question', questionId: raw.questionId };
  }
  return null;
}
