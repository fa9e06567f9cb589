import { MATURITY_LABELS, UNANSWERED_LABEL, UNKNOWN_LABEL } from './content/labels';
import { scoredLevel } from './scoring';
import {
  PLAN_PHASES,
  type Contribution,
  type CsfCategory,
  type EngagementModel,
  type PlanItem,
  type ReadinessQuestion,
  type ReadinessScore,
} from './types';

/** The three 30-day phases, in order (defined beside their type). */
export { PLAN_PHASES };
/** At most this many items per phase, so the plan stays doable. */
export const ITEMS_PER_PHASE = 3;
/** Practices at or above this level are in place and never appear in the plan. */
export const IN_PLACE_LEVEL = 3;

/** Foundations a program stands on: a named owner, risk strategy and policies (Govern). */
const FOUNDATION_GOVERN_CSF: ReadonlySet<CsfCategory> = new Set(['GV.RR', 'GV.RM', 'GV.PO']);
/** Quick protective wins: MFA (CIS 6) and protected backups (CIS 11), when foundational. */
const QUICK_WIN_CIS: ReadonlySet<number> = new Set([6, 11]);
/** Weight that marks a foundational practice in the bank. */
const FOUNDATIONAL_WEIGHT = 2;

/**
 * During an incident, in response order: contain and analyse (RS.MI, RS.AN), line up the
 * responders the incident plan names (RS.MA, not the rehearsal of it), notify (RS.CO), then
 * restore (RC.RP); the rest of Respond and Recover after.
 */
function incidentStep(q: ReadinessQuestion): number {
  const has = (c: CsfCategory): boolean => q.csf.includes(c);
  if (has('RS.MI') || has('RS.AN')) return 0;
  if (has('RS.MA') && !has('ID.IM')) return 1;
  if (has('RS.CO')) return 2;
  if (has('RC.RP')) return 3;
  return 4;
}

type Kind =
  | 'contain'
  | 'responders'
  | 'notify'
  | 'restore'
  | 'incident-other'
  | 'foundation'
  | 'quick-win'
  | 'it-strategy'
  | 'other';

const INCIDENT_KINDS: readonly Kind[] = [
  'contain',
  'responders',
  'notify',
  'restore',
  'incident-other',
];

/** Verdicts whose plan gives IT strategy the same weight as the security foundations. */
const CIO_BESIDE_VCISO: ReadonlySet<EngagementModel> = new Set([
  'vciso-and-fractional-cio',
  'vciso-project-and-fractional-cio',
]);

function kindOf(q: ReadinessQuestion, model: EngagementModel): Kind {
  if (model === 'incident-response' && (q.domain === 'respond' || q.domain === 'recover')) {
    return INCIDENT_KINDS[incidentStep(q)] ?? 'incident-other';
  }
  if (q.domain === 'it-strategy') return 'it-strategy';
  if (q.domain === 'govern' && q.csf.some((c) => FOUNDATION_GOVERN_CSF.has(c))) {
    return 'foundation';
  }
  // The risk assessment lives in Identify but is what every later decision rests on.
  if (q.domain === 'identify' && q.csf.includes('ID.RA')) return 'foundation';
  if (
    q.domain === 'protect' &&
    q.weight >= FOUNDATIONAL_WEIGHT &&
    q.cis.some((c) => QUICK_WIN_CIS.has(c))
  ) {
    return 'quick-win';
  }
  return 'other';
}

/**
 * Rank of each kind per model (lower goes earlier). A vCISO's first month sets the foundations
 * and takes the quick wins; IT-strategy items lead only where a fractional CIO is engaged.
 */
function rankOf(kind: Kind, model: EngagementModel): number {
  const early = kind === 'foundation' || kind === 'quick-win';
  switch (model) {
    case 'incident-response': {
      const step = INCIDENT_KINDS.indexOf(kind);
      if (step >= 0) return step;
      return INCIDENT_KINDS.length + (early ? 0 : kind === 'other' ? 1 : 2);
    }
    case 'fractional-cio':
    case 'strategy-reviews':
      return kind === 'it-strategy' ? 0 : early ? 1 : 2;
    default:
      if (CIO_BESIDE_VCISO.has(model)) return early || kind === 'it-strategy' ? 0 : 1;
      return early ? 0 : kind === 'other' ? 1 : 2;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function stripStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

/** What to do about a practice below target; a "Don't know" first asks to find out. */
export function actionFor(q: ReadinessQuestion, c: Contribution): string {
  if (c.answer !== 'unknown' && c.answer !== 'unanswered') return q.action;
  // An unverified practice first needs a fact, not a project.
  return (
    `Confirm whether this is in place: ${lowerFirst(stripStop(q.levels[IN_PLACE_LEVEL]))}. ` +
    `If it is not, ${lowerFirst(q.action)}`
  );
}

/** Why a practice is on the list: its current level in words. */
export function whyFor(q: ReadinessQuestion, c: Contribution): string {
  if (c.answer === 'unknown') {
    return `Today: ${UNKNOWN_LABEL}. Until someone checks, it counts as not in place.`;
  }
  if (c.answer === 'unanswered') {
    return `Today: ${UNANSWERED_LABEL}. Until someone checks, it counts as not in place.`;
  }
  const level = c.answer;
  const words = lowerFirst(stripStop(q.levels[level]));
  return `Today: ${MATURITY_LABELS[level]} (level ${level} of 4): ${words}.`;
}

/**
 * The top gaps as a 90-day plan: at most three items per 30-day phase, foundations and quick
 * wins first (respond and recover first during an incident), then by gap points × weight.
 */
export function buildPlan(
  applicable: readonly ReadinessQuestion[],
  readiness: ReadinessScore,
  model: EngagementModel,
): PlanItem[] {
  const byId = new Map(applicable.map((q, index) => [q.id, { q, index }]));
  const candidates = readiness.contributions.flatMap((c) => {
    const entry = byId.get(c.questionId);
    if (!entry || scoredLevel(c.answer) >= IN_PLACE_LEVEL) return [];
    const kind = kindOf(entry.q, model);
    return [
      { ...entry, c, kind, rank: rankOf(kind, model), priority: c.domainGapPoints * c.weight },
    ];
  });

  candidates.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.priority - a.priority ||
      // Equal gaps: the owner and the risk picture come before the tools they steer.
      Number(b.kind === 'foundation') - Number(a.kind === 'foundation') ||
      a.index - b.index,
  );

  return candidates.slice(0, ITEMS_PER_PHASE * PLAN_PHASES.length).map(({ q, c }, i) => ({
    questionId: q.id,
    domain: q.domain,
    csf: q.csf,
    cis: q.cis,
    action: actionFor(q, c),
    phase: PLAN_PHASES[Math.floor(i / ITEMS_PER_PHASE)] ?? 'days-61-90',
    why: whyFor(q, c),
  }));
}
