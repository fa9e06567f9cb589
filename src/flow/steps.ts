/**
 * Where the prospect is and what comes next, as pure functions of the answers. The machine uses
 * them in its guards and actions; the screens use them to show honest progress.
 */
import type { Answers, Domain, QuestionOutline } from '../core/types';
import {
  applicableOutlines,
  outlineById,
  outlines as bank,
  readinessSections,
} from '../core/content/question-structure';
import { validateAnswer } from '../core/schema';

export type SectionId = 'discovery' | Domain;

/** The resumable location: a question, the review or the results. Persisted with the record. */
export type Cursor =
  { step: 'question'; questionId: string } | { step: 'review' } | { step: 'results' };

export interface SectionInfo {
  id: SectionId;
  questionIds: string[];
}

/** The sections in order, each with its applicable questions for these answers. */
export function sectionsFor(answers: Answers): SectionInfo[] {
  const applicable = new Set(applicableOutlines(answers).map((q) => q.id));
  const discovery = bank.filter((q) => q.section === 'discovery' && applicable.has(q.id));
  const sections: SectionInfo[] = [{ id: 'discovery', questionIds: discovery.map((q) => q.id) }];
  for (const s of readinessSections) {
    const ids = s.questionIds.filter((id) => applicable.has(id));
    if (ids.length > 0) sections.push({ id: s.domain, questionIds: ids });
  }
  return sections;
}

/** Every applicable question id, in the order they are asked. */
export function questionSequence(answers: Answers): string[] {
  return sectionsFor(answers).flatMap((s) => s.questionIds);
}

/** The section a question belongs to. */
export function sectionOf(questionId: string): SectionId | null {
  const q = outlineById(questionId);
  if (!q) return null;
  return q.section === 'discovery' ? 'discovery' : q.domain;
}

/**
 * A question's place in the sequence; a question that no longer applies (an answer changed)
 * is placed where it stands in the bank, so next/back still move sensibly from it.
 */
function indexIn(sequence: string[], questionId: string): number {
  const direct = sequence.indexOf(questionId);
  if (direct >= 0) return direct;
  const bankOrder = bank.map((q) => q.id);
  const at = bankOrder.indexOf(questionId);
  const before = sequence.filter((id) => bankOrder.indexOf(id) < at).length;
  return before - 0.5;
}

/** The next applicable question after this one, or null at the end. */
export function nextQuestionId(answers: Answers, questionId: string): string | null {
  const seq = questionSequence(answers);
  const at = indexIn(seq, questionId);
  return seq[Math.floor(at) + 1] ?? null;
}

/** The applicable question before this one, or null at the start. */
export function previousQuestionId(answers: Answers, questionId: string): string | null {
  const seq = questionSequence(answers);
  const at = indexIn(seq, questionId);
  const prev = Math.ceil(at) - 1;
  return prev >= 0 ? (seq[prev] ?? null) : null;
}

/** True when the question has a valid answer. */
export function isAnswered(answers: Answers, questionId: string): boolean {
  const value = answers[questionId];
  return value !== undefined && validateAnswer(questionId, value) === null;
}

/** Discovery answers are needed for the recommendation; readiness may be left for later. */
export function isRequired(question: QuestionOutline): boolean {
  return question.section === 'discovery';
}

/** Whether the prospect may move on from this question. */
export function canLeave(answers: Answers, questionId: string): boolean {
  const q = outlineById(questionId);
  if (!q) return true;
  return !isRequired(q) || isAnswered(answers, questionId);
}

/** Every required question answered: the results can be computed. */
export function discoveryComplete(answers: Answers): boolean {
  return requiredDiscovery(answers).every((id) => isAnswered(answers, id));
}

/**
 * The discovery questions results cannot do without: every one asked of all prospects. A
 * question asked only for some (the card questions) is asked in its turn, but an assessment from
 * before it existed still opens its results, where the engine treats it as not known and says
 * what to settle.
 */
function requiredDiscovery(answers: Answers): string[] {
  return (sectionsFor(answers)[0]?.questionIds ?? []).filter(
    (id) => outlineById(id)?.appliesWhen === undefined,
  );
}

/** First question of a section, preferring the first unanswered one. */
export function entryQuestionOf(answers: Answers, section: SectionId): string | null {
  const s = sectionsFor(answers).find((x) => x.id === section);
  if (!s) return null;
  return s.questionIds.find((id) => !isAnswered(answers, id)) ?? s.questionIds[0] ?? null;
}

/** First required question without a valid answer, if any. */
export function firstMissingRequired(answers: Answers): string | null {
  return requiredDiscovery(answers).find((id) => !isAnswered(answers, id)) ?? null;
}

export interface Progress {
  sectionIndex: number;
  sectionCount: number;
  section: SectionId;
  questionIndexInSection: number;
  questionsInSection: number;
  answered: number;
  total: number;
  left: number;
}

/** Honest progress for a question: section n of m, question k of j, questions left overall. */
export function progressAt(answers: Answers, questionId: string): Progress {
  const sections = sectionsFor(answers);
  const seq = sections.flatMap((s) => s.questionIds);
  const answered = seq.filter((id) => isAnswered(answers, id)).length;
  const sectionId = sectionOf(questionId) ?? 'discovery';
  const sIndex = Math.max(
    0,
    sections.findIndex((s) => s.id === sectionId),
  );
  const section = sections[sIndex] ?? { id: sectionId, questionIds: [] };
  const qIndex = section.questionIds.indexOf(questionId);
  return {
    sectionIndex: sIndex + 1,
    sectionCount: sections.length,
    section: section.id,
    questionIndexInSection: qIndex >= 0 ? qIndex + 1 : 1,
    questionsInSection: section.questionIds.length,
    answered,
    total: seq.length,
    left: seq.length - answered,
  };
}
