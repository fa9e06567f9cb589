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

/** 'evidence-requested': the insurer asked for evidence of controls at renewal, at any limit. */
export const CYBER_INSURANCE = ['none', 'basic', 'evidence-requested', 'limit-5m-plus'] as const;
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

/**
 * How payment cards are taken: 'outsourced' = a hosted payment page or redirect, or a validated
 * point-to-point-encrypted terminal (SAQ A / SAQ P2PE scope); 'own-systems' = card data passes
 * through or is kept on the business's own systems, network or website.
 */
export const CARD_HANDLING = ['outsourced', 'own-systems', 'unknown'] as const;
export type CardHandling = (typeof CARD_HANDLING)[number];

/** The card brands' merchant level, grouped: level 4 (the lowest tier) or levels 1 to 3. */
export const MERCHANT_LEVELS = ['level-4', 'level-1-3', 'unknown'] as const;
export type MerchantLevel = (typeof MERCHANT_LEVELS)[number];

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
  /** Asked only when cards are in scope (PCI DSS named, or retail); absent otherwise. */
  cardHandling?: CardHandling;
  /** Asked only when card data touches the business's own systems; absent otherwise. */
  merchantLevel?: MerchantLevel;
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
  /**
   * Security readiness, 0–100: the mean of the six NIST CSF functions that have an applicable
   * practice (IT strategy is not part of it; see itStrategy). 100 = every practice reviewed and
   * measured.
   */
  overall: number;
  /** IT-strategy readiness, 0–100, reported apart from security; null when no practice applies. */
  itStrategy: number | null;
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
  // Added with scoring 2.0.0: earlier records never hold these, and none of the above changed.
  'vciso-project-and-fractional-cio',
  'keep-security-leader',
  'strategy-reviews',
] as const;
/**
 * The verdict as one id, for what stores, sends or sells a model (records, leads, the CSV,
 * widget events, the configuration's offers). It is derived from the two parts of the verdict
 * (Recommendation.security and .itStrategy), which say more.
 */
export type EngagementModel = (typeof ENGAGEMENT_MODELS)[number];

/** The security half of a verdict: what to do about security leadership. */
export const SECURITY_VERDICTS = [
  'operations-first',
  'msp-only',
  'vciso-project',
  'vciso-retainer',
  'incident-response',
  'full-time-ciso',
  'keep-security-leader',
] as const;
export type SecurityVerdict = (typeof SECURITY_VERDICTS)[number];

/** The IT-strategy half of a verdict: nothing, periodic strategy reviews, or a fractional CIO. */
export const IT_STRATEGY_VERDICTS = ['none', 'strategy-reviews', 'fractional-cio'] as const;
export type ItStrategyVerdict = (typeof IT_STRATEGY_VERDICTS)[number];

/** The defined vCISO projects the engine can recommend (see core/engagements.ts). */
export const PROJECT_KINDS = [
  'audit-readiness',
  'insurer-evidence',
  'questionnaire-support',
  'post-incident',
  'program-build',
  'small-firm-compliance',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const TRIGGERS = ['regulated', 'customer-driven', 'insurance', 'post-incident'] as const;
/** The four triggers for a vCISO engagement. */
export type Trigger = (typeof TRIGGERS)[number];

export interface HoursRange {
  min: number;
  max: number;
}

export interface MonthsRange {
  min: number;
  max: number;
}

/** A defined vCISO project: what it is for, its hours a month and how long it runs. */
export interface ProjectShape {
  kind: ProjectKind;
  hoursPerMonth: HoursRange;
  months: MonthsRange;
  /** True when the verdict includes a yearly refresh after the project (its rule asks for one). */
  yearlyRefresh: boolean;
}

export interface Recommendation {
  /** The verdict as one id (derived from security and itStrategy). */
  model: EngagementModel;
  /** The security half of the verdict. */
  security: SecurityVerdict;
  /** The IT-strategy half of the verdict. */
  itStrategy: ItStrategyVerdict;
  /** Plain words, e.g. "A vCISO on a monthly retainer". */
  headline: string;
  /** Suggested vCISO hours per month for a retainer or project; null where hours do not apply. */
  hoursPerMonth: HoursRange | null;
  /** The defined project, when security is 'vciso-project'; else null. */
  project: ProjectShape | null;
  /** Which of the four vCISO triggers fired. */
  triggers: Trigger[];
  /** Whether IT strategy (the fractional-CIO side) is a gap the verdict acts on. */
  itStrategyGap: boolean;
  /** Why this verdict: each finding supports it. */
  reasons: Finding[];
  /** What changes what the reader should do (check a rule, ask for deliverables…). */
  warnings: Finding[];
  /** What points elsewhere, or needs an answer settled first, with the question to settle. */
  alsoConsider: Finding[];
  /** What the rules the prospect named ask for, whatever the verdict. */
  ruleNotes: Finding[];
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
  /** Full-time path: a yearly tooling, training and certification budget while a CISO is in post. */
  cisoToolingBudget: number;
  /** Full-time path: monthly cost of interim cover while the seat is empty (0 = none). */
  interimCoverMonthly: number;
  /** Full-time CIO annual base salary (the comparison for a fractional CIO). */
  cioBaseSalary: number;
  /** A defined project's hours a month, billed at the hourly rate. */
  projectHoursPerMonth: number;
  /** How many months a defined project runs; its line stops after. */
  projectMonths: number;
  /** Hours a year for the refresh a project's rule asks for (0 = none), billed each anniversary. */
  yearlyRefreshHours: number;
  /** Incident-response hours estimated for the incident under way, billed in month 1. */
  incidentHours: number;
  /** Whether to draw and compare a full-time hire: 'auto' follows the prospect (see methodology). */
  compareWithFullTime: FullTimeComparison;
}

export const FULL_TIME_COMPARISON = ['auto', 'on', 'off'] as const;
export type FullTimeComparison = (typeof FULL_TIME_COMPARISON)[number];

/** The assumptions that are numbers (every key but the comparison choice). */
export type NumberAssumption = Exclude<keyof Assumptions, 'compareWithFullTime'>;

/** What the fractional line prices: the recommended engagement, or a reference retainer. */
export const PRICED_ENGAGEMENTS = [
  'retainer',
  'project',
  'incident',
  'fractional-cio',
  'full-time',
  'none',
] as const;
export type PricedEngagement = (typeof PRICED_ENGAGEMENTS)[number];

export type NothingToPrice = 'no-engagement' | 'operations-first' | 'keep-leader';

/** One change of which line costs more in total. */
export interface CostCrossing {
  month: number;
  /** The line that costs more in total from this month on (until the next crossing). */
  higherAfter: 'full-time' | 'vciso';
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
  /**
   * What the `vciso` line prices: the recommended engagement ('retainer', 'project', 'incident',
   * 'fractional-cio'), or, where the verdict is a full-time leader ('full-time') or no engagement
   * ('none'), a vCISO retainer for the firm's size as a reference.
   */
  engagement: PricedEngagement;
  /**
   * Why nothing new is priced, when engagement is 'none': no engagement yet, operations first,
   * or a security leader already in post to keep; null otherwise.
   */
  nothingToPrice: NothingToPrice | null;
  /** True when the vciso line includes a fractional CIO, and so the full-time line a CIO. */
  includesFractionalCio: boolean;
  /** Whether the full-time line is drawn and compared (the prospect's choice or the default). */
  compareWithFullTime: boolean;
  /** False below 250 staff without a full-time basis: the full-time line is "for reference". */
  fullTimeRealistic: boolean;
  /** The full-time side: a CISO (plus a CIO when a fractional CIO is recommended). */
  fullTimeCiso: CostSeries;
  /** The fractional side: what `engagement` says, including any fractional CIO. */
  vciso: CostSeries;
  /** The fractional CIO's part of the vciso line, when included. */
  fractionalCio: CostSeries | null;
  /** fullTimeCiso.total − vciso.total (positive = the fractional side costs less). */
  difference: number;
  /**
   * vciso.total / fullTimeCiso.total (0.25 = a quarter of the full-time cost); null when the
   * full-time path costs nothing inside the horizon (no fee and a search longer than it).
   */
  shareOfFullTime: number | null;
  /** Every month where the cumulative lines change order, in order; empty if they never do. */
  crossings: CostCrossing[];
  /** Breakdown of the full-time path for the cost table. */
  fullTimeBreakdown: {
    salaryAndBenefits: number;
    recruiterFees: number;
    vacantMonths: number;
    interimCover: number;
    tooling: number;
    /** A full-time CIO's salary, benefits and fees (0 unless includesFractionalCio). */
    fullTimeCio: number;
  };
  vcisoBreakdown: {
    retainer: number;
    onboarding: number;
    onDemand: number;
    project: number;
    yearlyRefresh: number;
    incident: number;
    fractionalCio: number;
  };
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
/** The three 30-day phases, in order (here, not in plan.ts, so a screen can name them cheaply). */
export const PLAN_PHASES: readonly PlanPhase[] = ['days-1-30', 'days-31-60', 'days-61-90'];

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

/**
 * The scores as every reader shows them (the page, the chart, the PDF): whole numbers, each gap
 * 100 − its whole readiness, so the two always add up to 100.
 */
export interface WholeScores {
  overall: number;
  gap: number;
  /** Null when no IT-strategy practice applies. */
  itStrategy: number | null;
  byDomain: DomainScores;
  gapByDomain: DomainScores;
}

/** Where each cost input comes from (see assumptionSourcesFor in assumption-sources.ts). */
export type AssumptionSources = Record<keyof Assumptions, AssumptionSource>;

export interface AssessmentResult {
  contentVersion: string;
  scoringVersion: string;
  readiness: ReadinessScore;
  /** 100 − readiness, same shape. */
  gap: { overall: number; byDomain: DomainScores };
  /** readiness and gap as shown: whole numbers, read by every screen and the PDF. */
  wholeScores: WholeScores;
  recommendation: Recommendation;
  costs: CostComparison;
  /** The assumptions the costs were priced with (the saved ones, or this prospect's defaults). */
  assumptions: Assumptions;
  /** This prospect's defaults (the MSP's prices for its size and the verdict's shape). */
  defaultAssumptions: Assumptions;
  /** Added assumptions a saved set lacked, filled from the defaults (empty when none). */
  assumptionsFilled: (keyof Assumptions)[];
  /** Where each of `assumptions` comes from: a default's source, the MSP's price, or an edit. */
  assumptionSources: AssumptionSources;
  /** Where each of `defaultAssumptions` comes from (shown beside the form's defaults). */
  defaultAssumptionSources: AssumptionSources;
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

/** A monthly fee chosen by head count (the fractional CIO's). */
export interface FeeTier {
  /** Upper bound of staff for this tier, inclusive; null = no upper bound (the last tier). */
  maxEmployees: number | null;
  monthlyFee: number;
}

export type LeadPlacement = 'before-results' | 'after-results' | 'none';

/** The welcome screen's own words (Config.welcome); each may be left out. */
export interface WelcomeWording {
  heading?: string;
  intro?: string;
}

/** How the rep's tools are offered; see Config.repTools. */
export const REP_TOOLS_SETTINGS = ['hidden', 'switch', 'always'] as const;
export type RepToolsSetting = (typeof REP_TOOLS_SETTINGS)[number];

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
  /**
   * Optional: the welcome screen's headline and introduction, each in the MSP's own words. Either
   * left out reads the app's own wording (ui/messages/en.ts, `welcome`). Added in 2026-12: a
   * configuration written before it has neither, and loads as it did.
   */
  welcome?: WelcomeWording;
  /** BCP 47 locale, e.g. 'en-US'; drives number/date formats and Letter vs A4. */
  locale: string;
  /** ISO 4217 code, e.g. 'USD'. */
  currency: string;
  pricing: {
    /** Ascending by maxEmployees; the last has maxEmployees null. */
    retainerTiers: RetainerTier[];
    vcisoOnboardingFee: number;
    /** The fractional CIO's fee where no tier is given (and for every size without tiers). */
    fractionalCioMonthly: number;
    /** Optional: the fractional CIO's fee by head count, ascending, the last open-ended. */
    fractionalCioTiers?: FeeTier[];
    hourlyRate: number;
  };
  /** The engagement models this MSP sells; the recommendation says when the best fit is not one. */
  offers: EngagementModel[];
  /**
   * Who sees the rep's tools (library, hand-off files, share link, presenter, shortcuts, leads
   * CSV, scenario B, notes): never, behind a switch a rep turns on and keeps on this device, or
   * always. Left out: the switch on the standalone page, hidden in the widget (repToolsFor).
   */
  repTools?: RepToolsSetting;
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
 * Where the running configuration came from: the MSP's own (a config.json the page was built
 * with or is served beside, or a widget's data-config), or none at all, so the fictional demo
 * MSP's, which the page, the widget, the PDF and a lead then say plainly.
 */
export type ConfigSource = 'demo' | 'configured';

/** A validated configuration with where it came from, as the app starts with it. */
export interface ConfigStart {
  config: Config;
  source: ConfigSource;
}

/**
 * The notes key of the note on the whole assessment (every other key is a question id). Shared
 * by the stored record, the flow, the review screen and the report's appendix.
 */
export const ASSESSMENT_NOTE_KEY = 'assessment';
