/**
 * The quick result's words, shared by the page and the PDF: the "indicative" label and the
 * "confirm in the full assessment" findings, as data beside the rules in quick-result.ts that
 * pick them. Every finding id here is listed in docs/methodology.md (section 6).
 */
import type { DiscoveryAnswers } from './types';

/** The label every quick result carries, e.g. "Indicative: based on 12 answers". */
export function indicativeLabel(answerCount: number): string {
  return `Indicative: based on ${answerCount} ${answerCount === 1 ? 'answer' : 'answers'}`;
}

/** What the quick check's verdict hangs on: the practices it did not ask, or a discovery answer. */
export type ConfirmSubject = 'practices' | keyof DiscoveryAnswers;

/** The finding id for each subject: "confirm in the full assessment" about that subject. */
export const CONFIRM_FINDING_IDS: Readonly<Record<ConfirmSubject, string>> = {
  practices: 'confirm-in-full-practices',
  employees: 'confirm-in-full-employees',
  industry: 'confirm-in-full-industry',
  regulations: 'confirm-in-full-regulations',
  cardHandling: 'confirm-in-full-card-handling',
  merchantLevel: 'confirm-in-full-merchant-level',
  customerDemands: 'confirm-in-full-customer-demands',
  cyberInsurance: 'confirm-in-full-cyber-insurance',
  incident: 'confirm-in-full-incident',
  itSupport: 'confirm-in-full-it-support',
  securityLeadership: 'confirm-in-full-security-leadership',
  initiatives: 'confirm-in-full-initiatives',
  dedicatedMandate: 'confirm-in-full-dedicated-mandate',
};

/** Each discovery question as the sentence "The quick check did not ask …" names it. */
const TOPICS: Readonly<Record<keyof DiscoveryAnswers, string>> = {
  employees: 'how many people work for the business',
  industry: 'your industry',
  regulations: 'which rules apply to the business',
  cardHandling: 'how you take card payments',
  merchantLevel: 'how many card transactions you take a year',
  customerDemands: 'what your customers ask about your security',
  cyberInsurance: 'what cyber insurance you carry',
  incident: 'whether you have had a security incident',
  itSupport: 'who runs your day-to-day IT',
  securityLeadership: 'who leads security today',
  initiatives: 'which projects are planned in the next 12 to 24 months',
  dedicatedMandate: 'whether a mandate requires a dedicated full-time security executive',
};

/** One answer that would change the verdict, and the headline it would lead to. */
export interface AnswerAlternative {
  /**
   * The answer as the question's options word it, e.g. "A dedicated security leader on staff",
   * then the answers to any question it brings in (a shop's card questions).
   */
  answers: readonly string[];
  headline: string;
}

const quoted = (text: string): string => `“${text}”`;

function answerPhrase(answers: readonly string[]): string {
  const [first = '', ...then] = answers;
  return then.length === 0
    ? quoted(first)
    : `${quoted(first)}, with ${then.map(quoted).join(' and ')}`;
}

/** "Confirm in the full assessment" for a discovery question the quick check did not ask. */
export function confirmAnswerText(
  questionId: keyof DiscoveryAnswers,
  alternatives: readonly AnswerAlternative[],
): string {
  const ifs = alternatives.map((a, i) =>
    i === 0
      ? `If the answer is ${answerPhrase(a.answers)}, ${quoted(a.headline)} could fit instead`
      : `if it is ${answerPhrase(a.answers)}, ${quoted(a.headline)}`,
  );
  return (
    `The quick check did not ask ${TOPICS[questionId]}. ${ifs.join('; ')}. ` +
    'Confirm it in the full assessment.'
  );
}

/**
 * "Confirm in the full assessment" for the practices the quick check did not ask: the headline
 * if enough of them prove in place, and if too few do (null where the verdict stays).
 */
export function confirmPracticesText(
  open: number,
  ifInPlace: string | null,
  ifMissing: string | null,
): string {
  const clauses: string[] = [];
  if (ifInPlace !== null)
    clauses.push(`enough of them turn out to be in place, ${quoted(ifInPlace)}`);
  if (ifMissing !== null) clauses.push(`too few of them are in place, ${quoted(ifMissing)}`);
  return (
    `This result rests on ${open} ${open === 1 ? 'practice' : 'practices'} the quick check did ` +
    `not ask. If ${clauses.join('; if ')} could fit instead. ` +
    `Confirm ${open === 1 ? 'it' : 'them'} in the full assessment.`
  );
}

/** The source every confirm finding cites: how many answers the result rests on. */
export function confirmSource(answerCount: number): string {
  return `your quick-check answers (${answerCount}); the full assessment asks the rest`;
}
