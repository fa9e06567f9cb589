/**
 * The stored shape of one assessment, and the one place a record is built from the flow's values:
 * its type, its version and limits, and the library's view of it. Validation is in
 * record-validation.ts; the older shapes and the migrations from them in record-migrations.ts.
 */
import type { SavedAssumptions } from '../core/assumptions';
import { CONTENT_VERSION } from '../core/content/question-structure';
import { countAnswered } from '../core/schema';
import { SCORING_VERSION } from '../core/scoring';
import type { Answers, EngagementModel, FieldIssue } from '../core/types';
import { ASSESSMENT_NOTE_KEY, ValidationError } from '../core/types';
import { COMPANY_NAME_MAX, isAppId, isIsoDateTime, NOTE_MAX } from '../core/limits';

/** The record shape this code writes. Version 4 keeps the resume point as a typed `cursor`. */
export const SCHEMA_VERSION = 4;

/** A whole record, serialized as JSON, may not exceed 1 MiB (UTF-8 bytes). */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** Longest note, per question or for the whole assessment (core's limit). */
export const MAX_NOTE_CHARS = NOTE_MAX;
/** Longest company name (core's limit). */
export const MAX_COMPANY_NAME_CHARS = COMPANY_NAME_MAX;
/** Longest content or scoring version label. */
export const MAX_VERSION_CHARS = 64;
/** Longest question id, where a record names one (a note's key, the cursor). */
export const MAX_QUESTION_ID_CHARS = 128;
/** Longest note key (a question id or 'assessment'). */
export const MAX_NOTE_KEY_CHARS = MAX_QUESTION_ID_CHARS;
/** Upper bound for progress counters; far above any question bank we would ship. */
export const MAX_PROGRESS_COUNT = 100_000;
export { ASSESSMENT_NOTE_KEY, isIsoDateTime };

/** Where to resume: a question, the review or the results (the flow's Cursor, as stored). */
export type StoredCursor =
  { step: 'question'; questionId: string } | { step: 'review' } | { step: 'results' };

/** What the library shows of a finished assessment: the gap score and the recommended model. */
export interface ScoreSummary {
  /** Overall gap, 0–100 (100 − readiness), a whole number. */
  gap: number;
  model: EngagementModel;
}

/** One saved assessment (schemaVersion 4). */
export interface AssessmentRecord {
  schemaVersion: 4;
  /** 1..64 characters of [A-Za-z0-9-], e.g. from crypto.randomUUID(). */
  id: string;
  /** May be '' while the name has not been asked yet; at most COMPANY_NAME_MAX characters. */
  companyName: string;
  /** ISO 8601 date-time with a zone. */
  createdAt: string;
  updatedAt: string;
  /** The question bank version the answers were given under. */
  contentVersion: string;
  scoringVersion: string;
  answers: Answers;
  /** Per question id, plus ASSESSMENT_NOTE_KEY for the whole assessment; each ≤ 10,000 chars. */
  notes: Record<string, string>;
  /** The user's cost overrides; null = the defaults. */
  assumptions: SavedAssumptions | null;
  /** Scenario B: a second set of cost assumptions compared beside the first; null = none. */
  scenario: SavedAssumptions | null;
  progress: { answered: number; total: number };
  /** Where the user was; null = the start of the first unfinished section. */
  cursor: StoredCursor | null;
  /** Gap score and model as the engine last worked them out; null while discovery is unfinished. */
  scoreSummary: ScoreSummary | null;
  /** Set when the user deleted it and the undo window is open; the record is erased after. */
  deletedAt: string | null;
}

/** The names of a current record's fields, in the order a record is written. */
export const RECORD_FIELDS = [
  'schemaVersion',
  'id',
  'companyName',
  'createdAt',
  'updatedAt',
  'contentVersion',
  'scoringVersion',
  'answers',
  'notes',
  'assumptions',
  'scenario',
  'progress',
  'cursor',
  'scoreSummary',
  'deletedAt',
] as const satisfies readonly (keyof AssessmentRecord)[];

/** What the flow hands over to be saved: the assessment as the user left it, and when. */
export interface RecordInput {
  id: string;
  companyName: string;
  createdAt: string;
  updatedAt: string;
  answers: Answers;
  notes: Record<string, string>;
  assumptions: SavedAssumptions | null;
  scenario: SavedAssumptions | null;
  cursor: StoredCursor | null;
  scoreSummary: ScoreSummary | null;
}

/** What the library list shows for one assessment. */
export interface AssessmentSummary {
  id: string;
  companyName: string;
  createdAt: string;
  updatedAt: string;
  progress: { answered: number; total: number };
  scoreSummary: ScoreSummary | null;
  /** The note on the whole assessment ('' when none). */
  note: string;
  deletedAt: string | null;
}

/**
 * The record to save for an open assessment, under the current schema, content and scoring
 * versions, with its progress counted from the answers. Not checked here: the repository's save
 * is the one check before anything is written.
 */
export function buildRecord(input: RecordInput): AssessmentRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    companyName: input.companyName,
    createdAt: input.createdAt,
    updatedAt: input.updatedAt,
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    answers: input.answers,
    notes: input.notes,
    assumptions: input.assumptions,
    scenario: input.scenario,
    progress: countAnswered(input.answers),
    cursor: input.cursor,
    scoreSummary: input.scoreSummary,
    // Only an assessment that is open is saved this way, and an open one is never deleted.
    deletedAt: null,
  };
}

/** A copy of `record` kept as another assessment: its own id and name, made `at`, not deleted. */
export function copyOfRecord(
  record: AssessmentRecord,
  copy: { id: string; companyName: string; at: string },
): AssessmentRecord {
  return {
    ...structuredClone(record),
    id: copy.id,
    companyName: copy.companyName,
    createdAt: copy.at,
    updatedAt: copy.at,
    deletedAt: null,
  };
}

/**
 * `record` renamed, or with its note on the whole assessment set (a blank note removes it), or
 * both, as changed from the library at `at`.
 */
export function withLibraryEdit(
  record: AssessmentRecord,
  edit: { companyName?: string; note?: string },
  at: string,
): AssessmentRecord {
  const notes = { ...record.notes };
  if (edit.note !== undefined) {
    if (edit.note.trim() === '') delete notes[ASSESSMENT_NOTE_KEY];
    else notes[ASSESSMENT_NOTE_KEY] = edit.note;
  }
  return { ...record, companyName: edit.companyName ?? record.companyName, notes, updatedAt: at };
}

/** A fresh, empty record under the current content and scoring versions. Throws on a bad id or date. */
export function newAssessmentRecord(id: string, now: string): AssessmentRecord {
  const issues: FieldIssue[] = [];
  if (!isValidAssessmentId(id)) issues.push({ field: 'id', message: ID_MESSAGE });
  if (!isIsoDateTime(now)) issues.push({ field: 'now', message: DATE_MESSAGE });
  if (issues.length > 0) throw new ValidationError('newAssessmentRecord', issues);
  return {
    ...buildRecord({
      id,
      companyName: '',
      createdAt: now,
      updatedAt: now,
      answers: {},
      notes: {},
      assumptions: null,
      scenario: null,
      cursor: null,
      scoreSummary: null,
    }),
    // The flow layer knows the applicable question count and sets it on the first save.
    progress: { answered: 0, total: 0 },
  };
}

/** The message for an id that is not 1..64 letters, digits or hyphens. */
export const ID_MESSAGE = 'expected 1 to 64 letters, digits or hyphens';
/** The message for a time that is not a full ISO 8601 date-time with a zone. */
export const DATE_MESSAGE =
  'expected an ISO 8601 date and time with a zone, e.g. 2025-01-31T09:30:00Z';

/** True when `id` can name a record: 1..64 characters of letters, digits and '-'. */
export function isValidAssessmentId(id: unknown): id is string {
  return isAppId(id);
}

/** True for text that can name a question: 1 to MAX_QUESTION_ID_CHARS characters. */
export function isQuestionIdText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_QUESTION_ID_CHARS;
}

/** The library-list view of a record. */
export function toSummary(record: AssessmentRecord): AssessmentSummary {
  return {
    id: record.id,
    companyName: record.companyName,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    progress: { answered: record.progress.answered, total: record.progress.total },
    scoreSummary: record.scoreSummary ? { ...record.scoreSummary } : null,
    note: record.notes[ASSESSMENT_NOTE_KEY] ?? '',
    deletedAt: record.deletedAt,
  };
}

/** Newest first by updatedAt, then createdAt, then id, so the order is stable. */
export function compareNewestFirst(a: AssessmentSummary, b: AssessmentSummary): number {
  return (
    Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
    Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
