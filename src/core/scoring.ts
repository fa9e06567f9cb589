import {
  DOMAINS,
  ValidationError,
  type Answers,
  type Contribution,
  type Domain,
  type DomainScores,
  type FieldIssue,
  type MaturityLevel,
  type ReadinessAnswer,
  type ReadinessQuestion,
  type ReadinessScore,
  type WholeScores,
} from './types';

/** Version of the scoring rules; stored with every assessment beside the content version. */
export const SCORING_VERSION = '2.0.0';

/** The six NIST CSF functions: the domains that make up security readiness. */
export const SECURITY_DOMAINS: readonly Domain[] = DOMAINS.filter((d) => d !== 'it-strategy');

/** The highest maturity level: a practice reviewed and measured. */
const TOP_LEVEL = 4;

/** True when the value is one of the five maturity levels. */
export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= TOP_LEVEL;
}

/** The answer a readiness question holds, or 'unanswered'; null when the value is not valid. */
function readAnswer(value: unknown): ReadinessAnswer | 'unanswered' | null {
  if (value === undefined) return 'unanswered';
  if (value === 'unknown' || isMaturityLevel(value)) return value;
  return null;
}

/** True for an answer nobody can vouch for yet: "Don't know" or not answered. */
export function isUnsettled(
  answer: ReadinessAnswer | 'unanswered',
): answer is 'unknown' | 'unanswered' {
  return answer === 'unknown' || answer === 'unanswered';
}

/** The level an answer scores at: an unverified or missing control counts as not in place. */
export function scoredLevel(answer: ReadinessAnswer | 'unanswered'): MaturityLevel {
  return isUnsettled(answer) ? 0 : answer;
}

function emptyScores(): DomainScores {
  return Object.fromEntries(DOMAINS.map((d) => [d, 0])) as DomainScores;
}

/**
 * Scores readiness per domain as Σ(level × weight) / Σ(4 × weight) × 100; overall (security
 * readiness) as the unweighted mean of the six CSF functions that have an applicable question;
 * IT strategy on its own.
 */
export function scoreReadiness(
  applicable: readonly ReadinessQuestion[],
  answers: Answers,
): ReadinessScore {
  const issues: FieldIssue[] = [];
  const possibleByDomain = new Map<Domain, number>();
  for (const q of applicable) {
    // A zero or negative weight would divide by zero or turn a gap into a gain.
    if (!(Number.isFinite(q.weight) && q.weight > 0)) {
      issues.push({ field: q.id, message: `weight must be a positive number, got ${q.weight}` });
      continue;
    }
    possibleByDomain.set(q.domain, (possibleByDomain.get(q.domain) ?? 0) + TOP_LEVEL * q.weight);
  }

  const earnedByDomain = new Map<Domain, number>();
  const contributions: Contribution[] = [];
  let unknownCount = 0;
  let unansweredCount = 0;
  for (const q of applicable) {
    const answer = readAnswer(answers[q.id]);
    if (answer === null) {
      issues.push({
        field: q.id,
        message: 'expected a maturity level 0–4 or "unknown"',
      });
      continue;
    }
    if (answer === 'unknown') unknownCount += 1;
    if (answer === 'unanswered') unansweredCount += 1;
    const level = scoredLevel(answer);
    const domainPossible = possibleByDomain.get(q.domain) ?? 0;
    const earned = level * q.weight;
    earnedByDomain.set(q.domain, (earnedByDomain.get(q.domain) ?? 0) + earned);
    contributions.push({
      questionId: q.id,
      domain: q.domain,
      answer,
      weight: q.weight,
      earned,
      possible: TOP_LEVEL * q.weight,
      domainGapPoints:
        domainPossible > 0 ? (((TOP_LEVEL - level) * q.weight) / domainPossible) * 100 : 0,
    });
  }
  if (issues.length > 0) throw new ValidationError('Readiness answers', issues);

  const byDomain = emptyScores();
  let sum = 0;
  let scored = 0;
  for (const domain of DOMAINS) {
    const possible = possibleByDomain.get(domain);
    if (possible === undefined) continue;
    byDomain[domain] = ((earnedByDomain.get(domain) ?? 0) / possible) * 100;
    if (domain === 'it-strategy') continue;
    sum += byDomain[domain];
    scored += 1;
  }

  return {
    overall: scored > 0 ? sum / scored : 0,
    itStrategy: possibleByDomain.has('it-strategy') ? byDomain['it-strategy'] : null,
    byDomain,
    unknownCount,
    unansweredCount,
    applicableCount: applicable.length,
    contributions,
  };
}

/**
 * The domains that had at least one applicable question. A domain left out scores 0 in byDomain
 * but is not part of the overall mean, so readers should not present it as a gap.
 */
export function scoredDomains(score: ReadinessScore): Domain[] {
  const present = new Set(score.contributions.map((c) => c.domain));
  return DOMAINS.filter((d) => present.has(d));
}

/**
 * A domain's score at both ends of what its unsettled answers ('unknown' or unanswered) could
 * turn out to be: `worst` counts them as not in place (the score shown), `best` as reviewed and
 * measured. A rule that holds at both ends does not hang on a "Don't know". Null when no practice
 * of the domain applies.
 */
export function domainBounds(
  score: ReadinessScore,
  domain: Domain,
): { worst: number; best: number; unsettled: number } | null {
  const items = score.contributions.filter((c) => c.domain === domain);
  if (items.length === 0) return null;
  let earned = 0;
  let open = 0;
  let possible = 0;
  let unsettled = 0;
  for (const c of items) {
    possible += c.possible;
    if (isUnsettled(c.answer)) {
      open += c.possible;
      unsettled += 1;
    } else earned += c.earned;
  }
  if (possible === 0) return null;
  return { worst: (earned / possible) * 100, best: ((earned + open) / possible) * 100, unsettled };
}

/** A score's two ends: `low` with every open practice not in place, `high` with every one in place. */
export interface ScoreRange {
  low: number;
  high: number;
}

/** Security readiness, IT-strategy readiness and each domain's score as ranges (see readinessBand). */
export interface ReadinessBand {
  overall: ScoreRange;
  itStrategy: ScoreRange | null;
  /** Null for a domain with no applicable practice (left out of the overall, as in scoring). */
  byDomain: Record<Domain, ScoreRange | null>;
  /** How many applicable practices have no answer: the ones the band leaves open. */
  openCount: number;
}

/**
 * The readiness a score could still turn out to be once the practices without an answer are
 * answered, whatever the answers: `low` counts each of them as not in place (0), `high` as reviewed
 * and measured (4). A "Don't know" is an answer and counts as 0 at both ends, as in the full score.
 * Every domain's score, and their mean, is monotone in each answer, so the full score always lies
 * inside the band. With every practice answered, low = high = the score itself.
 */
export function readinessBand(score: ReadinessScore): ReadinessBand {
  const byDomain = Object.fromEntries(DOMAINS.map((d) => [d, null])) as Record<
    Domain,
    ScoreRange | null
  >;
  let openCount = 0;
  for (const domain of DOMAINS) {
    let earned = 0;
    let open = 0;
    let possible = 0;
    for (const c of score.contributions) {
      if (c.domain !== domain) continue;
      possible += c.possible;
      earned += c.earned;
      if (c.answer === 'unanswered') {
        open += c.possible;
        openCount += 1;
      }
    }
    if (possible > 0) {
      byDomain[domain] = {
        low: (earned / possible) * 100,
        high: ((earned + open) / possible) * 100,
      };
    }
  }
  const security = SECURITY_DOMAINS.map((d) => byDomain[d]).filter(
    (r): r is ScoreRange => r !== null,
  );
  const mean = (values: readonly number[]): number =>
    values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  return {
    overall: { low: mean(security.map((r) => r.low)), high: mean(security.map((r) => r.high)) },
    itStrategy: byDomain['it-strategy'],
    byDomain,
    openCount,
  };
}

/** The gap view of a readiness score: 100 − readiness, overall and per domain. */
export function gapFrom(score: ReadinessScore): { overall: number; byDomain: DomainScores } {
  const byDomain = emptyScores();
  for (const domain of DOMAINS) byDomain[domain] = 100 - score.byDomain[domain];
  return { overall: 100 - score.overall, byDomain };
}

/** A 0–100 score as a reader sees it: a whole number. A score is never NaN or infinite. */
export function wholeScore(value: number): number {
  if (!Number.isFinite(value))
    throw new RangeError(`A score must be a finite number, got ${value}`);
  return Math.round(value);
}

/**
 * The scores as shown: whole numbers, each gap taken from the whole readiness (not rounded on
 * its own), so a readiness of 42.5 reads 43 with a gap of 57, never 43 and 58.
 */
export function wholeScoresOf(score: ReadinessScore): WholeScores {
  const byDomain = emptyScores();
  const gapByDomain = emptyScores();
  for (const domain of DOMAINS) {
    byDomain[domain] = wholeScore(score.byDomain[domain]);
    gapByDomain[domain] = 100 - byDomain[domain];
  }
  const overall = wholeScore(score.overall);
  return {
    overall,
    gap: 100 - overall,
    itStrategy: score.itStrategy === null ? null : wholeScore(score.itStrategy),
    byDomain,
    gapByDomain,
  };
}
