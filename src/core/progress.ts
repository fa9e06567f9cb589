/**
 * Progress since the last assessment of the same company: which saved assessment came before
 * (previousAssessment), and what changed since (compareAssessments): readiness by function then
 * and now, the answers that changed and whether the recommendation moved, and why. Both
 * assessments are scored with today's engine, so the numbers match the results page; where the
 * question bank changed between them, only the practices both were asked are compared. The
 * result is a plain object the page, the presenter and the PDF render as it is.
 */
import { assess } from './assess';
import { demoConfig } from './demo-config';
import { migrateAnswers, releasesSince } from './content/content-changes';
import { DOMAIN_INFO, labelFor } from './content/labels';
import { CONTENT_VERSION, isApplicable, questionById, questions } from './content/questions';
import {
  NOT_ASKED_LABEL,
  OVERALL_LABEL,
  leftOutText,
  progressSummaryText,
  recommendationChangeText,
  scopeText,
  scoreChangeText,
  type ComparedSide,
} from './progress-text';
import { SCORING_VERSION, isMaturityLevel, scoredDomains, scoredLevel } from './scoring';
import {
  DOMAINS,
  type AnswerValue,
  type Answers,
  type AssessmentResult,
  type Config,
  type Domain,
  type EngagementModel,
  type Finding,
  type ItStrategyVerdict,
  type Question,
  type ReadinessAnswer,
  type SecurityVerdict,
} from './types';

export type { ComparedSide } from './progress-text';

// ---------------------------------------------------------------------------------------------
// Which assessment came before
// ---------------------------------------------------------------------------------------------

export { isCompleted, previousAssessment, type AssessmentCandidate } from './company-key';

// ---------------------------------------------------------------------------------------------
// What changed
// ---------------------------------------------------------------------------------------------

/** One assessment to compare: its answers and the question bank they were given under. */
export interface ComparedAssessment {
  id: string;
  /** ISO 8601; passed through for the page and the PDF to show. */
  createdAt: string;
  /** The record's contentVersion: the question bank the answers were given under. */
  contentVersion: string;
  /**
   * The answers as storage loads them (validated). They are migrated here as well, so answers
   * straight from an earlier bank's file give the same comparison.
   */
  answers: Answers;
}

/** Options of compareAssessments. */
export interface CompareOptions {
  /** The MSP's configuration (offers and size tiers shape the verdict); default: demoConfig. */
  config?: Config;
}

/** Whether a whole-number score rose, fell, stayed, or cannot be compared (not scored on a side). */
export type ScoreDirection = 'up' | 'down' | 'same' | 'not-compared';

/** A readiness score then and now, as the whole numbers the results page shows. */
export interface ScoreChange {
  /** The domain (a CSF function or 'it-strategy'), or 'overall' for security readiness. */
  id: Domain | 'overall';
  label: string;
  /** Whole numbers 0–100; null when nothing of it was scored in that assessment. */
  then: number | null;
  now: number | null;
  /** now − then, exactly the difference of the two whole numbers; null when either is null. */
  change: number | null;
  direction: ScoreDirection;
  /** The row in a sentence, e.g. "Protect rose from 40 to 65 (+25)." */
  text: string;
}

/** Why a practice is left out: one assessment's bank did not have it, or asked something else. */
export type LeftOutReason = 'not-in-bank' | 'meaning-changed';

/** A practice that applies today but cannot be compared because the question bank changed. */
export interface LeftOutPractice {
  questionId: string;
  domain: Domain;
  /** The question as asked today. */
  prompt: string;
  reason: LeftOutReason;
  /** Whose bank lacked it or asked it otherwise: the earlier assessment's, the later's, or both. */
  side: ComparedSide;
  /** The bank version that added or changed it. */
  version: string;
  /** For a changed meaning, what it asks now (follows "it now"); else null. */
  note: string | null;
  /** Why, in a sentence. */
  text: string;
}

/** What the scores cover: every practice, or the ones both assessments were asked. */
export interface ComparisonScope {
  /** True when no practice is left out: the scores are exactly the two results pages' scores. */
  allPractices: boolean;
  /** Left out of the scores (and of the answer changes), in bank order. */
  leftOut: LeftOutPractice[];
  /** Why some practices are left out; null when none is. */
  text: string | null;
}

/** An answer that differs between the two assessments, in words. */
export interface AnswerChange {
  questionId: string;
  section: 'discovery' | 'readiness';
  /** The practice's function; null for a discovery question. */
  domain: Domain | null;
  prompt: string;
  /** The answer's label (labelFor), "Not answered", or NOT_ASKED_LABEL when it did not apply. */
  then: string;
  now: string;
  /**
   * For a practice asked in both: the scored level now − then (Don't know and unanswered count
   * as not in place, as in scoring); null otherwise.
   */
  levelChange: number | null;
}

/** The parts of a verdict that are compared. */
export interface VerdictSnapshot {
  model: EngagementModel;
  security: SecurityVerdict;
  itStrategy: ItStrategyVerdict;
  headline: string;
}

/** A reason or warning found in only one of the two verdicts. */
export interface FindingChange extends Finding {
  list: 'reasons' | 'warnings';
}

export interface RecommendationChange {
  then: VerdictSnapshot;
  now: VerdictSnapshot;
  /** Which parts differ; `any` when one of them does. */
  changed: {
    any: boolean;
    model: boolean;
    security: boolean;
    itStrategy: boolean;
    headline: boolean;
  };
  /** Reasons and warnings (by id) present now but not then, in the verdict's order. */
  onlyNow: FindingChange[];
  /** Reasons and warnings (by id) present then but not now. */
  onlyThen: FindingChange[];
  text: string;
}

/** Everything "progress since the last assessment" shows; plain data, safe to serialise. */
export interface ProgressComparison {
  earlier: { id: string; createdAt: string; contentVersion: string };
  later: { id: string; createdAt: string; contentVersion: string };
  /** The bank and the scoring rules both assessments were scored with (today's). */
  contentVersion: string;
  scoringVersion: string;
  scope: ComparisonScope;
  /** Security readiness (the mean of the six CSF functions). */
  overall: ScoreChange;
  /** One row per domain in DOMAINS order: the six CSF functions, then IT strategy. */
  functions: ScoreChange[];
  /** Answers that differ, in the order the questions are asked. */
  answers: AnswerChange[];
  recommendation: RecommendationChange;
  /** True when no answer, whole-number score or part of the verdict changed. */
  unchanged: boolean;
  summary: string;
}

interface LeftOutCause {
  reason: LeftOutReason;
  version: string;
  note: string | null;
}

/** The readiness practices of today's bank that answers given under `version` cannot speak for. */
function notCoveredSince(version: string): Map<string, LeftOutCause> {
  const out = new Map<string, LeftOutCause>();
  for (const release of releasesSince(version)) {
    for (const id of release.added) {
      if (!out.has(id))
        out.set(id, { reason: 'not-in-bank', version: release.version, note: null });
    }
    for (const change of release.changed) {
      if (change.answer !== 'dropped' || out.has(change.id)) continue;
      out.set(change.id, {
        reason: 'meaning-changed',
        version: release.version,
        note: change.note,
      });
    }
  }
  for (const id of out.keys()) if (questionById(id)?.section !== 'readiness') out.delete(id);
  return out;
}

/** Whole points, as the results page (ui/format.ts) and the PDF (report wholeScore) round them. */
const whole = (score: number): number => Math.round(score);

function scoreChange(
  id: Domain | 'overall',
  label: string,
  then: number | null,
  now: number | null,
): ScoreChange {
  const change = then === null || now === null ? null : now - then;
  const direction: ScoreDirection =
    change === null ? 'not-compared' : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return { id, label, then, now, change, direction, text: scoreChangeText(label, then, now) };
}

function domainScore(result: AssessmentResult, domain: Domain): number | null {
  return scoredDomains(result.readiness).includes(domain)
    ? whole(result.readiness.byDomain[domain])
    : null;
}

function overallScore(result: AssessmentResult): number | null {
  return scoredDomains(result.readiness).some((d) => d !== 'it-strategy')
    ? whole(result.readiness.overall)
    : null;
}

function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // A multi-choice answer is a set: the order the boxes were ticked in is not a change.
    return a.length === b.length && a.every((v) => b.includes(v));
  }
  return a === b;
}

function readinessAnswer(value: AnswerValue | undefined): ReadinessAnswer | 'unanswered' {
  if (value === 'unknown') return 'unknown';
  return isMaturityLevel(value) ? value : 'unanswered';
}

function answerChanges(then: Answers, now: Answers, leftOut: ReadonlySet<string>): AnswerChange[] {
  const out: AnswerChange[] = [];
  for (const q of questions) {
    if (leftOut.has(q.id)) continue;
    const askedThen = isApplicable(q, then);
    const askedNow = isApplicable(q, now);
    const was = askedThen ? then[q.id] : undefined;
    const is = askedNow ? now[q.id] : undefined;
    // Nothing was answered on either side: there is no answer to have changed.
    if (was === undefined && is === undefined) continue;
    if (askedThen && askedNow && sameAnswer(was, is)) continue;
    out.push({
      questionId: q.id,
      section: q.section,
      domain: q.section === 'readiness' ? q.domain : null,
      prompt: q.prompt,
      then: askedThen ? labelFor(q.id, was) : NOT_ASKED_LABEL,
      now: askedNow ? labelFor(q.id, is) : NOT_ASKED_LABEL,
      levelChange: levelChange(q, askedThen && askedNow, was, is),
    });
  }
  return out;
}

function levelChange(
  q: Question,
  askedBoth: boolean,
  was: AnswerValue | undefined,
  is: AnswerValue | undefined,
): number | null {
  if (q.section !== 'readiness' || !askedBoth) return null;
  return scoredLevel(readinessAnswer(is)) - scoredLevel(readinessAnswer(was));
}

function snapshot(result: AssessmentResult): VerdictSnapshot {
  const { model, security, itStrategy, headline } = result.recommendation;
  return { model, security, itStrategy, headline };
}

function findingsOf(result: AssessmentResult): FindingChange[] {
  const { reasons, warnings } = result.recommendation;
  return [
    ...reasons.map((f) => ({ ...f, list: 'reasons' as const })),
    ...warnings.map((f) => ({ ...f, list: 'warnings' as const })),
  ];
}

/** The findings of `a` whose id is not in the same list of `b`. */
function findingsMissingFrom(a: FindingChange[], b: FindingChange[]): FindingChange[] {
  const inB = new Set(b.map((f) => `${f.list}\u0000${f.id}`));
  return a.filter((f) => !inB.has(`${f.list}\u0000${f.id}`));
}

function recommendationChange(then: AssessmentResult, now: AssessmentResult): RecommendationChange {
  const was = snapshot(then);
  const is = snapshot(now);
  const parts = {
    model: was.model !== is.model,
    security: was.security !== is.security,
    itStrategy: was.itStrategy !== is.itStrategy,
    headline: was.headline !== is.headline,
  };
  const any = Object.values(parts).some(Boolean);
  return {
    then: was,
    now: is,
    changed: { any, ...parts },
    onlyNow: findingsMissingFrom(findingsOf(now), findingsOf(then)),
    onlyThen: findingsMissingFrom(findingsOf(then), findingsOf(now)),
    text: recommendationChangeText(was.headline, is.headline, any),
  };
}

/**
 * What changed from `earlier` to `later`, both scored with today's engine (assess()) and the
 * same configuration. Readiness rows are the whole numbers the results pages show, and each
 * change is exactly now − then. Where either assessment was answered under an earlier question
 * bank, the practices it was not asked (new since, or changed in meaning) are left out of both
 * sides' scores and of the answer changes, and listed with the reason. Each side's verdict is
 * today's rules on the practices that side was asked: the later one's, on today's bank, is the
 * one its results page shows. Saved cost assumptions are not read: they price the verdict but
 * change neither the scores nor the verdict. Throws ValidationError as assess() does (answers
 * that do not pass, or discovery unfinished).
 */
export function compareAssessments(
  earlier: ComparedAssessment,
  later: ComparedAssessment,
  options: CompareOptions = {},
): ProgressComparison {
  const config = options.config ?? demoConfig;
  const thenAnswers = migrateAnswers(earlier.contentVersion, earlier.answers).answers;
  const nowAnswers = migrateAnswers(later.contentVersion, later.answers).answers;
  const notThen = notCoveredSince(earlier.contentVersion);
  const notNow = notCoveredSince(later.contentVersion);
  const leftOutIds = [...new Set([...notThen.keys(), ...notNow.keys()])];

  const score = (answers: Answers, leaveOut: readonly string[]) =>
    assess(answers, leaveOut.length > 0 ? { config, leaveOut } : { config });
  const thenVerdict = score(thenAnswers, [...notThen.keys()]);
  const nowVerdict = score(nowAnswers, [...notNow.keys()]);
  // Scores compare the same practices: rescore a side only when the other lacks more than it.
  const thenScores =
    leftOutIds.length === notThen.size ? thenVerdict : score(thenAnswers, leftOutIds);
  const nowScores = leftOutIds.length === notNow.size ? nowVerdict : score(nowAnswers, leftOutIds);

  const leftOut: LeftOutPractice[] = [];
  for (const q of questions) {
    if (q.section !== 'readiness') continue;
    const cause = notThen.get(q.id) ?? notNow.get(q.id);
    if (!cause || !(isApplicable(q, thenAnswers) || isApplicable(q, nowAnswers))) continue;
    const side: ComparedSide =
      notThen.has(q.id) && notNow.has(q.id) ? 'both' : notThen.has(q.id) ? 'earlier' : 'later';
    leftOut.push({
      questionId: q.id,
      domain: q.domain,
      prompt: q.prompt,
      ...cause,
      side,
      text: leftOutText(cause.reason, side, cause.version, cause.note),
    });
  }

  const functions = DOMAINS.map((d) =>
    scoreChange(d, DOMAIN_INFO[d].label, domainScore(thenScores, d), domainScore(nowScores, d)),
  );
  const overall = scoreChange(
    'overall',
    OVERALL_LABEL,
    overallScore(thenScores),
    overallScore(nowScores),
  );
  const answers = answerChanges(thenAnswers, nowAnswers, new Set(leftOutIds));
  const recommendation = recommendationChange(thenVerdict, nowVerdict);
  const unchanged =
    answers.length === 0 &&
    !recommendation.changed.any &&
    [overall, ...functions].every((r) => r.then === r.now);

  return {
    earlier: {
      id: earlier.id,
      createdAt: earlier.createdAt,
      contentVersion: earlier.contentVersion,
    },
    later: { id: later.id, createdAt: later.createdAt, contentVersion: later.contentVersion },
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    scope: {
      allPractices: leftOut.length === 0,
      leftOut,
      text: scopeText(earlier.contentVersion, later.contentVersion, leftOut.length),
    },
    overall,
    functions,
    answers,
    recommendation,
    unchanged,
    summary: progressSummaryText(answers.length, unchanged),
  };
}
