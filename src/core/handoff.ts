/**
 * The hand-off file: one assessment as JSON that another device (or another tool) can read.
 * Each answer is named by its question id and the NIST CSF 2.0 categories it evidences, and the
 * file records the content and scoring versions it was answered under.
 */
import { migrateAnswers, type QuestionChange } from './content/content-changes';
import { CONTENT_VERSION, outlineById } from './content/question-structure';
import { validateAnswer } from './schema';
import { validateSavedAssumptions, type SavedAssumptions } from './assumptions';
import { SCORING_VERSION } from './scoring';
import type { Answers, AnswerValue, CsfCategory, FieldIssue, Result } from './types';
import { COMPANY_NAME_MAX, isIsoDateTime, NOTE_MAX } from './limits';

export const HANDOFF_FORMAT = 'fractional-fit/assessment';
export const HANDOFF_VERSION = 1;
/** Larger files are refused before parsing: a real assessment is a few tens of KiB. */
export const MAX_HANDOFF_BYTES = 2 * 1024 * 1024;

export interface HandoffAnswer {
  questionId: string;
  section: 'discovery' | 'readiness';
  csf: readonly CsfCategory[];
  value: AnswerValue;
}

export interface HandoffFile {
  format: typeof HANDOFF_FORMAT;
  formatVersion: typeof HANDOFF_VERSION;
  contentVersion: string;
  scoringVersion: string;
  exportedAt: string;
  assessment: {
    companyName: string;
    createdAt: string;
    notes: Record<string, string>;
    assumptions: SavedAssumptions | null;
    /** Scenario B's cost assumptions; absent or null when there is none. */
    scenario?: SavedAssumptions | null;
    answers: HandoffAnswer[];
  };
}

export interface HandoffInput {
  companyName: string;
  createdAt: string;
  answers: Answers;
  notes: Record<string, string>;
  assumptions: SavedAssumptions | null;
  /** Scenario B (optional: a file without it has none). */
  scenario?: SavedAssumptions | null;
}

/** What an import yields: the assessment, plus what was left behind and why. */
export interface ImportedAssessment extends HandoffInput {
  contentVersion: string;
  /** Answers the current question bank no longer has or no longer accepts (file of another version). */
  dropped: FieldIssue[];
  /**
   * Answered questions whose meaning changed since the file's content version, each kept or
   * left out as content-changes.ts says; empty for a file of this version.
   */
  changed: QuestionChange[];
  /** How many questions are new since the file's content version. */
  added: number;
}

/** Builds the file for an assessment; `exportedAt` is passed in (core has no clock). */
export function buildHandoffFile(input: HandoffInput, exportedAt: string): HandoffFile {
  const answers: HandoffAnswer[] = [];
  for (const [questionId, value] of Object.entries(input.answers)) {
    const q = outlineById(questionId);
    if (!q || value === undefined) continue;
    answers.push({
      questionId,
      section: q.section,
      csf: q.section === 'readiness' ? q.csf : [],
      value: Array.isArray(value) ? [...value] : value,
    });
  }
  return {
    format: HANDOFF_FORMAT,
    formatVersion: HANDOFF_VERSION,
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    exportedAt,
    assessment: {
      companyName: input.companyName,
      createdAt: input.createdAt,
      notes: { ...input.notes },
      assumptions: input.assumptions,
      scenario: input.scenario ?? null,
      answers,
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a hand-off file's text: refused with reasons when it is not one of ours, is from a newer
 * format, or is malformed; answers the current bank cannot take are dropped and listed.
 */
export function parseHandoffFile(text: string): Result<ImportedAssessment> {
  if (text.length > MAX_HANDOFF_BYTES) {
    return fail('file', 'is larger than 2 MiB; this is not an assessment hand-off file');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('file', 'is not valid JSON');
  }
  if (!isRecord(raw) || raw.format !== HANDOFF_FORMAT) {
    return fail('format', `is not "${HANDOFF_FORMAT}": this is not an assessment hand-off file`);
  }
  if (typeof raw.formatVersion !== 'number' || !Number.isInteger(raw.formatVersion)) {
    return fail('formatVersion', 'is missing');
  }
  if (raw.formatVersion > HANDOFF_VERSION) {
    return fail(
      'formatVersion',
      `is ${raw.formatVersion}: the file was made by a newer version of this app; update it first`,
    );
  }
  if (raw.formatVersion < 1) return fail('formatVersion', 'is not a known version');

  const issues: FieldIssue[] = [];
  const a = raw.assessment;
  if (!isRecord(a)) return fail('assessment', 'is missing');
  const contentVersion = typeof raw.contentVersion === 'string' ? raw.contentVersion : '';
  if (!contentVersion) issues.push({ field: 'contentVersion', message: 'is missing' });
  const companyName = typeof a.companyName === 'string' ? a.companyName : null;
  if (companyName === null || companyName.length > COMPANY_NAME_MAX) {
    issues.push({
      field: 'assessment.companyName',
      message: `must be text of at most ${COMPANY_NAME_MAX} characters`,
    });
  }
  const createdAt = isIsoDateTime(a.createdAt) ? a.createdAt : null;
  if (!createdAt)
    issues.push({ field: 'assessment.createdAt', message: 'must be an ISO date and time' });

  const notes: Record<string, string> = {};
  if (!isRecord(a.notes)) issues.push({ field: 'assessment.notes', message: 'must be an object' });
  else {
    for (const [key, value] of Object.entries(a.notes)) {
      if (typeof value !== 'string' || value.length > NOTE_MAX || key.length > 128) {
        issues.push({
          field: `assessment.notes.${key}`,
          message: `must be text of at most ${NOTE_MAX.toLocaleString('en-US')} characters`,
        });
      } else notes[key] = value;
    }
  }

  const assumptions = optionalAssumptions(a.assumptions, 'assessment.assumptions', issues);
  const scenario = optionalAssumptions(a.scenario, 'assessment.scenario', issues);

  const answers: Record<string, AnswerValue> = {};
  const dropped: FieldIssue[] = [];
  if (!Array.isArray(a.answers))
    issues.push({ field: 'assessment.answers', message: 'must be a list' });
  else {
    a.answers.forEach((entry: unknown, i) => {
      if (!isRecord(entry) || typeof entry.questionId !== 'string') {
        issues.push({ field: `assessment.answers[${i}]`, message: 'must name a questionId' });
        return;
      }
      const problem = validateAnswer(entry.questionId, entry.value);
      if (problem) {
        // Another content version may have retired or reworded a question: keep the rest.
        if (contentVersion !== CONTENT_VERSION) dropped.push(problem);
        else issues.push({ ...problem, field: `assessment.answers[${i}] (${entry.questionId})` });
        return;
      }
      answers[entry.questionId] = Array.isArray(entry.value)
        ? [...(entry.value as string[])]
        : (entry.value as AnswerValue);
    });
  }

  if (issues.length > 0 || companyName === null || createdAt === null) {
    return { ok: false, issues };
  }
  // A question whose meaning changed since the file was made is named, and its answer kept or
  // left out, exactly as for a stored record (content-changes.ts).
  const migration = migrateAnswers(contentVersion, answers);
  return {
    ok: true,
    value: {
      companyName,
      createdAt,
      notes,
      assumptions,
      scenario,
      answers: migration.answers,
      contentVersion,
      dropped,
      changed: migration.changed,
      added: migration.changed.length > 0 ? migration.added.length : 0,
    },
  };
}

/** Cost assumptions that may be absent (null); bad ones are listed under `field` in `issues`. */
function optionalAssumptions(
  value: unknown,
  field: string,
  issues: FieldIssue[],
): SavedAssumptions | null {
  if (value === null || value === undefined) return null;
  // A file from before the added assumptions is kept: the engine fills them in, with a note.
  const checked = validateSavedAssumptions(value);
  if (checked.ok) return checked.value;
  issues.push(...checked.issues.map((i) => ({ ...i, field: `${field}.${i.field}` })));
  return null;
}

function fail(field: string, message: string): Result<never> {
  return { ok: false, issues: [{ field, message }] };
}
