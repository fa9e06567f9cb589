import { assumptionsFor, retainerTierFor, validateAssumptions } from './assumptions';
import { demoConfig } from './demo-config';
import { CONTENT_VERSION, applicableQuestions } from './content/questions';
import { computeCosts } from './cost-model';
import { buildPlan } from './plan';
import { compareScenario } from './scenario';
import { recommend } from './recommendation';
import { validateAnswers, validateDiscovery } from './schema';
import { SCORING_VERSION, gapFrom, scoreReadiness } from './scoring';
import {
  ValidationError,
  type Answers,
  type AssessmentResult,
  type Assumptions,
  type Config,
  type FieldIssue,
  type Question,
  type ReadinessQuestion,
} from './types';

/** Optional inputs of assess(): edited cost assumptions and the MSP's configuration. */
export interface AssessOptions {
  /** Cost assumptions as edited by the prospect; default: assumptionsFor(employees, config). */
  assumptions?: Assumptions;
  /** The MSP's configuration; default: demoConfig. */
  config?: Config;
  /** Scenario B: a second set of assumptions, priced beside the first (result.scenario). */
  scenario?: Assumptions;
}

function checkedAssumptions(raw: Assumptions, what: string): Assumptions {
  const result = validateAssumptions(raw);
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

  const edited =
    options.assumptions === undefined
      ? undefined
      : checkedAssumptions(options.assumptions, 'Assumptions');
  const scenarioB =
    options.scenario === undefined
      ? undefined
      : checkedAssumptions(options.scenario, 'Scenario B assumptions');

  const config = options.config ?? demoConfig;
  const { employees } = discovery.value;
  const applicable = applicableQuestions(clean).filter(isReadiness);
  const readiness = scoreReadiness(applicable, clean);
  const recommendation = recommend({
    discovery: discovery.value,
    readiness,
    tier: retainerTierFor(employees, config.pricing.retainerTiers),
    offers: config.offers,
  });
  const assumptionsA = edited ?? assumptionsFor(employees, config);
  const costs = computeCosts(assumptionsA, {
    includeFractionalCio: recommendation.itStrategy === 'fractional-cio',
  });

  return {
    contentVersion: CONTENT_VERSION,
    scoringVersion: SCORING_VERSION,
    readiness,
    gap: gapFrom(readiness),
    recommendation,
    costs,
    plan: buildPlan(applicable, readiness, recommendation.model),
    scenario: scenarioB ? compareScenario(assumptionsA, costs, scenarioB) : null,
  };
}
