/**
 * The stored shape of one assessment: its type, its validation and the migrations that bring older
 * stored shapes up to date. Pure: no IndexedDB here, so the rules can be tested on plain values.
 */
import { validateSavedAssumptions, type SavedAssumptions } from '../core/assumptions';
import { migrateAnswers, type QuestionChange } from '../core/content/content-changes';
import { CONTENT_VERSION } from '../core/content/question-structure';
import { validateAnswer, validateAnswers } from '../core/schema';
import { SCORING_VERSION } from '../core/scoring';
import type { Answers, EngagementModel, FieldIssue } from '../core/types';
import { ASSESSMENT_NOTE_KEY, ENGAGEMENT_MODELS, ValidationError } from '../core/types';

/** The record shape this code writes. */
export const SCHEMA_VERSION = 3;

/** A whole record, serialized as JSON, may not exceed 1 MiB (UTF-8 bytes). */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** The persisted flow snapshot, serialized as JSON, may not exceed 256 KiB (UTF-8 bytes). */
export const MAX_FLOW_BYTES = 256 * 1024;
/** Longest note, per question or for the whole assessment. */
export const MAX_NOTE_CHARS = 10_000;
/** Longest company name. */
export const MAX_COMPANY_NAME_CHARS = 200;
/** Longest content or scoring version label. */
export const MAX_VERSION_CHARS = 64;
/** Longest note key (a question id or 'assessment'). */
export const MAX_NOTE_KEY_CHARS = 128;
/** Upper bound for progress counters; far above any question bank we would ship. */
export const MAX_PROGRESS_COUNT = 100_000;
export { ASSESSMENT_NOTE_KEY };

const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
// Full date and time with a zone; date-only or zone-less strings are read as local time by Date.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const MAX_FLOW_DEPTH = 64;
const RECORD_FIELDS = [
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
  'flow',
  'scoreSummary',
  'deletedAt',
] as const;

/** What the library shows of a finished assessment: the gap score and the recommended model. */
export interface ScoreSummary {
  /** Overall gap, 0–100 (100 − readiness), a whole number. */
  gap: number;
  model: EngagementModel;
}

/** One saved assessment (schemaVersion 3). */
export interface AssessmentRecord {
  schemaVersion: 3;
  /** 1..64 characters of [A-Za-z0-9-], e.g. from crypto.randomUUID(). */
  id: string;
  /** May be '' while the name has not been asked yet; at most 200 characters. */
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
  /** The flow layer's persisted snapshot: a JSON-safe plain object ≤ 256 KiB, restored by flow. */
  flow: unknown | null;
  /** Gap score and model as the engine last worked them out; null while discovery is unfinished. */
  scoreSummary: ScoreSummary | null;
  /** Set when the user deleted it and the undo window is open; the record is erased after. */
  deletedAt: string | null;
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

/** A version 2 record: a version 3 one without scoreSummary and deletedAt. */
export type AssessmentRecordV2 = Omit<
  AssessmentRecord,
  'schemaVersion' | 'scoreSummary' | 'deletedAt'
> & {
  schemaVersion: 2;
};

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

/** Migrations keyed by the version they read: migrations[n] turns a vn value into a vn+1 value. */
export const migrations: Record<number, (old: unknown) => unknown> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};

/** True when `id` can name a record: 1..64 characters of letters, digits and '-'. */
export function isValidAssessmentId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** True for an ISO 8601 date-time with a zone that names a real instant (no 30 February). */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (month === undefined || day === undefined || year === undefined) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return false;
  if ((zoneHour ?? 0) > 23 || (zoneMinute ?? 0) > 59) return false;
  return Number.isFinite(Date.parse(value));
}

/** Bytes `text` takes in UTF-8, counted without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 size of `value` as JSON; null when it cannot be serialized (a cycle, a BigInt). */
export function serializedBytes(value: unknown): number | null {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? null : utf8ByteLength(json);
  } catch {
    return null;
  }
}

/** A fresh, empty record under the current content and scoring versions. Throws on a bad id or date. */
export function newAssessmentRecord(id: string, now: string): AssessmentRecord {
  const issues: FieldIssue[] = [];
  if (!isValidAssessmentId(id)) issues.push({ field: 'id', message: ID_MESSAGE });
  if (!isIsoDateTime(now)) issues.push({ field: 'now', message: DATE_MESSAGE });
  if (issues.length > 0) throw new ValidationError('newAssessmentRecord', issues);
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    companyName: '',
    createdAt: now,
    updatedAt: now,
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    answers: {},
    notes: {},
    assumptions: null,
    scenario: null,
    // The flow layer knows the applicable question count and sets it on the first save.
    progress: { answered: 0, total: 0 },
    flow: null,
    scoreSummary: null,
    deletedAt: null,
  };
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
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return corrupt('schemaVersion', `no migration from version ${v}`);
    try {
      current = migrate(current);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return corrupt('schemaVersion', `could not migrate from version ${v}: ${why}`);
    }
    migrated = true;
  }
  if (migrated && current !== value) {
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

const ID_MESSAGE = 'expected 1 to 64 letters, digits or hyphens';
const DATE_MESSAGE = 'expected an ISO 8601 date and time with a zone, e.g. 2025-01-31T09:30:00Z';

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
  const add = (field: string, message: string): void => void issues.push({ field, message });

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

  let answers: Answers = {};
  const dropped: FieldIssue[] = [];
  const answersResult = validateAnswers(raw.answers);
  if (answersResult.ok) answers = answersResult.value;
  else if (raw.contentVersion !== CONTENT_VERSION && isPlainObject(raw.answers)) {
    // Answered under another question bank: a retired question or option is not damage. Keep
    // what still fits and say what was left out.
    const kept: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(raw.answers)) {
      const issue = value === undefined ? null : validateAnswer(id, value);
      // Only a value shaped like an answer can be one from another bank; anything else is damage.
      if (issue && isAnswerShaped(value)) dropped.push(issue);
      else kept[id] = value;
    }
    const keptResult = validateAnswers(kept);
    if (keptResult.ok) answers = keptResult.value;
    else for (const issue of keptResult.issues) add(`answers.${issue.field}`, issue.message);
  } else for (const issue of answersResult.issues) add(`answers.${issue.field}`, issue.message);

  // Answers that still fit may belong to a question whose meaning changed since: name each one,
  // and leave out those the change table says no longer measure what is asked.
  let changed: { questions: QuestionChange[]; added: number; answersLeftOut: boolean } | undefined;
  if (typeof raw.contentVersion === 'string' && raw.contentVersion !== CONTENT_VERSION) {
    const migration = migrateAnswers(raw.contentVersion, answers);
    if (migration.changed.length > 0) {
      answers = migration.answers;
      changed = {
        questions: migration.changed,
        added: migration.added.length,
        answersLeftOut: migration.changed.some((c) => c.answer === 'dropped'),
      };
    }
  }

  const notes = checkNotes(raw.notes, add);

  const assumptions = checkAssumptions(raw.assumptions, 'assumptions', add);
  const scenario = checkAssumptions(raw.scenario, 'scenario', add);

  const progress = checkProgress(raw.progress, add);

  if (raw.flow !== null) {
    if (!isPlainObject(raw.flow))
      add('flow', `expected an object or null, found ${describeType(raw.flow)}`);
    else {
      const problem = jsonSafetyProblem(raw.flow, 'flow', 0, new Set());
      if (problem) add(problem.field, problem.message);
      else {
        const flowBytes = serializedBytes(raw.flow) ?? Infinity;
        if (flowBytes > MAX_FLOW_BYTES) {
          add('flow', `${formatBytes(flowBytes)} is over the ${formatBytes(MAX_FLOW_BYTES)} limit`);
        }
      }
    }
  }

  const scoreSummary = checkScoreSummary(raw.scoreSummary, add);
  if (raw.deletedAt !== null && !isIsoDateTime(raw.deletedAt)) {
    add('deletedAt', `null, or ${DATE_MESSAGE.replace('expected ', '')}`);
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    dropped,
    ...(changed ? { changed } : {}),
    value: {
      schemaVersion: SCHEMA_VERSION,
      id: raw.id as string,
      companyName: raw.companyName as string,
      createdAt: raw.createdAt as string,
      updatedAt: raw.updatedAt as string,
      contentVersion: raw.contentVersion as string,
      scoringVersion: raw.scoringVersion as string,
      answers,
      notes,
      assumptions,
      scenario,
      progress,
      flow: raw.flow,
      scoreSummary,
      deletedAt: raw.deletedAt as string | null,
    },
  };
}

/** null, or a complete valid set of assumptions; each bad field is reported under `field.`. */
function checkAssumptions(
  raw: unknown,
  field: string,
  add: (field: string, message: string) => void,
): SavedAssumptions | null {
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

function checkScoreSummary(
  raw: unknown,
  add: (field: string, message: string) => void,
): ScoreSummary | null {
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

function checkVersionLabel(
  value: unknown,
  field: string,
  add: (field: string, message: string) => void,
): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VERSION_CHARS) {
    add(field, `expected a label of 1 to ${MAX_VERSION_CHARS} characters`);
  }
}

function checkNotes(
  raw: unknown,
  add: (field: string, message: string) => void,
): Record<string, string> {
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

function checkProgress(
  raw: unknown,
  add: (field: string, message: string) => void,
): { answered: number; total: number } {
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

/** The first place where `value` is not JSON-safe plain data, or null. Undefined members are allowed (JSON drops them). */
function jsonSafetyProblem(
  value: unknown,
  path: string,
  depth: number,
  ancestors: Set<object>,
): FieldIssue | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? null
      : { field: path, message: 'a number that JSON cannot hold' };
  }
  if (typeof value !== 'object') {
    return { field: path, message: `${describeType(value)} is not JSON data` };
  }
  if (depth >= MAX_FLOW_DEPTH)
    return { field: path, message: `nested deeper than ${MAX_FLOW_DEPTH}` };
  if (ancestors.has(value)) return { field: path, message: 'refers back to itself' };
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) {
    return { field: path, message: `${describeType(value)} is not a plain object` };
  }
  ancestors.add(value);
  try {
    if (isArray) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        // JSON turns an undefined array slot into null, which would change the data.
        if (item === undefined) return { field: `${path}[${i}]`, message: 'an empty array slot' };
        const problem = jsonSafetyProblem(item, `${path}[${i}]`, depth + 1, ancestors);
        if (problem) return problem;
      }
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        const problem = jsonSafetyProblem(item, `${path}.${key}`, depth + 1, ancestors);
        if (problem) return problem;
      }
    }
    return null;
  } finally {
    ancestors.delete(value);
  }
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

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(2)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

function isAnswerShaped(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)
      ?.constructor?.name;
    return name ? `a ${name}` : 'an object';
  }
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}
