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

/** Scores differ by less than this only through floating-point noise. */
const SAME = 1e-9;

/**
 * Two scores written so a real change never reads as "42 → 42": whole numbers, or one decimal
 * when the whole numbers are equal but the scores are not.
 */
export function scoreMove(from: number, to: number): ScoreMove {
  const whole = (v: number) => String(Math.round(v));
  if (whole(from) !== whole(to) || Math.abs(from - to) < SAME) {
    return { from: whole(from), to: whole(to) };
  }
  const tenth = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
  return { from: tenth(from), to: tenth(to) };
}

/** The difference between two results of the same assessment. */
export function diffResults(before: AssessmentResult, after: AssessmentResult): ResultChange {
  const domains = scoredDomains(after.readiness)
    .filter((d) => Math.abs(before.readiness.byDomain[d] - after.readiness.byDomain[d]) >= SAME)
    .map((domain) => ({
      domain,
      label: DOMAIN_INFO[domain].label,
      ...scoreMove(before.readiness.byDomain[domain], after.readiness.byDomain[domain]),
    }));
  const was = before.recommendation;
  const now = after.recommendation;
  return {
    overall: scoreMove(before.readiness.overall, after.readiness.overall),
    domains,
    recommendation: was.model === now.model ? null : { from: was.headline, to: now.headline },
  };
}
