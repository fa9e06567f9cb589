/**
 * The engine's vocabulary. Every other layer (flow, storage, report, ui, embed) speaks in these
 * types; the names are a public contract (URL prefill, hand-off files, outside tests): add to
 * them freely, rename none.
 */

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

export type SectionKind = 'discovery' | 'readiness';

/** The six NIST CSF 2.0 functions plus IT strategy (the fractional-CIO side). */
export const DOMAINS = [
  'govern',
  'identify',
  'protect',
  'detect',
  'respond',
  'recover',
  'it-strategy',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Maturity: 0 not in place, 1 ad hoc, 2 documented, 3 implemented, 4 reviewed and measured. */
export const MATURITY_LEVELS = [0, 1, 2, 3, 4] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
export type ReadinessAnswer = MaturityLevel | 'unknown';

/** NIST CSF 2.0 category ids (22 categories, CSWP 29). */
export const CSF_CATEGORIES = [
  'GV.OC',
  'GV.RM',
  'GV.RR',
  'GV.PO',
  'GV.OV',
  'GV.SC',
  'ID.AM',
  'ID.RA',
  'ID.IM',
  'PR.AA',
  'PR.AT',
  'PR.DS',
  'PR.PS',
  'PR.IR',
  'DE.CM',
  'DE.AE',
  'RS.MA',
  'RS.AN',
  'RS.CO',
  'RS.MI',
  'RC.RP',
  'RC.CO',
] as const;
export type CsfCategory = (typeof CSF_CATEGORIES)[number];

/** An option of a single- or multi-choice discovery question. */
export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  /** One line that makes the choice concrete. */
  hint?: string;
}

interface QuestionBase {
  /** Stable id: answers, stored records, URL prefill and hand-off files key on it. */
  id: string;
  /** The question as the prospect reads it. */
  prompt: string;
  /** A short "why we ask" shown beside the question. */
  whyWeAsk: string;
  /**
   * Skip logic: the question is asked (and scored) only when this returns true for the answers
   * given so far. Absent means always asked.
   */
  appliesWhen?: (answers: Answers) => boolean;
}

export interface NumberQuestion extends QuestionBase {
  section: 'discovery';
  kind: 'number';
  min: number;
  max: number;
  /** Whole numbers only. */
  integer: boolean;
  unit?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  section: 'discovery';
  kind: 'single';
  options: readonly ChoiceOption[];
}

export interface MultiChoiceQuestion extends QuestionBase {
  section: 'discovery';
  kind: 'multi';
  options: readonly ChoiceOption[];
  /** Label of the explicit "none of these" choice; answering it stores an empty array. */
  noneLabel: string;
}

export type DiscoveryQuestion = NumberQuestion | SingleChoiceQuestion | MultiChoiceQuestion;

export interface ReadinessQuestion extends QuestionBase {
  section: 'readiness';
  kind: 'maturity';
  domain: Domain;
  /** NIST CSF 2.0 categories this practice evidences, e.g. ['GV.PO']. */
  csf: readonly CsfCategory[];
  /** CIS Controls v8.1 control numbers (1–18) where they apply. */
  cis: readonly number[];
  /** CIS Controls v8.1 safeguard numbers this practice evidences, e.g. ['6.3', '6.5']. */
  safeguards: readonly string[];
  /** Concrete wording of levels 0..4 for this practice. */
  levels: readonly [string, string, string, string, string];
  /** Relative weight inside its domain (1 = ordinary, 2 = foundational). Versioned with scoring. */
  weight: number;
  /** What the first 90 days would do about a gap here (one imperative sentence). */
  action: string;
}

export type Question = DiscoveryQuestion | ReadinessQuestion;

/** A readiness practice's wording (content/readiness-text.ts), loaded apart from its outline. */
export type ReadinessText = Pick<ReadinessQuestion, 'prompt' | 'whyWeAsk' | 'levels' | 'action'>;

/** A readiness practice without its wording: what the flow and validation need. */
export type ReadinessOutline = Omit<ReadinessQuestion, keyof ReadinessText>;

/** Any question as the flow sees it: discovery in full, readiness as an outline. */
export type QuestionOutline = DiscoveryQuestion | ReadinessOutline;

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

export const INDUSTRIES = [
  'healthcare',
  'financial-services',
  'insurance',
  'legal',
  'government',
  'education',
  'manufacturing',
  'defense-contractor',
  'retail-ecommerce',
  'technology-saas',
  'professional-services',
  'nonprofit',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const REGULATIONS = [
  'hipaa',
  'pci-dss',
  'glba-ncua',
  'ftc-safeguards',
  'nydfs',
  'cmmc',
  'soc2',
  'cjis',
  'sec-public',
  'nis2',
] as const;
export type Regulation = (typeof REGULATIONS)[number];

export const CUSTOMER_DEMANDS = ['none', 'questionnaires', 'named-security-leader'] as const;
export type CustomerDemands = (typeof CUSTOMER_DEMANDS)[number];

export const CYBER_INSURANCE = ['none', 'basic', 'limit-5m-plus'] as const;
export type CyberInsurance = (typeof CYBER_INSURANCE)[number];

export const INCIDENTS = ['none', 'past-24-months', 'active'] as const;
export type Incident = (typeof INCIDENTS)[number];

export const IT_SUPPORT = ['none', 'internal', 'msp', 'internal-and-msp'] as const;
export type ItSupport = (typeof IT_SUPPORT)[number];

export const SECURITY_LEADERSHIP = [
  'none',
  'it-generalist',
  'dedicated-internal',
  'external',
] as const;
export type SecurityLeadership = (typeof SECURITY_LEADERSHIP)[number];

export const INITIATIVES = [
  'cloud-migration',
  'erp',
  'merger-acquisition',
  'new-location',
  'new-product',
] as const;
export type Initiative = (typeof INITIATIVES)[number];

/** A contract or mandate that requires a dedicated, full-time named security executive. */
export const DEDICATED_MANDATE = ['no', 'yes', 'unsure'] as const;
export type DedicatedMandate = (typeof DEDICATED_MANDATE)[number];

/** Discovery answers with their exact ids and values. */
export interface DiscoveryAnswers {
  employees: number;
  industry: Industry;
  regulations: Regulation[];
  customerDemands: CustomerDemands;
  cyberInsurance: CyberInsurance;
  incident: Incident;
  itSupport: ItSupport;
  securityLeadership: SecurityLeadership;
  initiatives: Initiative[];
  dedicatedMandate: DedicatedMandate;
}

export type AnswerValue = number | string | readonly string[];

/**
 * A plain object keyed by question id: discovery values as in DiscoveryAnswers, readiness values
 * as ReadinessAnswer. Partial while the prospect is still answering.
 */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

// ---------------------------------------------------------------------------------------------
// Findings: every reason, warning and rule result carries a citation a prospect understands.
// ---------------------------------------------------------------------------------------------

export interface Finding {
  /** Stable id, e.g. 'needs-operations-first'. */
  id: string;
  /** Plain words, in the product's own voice. */
  text: string;
  /** A citation a prospect understands: a rule section, a published range, or "your answer: …". */
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** One rejected field: which one and why, in words a person can act on. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Thrown (or returned) when input fails validation; lists every bad field, not just the first. */
export class ValidationError extends Error {
  readonly issues: readonly FieldIssue[];
  constructor(what: string, issues: readonly FieldIssue[]) {
    super(`${what}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

/** How one readiness answer contributes to its domain's score (for what-if and the report). */
export interface Contribution {
  questionId: string;
  domain: Domain;
  /** The answer as given; 'unanswered' when not answered yet (scored as 0, like 'unknown'). */
  answer: ReadinessAnswer | 'unanswered';
  weight: number;
  /** Points earned and possible inside the domain (level × weight, 4 × weight). */
  earned: number;
  possible: number;
  /** Percentage points of the domain score this practice is missing (0..100). */
  domainGapPoints: number;
}

export type DomainScores = Record<Domain, number>;

export interface ReadinessScore {
  /** 0–100, 100 = every applicable practice reviewed and measured. Mean of the domains. */
  overall: number;
  byDomain: DomainScores;
  /** How many applicable readiness answers were 'unknown'. */
  unknownCount: number;
  /** How many applicable readiness questions have no answer yet. */
  unansweredCount: number;
  /** How many readiness questions apply to this prospect (after skip logic). */
  applicableCount: number;
  contributions: Contribution[];
}

// ---------------------------------------------------------------------------------------------
// Recommendation
// ---------------------------------------------------------------------------------------------

export const ENGAGEMENT_MODELS = [
  'msp-only',
  'vciso-retainer',
  'vciso-project',
  'fractional-cio',
  'vciso-and-fractional-cio',
  'incident-response',
  'full-time-ciso',
] as const;
export type EngagementModel = (typeof ENGAGEMENT_MODELS)[number];

export const TRIGGERS = ['regulated', 'customer-driven', 'insurance', 'post-incident'] as const;
/** The four triggers for a vCISO engagement. */
export type Trigger = (typeof TRIGGERS)[number];

export interface HoursRange {
  min: number;
  max: number;
}

export interface Recommendation {
  model: EngagementModel;
  /** Plain words, e.g. "A vCISO on a monthly retainer". */
  headline: string;
  /** Suggested hours per month for a retainer or project; null where hours do not apply. */
  hoursPerMonth: HoursRange | null;
  /** Which of the four vCISO triggers fired. */
  triggers: Trigger[];
  /** Whether IT strategy (the fractional-CIO side) is a gap. */
  itStrategyGap: boolean;
  reasons: Finding[];
  warnings: Finding[];
}

// ---------------------------------------------------------------------------------------------
// Cost model
// ---------------------------------------------------------------------------------------------

export const HORIZONS = [12, 36, 60] as const;
export type HorizonMonths = (typeof HORIZONS)[number];

/** Every input of the cost model; each default carries a source (see defaultAssumptionSources). */
export interface Assumptions {
  horizonMonths: HorizonMonths;
  /** Full-time CISO annual base salary. */
  cisoBaseSalary: number;
  /** Benefits and payroll load as a multiplier of salary (1.3 = +30%). */
  benefitsLoad: number;
  /** Retained-search fee as a fraction of first-year base (0.3 = 30%), paid in thirds. */
  recruiterFeeRate: number;
  /** Months from starting the search to the hire's first day. */
  monthsToHire: number;
  /** Months a CISO stays before a re-hire (new fee, new vacancy). */
  tenureMonths: number;
  /** Yearly increase applied to salary and to fees alike (0.03 = 3%). */
  annualIncrease: number;
  /** vCISO monthly retainer. */
  vcisoMonthlyRetainer: number;
  /** vCISO one-time onboarding (discovery, risk assessment, policy gap analysis, 90-day plan). */
  vcisoOnboardingFee: number;
  /** Extra on-demand hours per month beyond the retainer (questionnaires, incidents). */
  onDemandHoursPerMonth: number;
  onDemandHourlyRate: number;
  /** Fractional CIO monthly fee. */
  fractionalCioMonthly: number;
}

export interface AssumptionSource {
  /** Where the default comes from, in words a prospect understands. */
  source: string;
  /** True when the default is our assumption rather than a published figure. */
  isAssumption: boolean;
}

export interface CostSeries {
  /** Cumulative cost at the end of each month; index 0 = month 0 = 0. Length horizon + 1. */
  cumulative: number[];
  /** Spend in each month; index 0 = 0. */
  monthly: number[];
  total: number;
}

export interface CostComparison {
  horizonMonths: HorizonMonths;
  fullTimeCiso: CostSeries;
  vciso: CostSeries;
  /** Present when the recommendation includes a fractional CIO. */
  fractionalCio: CostSeries | null;
  /** fullTimeCiso.total − vciso.total (positive = the vCISO saves money). */
  difference: number;
  /**
   * vciso.total / fullTimeCiso.total (0.25 = a quarter of the full-time cost); null when the
   * full-time path costs nothing inside the horizon (no fee and a search longer than it).
   */
  shareOfFullTime: number | null;
  /** First month whose cumulative order differs from month 1's; null if the lines never cross. */
  crossoverMonth: number | null;
  /** Breakdown of the full-time path for the cost table. */
  fullTimeBreakdown: { salaryAndBenefits: number; recruiterFees: number; vacantMonths: number };
  vcisoBreakdown: { retainer: number; onboarding: number; onDemand: number };
}

// Scenario B (see scenario.ts)

/** One line of the A-versus-B table. */
export type ScenarioRowId = 'fullTimeCiso' | 'vciso' | 'fractionalCio' | 'difference';

export interface ScenarioRow {
  id: ScenarioRowId;
  a: number;
  b: number;
  /** b − a, to the cent. */
  change: number;
}

export interface ScenarioComparison {
  /** The assumptions each scenario was priced with (A = the page's own). */
  assumptionsA: Assumptions;
  assumptionsB: Assumptions;
  /** Scenario B's costs; scenario A's are the result's own `costs`. */
  costsB: CostComparison;
  /** The assumptions B sets differently from A, in the editor's order. */
  changed: (keyof Assumptions)[];
  rows: ScenarioRow[];
}

// ---------------------------------------------------------------------------------------------
// 90-day plan
// ---------------------------------------------------------------------------------------------

export type PlanPhase = 'days-1-30' | 'days-31-60' | 'days-61-90';

export interface PlanItem {
  questionId: string;
  domain: Domain;
  csf: readonly CsfCategory[];
  cis: readonly number[];
  /** What to do, from the question's action. */
  action: string;
  phase: PlanPhase;
  /** Why it is on the list: the current level in words. */
  why: string;
}

// ---------------------------------------------------------------------------------------------
// The whole result
// ---------------------------------------------------------------------------------------------

export interface AssessmentResult {
  contentVersion: string;
  scoringVersion: string;
  readiness: ReadinessScore;
  /** 100 − readiness, same shape. */
  gap: { overall: number; byDomain: DomainScores };
  recommendation: Recommendation;
  costs: CostComparison;
  plan: PlanItem[];
  /** Scenario B's costs beside these, when a second set of assumptions was given; else null. */
  scenario: ScenarioComparison | null;
}

// ---------------------------------------------------------------------------------------------
// The MSP's configuration (validated by parseConfig in config.ts)
// ---------------------------------------------------------------------------------------------

/** One vCISO retainer tier, chosen by head count. */
export interface RetainerTier {
  /** Upper bound of staff for this tier, inclusive; null = no upper bound (the last tier). */
  maxEmployees: number | null;
  monthlyFee: number;
  hours: HoursRange;
}

export type LeadPlacement = 'before-results' | 'after-results' | 'none';

export interface Config {
  brand: {
    name: string;
    /** https: URL or a same-origin path; absent = text-only brand. */
    logoUrl: string | null;
    /** CSS hex colours (#rgb or #rrggbb). */
    primaryColor: string;
    accentColor: string;
  };
  /** The call to action on the results page and in the PDF. */
  contact: {
    label: string;
    /** https: or mailto: or tel: only. */
    url: string;
  };
  /** BCP 47 locale, e.g. 'en-US'; drives number/date formats and Letter vs A4. */
  locale: string;
  /** ISO 4217 code, e.g. 'USD'. */
  currency: string;
  pricing: {
    /** Ascending by maxEmployees; the last has maxEmployees null. */
    retainerTiers: RetainerTier[];
    vcisoOnboardingFee: number;
    fractionalCioMonthly: number;
    hourlyRate: number;
  };
  /** The engagement models this MSP sells; the recommendation says when the best fit is not one. */
  offers: EngagementModel[];
  lead: {
    placement: LeadPlacement;
    /** https: (or http://localhost / 127.0.0.1 for development); null = leads kept on device only. */
    webhookUrl: string | null;
    consentText: string;
    consentVersion: string;
    /** Send the answers summary, scores and recommendation with the lead. */
    includeResults: boolean;
  };
}

/**
 * The notes key of the note on the whole assessment (every other key is a question id). Shared
 * by the stored record, the flow, the review screen and the report's appendix.
 */
export const ASSESSMENT_NOTE_KEY = 'assessment';
