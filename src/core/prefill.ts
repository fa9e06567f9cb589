/**
 * Prefill: discovery answers given in a link's query string (`?employees=120&industry=healthcare
 * &regulations=hipaa,pci`) or the widget's `data-prefill` attribute, validated like any answer.
 * Nothing is dropped silently: every unknown id or bad value comes back as a problem.
 */
import { outlineById } from './content/question-structure';
import { validateAnswer } from './schema';
import type { Answers, AnswerValue, FieldIssue } from './types';

/** More parameters than this is not a prefill link. */
export const MAX_PREFILL_PARAMS = 40;
/** Campaign tags a CRM or mail tool adds to links; not answers, so not reported. */
const TRACKING = /^(utm_[a-z_]+|gclid|fbclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi)$/;

/** A campaign tag, which prefill leaves alone (and leaves in the address). */
export const isTrackingParam = (key: string): boolean => TRACKING.test(key);

export interface Prefill {
  answers: Answers;
  problems: FieldIssue[];
}

/** Reads `key=value` pairs (URLSearchParams or its entries) into validated discovery answers. */
export function parsePrefill(params: Iterable<readonly [string, string]>): Prefill {
  const answers: Record<string, AnswerValue> = {};
  const problems: FieldIssue[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const [key, text] of params) {
    if (TRACKING.test(key)) continue;
    if (++count > MAX_PREFILL_PARAMS) {
      problems.push({ field: '(link)', message: `has more than ${MAX_PREFILL_PARAMS} values` });
      break;
    }
    const field = key.slice(0, 60);
    const q = outlineById(key);
    if (!q) {
      problems.push({ field, message: 'is not a question that can be filled in from a link' });
      continue;
    }
    if (q.section !== 'discovery') {
      problems.push({ field, message: 'is a readiness question; only discovery can be filled in' });
      continue;
    }
    if (seen.has(key)) {
      problems.push({ field, message: 'is given more than once' });
      delete answers[key];
      continue;
    }
    seen.add(key);
    const value = toValue(q.kind, text.trim());
    const problem = validateAnswer(key, value);
    if (problem) problems.push(problem);
    else answers[key] = value as AnswerValue;
  }
  return { answers, problems };
}

function toValue(kind: string, text: string): unknown {
  if (kind === 'number') return /^-?\d{1,12}(\.\d{1,6})?$/.test(text) ? Number(text) : text;
  if (kind === 'multi') {
    if (text === '' || text === 'none') return [];
    return text.split(',').map((s) => s.trim());
  }
  return text;
}
