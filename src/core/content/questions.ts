/**
 * The whole question bank: the structure (question-structure.ts) joined with the readiness
 * wording (readiness-text.ts). The engine, the results and the report read this; the flow and
 * the first screens read the structure alone.
 */
import type { Answers, Question, ReadinessQuestion } from '../types';
import {
  CONTENT_VERSION,
  discoveryQuestions,
  isApplicable,
  readinessOutlines,
  readinessSections,
} from './question-structure';
import { READINESS_TEXT } from './readiness-text';

export { CONTENT_VERSION, discoveryQuestions, isApplicable, readinessSections };

/** Readiness practices with their wording, grouped by domain in DOMAINS order. */
export const readinessQuestions: readonly ReadinessQuestion[] = readinessOutlines.map((o) => {
  const text = READINESS_TEXT[o.id];
  if (!text) throw new Error(`The readiness practice ${o.id} has no wording.`);
  return { ...o, ...text };
});

/** Every question, discovery first, in the order asked. */
export const questions: readonly Question[] = [...discoveryQuestions, ...readinessQuestions];

const byId: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

/** The question with this id, or undefined. */
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

/** The questions asked for these answers, in bank order. */
export function applicableQuestions(answers: Answers): Question[] {
  return questions.filter((q) => isApplicable(q, answers));
}
