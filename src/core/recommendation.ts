import { UNKNOWN_LABEL } from './content/labels';
import { scoredDomains } from './scoring';
import type {
  CustomerDemands,
  DiscoveryAnswers,
  EngagementModel,
  Finding,
  HoursRange,
  Industry,
  Initiative,
  ReadinessScore,
  Recommendation,
  Regulation,
  RetainerTier,
  Trigger,
} from './types';

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
/** IT-strategy readiness below this counts as an IT-strategy gap. */
export const IT_STRATEGY_GAP_BELOW = 50;
/** Overall readiness from which a bounded need is met by a project rather than a retainer. */
export const PROJECT_READINESS_MIN = 60;
/** Interp.: with no trigger and 30+ staff, overall readiness below this earns a build project. */
export const PROGRAM_BUILD_READINESS_BELOW = 40;
/** Share of unknown or unanswered readiness answers above which the score is uncertain. */
export const MANY_UNKNOWNS_SHARE = 0.25;
/** NYDFS 500.19(a): fewer than this many staff and contractors may claim the limited exemption. */
export const NYDFS_EXEMPTION_EMPLOYEES = 20;

/** Project hours per month: questionnaire support and audit readiness, published shapes [46]. */
export const PROJECT_HOURS = {
  questionnaires: { min: 8, max: 16 },
  auditReadiness: { min: 16, max: 32 },
} as const satisfies Record<string, HoursRange>;

/** The headline for each model, in plain words. */
export const MODEL_HEADLINES: Readonly<Record<EngagementModel, string>> = {
  'msp-only': 'Stay with your MSP for now',
  'vciso-retainer': 'A vCISO on a monthly retainer',
  'vciso-project': 'A defined vCISO project',
  'fractional-cio': 'A fractional CIO',
  'vciso-and-fractional-cio': 'A vCISO and a fractional CIO together',
  'incident-response': 'Incident-response support now, the program after',
  'full-time-ciso': 'Hire a full-time CISO',
};

/** The service as a noun phrase, for the "not offered" warning. */
const MODEL_SERVICES: Readonly<Record<EngagementModel, string>> = {
  'msp-only': 'managed IT and security operations',
  'vciso-retainer': 'vCISO retainers',
  'vciso-project': 'vCISO projects',
  'fractional-cio': 'fractional CIO services',
  'vciso-and-fractional-cio': 'a combined vCISO and fractional CIO service',
  'incident-response': 'incident-response support',
  'full-time-ciso': 'help with a full-time CISO hire (search or interim cover)',
};

/** Regulation names as a prospect knows them. */
export const REGULATION_NAMES: Readonly<Record<Regulation, string>> = {
  hipaa: 'HIPAA',
  'pci-dss': 'PCI DSS',
  'glba-ncua': 'GLBA / NCUA Part 748',
  'ftc-safeguards': 'the FTC Safeguards Rule',
  nydfs: 'NYDFS Part 500',
  cmmc: 'CMMC',
  soc2: 'SOC 2',
  cjis: 'the CJIS Security Policy',
  'sec-public': 'SEC public-company rules',
  nis2: 'NIS2',
};

/** Often-regulated industries, with the rules to check (a hint, not a trigger). */
const INDUSTRY_REGULATION_HINTS: Partial<Record<Industry, { label: string; rules: string }>> = {
  healthcare: { label: 'healthcare', rules: 'HIPAA' },
  'financial-services': {
    label: 'financial services',
    rules: 'the FTC Safeguards Rule, GLBA / NCUA Part 748 or NYDFS Part 500',
  },
  insurance: { label: 'insurance', rules: 'NYDFS Part 500 (if licensed in New York) or GLBA' },
  government: {
    label: 'government',
    rules: 'the CJIS Security Policy (if you handle criminal-justice information)',
  },
  'defense-contractor': { label: 'defense contracting', rules: 'CMMC' },
  'retail-ecommerce': {
    label: 'retail / e-commerce',
    rules: 'PCI DSS (if you take card payments)',
  },
};

const INITIATIVE_NAMES: Readonly<Record<Initiative, string>> = {
  'cloud-migration': 'a cloud migration',
  erp: 'an ERP implementation',
  'merger-acquisition': 'a merger or acquisition',
  'new-location': 'a new location',
  'new-product': 'a new product launch',
};

const VCISO_MODELS: ReadonlySet<EngagementModel> = new Set([
  'vciso-retainer',
  'vciso-project',
  'vciso-and-fractional-cio',
]);
const FRACTIONAL_CIO_MODELS: ReadonlySet<EngagementModel> = new Set([
  'fractional-cio',
  'vciso-and-fractional-cio',
]);
const RETAINER_MODELS: ReadonlySet<EngagementModel> = new Set([
  'vciso-retainer',
  'vciso-and-fractional-cio',
]);

/** True when the model puts a vCISO in place. */
export function includesVciso(model: EngagementModel): boolean {
  return VCISO_MODELS.has(model);
}

/** True when the model puts a fractional CIO in place (the cost model then adds its line). */
export function includesFractionalCio(model: EngagementModel): boolean {
  return FRACTIONAL_CIO_MODELS.has(model);
}

/** Why a full-time CISO is called for; empty when it is not. */
type FullTimeBasis = 'large-organization' | 'dedicated-mandate' | 'public-company-scrutiny';

/** The facts the rules decide on, worked out once. */
interface Facts {
  d: DiscoveryAnswers;
  overall: number;
  triggers: Trigger[];
  itStrategyGap: boolean;
  itStrategyLow: boolean;
  fullTime: FullTimeBasis[];
  bounded: boolean;
}

/** The four vCISO triggers (seed 000), in TRIGGERS order. */
export function findTriggers(d: DiscoveryAnswers): Trigger[] {
  const found: Trigger[] = [];
  if (d.regulations.length > 0) found.push('regulated');
  if (d.customerDemands !== 'none') found.push('customer-driven');
  if (d.cyberInsurance === 'limit-5m-plus') found.push('insurance');
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

/** A bounded need: only questionnaires and/or a large insurance limit, on a program that exists. */
function isBounded(triggers: readonly Trigger[], demands: CustomerDemands, overall: number) {
  if (triggers.length === 0 || overall < PROJECT_READINESS_MIN) return false;
  return triggers.every(
    (t) => t === 'insurance' || (t === 'customer-driven' && demands === 'questionnaires'),
  );
}

function factsFor(d: DiscoveryAnswers, readiness: ReadinessScore): Facts {
  const triggers = findTriggers(d);
  // A bank without IT-strategy questions cannot show an IT-strategy gap by score.
  const itScored = scoredDomains(readiness).includes('it-strategy');
  const itStrategyLow = itScored && readiness.byDomain['it-strategy'] < IT_STRATEGY_GAP_BELOW;
  return {
    d,
    overall: readiness.overall,
    triggers,
    itStrategyGap: itStrategyLow || d.initiatives.length > 0,
    itStrategyLow,
    fullTime: fullTimeBasis(d),
    bounded: isBounded(triggers, d.customerDemands, readiness.overall),
  };
}

/** Rules 2 to 7 in precedence order; the first that applies decides the model. */
function chooseModel(f: Facts): EngagementModel {
  if (f.d.incident === 'active') return 'incident-response';
  if (f.fullTime.length > 0) return 'full-time-ciso';
  if (f.d.itSupport === 'none') return 'msp-only';
  const security = f.triggers.length > 0;
  if (f.itStrategyGap) return security ? 'vciso-and-fractional-cio' : 'fractional-cio';
  if (security) return f.bounded ? 'vciso-project' : 'vciso-retainer';
  if (f.d.employees >= TOO_EARLY_EMPLOYEES && f.overall < PROGRAM_BUILD_READINESS_BELOW) {
    return 'vciso-project';
  }
  return 'msp-only';
}

function hoursFor(f: Facts, model: EngagementModel, tier: RetainerTier): HoursRange | null {
  if (RETAINER_MODELS.has(model)) return { ...tier.hours };
  if (model !== 'vciso-project') return null;
  const questionnairesOnly = f.triggers.length === 1 && f.triggers[0] === 'customer-driven';
  return { ...(questionnairesOnly ? PROJECT_HOURS.questionnaires : PROJECT_HOURS.auditReadiness) };
}

function headlineFor(model: EngagementModel, d: DiscoveryAnswers): string {
  if (model !== 'msp-only') return MODEL_HEADLINES[model];
  if (d.itSupport === 'none') return 'Put IT operations in place first';
  if (d.itSupport === 'internal') return 'Stay with your IT team for now';
  return MODEL_HEADLINES[model];
}

const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
const count = (n: number): string => n.toLocaleString('en-US');
const score = (n: number): string => `${Math.round(n)} out of 100`;
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const finding = (id: string, text: string, source: string): Finding => ({ id, text, source });

function triggerReasons(f: Facts): Finding[] {
  const { d } = f;
  const out: Finding[] = [];
  for (const t of f.triggers) {
    if (t === 'regulated') {
      const names = list(d.regulations.map((r) => REGULATION_NAMES[r]));
      // SOC 2 is an audit standard customers ask for, not a law: do not call it regulation.
      const standardOnly = d.regulations.every((r) => r === 'soc2');
      out.push(
        finding(
          'trigger-regulated',
          (standardOnly
            ? `You must meet ${names}. An audit standard you are held to is, like regulated ` +
              'work, one of the four usual reasons to bring in '
            : `You work under ${names}. Regulated work is one of the four usual reasons to ` +
              'bring in ') +
            'security leadership: someone has to own the written program and answer for it.',
          `your answer: regulations: ${names}`,
        ),
      );
    } else if (t === 'customer-driven') {
      out.push(
        d.customerDemands === 'named-security-leader'
          ? finding(
              'trigger-customer-driven',
              'A customer wants the name of your security leader. "Our MSP handles it" does not ' +
                'answer that; a vCISO can be the named, accountable person.',
              'your answer: a customer asks for a named security leader',
            )
          : finding(
              'trigger-customer-driven',
              'Customers send you security questionnaires. Answering them well, and the same way ' +
                'each time, takes someone who owns the program behind the answers.',
              'your answer: customers send security questionnaires',
            ),
      );
    } else if (t === 'insurance') {
      out.push(
        finding(
          'trigger-insurance',
          'Your cyber-insurance limit is $5M or more. At that size carriers ask about the ' +
            'security program itself, not only the tools, and running that program is the ' +
            'vCISO job.',
          'your answer: cyber-insurance limit of $5M or more',
        ),
      );
    } else {
      out.push(
        finding(
          'trigger-post-incident',
          'You had an incident in the past 24 months. Security leadership is how its lessons ' +
            'become lasting changes instead of a one-off clean-up.',
          'your answer: an incident in the past 24 months',
        ),
      );
    }
  }
  return out;
}

function fullTimeReasons(f: Facts): Finding[] {
  const n = count(f.d.employees);
  return f.fullTime.map((basis) => {
    if (basis === 'large-organization') {
      return finding(
        basis,
        `With ${n} staff you are in the range (about 1,000 and up) where the security program is ` +
          'complex enough to need a full-time executive.',
        'published guidance on when a full-time CISO fits (organizations of about 1,000+ staff)',
      );
    }
    if (basis === 'dedicated-mandate') {
      return finding(
        basis,
        'You told us a contract or rule requires a dedicated, named security executive. A ' +
          'part-time leader would not meet that requirement.',
        'your answer: a mandate requires a dedicated security executive',
      );
    }
    return finding(
      basis,
      `You are a public company with ${n} staff. Our interpretation: from about 500 staff, board ` +
        'questions and SEC disclosure duties on cyber risk are frequent and weighty enough to ' +
        'warrant a full-time CISO.',
      'SEC Form 8-K Item 1.05 and Regulation S-K Item 106; the 500-staff threshold is our ' +
        'interpretation',
    );
  });
}

function itStrategyReasons(f: Facts, readiness: ReadinessScore): Finding[] {
  const out: Finding[] = [];
  if (f.itStrategyLow) {
    out.push(
      finding(
        'it-strategy-readiness-low',
        `Your IT-strategy readiness is ${score(readiness.byDomain['it-strategy'])}: ` +
          'on average, the roadmap, budget and vendor practices behind your technology ' +
          'decisions are not yet written down. That is the gap a fractional CIO fills.',
        'your answers: IT-strategy practices',
      ),
    );
  }
  if (f.d.initiatives.length > 0) {
    const names = list(f.d.initiatives.map((i) => INITIATIVE_NAMES[i]));
    out.push(
      finding(
        'major-initiatives',
        `You have ${names} ahead. Leading a change of that size from the technology-strategy ` +
          'side is fractional-CIO work.',
        `your answer: planned initiatives: ${names}`,
      ),
    );
  }
  return out;
}

/** Why this shape of vCISO engagement (or none) fits, rules 6 and 7. */
function shapeReasons(f: Facts, model: EngagementModel, hours: HoursRange | null): Finding[] {
  const { d } = f;
  const range = hours ? `${hours.min}–${hours.max} hours a month` : '';
  if (f.triggers.length === 0 && (model === 'msp-only' || model === 'fractional-cio')) {
    return [
      finding(
        'no-trigger',
        'None of the four usual reasons for a vCISO applies to you: no regulation, no customer ' +
          'security demands, no insurance limit of $5M or more and no recent incident. ' +
          (d.itSupport === 'none'
            ? 'Once IT operations are in place, strong operational security covers the ' +
              'security side for now.'
            : 'Strong operational security from your IT provider covers the security side ' +
              'for now.'),
        'your answers: regulations, customer demands, cyber insurance, incidents',
      ),
    ];
  }
  if (f.triggers.length === 0 && model === 'vciso-project') {
    return [
      finding(
        'program-build',
        `None of the four triggers applies, but with ${count(d.employees)} staff and overall ` +
          `readiness of ${score(f.overall)} there is no working security program yet. Our ` +
          'judgement: a defined project to build one (an owner, a risk assessment, core ' +
          `policies, a 90-day plan; about ${range}) pays off at your size; ongoing leadership ` +
          'can wait for a trigger.',
        'published vCISO engagement shapes (initial program build); thresholds are our ' +
          'interpretation',
      ),
    ];
  }
  if (model === 'vciso-project') {
    const what = f.triggers.includes('insurance')
      ? 'evidence for your insurer' +
        (f.triggers.includes('customer-driven') ? ' and answers to customer questionnaires' : '')
      : 'answers to customer questionnaires';
    return [
      finding(
        'bounded-need',
        `The need is bounded: ${what}, on a program that largely exists (readiness ` +
          `${score(f.overall)}). A defined project of about ${range} closes it without a ` +
          'standing retainer.',
        'published vCISO project shapes (questionnaire support 8–16 h/month; audit ' +
          'readiness 16–32 h/month)',
      ),
    ];
  }
  if (RETAINER_MODELS.has(model)) {
    const why: string[] = [];
    if (d.customerDemands === 'named-security-leader') {
      why.push('a customer who asks for a named leader expects that person to stay');
    }
    if (f.triggers.includes('regulated')) why.push('regulated work needs a standing owner');
    if (f.triggers.includes('post-incident')) why.push('post-incident changes take months');
    if (f.overall < PROJECT_READINESS_MIN) {
      why.push(`at readiness of ${score(f.overall)} there is a program to build, then run`);
    }
    const because = why.length > 0 ? ` Here, ${list(why)}.` : '';
    return [
      finding(
        'ongoing-need',
        'The need is ongoing: someone has to own the program month after month.' +
          `${because} Suggested scope for your size: ${range}.`,
        'published vCISO retainer ranges',
      ),
    ];
  }
  return [];
}

const THIRD_PARTY_LEADER_RULES: readonly { reg: Regulation; cite: string }[] = [
  { reg: 'ftc-safeguards', cite: 'FTC Safeguards Rule, 16 CFR 314.4(a)' },
  { reg: 'nydfs', cite: 'NYDFS 23 NYCRR 500.4(a)' },
];

function thirdPartyLeaderReason(f: Facts, model: EngagementModel): Finding[] {
  if (model === 'full-time-ciso') return [];
  const present = THIRD_PARTY_LEADER_RULES.filter((r) => f.d.regulations.includes(r.reg));
  if (present.length === 0) return [];
  return [
    finding(
      'third-party-leader-allowed',
      `${upperFirst(list(present.map((r) => REGULATION_NAMES[r.reg])))} lets the person in ` +
        'charge of your ' +
        'security program come from a service provider or an affiliate, so the rule alone does ' +
        'not force a full-time hire. The conditions: you stay responsible, a senior person of ' +
        'yours oversees the provider, and the provider keeps a compliant program.',
      present.map((r) => r.cite).join('; '),
    ),
  ];
}

function leadershipReasons(f: Facts, model: EngagementModel): Finding[] {
  if (f.d.securityLeadership === 'dedicated-internal' && includesVciso(model)) {
    return [
      finding(
        'internal-lead-supported',
        'You have a dedicated internal security lead. A vCISO would back that person up with ' +
          'program structure, board reporting and a second opinion, not replace them.',
        'your answer: a dedicated internal security lead',
      ),
    ];
  }
  if (f.d.securityLeadership === 'external') {
    return [
      finding(
        'existing-external-lead',
        'You already have outside security leadership. Compare what it covers with the duties ' +
          'here (written program, risk assessment, incident plan, vendor risk, reporting to ' +
          'leadership) before adding or switching providers.',
        'your answer: security leadership comes from outside',
      ),
    ];
  }
  return [];
}

function regulationNote(reg: Regulation, d: DiscoveryAnswers): Finding {
  const id = `reg-${reg}`;
  switch (reg) {
    case 'ftc-safeguards':
      return finding(
        id,
        'FTC Safeguards Rule: designate a Qualified Individual to run and enforce your written ' +
          'security program and report in writing to your board or owner at least once a year. ' +
          'That person may work for a service provider. Holding data on fewer than 5,000 ' +
          'consumers lifts only a few items (the written risk assessment, continuous monitoring ' +
          'or yearly testing, the written incident plan and the yearly report); the Qualified ' +
          'Individual, the written program, MFA, encryption, training and vendor oversight ' +
          'still apply.',
        'FTC Safeguards Rule, 16 CFR 314.4(a), 314.4(i) and 314.6',
      );
    case 'nydfs':
      return finding(
        id,
        'NYDFS Part 500: designate a CISO who reports in writing to your board at least yearly ' +
          'and promptly on material issues; the CISO may come from an affiliate or a third-party ' +
          'provider. Cybersecurity incidents are reported within 72 hours, and the yearly ' +
          'certification due 15 April is signed by your top executive and the CISO.' +
          (d.employees >= NYDFS_EXEMPTION_EMPLOYEES
            ? ' If your New York revenue or total assets are small, check the limited exemption ' +
              'in 500.19(a).'
            : ''),
        'NYDFS 23 NYCRR 500.4 and 500.17',
      );
    case 'hipaa':
      return finding(
        id,
        'HIPAA Security Rule: name one security official responsible for your security policies ' +
          'and procedures, whatever your size; the same person may be your privacy official. ' +
          'Our interpretation: a contracted vCISO can be named while your organization stays ' +
          'accountable. A stricter version of the rule was proposed in December 2024; check ' +
          'its status.',
        'HIPAA Security Rule, 45 CFR 164.308(a)(2)',
      );
    case 'pci-dss':
      return finding(
        id,
        'PCI DSS: responsibility for information security must be formally given to a CISO or ' +
          'another executive who knows security. Our interpretation: a formally appointed vCISO, ' +
          'or one supporting an internal executive owner, can meet this; your assessor decides.',
        'PCI DSS v4.0.1 req. 12.1.4',
      );
    case 'glba-ncua':
      return finding(
        id,
        'GLBA / NCUA Part 748: your board approves the written security program, oversees it, ' +
          'gives someone specific responsibility for carrying it out and gets a report at least ' +
          'yearly. No title is required. Our interpretation: an outsourced security leader fits, ' +
          'with the board overseeing that leader as a vendor.',
        'NCUA 12 CFR Part 748, Appendix A; GLBA Interagency Guidelines',
      );
    case 'cmmc':
      return finding(
        id,
        'CMMC: the level you need (1, 2 or 3) follows from whether you handle Federal Contract ' +
          'Information or Controlled Unclassified Information; contracts phase it in from ' +
          '10 November 2025 and compliance is affirmed in SPRS every year. Our interpretation: a ' +
          'vCISO can run the program and the assessment preparation, but the official who ' +
          'affirms must be your own senior person.',
        'CMMC, 32 CFR Part 170',
      );
    case 'soc2':
      return finding(
        id,
        'SOC 2: auditors look for management, with board oversight, to set the structure, ' +
          'reporting lines and authority for security, which in practice means a designated ' +
          'security owner. No title is required; a vCISO can fill the role.',
        'AICPA SOC 2 Trust Services Criteria, CC1.3',
      );
    case 'cjis':
      return finding(
        id,
        'CJIS Security Policy: every agency with access to criminal-justice information needs a ' +
          'Local Agency Security Officer (LASO), and vendors, your IT provider included, sign ' +
          'the CJIS Security Addendum. The LASO may come from contracted or city/county IT; ' +
          'personnel screening still applies.',
        'FBI CJIS Security Policy (Local Agency Security Officer)',
      );
    case 'sec-public':
      return finding(
        id,
        'SEC rules: a material cybersecurity incident is disclosed on Form 8-K within four ' +
          'business days of deciding it is material, and the annual report describes how you ' +
          'manage cyber risk, how the board oversees it and which managers own it. No CISO is ' +
          'required by name.',
        'SEC Form 8-K Item 1.05; Regulation S-K Item 106',
      );
    case 'nis2':
      return finding(
        id,
        'NIS2: your management body approves the cybersecurity measures, oversees them, takes ' +
          'training and can be held liable. A vCISO can run the program; that accountability ' +
          'stays with management.',
        'EU NIS2 Directive 2022/2555, Art. 20 and 21',
      );
  }
}

const NOTIFICATION_RULES: readonly { reg: Regulation; text: string; cite: string }[] = [
  {
    reg: 'ftc-safeguards',
    text: 'the FTC within 30 days of discovery if 500 or more consumers are affected',
    cite: 'FTC Safeguards Rule, 16 CFR 314.4(j)',
  },
  {
    reg: 'nydfs',
    text: 'NYDFS within 72 hours of deciding a reportable incident occurred',
    cite: 'NYDFS 23 NYCRR 500.17(a)',
  },
  {
    reg: 'sec-public',
    text: 'the SEC (Form 8-K) within four business days of deciding the incident is material',
    cite: 'SEC Form 8-K Item 1.05',
  },
];

function incidentFindings(f: Facts, tier: RetainerTier) {
  const reasons: Finding[] = [];
  const warnings: Finding[] = [];
  if (f.d.incident !== 'active') return { reasons, warnings };
  reasons.push(
    finding(
      'active-incident',
      'You have an incident under way. The first need is hands-on response, paid by the hour: ' +
        'contain it, recover, keep the evidence. Building the security program waits until the ' +
        'incident is closed.' +
        (f.d.cyberInsurance !== 'none'
          ? " Call your insurer's claims line before hiring responders: many policies name the " +
            'firms they pay for (our interpretation; check your policy).'
          : ''),
      'your answer: an incident is under way',
    ),
  );
  const after = chooseModel({
    ...f,
    d: { ...f.d, incident: 'past-24-months' },
    triggers: findTriggers({ ...f.d, incident: 'past-24-months' }),
    bounded: false,
  });
  const afterHours = hoursFor(f, after, tier);
  warnings.push(
    finding(
      'program-after-incident',
      'Once the incident is closed, it becomes a reason in itself to fix the program behind it ' +
        `(post-incident work typically runs 90 to 180 days). The next step then: ${lowerFirst(
          headlineFor(after, f.d),
        )}${afterHours ? ` (about ${afterHours.min}–${afterHours.max} hours a month)` : ''}.`,
      'published vCISO project shapes (post-incident work, 90–180 days)',
    ),
  );
  const deadlines = NOTIFICATION_RULES.filter((r) => f.d.regulations.includes(r.reg));
  if (deadlines.length > 0) {
    warnings.push(
      finding(
        'notification-deadlines',
        `Reporting clocks may be running: notify ${list(deadlines.map((r) => r.text))}. Check ` +
          'the rule text with counsel today.',
        deadlines.map((r) => r.cite).join('; '),
      ),
    );
  }
  return { reasons, warnings };
}

function fullTimeWarnings(f: Facts, model: EngagementModel): Finding[] {
  const out: Finding[] = [];
  if (model === 'full-time-ciso') {
    out.push(
      finding(
        'interim-vciso',
        'A CISO search usually takes three to six months. A vCISO can cover the gap and hand a ' +
          'working program to the new hire.',
        'published CISO hiring timelines (3–6 months)',
      ),
    );
  }
  if (f.d.dedicatedMandate === 'unsure') {
    out.push(
      finding(
        'confirm-mandate',
        'You are not sure whether a contract or rule demands a dedicated, full-time security ' +
          'executive. Check the wording before you decide: if it does, only a full-time hire ' +
          'meets it and this recommendation changes.',
        'your answer: not sure about a dedicated-executive mandate',
      ),
    );
  }
  return out;
}

function operationsWarning(f: Facts): Finding[] {
  if (f.d.itSupport !== 'none') return [];
  return [
    finding(
      'needs-operations-first',
      'No one runs your day-to-day IT. A vCISO sets direction, but someone has to carry it out: ' +
        'put a managed IT provider or an IT person in place first (patching, backups, MFA, ' +
        'endpoint protection), then add security leadership.' +
        (f.triggers.length > 0
          ? ' The reasons listed still call for a vCISO once operations run.'
          : ''),
      'your answer: no one provides IT support; published guidance on common vCISO buying mistakes',
    ),
  ];
}

function regulationHintWarnings(f: Facts): Finding[] {
  const out: Finding[] = [];
  const hint = INDUSTRY_REGULATION_HINTS[f.d.industry];
  if (hint && f.d.regulations.length === 0) {
    out.push(
      finding(
        'check-regulations',
        `You chose ${hint.label} but no regulation. Businesses in that field are often covered ` +
          `by ${hint.rules}. Check before relying on this result: a regulation would change it.`,
        `your answer: industry ${hint.label}, no regulation selected`,
      ),
    );
  }
  if (f.d.regulations.includes('nydfs') && f.d.employees < NYDFS_EXEMPTION_EMPLOYEES) {
    out.push(
      finding(
        'nydfs-exemption-check',
        `With ${count(f.d.employees)} staff you may qualify for the NYDFS limited exemption, ` +
          'which lifts the CISO requirement among others. It covers fewer than 20 staff and ' +
          'contractors (affiliates included), or under $7.5M of New York revenue in each of the ' +
          'last three years, or under $15M of year-end assets, and is claimed by filing a notice ' +
          'within 30 days. Check it before budgeting for a CISO.',
        'NYDFS 23 NYCRR 500.19(a)',
      ),
    );
  }
  return out;
}

function tooEarlyWarning(f: Facts, model: EngagementModel): Finding[] {
  if (model !== 'msp-only' || f.triggers.length > 0 || f.d.employees >= TOO_EARLY_EMPLOYEES) {
    return [];
  }
  return [
    finding(
      'too-early',
      `For ${count(f.d.employees)} people with none of the four triggers, operational security ` +
        'from a capable MSP is enough for now; spend the budget on the operational stack. ' +
        'Revisit when one appears: a regulation starts to apply, a customer sends a security ' +
        'questionnaire or asks for a named leader, your insurance limit reaches $5M, or you ' +
        'have an incident.',
      'published vCISO guidance: rarely worth it under 30 staff without a trigger',
    ),
  ];
}

function uncertaintyWarning(readiness: ReadinessScore): Finding[] {
  const missing = readiness.unknownCount + readiness.unansweredCount;
  if (
    readiness.applicableCount === 0 ||
    missing <= MANY_UNKNOWNS_SHARE * readiness.applicableCount
  ) {
    return [];
  }
  return [
    finding(
      'many-unknowns',
      `${missing} of ${readiness.applicableCount} readiness answers were "${UNKNOWN_LABEL}" ` +
        'or left blank. They count as not in place, so the score may be lower than reality. ' +
        'Find out before deciding on an engagement.',
      'your answers: readiness questions',
    ),
  ];
}

function engagementWarnings(f: Facts, model: EngagementModel, offers: readonly EngagementModel[]) {
  const out: Finding[] = [];
  if (includesVciso(model) && f.d.securityLeadership === 'it-generalist') {
    out.push(
      finding(
        'helpdesk-is-not-vciso',
        'Your IT generalist leads security today. Keep the vCISO on the program: a vCISO who ' +
          'resets passwords and fixes laptops is not doing the vCISO job.',
        'published guidance on common vCISO buying mistakes',
      ),
    );
  }
  if (RETAINER_MODELS.has(model)) {
    out.push(
      finding(
        'retainer-needs-deliverables',
        'Ask what the retainer produces: written policies, a yearly risk assessment, policy ' +
          'updates and a quarterly review with leadership. A retainer without them is only a fee.',
        'published vCISO engagement structure',
      ),
    );
  }
  if (
    includesFractionalCio(model) &&
    (f.d.itSupport === 'msp' || f.d.itSupport === 'internal-and-msp')
  ) {
    out.push(
      finding(
        'vcio-conflict-of-interest',
        'A fractional CIO from your MSP would advise on purchases the MSP may also sell. Ask for ' +
          'three quotes on major purchases so advice and sales stay apart.',
        'published vCIO practice for MSPs (three quotes)',
      ),
    );
  }
  if (!offers.includes(model)) {
    out.push(
      finding(
        'not-offered',
        `This provider does not list ${MODEL_SERVICES[model]} among its services; ask them for a ` +
          'referral to someone who does.',
        "this provider's list of services",
      ),
    );
  }
  return out;
}

/**
 * Recommends an engagement model with its reasons and warnings, each citing its source. Pure:
 * the same input always gives the same findings in the same order.
 */
export function recommend(input: RecommendInput): Recommendation {
  const { discovery, readiness, tier, offers } = input;
  const f = factsFor(discovery, readiness);
  const model = chooseModel(f);
  const hoursPerMonth = hoursFor(f, model, tier);
  const incident = incidentFindings(f, tier);

  const reasons = [
    ...incident.reasons,
    ...fullTimeReasons(f),
    ...triggerReasons(f),
    ...itStrategyReasons(f, readiness),
    ...shapeReasons(f, model, hoursPerMonth),
    ...thirdPartyLeaderReason(f, model),
    ...leadershipReasons(f, model),
    ...discovery.regulations.map((r) => regulationNote(r, discovery)),
  ];
  const warnings = [
    ...incident.warnings,
    ...fullTimeWarnings(f, model),
    ...operationsWarning(f),
    ...regulationHintWarnings(f),
    ...tooEarlyWarning(f, model),
    ...uncertaintyWarning(readiness),
    ...engagementWarnings(f, model, offers),
  ];

  return {
    model,
    headline: headlineFor(model, discovery),
    hoursPerMonth,
    triggers: f.triggers,
    itStrategyGap: f.itStrategyGap,
    reasons: uniqueById(reasons),
    warnings: uniqueById(warnings),
  };
}

/** Keeps the first finding of each id (a regulation listed twice must not repeat its note). */
function uniqueById(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const x of findings) {
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    out.push(x);
  }
  return out;
}
