/**
 * The quick check: a declared short path through the same question bank and the same engine.
 * It asks at most QUICK_CHECK_LIMIT questions, by their ordinary ids, so its answers are a subset
 * of the full assessment's and carry over to it unchanged. What it does not ask is "not asked":
 * a practice not asked leaves the score open (a band, see readinessBand), and a discovery answer
 * not asked is read as the engine's own cautious reading below; quick-result.ts says where a
 * verdict hangs on either. This file holds only the declaration and its validation, so the flow
 * can load it without the readiness wording.
 */
import { discoveryQuestions, isApplicable, outlineById } from './content/question-structure';
import { validateAnswers } from './schema';
import type { Answers, DiscoveryAnswers, FieldIssue, Result } from './types';

/** The most questions the quick check may ask (issue 16). */
export const QUICK_CHECK_LIMIT = 12;

/**
 * The quick check's questions, in the order asked: the discovery answers the verdict hinges on,
 * then the practices that weigh most. Each is chosen by reading the rules in recommendation.ts
 * (docs/methodology.md, section 2) and the weights in content/question-structure.ts.
 */
export const QUICK_CHECK_IDS = [
  // Size: the 25-staff small-firm rule (S5, I1), the 30-staff program-build rule (S7), the
  // 1,000-staff full-time basis (S2), and the MSP's retainer tier that prices the result. A number
  // cannot be tried value by value, so it must be asked.
  'employees',
  // The `regulated` trigger (T1), the public-company basis for a full-time CISO (S2) and whether
  // PCI DSS brings card questions in. The commonest reason for security leadership at a small firm.
  'regulations',
  // The `customer-driven` trigger, and the named-leader demand that turns a small firm's project
  // into a retainer (S5) and is never a bounded need (S4).
  'customerDemands',
  // The `insurance` trigger: a $5M+ limit, or evidence asked for at renewal (a bounded need, S4).
  'cyberInsurance',
  // S1 (an incident under way decides the verdict alone) and the `post-incident` trigger.
  'incident',
  // S3 (nobody runs IT: operations first), the IT half's I3 (MSP or in-house) and the headline.
  'itSupport',
  // S2 and S3b: a dedicated security leader on staff is kept and resourced, not given a second one.
  // Left out, it would reopen the verdict of nearly every prospect with a trigger.
  'securityLeadership',
  // S2: a mandate for a full-time executive overrides every rule below it. Rarely "yes", but left
  // out it would have to be confirmed on nearly every result; one tap settles it.
  'dedicatedMandate',
  // Then the foundational practices (weight 2, "foundations documented" in S4), one per CSF
  // function that has one, so the band narrows in four functions rather than two. Seed 000 splits
  // the work: the vCISO owns the program (a named owner, the yearly risk assessment, the incident
  // plan), the MSP the operations (MFA, EDR, backups); the quick check asks the three program
  // foundations and one operational one. A weak answer to any of them settles S4 (not a bounded
  // need) without the rest. Govern: a named owner (GV.RR).
  'gv-security-owner',
  // Identify: the risk assessment (ID.RA).
  'id-risk-assessment',
  // Protect: MFA (PR.AA, CIS 6), the first of its two foundations in the bank; the other,
  // protected backups, is the same weight and stays open (one slot per function).
  'pr-mfa',
  // Respond: the incident-response plan (RS.MA, CIS 17).
  'rs-ir-plan',
] as const;

/** A question id the quick check asks. */
export type QuickCheckId = (typeof QUICK_CHECK_IDS)[number];

type AskedDiscovery = Extract<QuickCheckId, keyof DiscoveryAnswers>;
/** The discovery questions the quick check leaves to the full assessment. */
export type NotAskedDiscovery = Exclude<keyof DiscoveryAnswers, AskedDiscovery>;

/**
 * How the engine reads a discovery answer the quick check did not ask: the value whose verdict
 * is the cautious one, as the engine reads a "not sure" or a question never answered. It is used
 * only to reach a verdict, never written into the answers; quick-result.ts tries every other value
 * and says "confirm in the full assessment" wherever one would change the verdict.
 */
export const NOT_ASKED_READING: { readonly [K in NotAskedDiscovery]-?: DiscoveryAnswers[K] } = {
  // Industry decides no verdict by itself: it points to rules (the check-regulations warning),
  // which the regulations question asks outright, and brings a shop's card payments into scope.
  // 'other' points to neither.
  industry: 'other',
  // Not known: the engine's reading of a card question never answered (PCI DSS unsettled, so not
  // a trigger). They apply only with PCI DSS or a shop, and would take two of the twelve.
  cardHandling: undefined,
  merchantLevel: undefined,
  // None planned: a fractional CIO for an initiative (I2) needs one nobody can lead, and the
  // engine never buys IT leadership on an answer it does not have (it-strategy-unsettled).
  initiatives: [],
};

/** The quick check's questions that apply to these answers, in the order asked. */
export function quickQuestionIds(answers: Answers): QuickCheckId[] {
  return QUICK_CHECK_IDS.filter((id) => {
    const q = outlineById(id);
    return q !== undefined && isApplicable(q, answers);
  });
}

/** The quick check's discovery questions every prospect must answer (asked of all prospects). */
function requiredQuickDiscovery(): string[] {
  const asked = new Set<string>(QUICK_CHECK_IDS);
  return discoveryQuestions
    .filter((q) => asked.has(q.id) && q.appliesWhen === undefined)
    .map((q) => q.id);
}

/**
 * Answers for the quick result: every key a known question and every value valid (as
 * validateAnswers), and every discovery question the quick check asks of all prospects
 * answered. Practices may be left unanswered; answers beyond the quick check are kept and used.
 */
export function validateQuickAnswers(raw: unknown): Result<Answers> {
  const checked = validateAnswers(raw);
  if (!checked.ok) return checked;
  const issues: FieldIssue[] = requiredQuickDiscovery()
    .filter((id) => checked.value[id] === undefined)
    .map((id) => ({ field: id, message: 'is required' }));
  return issues.length > 0 ? { ok: false, issues } : checked;
}

/** True when the quick result can be computed: every required quick question has a valid answer. */
export function isQuickComplete(answers: Answers): boolean {
  return validateQuickAnswers(answers).ok;
}
