/** The parts of each cost line in words, for the totals table (non-zero parts only). */
import type { CostComparison } from '../../core/types';
import { resultsMessages } from '../messages/results';

const w = resultsMessages.results;

/** The fractional line's parts: retainer, onboarding, on-demand, project, refresh, incident, CIO. */
export function fractionalParts(c: CostComparison, money: (n: number) => string): string[] {
  const b = c.vcisoBreakdown;
  const parts: [number, (v: string) => string][] = [
    [b.retainer, w.partRetainer],
    [b.onboarding, w.partOnboarding],
    [b.onDemand, w.partOnDemand],
    [b.project, w.partProject],
    [b.yearlyRefresh, w.partRefresh],
    [b.incident, w.partIncident],
    [b.fractionalCio, w.partFractionalCio],
  ];
  return parts.filter(([v]) => v > 0).map(([v, say]) => say(money(v)));
}

/** The full-time line's parts: salary, fees, interim cover, tooling, a full-time CIO. */
export function fullTimeParts(c: CostComparison, money: (n: number) => string): string[] {
  const f = c.fullTimeBreakdown;
  const parts: [number, (v: string) => string, boolean][] = [
    [f.salaryAndBenefits, w.partSalary, true],
    [f.recruiterFees, w.partFees, true],
    [f.interimCover, w.partInterim, false],
    [f.tooling, w.partTooling, false],
    [f.fullTimeCio, w.partCio, false],
  ];
  return parts.filter(([v, , always]) => always || v > 0).map(([v, say]) => say(money(v)));
}
