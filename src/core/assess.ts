import {
  assumptionsFor,
  fillAssumptions,
  retainerTierFor,
  type SavedAssumptions,
} from './assumptions';
import { assumptionSourcesFor } from './assumption-sources';
import { demoConfig } from './demo-config';
import { CONTENT_VERSION, applicableQuestions } from './content/questions';
import { computeCosts, type CostPlan } from './cost-model';
import { buildPlan } from './plan';
import { compareScenario } from './scenario';
import { recommend } from './recommendation';
import { validateAnswers, validateDiscovery } from './schema';
import { SCORING_VERSION, gapFrom, scoreReadiness, wholeScoresOf } from './scoring';
import {
  ValidationError,
  type Answers,
  type AssessmentResult,
  type Assumptions,
  type Config,
  type DiscoveryAnswers,
  type FieldIssue,
  type PricedEngagement,
  type Recommendation,
  type Question,
  type ReadinessQuestion,
} from './types';

/** Optional inputs of assess(): edited cost assumptions and the MSP's configuration. */
export interface AssessOptions {
  /**
   * Cost assumptions as edited and saved; default: assumptionsFor(employees, config, verdict).
   * A set saved before the added assumptions existed is filled from those defaults.
   */
  assumptions?: SavedAssumptions;
  /** The MSP's configuration; default: demoConfig. */
  config?: Config;
  /** Scenario B: a second set of assumptions, priced beside the first (result.scenario). */
  scenario?: SavedAssumptions;
  /**
   * Readiness practices scored as if they were not in the bank: an assessment answered under an
   * earlier question bank is compared only on the practices it was asked (see progress.ts).
   */
  leaveOut?: readonly string[];
}

/** From this head count a full-time hire is a realistic comparison (our rule; see methodology). */
export const FULL_TIME_COMPARISON_EMPLOYEES = 250;

/** What the fractional line prices for this verdict. */
export function pricedEngagement(rec: Recommendation): PricedEngagement {
  switch (rec.security) {
    case 'vciso-retainer':
      return 'retainer';
    case 'vciso-project':
      return 'project';
    case 'incident-response':
      return 'incident';
    case 'full-time-ciso':
      return 'full-time';
    default:
      return rec.itStrategy === 'fractional-cio' ? 'fractional-cio' : 'none';
  }
}

/**
 * The cost model's brief: the engagement to price, and whether a full-time hire is a realistic
 * comparison (from 250 staff, with a full-time mandate, or with a full-time verdict).
 */
export function costPlanFor(rec: Recommendation, d: DiscoveryAnswers): CostPlan {
  const engagement = pricedEngagement(rec);
  const realistic =
    d.employees >= FULL_TIME_COMPARISON_EMPLOYEES ||
    d.dedicatedMandate === 'yes' ||
    engagement === 'full-time' ||
    rec.security === 'keep-security-leader';
  return {
    engagement,
    nothingToPrice:
      engagement !== 'none'
        ? null
        : rec.security === 'keep-security-leader'
          ? 'keep-leader'
          : rec.security === 'operations-first'
            ? 'operations-first'
            : 'no-engagement',
    includesFractionalCio: rec.itStrategy === 'fractional-cio',
    // A leader already in post has nothing to compare a hire with; the choice stays open.
    compareByDefault: realistic && rec.security !== 'keep-security-leader',
    fullTimeRealistic: realistic,
  };
}

function filled(saved: SavedAssumptions, defaults: Assumptions, what: string) {
  const result = fillAssumptions(saved, defaults);
  if (!result.ok) throw new ValidationError(what, result.issues);
  return result.value;
}

function isReadiness(q: Question): q is ReadinessQuestion {
  return q.section === 'readiness';
}

/** Every issue once, in the order found (both validators may flag the same field). */
function uniqueIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.field}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Runs the whole assessment: validates the answers (throwing ValidationError('Answers') with every
 * problem), scores readiness, recommends a model, prices it and builds the 90-day plan. Pure.
 * The result carries what every reader shows (whole-number scores, the assumptions and their
 * sources), so the page, the PDF and the lead read it rather than work it out again.
 */
export function assess(answers: Answers, options: AssessOptions = {}): AssessmentResult {
  const checked = validateAnswers(answers);
  const clean = checked.ok ? checked.value : answers;
  const discovery = validateDiscovery(clean);
  const issues = uniqueIssues([
    ...(checked.ok ? [] : checked.issues),
    ...(discovery.ok ? [] : discovery.issues),
  ]);
  if (!checked.ok || !discovery.ok) throw new ValidationError('Answers', issues);

  const config = options.config ?? demoConfig;
  const { employees } = discovery.value;
  const leftOut = new Set(options.leaveOut ?? []);
  const applicable = applicableQuestions(clean)
    .filter(isReadiness)
    .filter((q) => !leftOut.has(q.id));
  const readiness = scoreReadiness(applicable, clean);
  const recommendation = recommend({
    discovery: discovery.value,
    readiness,
    tier: retainerTierFor(employees, config.pricing.retainerTiers),
    offers: config.offers,
  });
  const defaults = assumptionsFor(employees, config, {
    security: recommendation.security,
    project: recommendation.project?.kind ?? null,
    yearlyRefresh: recommendation.project?.yearlyRefresh ?? false,
    customerDemands: discovery.value.customerDemands,
  });
  const a =
    options.assumptions === undefined
      ? { assumptions: defaults, filled: [] }
      : filled(options.assumptions, defaults, 'Assumptions');
  const scenarioB =
    options.scenario === undefined
      ? undefined
      : filled(options.scenario, defaults, 'Scenario B assumptions').assumptions;
  const plan = costPlanFor(recommendation, discovery.value);
  const costs = computeCosts(a.assumptions, plan);

  return {
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    readiness,
    gap: gapFrom(readiness),
    wholeScores: wholeScoresOf(readiness),
    recommendation,
    costs,
    assumptions: a.assumptions,
    defaultAssumptions: defaults,
    assumptionsFilled: a.filled,
    assumptionSources: assumptionSourcesFor(a.assumptions, defaults, config),
    defaultAssumptionSources: assumptionSourcesFor(defaults, defaults, config),
    plan: buildPlan(applicable, readiness, recommendation.model),
    scenario: scenarioB ? compareScenario(a.assumptions, costs, scenarioB, plan) : null,
  };
}
