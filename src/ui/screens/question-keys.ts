/**
 * The question screen's keys, as one table: Enter goes on, Esc or Backspace go back, 1–9 choose
 * an answer. The key handler reads it and sends the machine what it says (the choice itself, not
 * a click on the option).
 */
import type { AnswerValue, Question } from '../../core/types';
import type { ScreenEvent } from '../../flow/flow-types';
import { answerFor, type Choice } from '../choices';

export type QuestionAction =
  { kind: 'next' } | { kind: 'back' } | { kind: 'choose'; index: number };

/** What the table needs of a keyboard event. */
export interface QuestionKeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** From the note box: Enter and Esc are the text's own. */
  fromTextArea: boolean;
  /** From a field that takes typing (the number, the note): Backspace and digits are its own. */
  typing: boolean;
  /** From a button, link or disclosure, where Enter already means "press". */
  fromControl: boolean;
}

/** The keys, for the handler and the hint alike. */
export const QUESTION_KEYS = {
  next: ['Enter'],
  back: ['Escape', 'Backspace'],
  choose: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
} as const;

/** What a key press means on a question with `choices` options, or null to leave it alone. */
export function questionActionFor(
  press: QuestionKeyPress,
  options: { singleKeys: boolean; choices: number },
): QuestionAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const { key } = press;
  if ((QUESTION_KEYS.next as readonly string[]).includes(key)) {
    return press.fromTextArea || press.fromControl ? null : { kind: 'next' };
  }
  // Esc in the note box is for the note (closing an IME, say), never a step back.
  if (key === 'Escape') return press.fromTextArea ? null : { kind: 'back' };
  if (key === 'Backspace') return press.typing ? null : { kind: 'back' };
  const index = (QUESTION_KEYS.choose as readonly string[]).indexOf(key);
  if (index < 0 || !options.singleKeys || press.typing || index >= options.choices) return null;
  return { kind: 'choose', index };
}

/** The answer a number key gives: the choice, or (with several answers) the choice toggled. */
export function chooseEvent(
  question: Question,
  choices: readonly Choice[],
  value: AnswerValue | undefined,
  index: number,
): ScreenEvent | null {
  const choice = choices[index];
  if (!choice || question.kind === 'number') return null;
  return answerFor(question, choices, value, choice);
}
