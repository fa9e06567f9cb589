/** Turns a question into the list of choices a screen shows, in key order (1, 2, 3 …). */
import { MATURITY_LABELS, UNKNOWN_LABEL } from '../core/content/labels';
import { MATURITY_LEVELS, type Question } from '../core/types';

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
