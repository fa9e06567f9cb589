/**
 * Checks a stored value field by field and brings an older shape up to date (through
 * record-migrations.ts). Pure: no IndexedDB here, so the rules can be tested on plain values.
 */
import { validateSavedAssumptions, type SavedAssumptions } from '../core/assumptions';
import { migrateAnswers, type QuestionChange } from '../core/content/content-changes';
import { CONTENT_VERSION } from '../core/content/question-structure';
import { validateAnswer, validateAnswers } from '../core/schema';
import type { Answers, EngagementModel, FieldIssue } from '../core/types';
import { ENGAGEMENT_MODELS } from '../core/types';
import {
  DATE_MESSAGE,
  ID_MESSAGE,
  isIsoDateTime,
  isQuestionIdText,
  isValidAssessmentId,
  MAX_COMPANY_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_NOTE_KEY_CHARS,
  MAX_PROGRESS_COUNT,
  MAX_QUESTION_ID_CHARS,
  MAX_RECORD_BYTES,
  MAX_VERSION_CHARS,
  RECORD_FIELDS,
  SCHEMA_VERSION,
  type AssessmentRecord,
  type ScoreSummary,
  type StoredCursor,
} from './assessment-record';
import { migrateToCurrent } from './record-migrations';
import { describeType, formatBytes, isPlainObject, serializedBytes } from '../core/plain-data';

/** Why a stored value could not be used: damaged, from a newer app, or over the size limit. */
export type RecordProblemKind = 'corrupt' | 'foreign-version' | 'too-large';

/** The outcome of validateRecord; `migrated` is true when the value was not stored as the current version. */
export type RecordValidation =
  | {
      ok: true;
      record: AssessmentRecord;
      migrated: boolean;
      /** Answers left out because another question bank (content version) gave them. */
      dropped?: FieldIssue[];
      /**
       * Answered questions whose meaning changed since the record's content version (each kept
       * or left out, as content-changes.ts says), and how many questions are new since.
       */
      changed?: { questions: QuestionChange[]; added: number };
    }
  | { ok: false; kind: RecordProblemKind; reason: string; issues: FieldIssue[] };

/**
 * Checks a stored value field by field and brings an older shape up to the current version. A JSON string holding a
 * record is accepted (and reported as migrated so the caller can rewrite it as an object).
 */
export function validateRecord(raw: unknown): RecordValidation {
  let value = raw;
  let migrated = false;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
      migrated = true;
    } catch {
      return corrupt('record', 'it is text that is cut off or not in the expected format');
    }
  }
  if (!isPlainObject(value)) {
    return corrupt('record', `expected an object, found ${describeType(value)}`);
  }
  const size = serializedBytes(value);
  if (size === null) return corrupt('record', 'it cannot be written out as JSON');
  if (size > MAX_RECORD_BYTES) return tooLarge(size);

  const version = value.schemaVersion === undefined ? 0 : value.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return corrupt('schemaVersion', 'expected a whole number');
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      kind: 'foreign-version',
      reason: `saved by a newer version of this app (schemaVersion ${version}; this app reads up to ${SCHEMA_VERSION})`,
      issues: [{ field: 'schemaVersion', message: 'saved by a newer version of this app' }],
    };
  }
  let current: unknown = value;
  if (version < SCHEMA_VERSION) {
    const migration = migrateToCurrent(value, version);
    if (!migration.ok) return corrupt('schemaVersion', migration.message);
    current = migration.value;
    migrated = true;
    const migratedSize = serializedBytes(current);
    if (migratedSize === null) return corrupt('record', 'it cannot be written out as JSON');
    if (migratedSize > MAX_RECORD_BYTES) return tooLarge(migratedSize);
  }
  const checked = validateCurrent(current);
  if (!checked.ok) return fail(checked.issues);
  const dropped = checked.dropped ?? [];
  const changed = checked.changed;
  if (dropped.length === 0 && !changed) return { ok: true, record: checked.value, migrated };
  return {
    ok: true,
    record: checked.value,
    // Answers were taken out; a changed question whose answer was kept changes nothing stored.
    migrated: migrated || dropped.length > 0 || changed?.answersLeftOut === true,
    ...(dropped.length > 0 ? { dropped } : {}),
    ...(changed ? { changed: { questions: changed.questions, added: changed.added } } : {}),
  };
}

type Add = (field: string, message: string) => void;

type Checked<T> =
  | {
      ok: true;
      value: T;
      dropped?: FieldIssue[];
      changed?: { questions: QuestionChange[]; added: number; answersLeftOut: boolean };
    }
  | { ok: false; issues: FieldIssue[] };

function validateCurrent(raw: unknown): Checked<AssessmentRecord> {
  if (!isPlainObject(raw)) {
    return { ok: false, issues: [{ field: 'record', message: 'expected an object' }] };
  }
  const issues: FieldIssue[] = [];
  const add: Add = (field, message) => void issues.push({ field, message });

  for (const key of Object.keys(raw)) {
    if (!(RECORD_FIELDS as readonly string[]).includes(key)) add(key, 'not a field of this record');
  }
  if (raw.schemaVersion !== SCHEMA_VERSION) add('schemaVersion', `expected ${SCHEMA_VERSION}`);
  if (!isValidAssessmentId(raw.id)) add('id', ID_MESSAGE);
  if (typeof raw.companyName !== 'string') add('companyName', 'expected text');
  else if (raw.companyName.length > MAX_COMPANY_NAME_CHARS) {
    add('companyName', `longer than ${MAX_COMPANY_NAME_CHARS} characters`);
  }
  if (!isIsoDateTime(raw.createdAt)) add('createdAt', DATE_MESSAGE);
  if (!isIsoDateTime(raw.updatedAt)) add('updatedAt', DATE_MESSAGE);
  checkVersionLabel(raw.contentVersion, 'contentVersion', add);
  checkVersionLabel(raw.scoringVersion, 'scoringVersion', add);

  const answered = checkAnswers(raw.answers, raw.contentVersion, add);
  const notes = checkNotes(raw.notes, add);
  const assumptions = checkAssumptions(raw.assumptions, 'assumptions', add);
  const scenario = checkAssumptions(raw.scenario, 'scenario', add);
  const progress = checkProgress(raw.progress, add);
  const cursor = checkCursor(raw.cursor, add);
  const scoreSummary = checkScoreSummary(raw.scoreSummary, add);
  if (raw.deletedAt !== null && !isIsoDateTime(raw.deletedAt)) {
    add('deletedAt', `null, or ${DATE_MESSAGE.replace('expected ', '')}`);
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    dropped: answered.dropped,
    ...(answered.changed ? { changed: answered.changed } : {}),
    value: {
      schemaVersion: SCHEMA_VERSION,
      id: raw.id as string,
      companyName: raw.companyName as string,
      createdAt: raw.createdAt as string,
      updatedAt: raw.updatedAt as string,
      contentVersion: raw.contentVersion as string,
      scoringVersion: raw.scoringVersion as string,
      answers: answered.answers,
      notes,
      assumptions,
      scenario,
      progress,
      cursor,
      scoreSummary,
      deletedAt: raw.deletedAt as string | null,
    },
  };
}

/**
 * The answers that stand. Under another question bank, an answer to a retired question or option
 * is left out (and named), and one whose question changed meaning is kept or left out as the
 * change table says; anything not even shaped like an answer is damage.
 */
function checkAnswers(
  raw: unknown,
  contentVersion: unknown,
  add: Add,
): {
  answers: Answers;
  dropped: FieldIssue[];
  changed?: { questions: QuestionChange[]; added: number; answersLeftOut: boolean };
} {
  let answers: Answers = {};
  const dropped: FieldIssue[] = [];
  const answersResult = validateAnswers(raw);
  if (answersResult.ok) answers = answersResult.value;
  else if (contentVersion !== CONTENT_VERSION && isPlainObject(raw)) {
    const kept: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(raw)) {
      const issue = value === undefined ? null : validateAnswer(id, value);
      // Only a value shaped like an answer can be one from another bank; anything else is damage.
      if (issue && isAnswerShaped(value)) dropped.push(issue);
      else kept[id] = value;
    }
    const keptResult = validateAnswers(kept);
    if (keptResult.ok) answers = keptResult.value;
    else for (const issue of keptResult.issues) add(`answers.${issue.field}`, issue.message);
  } else for (const issue of answersResult.issues) add(`answers.${issue.field}`, issue.message);

  if (typeof contentVersion !== 'string' || contentVersion === CONTENT_VERSION) {
    return { answers, dropped };
  }
  const migration = migrateAnswers(contentVersion, answers);
  if (migration.changed.length === 0) return { answers, dropped };
  return {
    answers: migration.answers,
    dropped,
    changed: {
      questions: migration.changed,
      added: migration.added.length,
      answersLeftOut: migration.changed.some((c) => c.answer === 'dropped'),
    },
  };
}

/** null, or a complete valid set of assumptions; each bad field is reported under `field.`. */
function checkAssumptions(raw: unknown, field: string, add: Add): SavedAssumptions | null {
  if (raw === null) return null;
  if (raw === undefined) {
    add(field, 'expected assumptions or null');
    return null;
  }
  // A set saved before the added assumptions existed is kept: the engine fills them in.
  const result = validateSavedAssumptions(raw);
  if (result.ok) return result.value;
  for (const issue of result.issues) add(`${field}.${issue.field}`, issue.message);
  return null;
}

/** null, or a question (with its id), the review or the results; nothing else. */
function checkCursor(raw: unknown, add: Add): StoredCursor | null {
  if (raw === null) return null;
  if (!isPlainObject(raw)) {
    add('cursor', `expected { step } or null, found ${describeType(raw)}`);
    return null;
  }
  const fields = raw.step === 'question' ? ['step', 'questionId'] : ['step'];
  for (const key of Object.keys(raw)) {
    if (!fields.includes(key)) add(`cursor.${key}`, 'not a field of this cursor');
  }
  if (raw.step === 'review' || raw.step === 'results') return { step: raw.step };
  if (raw.step !== 'question') {
    add('cursor.step', 'expected question, review or results');
    return null;
  }
  if (!isQuestionIdText(raw.questionId)) {
    add('cursor.questionId', `expected a question id of 1 to ${MAX_QUESTION_ID_CHARS} characters`);
    return null;
  }
  return { step: 'question', questionId: raw.questionId };
}

function checkScoreSummary(raw: unknown, add: Add): ScoreSummary | null {
  if (raw === null) return null;
  if (!isPlainObject(raw)) {
    add('scoreSummary', `expected { gap, model } or null, found ${describeType(raw)}`);
    return null;
  }
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (key !== 'gap' && key !== 'model') {
      add(`scoreSummary.${key}`, 'not a field of scoreSummary');
      ok = false;
    }
  }
  const { gap, model } = raw;
  if (typeof gap !== 'number' || !Number.isInteger(gap) || gap < 0 || gap > 100) {
    add('scoreSummary.gap', 'expected a whole number from 0 to 100');
    ok = false;
  }
  if (typeof model !== 'string' || !(ENGAGEMENT_MODELS as readonly string[]).includes(model)) {
    add('scoreSummary.model', `expected one of ${ENGAGEMENT_MODELS.join(', ')}`);
    ok = false;
  }
  return ok ? { gap: gap as number, model: model as EngagementModel } : null;
}

function checkVersionLabel(value: unknown, field: string, add: Add): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VERSION_CHARS) {
    add(field, `expected a label of 1 to ${MAX_VERSION_CHARS} characters`);
  }
}

function checkNotes(raw: unknown, add: Add): Record<string, string> {
  if (!isPlainObject(raw)) {
    add('notes', `expected an object of texts, found ${describeType(raw)}`);
    return {};
  }
  const entries: [string, string][] = [];
  for (const [key, text] of Object.entries(raw)) {
    if (key.length === 0 || key.length > MAX_NOTE_KEY_CHARS) {
      add('notes', `a note key must be 1 to ${MAX_NOTE_KEY_CHARS} characters`);
    } else if (typeof text !== 'string') {
      add(`notes.${key}`, `expected text, found ${describeType(text)}`);
    } else if (text.length > MAX_NOTE_CHARS) {
      add(`notes.${key}`, `longer than ${MAX_NOTE_CHARS.toLocaleString('en-US')} characters`);
    } else {
      entries.push([key, text]);
    }
  }
  // fromEntries defines own properties, so a '__proto__' key stays data, never a prototype.
  return Object.fromEntries(entries);
}

function checkProgress(raw: unknown, add: Add): { answered: number; total: number } {
  if (!isPlainObject(raw)) {
    add('progress', `expected { answered, total }, found ${describeType(raw)}`);
    return { answered: 0, total: 0 };
  }
  const count = (value: unknown, field: string): number => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
      if (value <= MAX_PROGRESS_COUNT) return value;
    }
    add(field, `expected a whole number from 0 to ${MAX_PROGRESS_COUNT}`);
    return 0;
  };
  for (const key of Object.keys(raw)) {
    if (key !== 'answered' && key !== 'total') add(`progress.${key}`, 'not a field of progress');
  }
  return {
    answered: count(raw.answered, 'progress.answered'),
    total: count(raw.total, 'progress.total'),
  };
}

function corrupt(field: string, message: string): RecordValidation {
  return fail([{ field, message }]);
}

function fail(issues: FieldIssue[]): RecordValidation {
  const reason = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return { ok: false, kind: 'corrupt', reason, issues };
}

function tooLarge(bytes: number): RecordValidation {
  const message = `${formatBytes(bytes)} is over the ${formatBytes(MAX_RECORD_BYTES)} limit`;
  return {
    ok: false,
    kind: 'too-large',
    reason: `record: ${message}`,
    issues: [{ field: 'record', message }],
  };
}

function isAnswerShaped(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
