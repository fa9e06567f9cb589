/**
 * The words of "progress since the last assessment", as data beside the comparison in
 * progress.ts: the page, the presenter and the PDF render these sentences rather than each
 * writing its own.
 */

/** What an answer reads as when its question was not asked in that assessment. */
export const NOT_ASKED_LABEL = 'Not asked';

/** The label of the overall row: the six CSF functions' mean (IT strategy is reported apart). */
export const OVERALL_LABEL = 'Security readiness';

/** Headings and column names for any rendering of the comparison. */
export const PROGRESS_HEADINGS = {
  title: 'Progress since the last assessment',
  scores: 'Readiness then and now',
  then: 'Then',
  now: 'Now',
  change: 'Change',
  answers: 'Answers that changed',
  leftOut: 'Left out of the comparison',
  recommendation: 'The recommendation',
  onlyNow: 'New since the last assessment',
  onlyThen: 'No longer applies',
} as const;

/** A change in whole points with its sign: "+5", "−5" (a minus sign) or "0". */
export function signedPoints(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `\u2212${-change}`;
  return '0';
}

/** One readiness row in a sentence, e.g. "Protect rose from 40 to 65 (+25)." */
export function scoreChangeText(label: string, then: number | null, now: number | null): string {
  if (then === null && now === null) return `${label} was not scored in either assessment.`;
  if (then === null) return `${label} is scored now (${now}) but was not in the last assessment.`;
  if (now === null) return `${label} was scored in the last assessment (${then}) but is not now.`;
  if (now > then) return `${label} rose from ${then} to ${now} (${signedPoints(now - then)}).`;
  if (now < then) return `${label} fell from ${then} to ${now} (${signedPoints(now - then)}).`;
  return `${label} stayed at ${now}.`;
}

/** Which assessment's questions lacked a practice, or asked it with another meaning. */
export type ComparedSide = 'earlier' | 'later' | 'both';

const SIDE_NAMES: Record<ComparedSide, string> = {
  earlier: 'the last assessment',
  later: 'this assessment',
  both: 'either assessment',
};

/** Why a practice is left out: not in a bank, or its meaning changed (`note` follows "it now"). */
export function leftOutText(
  reason: 'not-in-bank' | 'meaning-changed',
  side: ComparedSide,
  version: string,
  note: string | null,
): string {
  if (reason === 'not-in-bank') {
    return `Not asked in ${SIDE_NAMES[side]}: it was added to the questions in version ${version}.`;
  }
  return (
    `The question changed in version ${version}${note ? ` (it now ${note})` : ''}, so the ` +
    `answer in ${SIDE_NAMES[side]} does not carry over.`
  );
}

/** Why the comparison covers only some practices; null when it covers them all. */
export function scopeText(earlier: string, later: string, leftOut: number): string | null {
  if (leftOut === 0) return null;
  const count = `${leftOut} ${leftOut === 1 ? 'practice is' : 'practices are'}`;
  if (earlier === later) {
    return (
      `Both assessments were answered with an earlier set of questions (version ${earlier}). ` +
      `Both are scored with today's rules on the practices they were asked; ${count} left out.`
    );
  }
  return (
    `The questions changed between the two assessments (version ${earlier}, then ${later}). ` +
    `Both are scored with today's rules on the practices they share; ${count} left out.`
  );
}

/** The recommendation then and now in a sentence, from the two headlines. */
export function recommendationChangeText(then: string, now: string, changed: boolean): string {
  if (!changed) return `The recommendation is unchanged: “${now}”.`;
  return `The recommendation changed from “${then}” to “${now}”.`;
}

/** The one-line summary of what changed. */
export function progressSummaryText(answersChanged: number, unchanged: boolean): string {
  if (unchanged) {
    return 'Nothing has changed since the last assessment: the same answers, scores and recommendation.';
  }
  if (answersChanged === 0) return 'No answer changed since the last assessment.';
  return `${answersChanged} ${answersChanged === 1 ? 'answer' : 'answers'} changed since the last assessment.`;
}
