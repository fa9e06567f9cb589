/**
 * What a what-if change did: the overall score, the functions that moved and the recommendation,
 * diffed between the result before the change and the one after. Pure; the words are in en.ts.
 */
import { DOMAIN_INFO } from '../../core/content/labels';
import { scoredDomains } from '../../core/scoring';
import type { AssessmentResult, Domain } from '../../core/types';

/** A score before and after, already written for display. */
export interface ScoreMove {
  from: string;
  to: string;
}

export interface ResultChange {
  overall: ScoreMove;
  /** Functions whose score moved, in DOMAINS order. */
  domains: (ScoreMove & { domain: Domain; label: string })[];
  /** Headlines before and after, when the recommended model changed. */
  recommendation: { from: string; to: string } | null;
}

/** A score as computed and as shown (the result's whole-number score). */
export interface ShownScore {
  exact: number;
  whole: number;
}

/** Scores differ by less than this only through floating-point noise. */
const SAME = 1e-9;

/**
 * Two scores written so a real change never reads as "42 → 42": the whole numbers shown
 * elsewhere on the page, or one decimal when those are equal but the scores are not.
 */
export function scoreMove(from: ShownScore, to: ShownScore): ScoreMove {
  if (from.whole !== to.whole || Math.abs(from.exact - to.exact) < SAME) {
    return { from: String(from.whole), to: String(to.whole) };
  }
  const tenth = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
  return { from: tenth(from.exact), to: tenth(to.exact) };
}

/** A function's score in one result, as computed and as shown. */
function domainScore(result: AssessmentResult, domain: Domain): ShownScore {
  return { exact: result.readiness.byDomain[domain], whole: result.wholeScores.byDomain[domain] };
}

/** Security readiness in one result, as computed and as shown. */
function overallScore(result: AssessmentResult): ShownScore {
  return { exact: result.readiness.overall, whole: result.wholeScores.overall };
}

/** The difference between two results of the same assessment. */
export function diffResults(before: AssessmentResult, after: AssessmentResult): ResultChange {
  const domains = scoredDomains(after.readiness)
    .filter((d) => Math.abs(before.readiness.byDomain[d] - after.readiness.byDomain[d]) >= SAME)
    .map((domain) => ({
      domain,
      label: DOMAIN_INFO[domain].label,
      ...scoreMove(domainScore(before, domain), domainScore(after, domain)),
    }));
  const was = before.recommendation;
  const now = after.recommendation;
  return {
    overall: scoreMove(overallScore(before), overallScore(after)),
    domains,
    recommendation: was.model === now.model ? null : { from: was.headline, to: now.headline },
  };
}
