/**
 * The recommendation's rules: the facts they decide on, the security verdict and the
 * IT-strategy verdict, each decided on its own. Every rule and threshold is listed with its
 * source in docs/methodology.md; the words are in recommendation-text.ts and
 * recommendation-findings.ts.
 */
import { PROJECT_SPECS } from './engagements';
import { findingsFor } from './recommendation-findings';
import { IT_STRATEGY_SUFFIX, SECURITY_HEADLINES } from './recommendation-text';
import { SECURITY_DOMAINS, domainBounds, isUnsettled, scoredLevel } from './scoring';
import type {
  DiscoveryAnswers,
  EngagementModel,
  HoursRange,
  Initiative,
  ItStrategyVerdict,
  ProjectKind,
  ProjectShape,
  ReadinessScore,
  Recommendation,
  Regulation,
  RetainerTier,
  SecurityVerdict,
  Trigger,
} from './types';

export { MODEL_HEADLINES, REGULATION_NAMES } from './recommendation-text';

/** What recommend() needs: the discovery answers, the score, the size tier and what is sold. */
export interface RecommendInput {
  discovery: DiscoveryAnswers;
  readiness: ReadinessScore;
  tier: RetainerTier;
  offers: readonly EngagementModel[];
}

/** Head count from which a full-time CISO is the usual answer (seed 001). */
export const FULL_TIME_EMPLOYEES = 1000;
/** Interp.: head count from which a public company's board scrutiny calls for a full-time CISO. */
export const PUBLIC_COMPANY_FULL_TIME_EMPLOYEES = 500;
/** Below this head count a vCISO without a trigger is rarely worth it (seed 000). */
export const TOO_EARLY_EMPLOYEES = 30;
/**
 * Below this head count (the first published price bracket, 10–25 staff [33]) a single kind of
 * trigger leads to a defined project, not a standing retainer (seed 000: a 5-person business with
 * managed IT does not need a vCISO; small HIPAA offices give the role to someone on staff).
 */
export const SMALL_FIRM_EMPLOYEES = 25;
/** Documented (level 2) on average: below it, IT strategy is a gap. */
export const IT_STRATEGY_GAP_BELOW = 50;
/** Security readiness from which a bounded need is met by a project rather than a retainer. */
export const PROJECT_READINESS_MIN = 60;
/** Protect and Detect at or above this: operational security is strong enough to lean on. */
export const OPERATIONS_STRONG_MIN = 50;
/** Interp.: with no trigger and 30+ staff, security readiness below this earns a build project. */
export const PROGRAM_BUILD_READINESS_BELOW = 40;
/** Share of unknown or unanswered readiness answers above which the score is uncertain. */
export const MANY_UNKNOWNS_SHARE = 0.25;
/** NYDFS 500.19(a): fewer than this many staff and contractors may claim the limited exemption. */
export const NYDFS_EXEMPTION_EMPLOYEES = 20;
/** The level a foundational practice must reach for a need to count as bounded. */
export const DOCUMENTED_LEVEL = 2;
/** Initiatives that can call for a fractional CIO (seed 001); a new product is security work. */
export const MAJOR_INITIATIVES: readonly Initiative[] = [
  'cloud-migration',
  'erp',
  'merger-acquisition',
  'new-location',
];

/** Why a full-time CISO is called for. */
export type FullTimeBasis = 'large-organization' | 'dedicated-mandate' | 'public-company-scrutiny';
/** Whether the card-payment answers make PCI DSS a reason for security leadership. */
export type PciStatus = 'absent' | 'trigger' | 'not-trigger' | 'unsettled';
/** Whether a domain's answers show a gap, none, or hang on "Don't know". */
export type GapState = 'gap' | 'none' | 'unsettled' | 'not-scored';
/** Whether someone can lead the major initiatives ahead. */
export type LeadState = 'no-initiative' | 'covered' | 'missing' | 'unsettled';

/** The facts the rules decide on, worked out once. */
export interface Facts {
  d: DiscoveryAnswers;
  readiness: ReadinessScore;
  /** Security readiness (the six CSF functions). */
  security: number;
  small: boolean;
  usesMsp: boolean;
  pci: PciStatus;
  /** The rules that count as the 'regulated' trigger (PCI only above the lowest tier). */
  triggeringRegulations: Regulation[];
  triggers: Trigger[];
  fullTime: FullTimeBasis[];
  /** Protect and Detect both at 50 or more. */
  operationsStrong: boolean;
  /** Every foundational security practice at Documented or above. */
  foundationsDocumented: boolean;
  bounded: boolean;
  /** Not bounded as answered, but bounded if the "Don't know" foundations prove in place. */
  boundedIfConfirmed: boolean;
  /** The kinds of trigger (SOC 2 counts as customer pressure, not as a second regulation). */
  triggerKinds: number;
  itGap: GapState;
  majorInitiatives: Initiative[];
  initiativeLead: LeadState;
}

/** PCI DSS counts only for card data on the business's own systems above the lowest tier. */
export function pciStatus(d: DiscoveryAnswers): PciStatus {
  const named = d.regulations.includes('pci-dss');
  // The card questions are asked only where cards are in scope, so any answer means cards.
  if (!named && d.cardHandling === undefined) return 'absent';
  if (!named && d.cardHandling === 'outsourced') return 'absent';
  if (d.cardHandling === 'outsourced') return 'not-trigger';
  if (d.cardHandling !== 'own-systems') return 'unsettled';
  if (d.merchantLevel === 'level-4') return 'not-trigger';
  return d.merchantLevel === 'level-1-3' ? 'trigger' : 'unsettled';
}

/** The rules that count as regulated work for the trigger. */
export function triggeringRegulations(d: DiscoveryAnswers): Regulation[] {
  const pci = pciStatus(d);
  const out: Regulation[] = d.regulations.filter((r) => r !== 'pci-dss');
  if (pci === 'trigger') out.push('pci-dss');
  return out;
}

/** The four vCISO triggers (seeds 000 and 001), in TRIGGERS order. */
export function findTriggers(d: DiscoveryAnswers): Trigger[] {
  const found: Trigger[] = [];
  if (triggeringRegulations(d).length > 0) found.push('regulated');
  if (d.customerDemands !== 'none') found.push('customer-driven');
  if (d.cyberInsurance === 'limit-5m-plus' || d.cyberInsurance === 'evidence-requested') {
    found.push('insurance');
  }
  if (d.incident === 'past-24-months') found.push('post-incident');
  return found;
}

function fullTimeBasis(d: DiscoveryAnswers): FullTimeBasis[] {
  const basis: FullTimeBasis[] = [];
  if (d.employees >= FULL_TIME_EMPLOYEES) basis.push('large-organization');
  if (d.dedicatedMandate === 'yes') basis.push('dedicated-mandate');
  if (d.regulations.includes('sec-public') && d.employees >= PUBLIC_COMPANY_FULL_TIME_EMPLOYEES) {
    basis.push('public-company-scrutiny');
  }
  return basis;
}

/** Every highest-weight security practice that applies is at Documented or above. */
function foundationsDocumented(readiness: ReadinessScore, assumeUnsettledInPlace = false): boolean {
  const weights = readiness.contributions
    .filter((c) => c.domain !== 'it-strategy')
    .map((c) => c.weight);
  const top = Math.max(0, ...weights);
  return readiness.contributions
    .filter((c) => c.domain !== 'it-strategy' && c.weight === top)
    .every(
      (c) =>
        scoredLevel(c.answer) >= DOCUMENTED_LEVEL ||
        (assumeUnsettledInPlace && isUnsettled(c.answer)),
    );
}

/**
 * A bounded need: every trigger is one a project closes (insurer evidence, customer
 * questionnaires, a SOC 2 audit), on a program that exists: security readiness of 60+, every
 * foundation documented, and Protect and Detect at 50+ (an average must not hide a missing
 * control).
 */
function isBounded(f: Omit<Facts, 'bounded' | 'boundedIfConfirmed'>): boolean {
  if (f.triggers.length === 0) return false;
  const boundedTriggers = f.triggers.every(
    (t) =>
      (t === 'insurance' && f.d.cyberInsurance === 'evidence-requested') ||
      (t === 'customer-driven' && f.d.customerDemands === 'questionnaires') ||
      (t === 'regulated' &&
        f.triggeringRegulations.length === 1 &&
        f.triggeringRegulations[0] === 'soc2'),
  );
  return (
    boundedTriggers &&
    f.security >= PROJECT_READINESS_MIN &&
    f.foundationsDocumented &&
    f.operationsStrong
  );
}

/** IT strategy below Documented whatever its "Don't know" answers turn out to be. */
function itGapState(readiness: ReadinessScore): GapState {
  const bounds = domainBounds(readiness, 'it-strategy');
  if (!bounds) return 'not-scored';
  if (bounds.best < IT_STRATEGY_GAP_BELOW) return 'gap';
  if (bounds.worst >= IT_STRATEGY_GAP_BELOW) return 'none';
  return 'unsettled';
}

/**
 * Seed 001: a fractional CIO when a major initiative is ahead "and no one internally is
 * qualified to lead it": initiative governance or IT strategy below Documented.
 */
function initiativeLeadState(
  majors: readonly Initiative[],
  readiness: ReadinessScore,
  itGap: GapState,
): LeadState {
  if (majors.length === 0) return 'no-initiative';
  const gov = readiness.contributions.find((c) => c.questionId === 'it-initiative-governance');
  const govKnown = gov !== undefined && !isUnsettled(gov.answer);
  const govLow = govKnown && scoredLevel(gov.answer) < DOCUMENTED_LEVEL;
  if (govLow || itGap === 'gap') return 'missing';
  const govOk = gov === undefined || govKnown;
  if (govOk && (itGap === 'none' || itGap === 'not-scored')) return 'covered';
  return 'unsettled';
}

/** Security readiness with every unsettled answer taken as reviewed and measured. */
function bestSecurity(readiness: ReadinessScore): number {
  const bests = SECURITY_DOMAINS.map((d) => domainBounds(readiness, d)?.best).filter(
    (b): b is number => b !== undefined,
  );
  return bests.length > 0 ? bests.reduce((a, b) => a + b, 0) / bests.length : 0;
}

/**
 * How many kinds of trigger apply. SOC 2 is an audit report customers ask for: with customer
 * demands it is one kind (customer pressure), not two.
 */
function triggerKindsOf(triggers: readonly Trigger[], regs: readonly Regulation[]): number {
  const soc2Only = regs.length > 0 && regs.every((r) => r === 'soc2');
  if (soc2Only && triggers.includes('regulated') && triggers.includes('customer-driven')) {
    return triggers.length - 1;
  }
  return triggers.length;
}

export function factsFor(d: DiscoveryAnswers, readiness: ReadinessScore): Facts {
  const itGap = itGapState(readiness);
  const majorInitiatives = d.initiatives.filter((i) => MAJOR_INITIATIVES.includes(i));
  const base = {
    d,
    readiness,
    security: readiness.overall,
    small: d.employees < SMALL_FIRM_EMPLOYEES,
    usesMsp: d.itSupport === 'msp' || d.itSupport === 'internal-and-msp',
    pci: pciStatus(d),
    triggeringRegulations: triggeringRegulations(d),
    triggers: findTriggers(d),
    triggerKinds: triggerKindsOf(findTriggers(d), triggeringRegulations(d)),
    fullTime: fullTimeBasis(d),
    operationsStrong:
      readiness.byDomain.protect >= OPERATIONS_STRONG_MIN &&
      readiness.byDomain.detect >= OPERATIONS_STRONG_MIN,
    foundationsDocumented: foundationsDocumented(readiness),
    itGap,
    majorInitiatives,
    initiativeLead: initiativeLeadState(majorInitiatives, readiness, itGap),
  };
  const bounded = isBounded(base);
  // The same test with every "Don't know" foundation taken as in place: if that alone would make
  // the need bounded, the verdict says which answers to settle (a cheaper project may do).
  const best = {
    ...base,
    foundationsDocumented: foundationsDocumented(readiness, true),
    security: bestSecurity(readiness),
    operationsStrong:
      (domainBounds(readiness, 'protect')?.best ?? 0) >= OPERATIONS_STRONG_MIN &&
      (domainBounds(readiness, 'detect')?.best ?? 0) >= OPERATIONS_STRONG_MIN,
  };
  return { ...base, bounded, boundedIfConfirmed: !bounded && isBounded(best) };
}

/** The project a single kind of trigger, or a bounded need, calls for. */
function projectKindFor(f: Facts): ProjectKind {
  const regs = f.triggeringRegulations;
  if (regs.length > 0)
    return regs.every((r) => r === 'soc2') ? 'audit-readiness' : 'small-firm-compliance';
  if (f.triggers.includes('insurance')) return 'insurer-evidence';
  if (f.triggers.includes('customer-driven')) return 'questionnaire-support';
  if (f.triggers.includes('post-incident')) return 'post-incident';
  return 'program-build';
}

/** The security half of the verdict, rules S1–S7 in precedence order. */
export function securityVerdict(f: Facts): {
  verdict: SecurityVerdict;
  project: ProjectKind | null;
} {
  if (f.d.incident === 'active') return { verdict: 'incident-response', project: null };
  if (f.fullTime.length > 0) {
    return {
      verdict:
        f.d.securityLeadership === 'dedicated-internal' ? 'keep-security-leader' : 'full-time-ciso',
      project: null,
    };
  }
  if (f.d.itSupport === 'none') return { verdict: 'operations-first', project: null };
  // A dedicated security leader already owns the program: keep and resource that person; a
  // vCISO would back them up, not replace them (seed 001 fits a vCISO beside an IT director).
  if (f.d.securityLeadership === 'dedicated-internal' && f.triggers.length > 0) {
    return { verdict: 'keep-security-leader', project: null };
  }
  if (f.triggers.length > 0) {
    if (f.bounded) return { verdict: 'vciso-project', project: projectKindFor(f) };
    const namedLeader = f.d.customerDemands === 'named-security-leader';
    if (f.small && f.triggerKinds === 1 && !namedLeader) {
      return { verdict: 'vciso-project', project: projectKindFor(f) };
    }
    return { verdict: 'vciso-retainer', project: null };
  }
  if (f.d.employees >= TOO_EARLY_EMPLOYEES && f.security < PROGRAM_BUILD_READINESS_BELOW) {
    return { verdict: 'vciso-project', project: 'program-build' };
  }
  return { verdict: 'msp-only', project: null };
}

/** Whether the IT-strategy answers call for leadership at all (a gap, or a leaderless initiative). */
export function needsItLeadership(f: Facts): boolean {
  return f.itGap === 'gap' || f.initiativeLead === 'missing';
}

/** The IT-strategy half of the verdict, decided beside (never instead of) the security half. */
export function itStrategyVerdict(f: Facts, security: SecurityVerdict): ItStrategyVerdict {
  if (security === 'incident-response' || security === 'operations-first') return 'none';
  if (!needsItLeadership(f)) return 'none';
  // Seed 003: for small clients, a quarterly strategy meeting in the service, not a CIO's fee.
  if (f.small) return 'strategy-reviews';
  // A leaderless major initiative needs someone to lead it (seed 001).
  if (f.initiativeLead === 'missing') return 'fractional-cio';
  // A strategy gap alone: an MSP-only client gets strategy reviews in the MSP's service; it is
  // "larger clients with in-house support" that bring in a vCIO of their own (seed 003).
  return f.d.itSupport === 'msp' ? 'strategy-reviews' : 'fractional-cio';
}

/** The verdict as one id, for what stores, sends or sells a model. */
export function modelFor(security: SecurityVerdict, it: ItStrategyVerdict): EngagementModel {
  const cio = it === 'fractional-cio';
  switch (security) {
    case 'vciso-retainer':
      return cio ? 'vciso-and-fractional-cio' : 'vciso-retainer';
    case 'vciso-project':
      return cio ? 'vciso-project-and-fractional-cio' : 'vciso-project';
    case 'operations-first':
    case 'msp-only':
      return cio ? 'fractional-cio' : it === 'strategy-reviews' ? 'strategy-reviews' : 'msp-only';
    default:
      return security;
  }
}

/** The verdict alone, without its findings: the two halves, the project and the model id. */
export interface Verdict {
  security: SecurityVerdict;
  project: ProjectKind | null;
  itStrategy: ItStrategyVerdict;
  model: EngagementModel;
}

/**
 * The verdict recommend() reaches for these answers, by the same rules, without writing its
 * findings: for callers that weigh several readings of the answers (the quick check).
 */
export function verdictFor(d: DiscoveryAnswers, readiness: ReadinessScore): Verdict {
  return verdictOf(factsFor(d, readiness));
}

/** The two halves, each by its own rules, and the model id they make. */
function verdictOf(f: Facts): Verdict {
  const { verdict: security, project } = securityVerdict(f);
  const itStrategy = itStrategyVerdict(f, security);
  return { security, project, itStrategy, model: modelFor(security, itStrategy) };
}

/**
 * The verdicts added with scoring 2.0.0, each met by services an MSP may list under the earlier
 * ids: a configuration written before them keeps working. `keep-security-leader` sells nothing.
 */
const MET_BY: Partial<Record<EngagementModel, readonly (readonly EngagementModel[])[]>> = {
  'vciso-project-and-fractional-cio': [['vciso-project', 'fractional-cio']],
  'strategy-reviews': [['msp-only'], ['fractional-cio']],
  'keep-security-leader': [[]],
};

/** Whether this provider sells what the verdict needs: the id itself, or its parts. */
export function isOffered(model: EngagementModel, offers: readonly EngagementModel[]): boolean {
  if (offers.includes(model)) return true;
  return (MET_BY[model] ?? []).some((parts) => parts.every((p) => offers.includes(p)));
}

const VCISO_MODELS: ReadonlySet<EngagementModel> = new Set([
  'vciso-retainer',
  'vciso-project',
  'vciso-and-fractional-cio',
  'vciso-project-and-fractional-cio',
]);
const FRACTIONAL_CIO_MODELS: ReadonlySet<EngagementModel> = new Set([
  'fractional-cio',
  'vciso-and-fractional-cio',
  'vciso-project-and-fractional-cio',
]);

/** True when the model puts a vCISO in place. */
export function includesVciso(model: EngagementModel): boolean {
  return VCISO_MODELS.has(model);
}

/** True when the model's id names a fractional CIO (see Recommendation.itStrategy for the rest). */
export function includesFractionalCio(model: EngagementModel): boolean {
  return FRACTIONAL_CIO_MODELS.has(model);
}

/** The headline: the security half, then what the IT-strategy half adds. */
export function headlineFor(
  security: SecurityVerdict,
  it: ItStrategyVerdict,
  d: DiscoveryAnswers,
): string {
  let head = SECURITY_HEADLINES[security];
  if (security === 'msp-only' && d.itSupport === 'internal')
    head = 'Stay with your IT team for now';
  if (it === 'none') return head;
  if (security === 'msp-only' && it === 'fractional-cio') return 'A fractional CIO';
  const suffix = IT_STRATEGY_SUFFIX[it];
  const msp = d.itSupport === 'msp' || d.itSupport === 'internal-and-msp';
  if (security === 'msp-only') {
    return msp
      ? 'Stay with your MSP, and ask it for quarterly strategy reviews'
      : 'Stay with your IT team, with quarterly strategy reviews from an outside adviser';
  }
  return `${head}${msp ? suffix.msp : suffix.own}`;
}

function hoursFor(security: SecurityVerdict, project: ProjectKind | null, tier: RetainerTier) {
  if (security === 'vciso-retainer') return { ...tier.hours };
  if (project) return { ...PROJECT_SPECS[project].hoursPerMonth };
  return null;
}

function projectShape(kind: ProjectKind | null): ProjectShape | null {
  if (!kind) return null;
  const spec = PROJECT_SPECS[kind];
  return {
    kind,
    hoursPerMonth: { ...spec.hoursPerMonth },
    months: { ...spec.months },
    yearlyRefresh: kind === 'small-firm-compliance',
  };
}

/** The security verdict a closed incident leads to (for the "after the incident" warning). */
export function verdictAfterIncident(f: Facts, tier: RetainerTier) {
  const d: DiscoveryAnswers = { ...f.d, incident: 'past-24-months' };
  const after = factsFor(d, f.readiness);
  const { verdict, project } = securityVerdict(after);
  const it = itStrategyVerdict(after, verdict);
  return { headline: headlineFor(verdict, it, d), hours: hoursFor(verdict, project, tier) };
}

/**
 * Recommends an engagement with its reasons, warnings, what else to consider and what the
 * named rules ask, each citing its source. Pure: the same input always gives the same findings
 * in the same order.
 */
export function recommend(input: RecommendInput): Recommendation {
  const { discovery, readiness, tier, offers } = input;
  const f = factsFor(discovery, readiness);
  const { security, project, itStrategy, model } = verdictOf(f);
  const hoursPerMonth: HoursRange | null = hoursFor(security, project, tier);
  const afterIncident = security === 'incident-response' ? verdictAfterIncident(f, tier) : null;
  const findings = findingsFor({
    f,
    security,
    itStrategy,
    model,
    project,
    hoursPerMonth,
    offers,
    afterIncident,
  });
  return {
    model,
    security,
    itStrategy,
    headline: headlineFor(security, itStrategy, discovery),
    hoursPerMonth,
    project: projectShape(project),
    triggers: f.triggers,
    itStrategyGap: itStrategy !== 'none',
    ...findings,
  };
}
