/**
 * The recommendation's words, as data beside the rules in recommendation.ts: headlines, the
 * notes on each rule a prospect names, and every finding's text with its source. The rules pick
 * which finding applies; this file says it. Facts come from ../shared/domain/facts.md and the
 * seed articles (cited as seed 000–004); "our interpretation" marks our reading of a rule.
 */
import { PROJECT_SPECS } from './engagements';
import { wholeScore } from './scoring';
import type {
  EngagementModel,
  HoursRange,
  Industry,
  Initiative,
  ItStrategyVerdict,
  ProjectKind,
  Regulation,
  SecurityVerdict,
} from './types';

// ---------------------------------------------------------------------------------------------
// Small formatting helpers shared by the texts
// ---------------------------------------------------------------------------------------------

export const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
export const count = (n: number): string => n.toLocaleString('en-US');
export const score = (n: number): string => `${wholeScore(n)} out of 100`;
export const hours = (h: HoursRange): string => `${h.min}–${h.max} hours a month`;
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------
// Headlines
// ---------------------------------------------------------------------------------------------

/** The headline for each verdict id, in plain words (the CSV and the offers list use these). */
export const MODEL_HEADLINES: Readonly<Record<EngagementModel, string>> = {
  'msp-only': 'Stay with your MSP for now',
  'vciso-retainer': 'A vCISO on a monthly retainer',
  'vciso-project': 'A defined vCISO project',
  'fractional-cio': 'A fractional CIO',
  'vciso-and-fractional-cio': 'A vCISO and a fractional CIO together',
  'incident-response': 'Incident-response support now, the program after',
  'full-time-ciso': 'Hire a full-time CISO',
  'vciso-project-and-fractional-cio': 'A defined vCISO project and a fractional CIO',
  'keep-security-leader': 'Keep and resource your security leader',
  'strategy-reviews': 'Stay with your IT provider, with quarterly strategy reviews',
};

/** The security half of a headline. */
export const SECURITY_HEADLINES: Readonly<Record<SecurityVerdict, string>> = {
  'operations-first': 'Put IT operations in place first',
  'msp-only': 'Stay with your MSP for now',
  'vciso-project': 'A defined vCISO project',
  'vciso-retainer': 'A vCISO on a monthly retainer',
  'incident-response': 'Incident-response support now, the program after',
  'full-time-ciso': 'Hire a full-time CISO',
  'keep-security-leader': 'Keep and resource your security leader',
};

/** What the IT-strategy half adds to a security headline ('' for none). */
export const IT_STRATEGY_SUFFIX: Readonly<Record<ItStrategyVerdict, { msp: string; own: string }>> =
  {
    none: { msp: '', own: '' },
    'strategy-reviews': {
      msp: ', with quarterly strategy reviews from your MSP',
      own: ', with quarterly strategy reviews from an outside adviser',
    },
    'fractional-cio': { msp: ', and a fractional CIO', own: ', and a fractional CIO' },
  };

/** The service each verdict id needs, for the "not offered" warning. */
export const MODEL_SERVICES: Readonly<Record<EngagementModel, string>> = {
  'msp-only': 'managed IT and security operations',
  'vciso-retainer': 'vCISO retainers',
  'vciso-project': 'vCISO projects',
  'fractional-cio': 'fractional CIO services',
  'vciso-and-fractional-cio': 'a combined vCISO and fractional CIO service',
  'incident-response': 'incident-response support',
  'full-time-ciso': 'help with a full-time CISO hire (search or interim cover)',
  'vciso-project-and-fractional-cio': 'vCISO projects together with a fractional CIO',
  'keep-security-leader': 'support for an in-house security leader',
  'strategy-reviews': 'quarterly IT strategy reviews',
};

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

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

export const INITIATIVE_NAMES: Readonly<Record<Initiative, string>> = {
  'cloud-migration': 'a cloud migration',
  erp: 'an ERP implementation',
  'merger-acquisition': 'a merger or acquisition',
  'new-location': 'a new location',
  'new-product': 'a new product launch',
};

/** Often-regulated industries, with the rules to check (a hint, not a trigger). */
export const INDUSTRY_REGULATION_HINTS: Partial<
  Record<Industry, { label: string; rules: string }>
> = {
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

// ---------------------------------------------------------------------------------------------
// Projects: what each delivers, in a sentence
// ---------------------------------------------------------------------------------------------

/** What each defined project delivers. */
export const PROJECT_DELIVERABLES: Readonly<Record<ProjectKind, string>> = {
  'audit-readiness':
    'close the gaps an auditor would find, write the policies and evidence the audit asks for, ' +
    'and prepare you for the audit itself',
  'insurer-evidence':
    'document the controls your insurer asks about and assemble the evidence for the renewal',
  'questionnaire-support':
    'write a reusable set of answers and evidence for customer security questionnaires, and ' +
    'help answer the ones in hand',
  'post-incident':
    'turn the incident’s lessons into lasting changes: root causes fixed, the incident plan ' +
    'updated, and the controls that failed put right',
  'program-build':
    'name an owner, run a first risk assessment, write the core policies and leave a 90-day plan',
  'small-firm-compliance':
    'carry out the risk analysis, write the core policies, name the person who owns security ' +
    'inside the business, and prepare the first yearly report',
};

/** The project's shape in words, e.g. "about 16–32 hours a month for 6–12 months". */
export function projectSize(kind: ProjectKind): string {
  const spec = PROJECT_SPECS[kind];
  const months =
    spec.months.min === spec.months.max
      ? `${spec.months.min} months`
      : `${spec.months.min}–${spec.months.max} months`;
  return `about ${hours(spec.hoursPerMonth)} for ${months}`;
}

// ---------------------------------------------------------------------------------------------
// Rule notes: what each rule asks for, whatever the verdict
// ---------------------------------------------------------------------------------------------

/** The note on each rule; `small` adds the parts that change for small firms. */
export const REGULATION_NOTES: Readonly<
  Record<Regulation, { text: (ctx: { employees: number }) => string; source: string }>
> = {
  'ftc-safeguards': {
    text: () =>
      'FTC Safeguards Rule: designate a Qualified Individual to run and enforce your written ' +
      'security program and report in writing to your board or owner at least once a year. ' +
      'That person may work for a service provider. Holding data on fewer than 5,000 ' +
      'consumers lifts only a few items (the written risk assessment, continuous monitoring ' +
      'or yearly testing, the written incident plan and the yearly report); the Qualified ' +
      'Individual, the written program, MFA, encryption, training and vendor oversight ' +
      'still apply.',
    source: 'FTC Safeguards Rule, 16 CFR 314.4(a), 314.4(i) and 314.6',
  },
  nydfs: {
    text: ({ employees }) =>
      'NYDFS Part 500: designate a CISO who reports in writing to your board at least yearly ' +
      'and promptly on material issues; the CISO may come from an affiliate or a third-party ' +
      'provider. Cybersecurity incidents are reported within 72 hours, and the yearly ' +
      'certification due 15 April is signed by your top executive and the CISO.' +
      (employees >= 20
        ? ' If your New York revenue or total assets are small, check whether you can claim the ' +
          'limited exemption in 500.19(a).'
        : ''),
    source: 'NYDFS 23 NYCRR 500.4 and 500.17',
  },
  hipaa: {
    text: () =>
      'HIPAA Security Rule: name one security official responsible for your security policies ' +
      'and procedures, whatever your size; the same person may be your privacy official, and ' +
      'small offices usually give the role to someone already on staff. Our interpretation: a ' +
      'contracted vCISO can also be named while your organization stays accountable. A ' +
      'stricter version of the rule was proposed in December 2024; check its status.',
    source: 'HIPAA Security Rule, 45 CFR 164.308(a)(2)',
  },
  'pci-dss': {
    text: () =>
      'PCI DSS: responsibility for information security must be formally given to a CISO or ' +
      'another executive who knows security, even when card handling is outsourced (the rest of ' +
      'your scope then shrinks a great deal). Our interpretation: a formally appointed vCISO, or ' +
      'one supporting an internal executive owner, can meet this; your assessor decides.',
    source: 'PCI DSS v4.0.1 req. 12.1.4; SAQ A and SAQ P2PE scope',
  },
  'glba-ncua': {
    text: () =>
      'GLBA / NCUA Part 748: your board approves the written security program, oversees it, ' +
      'gives someone specific responsibility for carrying it out and gets a report at least ' +
      'yearly. No title is required. Our interpretation: an outsourced security leader fits, ' +
      'with the board overseeing that leader as a vendor.',
    source: 'NCUA 12 CFR Part 748, Appendix A; GLBA Interagency Guidelines',
  },
  cmmc: {
    text: () =>
      'CMMC: the level you need (1, 2 or 3) follows from whether you handle Federal Contract ' +
      'Information or Controlled Unclassified Information; contracts phase it in from ' +
      '10 November 2025 and compliance is affirmed in SPRS every year. Our interpretation: a ' +
      'vCISO can run the program and the assessment preparation, but the official who ' +
      'affirms must be your own senior person.',
    source: 'CMMC, 32 CFR Part 170',
  },
  soc2: {
    text: () =>
      'SOC 2: an audit report your customers ask for, not a law. Auditors look for management, ' +
      'with board oversight, to set the structure, reporting lines and authority for security, ' +
      'which in practice means a designated security owner. No title is required; a vCISO can ' +
      'fill the role.',
    source: 'AICPA SOC 2 Trust Services Criteria, CC1.3',
  },
  cjis: {
    text: () =>
      'CJIS Security Policy: every agency with access to criminal-justice information needs a ' +
      'Local Agency Security Officer (LASO), and vendors, your IT provider included, sign ' +
      'the CJIS Security Addendum. The LASO may come from contracted or city/county IT; ' +
      'personnel screening still applies.',
    source: 'FBI CJIS Security Policy (Local Agency Security Officer)',
  },
  'sec-public': {
    text: () =>
      'SEC rules: a material cybersecurity incident is disclosed on Form 8-K within four ' +
      'business days of deciding it is material, and the annual report describes how you ' +
      'manage cyber risk, how the board oversees it and which managers own it. No CISO is ' +
      'required by name.',
    source: 'SEC Form 8-K Item 1.05; Regulation S-K Item 106',
  },
  nis2: {
    text: () =>
      'NIS2 reaches medium and larger entities (50 or more staff, or more than €10M turnover) in ' +
      'the sectors it lists, and some entities whatever their size; check whether yours is one. ' +
      'Where it applies, your management body approves the cybersecurity measures, oversees ' +
      'them, takes training and can be held liable. A vCISO can run the program; that ' +
      'accountability stays with management.',
    source: 'EU NIS2 Directive 2022/2555, Art. 2, 20 and 21',
  },
};

/** Who must be told after an incident, and how fast, per rule (checked against the rule text). */
export const NOTIFICATION_RULES: readonly { reg: Regulation; text: string; cite: string }[] = [
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
    reg: 'hipaa',
    text:
      'affected people without unreasonable delay and within 60 calendar days of discovering a ' +
      'breach of health information ' +
      '(HHS at the same time if 500 or more are affected, and the media if more than 500 ' +
      'residents of a state are; smaller breaches are logged and reported to HHS within 60 days ' +
      'of the year’s end; a business associate tells the covered entity within 60 calendar days)',
    cite: 'HIPAA Breach Notification Rule, 45 CFR 164.404, 164.406, 164.408 and 164.410',
  },
  {
    reg: 'sec-public',
    text: 'the SEC (Form 8-K) within four business days of deciding the incident is material',
    cite: 'SEC Form 8-K Item 1.05',
  },
];

/** State breach laws apply to almost every business holding personal information. */
export const STATE_BREACH_LAWS = {
  text:
    'US state breach-notification laws set their own deadlines (some a fixed 30, 45 or 60 ' +
    'days, others "without unreasonable delay"); the states where the affected people live ' +
    'decide which apply',
  cite: 'US state breach-notification laws (deadlines vary by state)',
} as const;
