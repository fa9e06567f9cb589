/** Turns a question into the list of choices a screen shows, in key order (1, 2, 3 …). */
import { MATURITY_LABELS, UNKNOWN_LABEL } from '../core/content/labels';
import { MATURITY_LEVELS, type AnswerValue, type Question } from '../core/types';
import type { ScreenEvent } from '../flow/flow-types';

export interface Choice {
  value: string | number;
  label: string;
  hint?: string;
}

/** The "none of these" choice of a multi-choice question. */
export const NONE_VALUE = 'none-of-these';

/** Choices in display order; a number question has none. */
export function choicesFor(question: Question): Choice[] {
  switch (question.kind) {
    case 'maturity':
      return [
        ...MATURITY_LEVELS.map((level) => ({
          value: level,
          label: MATURITY_LABELS[level],
          hint: question.levels[level],
        })),
        { value: 'unknown', label: UNKNOWN_LABEL, hint: 'Counts as not in place until confirmed.' },
      ];
    case 'single':
      return question.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }));
    case 'multi':
      return [
        ...question.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint })),
        { value: NONE_VALUE, label: question.noneLabel },
      ];
    case 'number':
      return [];
  }
}

/** Whether `choice` is ticked among a multi-choice answer ("none of these" when none is). */
export function isTicked(value: AnswerValue | undefined, choice: Choice): boolean {
  if (!Array.isArray(value)) return false;
  const selected = value as readonly string[];
  return choice.value === NONE_VALUE
    ? selected.length === 0
    : selected.includes(String(choice.value));
}

/**
 * A multi-choice option ticked on or off: the others stay, in the bank's order (so stored answers
 * are stable); "none of these" clears them, and unticking it clears the answer.
 */
export function tickEvent(
  question: Question,
  choices: readonly Choice[],
  value: AnswerValue | undefined,
  choice: Choice,
  ticked: boolean,
): ScreenEvent {
  if (choice.value === NONE_VALUE) {
    return ticked
      ? { type: 'answer.set', questionId: question.id, value: [] }
      : { type: 'answer.clear', questionId: question.id };
  }
  const selected = Array.isArray(value) ? (value as readonly string[]) : [];
  const v = String(choice.value);
  const next = ticked ? [...selected.filter((x) => x !== v), v] : selected.filter((x) => x !== v);
  const ordered = choices.map((c) => String(c.value)).filter((c) => next.includes(c));
  return { type: 'answer.set', questionId: question.id, value: ordered };
}

/** Choosing an option (a number key): one answer replaces the last, several are ticked in turn. */
export function answerFor(
  question: Question,
  choices: readonly Choice[],
  value: AnswerValue | undefined,
  choice: Choice,
): ScreenEvent | null {
  if (question.kind === 'multi') {
    return tickEvent(question, choices, value, choice, !isTicked(value, choice));
  }
  // The answer already given: nothing changes (as a click on a chosen option does nothing).
  if (value === choice.value) return null;
  return { type: 'answer.set', questionId: question.id, value: choice.value };
}
