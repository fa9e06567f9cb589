/**
 * The quick check's indicative result: the likely verdict, a readiness band, the three biggest
 * gaps among the practices answered and what the likely engagement costs. It runs the same
 * engine as assess(): the verdict is recommend()'s for the answers as they stand, a discovery
 * answer not asked read as quick-check.ts says and a practice not asked left open, which the
 * rules read cautiously. quick-confirm.ts says where that verdict hangs on what was not asked;
 * quick-cost.ts prices it. See docs/methodology.md, section 6.
 */
import { retainerTierFor } from './assumptions';
import { CONTENT_VERSION, readinessQuestions } from './content/questions';
import { discoveryQuestions, isApplicable } from './content/question-structure';
import { demoConfig } from './demo-config';
import { IN_PLACE_LEVEL, actionFor, whyFor } from './plan';
import { validateQuickAnswers } from './quick-check';
import { indicativeLabel } from './quick-check-text';
import {
  applicableReadiness,
  confirmFindings,
  readingOf,
  variationsOf,
  withReading,
  type ConfirmFinding,
  type Variation,
} from './quick-confirm';
import { quickCost, type QuickCost } from './quick-cost';
import { isOffered, recommend } from './recommendation';
import { countAnswered } from './schema';
import {
  SCORING_VERSION,
  readinessBand,
  scoreReadiness,
  scoredLevel,
  type ReadinessBand,
} from './scoring';
import {
  ValidationError,
  type AnswerValue,
  type Answers,
  type Config,
  type Domain,
  type EngagementModel,
  type HoursRange,
  type ItStrategyVerdict,
  type MaturityLevel,
  type ProjectShape,
  type ReadinessQuestion,
  type ReadinessScore,
  type SecurityVerdict,
  type Trigger,
} from './types';

/** Optional inputs of quickResult(): the MSP's configuration (prices, tiers, offers). */
export interface QuickOptions {
  /** Default: demoConfig. */
  config?: Config;
}

/** The likely verdict: recommend()'s for the answers as they stand (see the file comment). */
export interface QuickRecommendation {
  model: EngagementModel;
  security: SecurityVerdict;
  itStrategy: ItStrategyVerdict;
  headline: string;
  /** Whether this provider sells it (the id itself, or its parts; see the not-offered warning). */
  offered: boolean;
  project: ProjectShape | null;
  hoursPerMonth: HoursRange | null;
  triggers: Trigger[];
}

/** One of the biggest gaps among the practices answered. */
export interface QuickGap {
  questionId: string;
  domain: Domain;
  answer: MaturityLevel | 'unknown';
  weight: number;
  /** weight × (4 − level), "Don't know" counting as level 0: what orders the gaps. */
  gapPoints: number;
  /** What to do about it, as the 90-day plan words it. */
  action: string;
  /** The current level in words, as the 90-day plan words it. */
  why: string;
}

/** The quick check's indicative result: one plain object for the page and the PDF alike. */
export interface QuickResult {
  kind: 'quick';
  contentVersion: string;
  scoringVersion: string;
  /** "Indicative: based on n answers", with n, for every place that shows the result. */
  label: { kind: 'indicative'; answerCount: number; text: string };
  recommendation: QuickRecommendation;
  /** True when nothing the quick check left out could change the verdict (confirm is empty). */
  settled: boolean;
  /** What to confirm in the full assessment, each with the verdicts it could lead to. */
  confirm: ConfirmFinding[];
  /** Readiness as a band: low with every practice not answered not in place, high with all in place. */
  readiness: ReadinessBand;
  /** The three biggest gaps among the practices answered (fewer when fewer are below target). */
  gaps: QuickGap[];
  cost: QuickCost;
}

/** How many gaps the quick result lists. */
export const QUICK_GAP_COUNT = 3;

const TOP_LEVEL: MaturityLevel = 4;

/** The practices the band covers: those that apply now, and those another reading could add. */
function bandQuestions(known: Answers, variations: readonly Variation[]): ReadinessQuestion[] {
  const ids = new Set(applicableReadiness(known).map((q) => q.id));
  for (const v of variations) for (const q of applicableReadiness(v.answers)) ids.add(q.id);
  return readinessQuestions.filter((q) => ids.has(q.id));
}

/** The answers the band scores: a practice that applies only under another reading stays open. */
function bandAnswers(known: Answers, questions: readonly ReadinessQuestion[]): Answers {
  const out: Record<string, AnswerValue | undefined> = { ...known };
  for (const q of questions) if (!isApplicable(q, known)) out[q.id] = undefined;
  return out;
}

/** The biggest gaps among the practices answered: weight × (4 − level), below Implemented. */
function gapsOf(score: ReadinessScore, applicable: readonly ReadinessQuestion[]): QuickGap[] {
  const byId = new Map(applicable.map((q, index) => [q.id, { q, index }]));
  return score.contributions
    .flatMap((c) => {
      const entry = byId.get(c.questionId);
      if (!entry || c.answer === 'unanswered') return [];
      const level = scoredLevel(c.answer);
      if (level >= IN_PLACE_LEVEL) return [];
      const gap: QuickGap = {
        questionId: c.questionId,
        domain: c.domain,
        answer: c.answer,
        weight: c.weight,
        gapPoints: c.weight * (TOP_LEVEL - level),
        action: actionFor(entry.q, c),
        why: whyFor(entry.q, c),
      };
      return [{ gap, index: entry.index }];
    })
    .sort((a, b) => b.gap.gapPoints - a.gap.gapPoints || a.index - b.index)
    .slice(0, QUICK_GAP_COUNT)
    .map((x) => x.gap);
}

/**
 * The quick check's indicative result for these answers (see the file comment). Validates them
 * as validateQuickAnswers does, throwing ValidationError('Answers') with every problem. Pure.
 */
export function quickResult(answers: Answers, options: QuickOptions = {}): QuickResult {
  const checked = validateQuickAnswers(answers);
  if (!checked.ok) throw new ValidationError('Answers', checked.issues);
  const given = checked.value;
  const config = options.config ?? demoConfig;
  const known = readingOf(withReading(given));
  const open = new Set(
    discoveryQuestions.filter((q) => given[q.id] === undefined).map((q) => q.id),
  );

  const readiness = scoreReadiness(known.applicable, known.answers);
  const rec = recommend({
    discovery: known.discovery,
    readiness,
    tier: retainerTierFor(known.discovery.employees, config.pricing.retainerTiers),
    offers: config.offers,
  });
  const answerCount = countAnswered(given).answered;
  const variations = variationsOf(known.answers, open);
  const confirm = confirmFindings(known, variations, answerCount);

  const covered = bandQuestions(known.answers, variations);
  const band = readinessBand(scoreReadiness(covered, bandAnswers(known.answers, covered)));

  return {
    kind: 'quick',
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    label: { kind: 'indicative', answerCount, text: indicativeLabel(answerCount) },
    recommendation: {
      model: rec.model,
      security: rec.security,
      itStrategy: rec.itStrategy,
      headline: rec.headline,
      offered: isOffered(rec.model, config.offers),
      project: rec.project,
      hoursPerMonth: rec.hoursPerMonth,
      triggers: rec.triggers,
    },
    settled: confirm.length === 0,
    confirm,
    readiness: band,
    gaps: gapsOf(readiness, known.applicable),
    cost: quickCost(rec, known.discovery, config),
  };
}
