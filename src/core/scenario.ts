/**
 * Scenario B: a second set of cost assumptions priced by the same cost model as the first, and
 * the totals of both side by side. Pure; assess() calls it so the page, the chart and the PDF
 * all read one comparison.
 */
import { ASSUMPTION_LIMITS } from './assumptions';
import { computeCosts, type CostPlan } from './cost-model';
import type {
  Assumptions,
  CostComparison,
  ScenarioComparison,
  ScenarioRow,
  ScenarioRowId,
} from './types';

const KEYS: (keyof Assumptions)[] = [
  ...(Object.keys(ASSUMPTION_LIMITS) as (keyof Assumptions)[]),
  'compareWithFullTime',
];

/** The assumptions whose values differ between a and b. */
export function changedAssumptions(a: Assumptions, b: Assumptions): (keyof Assumptions)[] {
  return KEYS.filter((k) => a[k] !== b[k]);
}

/** b − a in whole cents, so a difference of two cent-exact totals is cent-exact too. */
function centsDifference(b: number, a: number): number {
  return (Math.round(b * 100) - Math.round(a * 100)) / 100;
}

/**
 * Prices scenario B with computeCosts and sets its totals beside scenario A's. B prices the same
 * engagement as A: the recommendation, not the figures, decides what is priced.
 */
export function compareScenario(
  assumptionsA: Assumptions,
  costsA: CostComparison,
  assumptionsB: Assumptions,
  plan: CostPlan,
): ScenarioComparison {
  const costsB = computeCosts(assumptionsB, plan);
  const row = (id: ScenarioRowId, a: number, b: number): ScenarioRow => ({
    id,
    a,
    b,
    change: centsDifference(b, a),
  });
  const rows = [
    row('fullTimeCiso', costsA.fullTimeCiso.total, costsB.fullTimeCiso.total),
    row('vciso', costsA.vciso.total, costsB.vciso.total),
  ];
  if (costsA.fractionalCio && costsB.fractionalCio) {
    rows.push(row('fractionalCio', costsA.fractionalCio.total, costsB.fractionalCio.total));
  }
  rows.push(row('difference', costsA.difference, costsB.difference));
  return {
    assumptionsA,
    assumptionsB,
    costsB,
    changed: changedAssumptions(assumptionsA, assumptionsB),
    rows,
  };
}
