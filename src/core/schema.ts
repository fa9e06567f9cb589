/**
 * Answer validation against the question bank. Every boundary that carries answers (URL
 * prefill, stored records, imports, the flow's answer.set) runs through here, so a bad value is
 * a clear message naming the field, never a crash or a silent default.
 */
import {
  applicableOutlines,
  discoveryQuestions,
  isApplicable,
  outlineById,
} from './content/question-structure';
import type {
  AnswerValue,
  Answers,
  DiscoveryAnswers,
  FieldIssue,
  QuestionOutline,
  Result,
} from './types';
import { isPlainObject } from './plain-data';

function describeChoices(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** A short, crash-free rendering of an arbitrary value for a message. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return `a ${typeof value}`;
}

/** The issue with a value for this question, or null; `field` is the question id. */
function checkValue(q: QuestionOutline, value: unknown): string | null {
  if (value === undefined) return 'is required';
  switch (q.kind) {
    case 'number': {
      if (typeof value !== 'number') return 'must be a number';
      if (!Number.isFinite(value)) return 'must be a finite number';
      if (q.integer && !Number.isInteger(value)) return 'must be a whole number';
      if (value < q.min) return `must be at least ${q.min}`;
      if (value > q.max) return `must be at most ${q.max}`;
      return null;
    }
    case 'single': {
      const allowed = q.options.map((o) => o.value);
      if (typeof value === 'string' && allowed.includes(value)) return null;
      return `must be one of ${describeChoices(allowed)}`;
    }
    case 'multi': {
      const allowed = q.options.map((o) => o.value);
      if (!Array.isArray(value)) {
        return `must be a list of choices (an empty list means "${q.noneLabel}")`;
      }
      const seen = new Set<unknown>();
      for (const item of value as unknown[]) {
        if (typeof item !== 'string' || !allowed.includes(item)) {
          return `contains ${describeValue(item)}, which is not one of ${describeChoices(allowed)}`;
        }
        if (seen.has(item)) return `lists "${item}" more than once`;
        seen.add(item);
      }
      return null;
    }
    case 'maturity': {
      if (value === 'unknown') return null;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4) {
        return null;
      }
      return 'must be a maturity level from 0 to 4, or "unknown"';
    }
  }
}

/** One answer checked against its question; null when valid. */
export function validateAnswer(questionId: string, value: unknown): FieldIssue | null {
  const q = outlineById(questionId);
  if (!q) return { field: questionId, message: 'no such question' };
  const message = checkValue(q, value);
  return message === null ? null : { field: questionId, message };
}

/** A validated value, copied so the caller's arrays are never shared. */
function copyValue(value: AnswerValue): AnswerValue {
  return Array.isArray(value) ? [...(value as readonly string[])] : value;
}

/**
 * A whole answers object from outside (storage, URL, import): every key a known question, every
 * value valid. Reports every bad field at once; keys holding undefined are dropped.
 */
export function validateAnswers(raw: unknown): Result<Answers> {
  if (!isPlainObject(raw)) {
    return {
      ok: false,
      issues: [{ field: 'answers', message: 'must be a plain object keyed by question id' }],
    };
  }
  const issues: FieldIssue[] = [];
  const value: Record<string, AnswerValue> = {};
  for (const [id, answer] of Object.entries(raw)) {
    if (answer === undefined) continue;
    const issue = validateAnswer(id, answer);
    if (issue) issues.push(issue);
    // checkValue accepted it, so it is a number, a string or an array of strings.
    else value[id] = copyValue(answer as AnswerValue);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/**
 * Every discovery answer present and valid, as DiscoveryAnswers; missing ones "is required". A
 * question asked only for some prospects (appliesWhen) may be absent: it was not asked (it does
 * not apply, or the assessment predates it), and the engine treats it as not known.
 */
export function validateDiscovery(answers: Answers): Result<DiscoveryAnswers> {
  const issues: FieldIssue[] = [];
  const value: Record<string, AnswerValue> = {};
  for (const q of discoveryQuestions) {
    const answer = answers[q.id];
    if (q.appliesWhen !== undefined && (answer === undefined || !isApplicable(q, answers))) {
      continue;
    }
    const issue = validateAnswer(q.id, answer);
    if (issue) issues.push(issue);
    else if (answer !== undefined) value[q.id] = copyValue(answer);
  }
  if (issues.length > 0) return { ok: false, issues };
  // Each discovery question's options are built from the same constants as DiscoveryAnswers.
  return { ok: true, value: value as unknown as DiscoveryAnswers };
}

/** How many applicable questions hold a valid answer, out of how many apply. */
export function countAnswered(answers: Answers): { answered: number; total: number } {
  const applicable = applicableOutlines(answers);
  const answered = applicable.filter((q) => {
    const v = answers[q.id];
    return v !== undefined && checkValue(q, v) === null;
  }).length;
  return { answered, total: applicable.length };
}
