/**
 * The question bank's structure: discovery questions in full (who the prospect is), and the
 * outline of each readiness practice (id, function, references, weight, skip rule) without its
 * wording, which is in readiness-text.ts. The flow and validation need only this, so the first
 * question does not wait for the text of forty others; questions.ts joins the two. Ids and option values are stable: stored records, URL
 * prefill and hand-off files key on them. Change wording freely, ids never; bump CONTENT_VERSION
 * whenever a prompt, level text, weight or skip rule changes.
 *
 * Sources: NIST CSF 2.0 categories and CIS Controls v8.1 numbers from facts.md §1; the rules
 * named in hints from facts.md §2; the vCISO duties from seed 000 and the vCIO duties from
 * seeds 001–004.
 */
import {
  CARD_HANDLING,
  CUSTOMER_DEMANDS,
  CYBER_INSURANCE,
  DEDICATED_MANDATE,
  DOMAINS,
  INCIDENTS,
  INDUSTRIES,
  INITIATIVES,
  IT_SUPPORT,
  MERCHANT_LEVELS,
  REGULATIONS,
  SECURITY_LEADERSHIP,
  type Answers,
  type ChoiceOption,
  type DiscoveryAnswers,
  type DiscoveryQuestion,
  type Domain,
  type QuestionOutline,
  type ReadinessOutline,
} from '../types';

/** Version of the question bank; stored with every assessment. */
export const CONTENT_VERSION = '2026.12.1';

// ---------------------------------------------------------------------------------------------
// Skip logic
// ---------------------------------------------------------------------------------------------

/**
 * The values a multi-choice answer holds. Missing or malformed counts as "nothing selected":
 * every conditional question below needs a positive signal (card data, an MSP, a product, an
 * initiative), so asking it before that signal exists would score a prospect on work that may
 * not be theirs. The flow finishes discovery before readiness, so "missing" only happens while
 * discovery is still being answered.
 */
function selected(answers: Answers, id: keyof DiscoveryAnswers): readonly string[] {
  const value = answers[id];
  return Array.isArray(value) ? value : [];
}

/** The value of a single-choice answer, or undefined when missing or malformed. */
function chosen(answers: Answers, id: keyof DiscoveryAnswers): string | undefined {
  const value = answers[id];
  return typeof value === 'string' ? value : undefined;
}

/** Card data in scope: PCI DSS named, or a retail / e-commerce business (which takes cards). */
const handlesCardData = (a: Answers): boolean =>
  selected(a, 'regulations').includes('pci-dss') || chosen(a, 'industry') === 'retail-ecommerce';

/** Builds software or online services customers use. */
const buildsSoftware = (a: Answers): boolean =>
  chosen(a, 'industry') === 'technology-saas' || selected(a, 'initiatives').includes('new-product');

/** At least one major initiative ahead; [] (none of these) and missing both mean no. */
const hasInitiatives = (a: Answers): boolean => selected(a, 'initiatives').length > 0;

/** An MSP runs some or all of the IT. */
const usesMsp = (a: Answers): boolean => {
  const support = chosen(a, 'itSupport');
  return support === 'msp' || support === 'internal-and-msp';
};

// ---------------------------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------------------------

interface OptionText {
  label: string;
  hint?: string;
}

/** Options in the order of the shared constant; the Record makes a missing label a type error. */
function optionsFor<V extends string>(
  values: readonly V[],
  text: Record<V, OptionText>,
): readonly ChoiceOption<V>[] {
  return values.map((value) => ({ value, ...text[value] }));
}

/** Keyed by DiscoveryAnswers field, so a missing, extra or mismatched id fails to compile. */
const discoveryBank: { [K in keyof DiscoveryAnswers]: DiscoveryQuestion & { id: K } } = {
  employees: {
    id: 'employees',
    section: 'discovery',
    kind: 'number',
    prompt: 'How many people work for the business, counting staff and contractors?',
    whyWeAsk:
      'Head count decides which rules reach you (NYDFS offers a limited exemption, claimed by ' +
      'notice, to firms under 20 staff and contractors; NIS2 reaches covered-sector entities of ' +
      '50 or more staff or over €10M turnover) and how much leadership fits your size.',
    min: 1,
    max: 1_000_000,
    integer: true,
    unit: 'people',
  },
  industry: {
    id: 'industry',
    section: 'discovery',
    kind: 'single',
    prompt: 'Which industry best describes the business?',
    whyWeAsk:
      'Your industry points to the rules, customers and attackers you are likely to meet, ' +
      'and to which practices are asked about below.',
    options: optionsFor(INDUSTRIES, {
      healthcare: {
        label: 'Healthcare',
        hint: 'Practices, clinics, labs, home health and the firms that handle their patient data',
      },
      'financial-services': {
        label: 'Financial services',
        hint: 'Banks, credit unions, lenders, mortgage brokers, tax and wealth advisers',
      },
      insurance: { label: 'Insurance', hint: 'Carriers, agencies and brokers' },
      legal: { label: 'Legal', hint: 'Law firms and legal service providers' },
      government: {
        label: 'Government or public safety',
        hint: 'Municipalities, agencies, courts and law enforcement',
      },
      education: { label: 'Education', hint: 'Schools, colleges and training providers' },
      manufacturing: {
        label: 'Manufacturing',
        hint: 'Plants, fabrication, industrial and process operations',
      },
      'defense-contractor': {
        label: 'Defense contractor',
        hint: 'Prime or subcontractor on U.S. Department of Defense work',
      },
      'retail-ecommerce': {
        label: 'Retail or e-commerce',
        hint: 'Stores, online shops and hospitality businesses that take card payments',
      },
      'technology-saas': {
        label: 'Technology or SaaS',
        hint: 'Software, hosted services, IT and data providers',
      },
      'professional-services': {
        label: 'Professional services',
        hint: 'Accounting, engineering, architecture, consulting and agencies',
      },
      nonprofit: { label: 'Nonprofit', hint: 'Charities, associations and foundations' },
      other: { label: 'Something else' },
    }),
  },
  regulations: {
    id: 'regulations',
    section: 'discovery',
    kind: 'multi',
    prompt: 'Which of these rules or standards apply to the business?',
    whyWeAsk:
      'Several of these rules require a named person to own security, and some say plainly that ' +
      'the person may be an outside provider.',
    noneLabel: 'None of these apply to us',
    options: optionsFor(REGULATIONS, {
      hipaa: {
        label: 'HIPAA',
        hint: 'HIPAA Security Rule (healthcare providers, plans and their business associates)',
      },
      'pci-dss': {
        label: 'PCI DSS',
        hint: 'PCI DSS v4.0.1 (you store, process or transmit payment-card data, or can affect its security)',
      },
      'glba-ncua': {
        label: 'GLBA or NCUA',
        hint: 'GLBA Interagency Guidelines or NCUA Part 748 (banks and federally insured credit unions)',
      },
      'ftc-safeguards': {
        label: 'FTC Safeguards Rule',
        hint: 'FTC Safeguards Rule (non-bank finance: mortgage brokers, auto dealers that finance, tax preparers, collectors…)',
      },
      nydfs: {
        label: 'NYDFS Part 500',
        hint: 'NYDFS 23 NYCRR 500 (NY-licensed banking, insurance, financial services)',
      },
      cmmc: { label: 'CMMC', hint: 'CMMC 2.0 (DoD contracts with FCI or CUI)' },
      soc2: {
        label: 'SOC 2',
        hint: 'SOC 2 (customers ask you, as a service organization, for an audit report)',
      },
      cjis: {
        label: 'CJIS',
        hint: 'FBI CJIS Security Policy (criminal-justice agencies and the vendors that touch their data)',
      },
      'sec-public': {
        label: 'SEC public company',
        hint: 'SEC-registered public company (incident 8-K and yearly cyber risk disclosure)',
      },
      nis2: {
        label: 'EU NIS2',
        hint: 'EU NIS2 (covered-sector entities serving the EU with 50+ staff or over €10M turnover, and some whatever their size)',
      },
    }),
  },
  cardHandling: {
    id: 'cardHandling',
    section: 'discovery',
    kind: 'single',
    prompt: 'How do you take card payments?',
    whyWeAsk:
      'Outsourced card handling keeps card data off your systems and shrinks what PCI DSS asks of ' +
      'you; card data on your own systems brings much more of it.',
    appliesWhen: handlesCardData,
    options: optionsFor(CARD_HANDLING, {
      outsourced: {
        label: 'Handled entirely by our payment provider',
        hint: 'A hosted payment page or redirect online, or the provider’s encrypted (P2PE) terminals: card numbers never touch our systems',
      },
      'own-systems': {
        label: 'Card data passes through our own systems',
        hint: 'Our website, network, till software or servers receive, send or store card numbers',
      },
      unknown: { label: 'Not sure', hint: 'Your payment provider can tell you' },
    }),
  },
  merchantLevel: {
    id: 'merchantLevel',
    section: 'discovery',
    kind: 'single',
    prompt: 'How many card transactions do you take a year?',
    whyWeAsk:
      'The card brands set merchant levels by yearly transactions; the lowest level carries the ' +
      'lightest PCI DSS obligations.',
    appliesWhen: (a) => chosen(a, 'cardHandling') === 'own-systems',
    options: optionsFor(MERCHANT_LEVELS, {
      'level-4': {
        label: 'Level 4: the lowest',
        hint: 'Fewer than 20,000 online card transactions a year, or up to about 1 million in all',
      },
      'level-1-3': {
        label: 'Levels 1 to 3',
        hint: 'More than that: 20,000 or more online, or over about 1 million in all',
      },
      unknown: { label: 'Not sure', hint: 'Your acquiring bank or payment provider can tell you' },
    }),
  },
  customerDemands: {
    id: 'customerDemands',
    section: 'discovery',
    kind: 'single',
    prompt: 'What do your customers or partners ask about your security?',
    whyWeAsk:
      'A large customer asking who leads your security is one of the most common reasons a ' +
      'business brings in a vCISO.',
    options: optionsFor(CUSTOMER_DEMANDS, {
      none: { label: 'Nothing formal', hint: 'No security questionnaires or contract clauses yet' },
      questionnaires: {
        label: 'Security questionnaires',
        hint: 'Customers send vendor-security questionnaires or add security terms to contracts',
      },
      'named-security-leader': {
        label: 'They want a named security leader',
        hint: 'A questionnaire or contract asks for your CISO by name, and "we use an MSP" will not do',
      },
    }),
  },
  cyberInsurance: {
    id: 'cyberInsurance',
    section: 'discovery',
    kind: 'single',
    prompt: 'What cyber insurance does the business carry?',
    whyWeAsk:
      'Insurers writing larger limits look at the security program behind the tools, and ' +
      'renewals increasingly ask for evidence of it.',
    options: optionsFor(CYBER_INSURANCE, {
      none: { label: 'None', hint: 'No standalone cyber policy' },
      basic: {
        label: 'A basic policy',
        hint: 'A limit under $5M, or cyber cover added to another policy',
      },
      'evidence-requested': {
        label: 'Our insurer asked for evidence of our controls',
        hint: 'At any limit: the renewal asked us to prove controls such as MFA, backups or a written plan',
      },
      'limit-5m-plus': {
        label: '$5M or more',
        hint: 'A policy limit of $5M or more (choose this even if the insurer also asked for evidence)',
      },
    }),
  },
  incident: {
    id: 'incident',
    section: 'discovery',
    kind: 'single',
    prompt: 'Has the business had a security incident?',
    whyWeAsk:
      'A recent incident changes what comes first: an active one needs responders now, a past ' +
      'one is often the moment a business decides to build a real program.',
    options: optionsFor(INCIDENTS, {
      none: { label: 'No known incident', hint: 'Nothing beyond routine spam and blocked malware' },
      'past-24-months': {
        label: 'Yes, in the past 24 months',
        hint: 'Ransomware, a taken-over mailbox, payment fraud or a data exposure, now contained',
      },
      active: {
        label: 'Yes, and it is still going on',
        hint: 'Not yet contained: call your insurer’s claims hotline or an incident responder first',
      },
    }),
  },
  itSupport: {
    id: 'itSupport',
    section: 'discovery',
    kind: 'single',
    prompt: 'Who runs your day-to-day IT?',
    whyWeAsk:
      'A vCISO leads the program but needs someone to run the operations: the tools, patching, ' +
      'backups and help desk.',
    options: optionsFor(IT_SUPPORT, {
      none: {
        label: 'Nobody in particular',
        hint: 'Staff fix things themselves or call someone when something breaks',
      },
      internal: { label: 'Our own IT staff', hint: 'One or more employees whose job is IT' },
      msp: {
        label: 'A managed service provider (MSP)',
        hint: 'An outside firm runs the help desk, devices and security tools',
      },
      'internal-and-msp': {
        label: 'Our IT staff together with an MSP',
        hint: 'Co-managed: internal staff and an outside firm share the work',
      },
    }),
  },
  securityLeadership: {
    id: 'securityLeadership',
    section: 'discovery',
    kind: 'single',
    prompt: 'Who leads security today?',
    whyWeAsk:
      'Running security tools and owning the security program are different jobs; this tells ' +
      'us whether the second one is covered.',
    options: optionsFor(SECURITY_LEADERSHIP, {
      none: { label: 'No one in particular', hint: 'Security is nobody’s assigned job' },
      'it-generalist': {
        label: 'Our IT person or MSP, among other duties',
        hint: 'Security is one of many hats, worn by whoever runs IT',
      },
      'dedicated-internal': {
        label: 'A dedicated security leader on staff',
        hint: 'A CISO, security director or manager whose main job is security',
      },
      external: {
        label: 'An outside security leader',
        hint: 'A vCISO or security consultant on retainer',
      },
    }),
  },
  initiatives: {
    id: 'initiatives',
    section: 'discovery',
    kind: 'multi',
    prompt: 'Which of these are planned in the next 12 to 24 months?',
    whyWeAsk:
      'Big technology projects are where a fractional CIO earns its keep and where security ' +
      'needs a seat at the table.',
    noneLabel: 'None of these',
    options: optionsFor(INITIATIVES, {
      'cloud-migration': {
        label: 'Cloud migration',
        hint: 'Moving servers, files or key applications to the cloud',
      },
      erp: {
        label: 'ERP or core-system replacement',
        hint: 'A new ERP, practice-management or line-of-business system',
      },
      'merger-acquisition': {
        label: 'Merger or acquisition',
        hint: 'Buying, selling or combining with another business',
      },
      'new-location': {
        label: 'New office or site',
        hint: 'Opening another office, plant or clinic',
      },
      'new-product': {
        label: 'New digital product or service',
        hint: 'Launching software, an app, a portal or an online service for customers',
      },
    }),
  },
  dedicatedMandate: {
    id: 'dedicatedMandate',
    section: 'discovery',
    kind: 'single',
    prompt:
      'Does a contract, regulator or board mandate require a dedicated full-time security executive?',
    whyWeAsk:
      'Most rules accept a part-time or outside security leader, and the FTC Safeguards Rule and ' +
      'NYDFS say so outright; a mandate for a full-time executive changes the recommendation.',
    options: optionsFor(DEDICATED_MANDATE, {
      no: {
        label: 'No',
        hint: 'What we have been asked for can be met by a part-time or shared leader',
      },
      yes: {
        label: 'Yes',
        hint: 'It is in writing: a full-time, dedicated security executive is required',
      },
      unsure: { label: 'Not sure', hint: 'We have not checked, or the wording is unclear' },
    }),
  },
};

/** The discovery questions, ids exactly as DiscoveryAnswers, in the order asked. */
export const discoveryQuestions: readonly DiscoveryQuestion[] = Object.values(discoveryBank);

// ---------------------------------------------------------------------------------------------
// Readiness
// ---------------------------------------------------------------------------------------------

type PracticeSpec = Omit<ReadinessOutline, 'section' | 'kind'>;

function practice(spec: PracticeSpec): ReadinessOutline {
  return { section: 'readiness', kind: 'maturity', ...spec };
}

/**
 * Readiness practices, grouped by domain in DOMAINS order. Weight 2 marks the foundations a
 * program stands on (a named owner, risk assessment, MFA, backups, an IR plan, a roadmap).
 * `safeguards` are CIS Controls v8.1 safeguard numbers and `cis` their control numbers; a
 * practice with no safeguard says why beside it. docs/question-bank.md lists them with titles.
 */
export const readinessOutlines: readonly ReadinessOutline[] = [
  // Govern: the vCISO's program layer (seed 000). CIS has no safeguard for owning, writing,
  // steering or reporting on a program: those are governance duties it leaves to the CSF.
  practice({
    id: 'gv-security-owner',
    domain: 'govern',
    csf: ['GV.RR'],
    cis: [],
    safeguards: [],
    weight: 2,
  }),
  practice({
    id: 'gv-written-policies',
    domain: 'govern',
    csf: ['GV.PO'],
    cis: [],
    safeguards: [],
    weight: 1,
  }),
  practice({
    id: 'gv-risk-strategy',
    domain: 'govern',
    csf: ['GV.RM', 'GV.OC'],
    cis: [],
    safeguards: [],
    weight: 1,
  }),
  practice({
    id: 'gv-board-reporting',
    domain: 'govern',
    csf: ['GV.OV'],
    cis: [],
    safeguards: [],
    weight: 1,
  }),
  practice({
    id: 'gv-vendor-risk',
    domain: 'govern',
    csf: ['GV.SC'],
    cis: [15],
    safeguards: ['15.1', '15.2', '15.4'],
    weight: 1,
  }),

  // Identify
  practice({
    id: 'id-asset-inventory',
    domain: 'identify',
    csf: ['ID.AM'],
    cis: [1, 2],
    safeguards: ['1.1', '2.1'],
    weight: 1,
  }),
  practice({
    id: 'id-risk-assessment',
    domain: 'identify',
    csf: ['ID.RA'],
    // CIS Controls v8.1 has no enterprise risk-assessment safeguard.
    cis: [],
    safeguards: [],
    weight: 2,
  }),
  practice({
    id: 'id-vulnerability-scanning',
    domain: 'identify',
    csf: ['ID.RA'],
    cis: [7, 18],
    safeguards: ['7.5', '7.6', '18.1', '18.2'],
    weight: 1,
  }),
  practice({
    id: 'id-improvement',
    domain: 'identify',
    csf: ['ID.IM'],
    // Tracking every finding to closure is a program duty; CIS covers it only for
    // vulnerabilities (7.2), which pr-patching evidences.
    cis: [],
    safeguards: [],
    weight: 1,
  }),

  // Protect: mostly the operations an MSP runs, which the vCISO oversees (seed 000).
  practice({
    id: 'pr-mfa',
    domain: 'protect',
    csf: ['PR.AA'],
    cis: [6],
    safeguards: ['6.3', '6.4', '6.5'],
    weight: 2,
  }),
  practice({
    id: 'pr-privileged-accounts',
    domain: 'protect',
    csf: ['PR.AA'],
    cis: [5, 6],
    safeguards: ['5.4', '6.5'],
    weight: 1,
  }),
  practice({
    id: 'pr-access-control',
    domain: 'protect',
    csf: ['PR.AA'],
    cis: [5, 6],
    safeguards: ['5.1', '5.3', '6.1', '6.2'],
    weight: 1,
  }),
  practice({
    id: 'pr-training',
    domain: 'protect',
    csf: ['PR.AT'],
    cis: [14],
    safeguards: ['14.1', '14.2', '14.6'],
    weight: 1,
  }),
  practice({
    id: 'pr-email-security',
    domain: 'protect',
    csf: ['PR.PS'],
    cis: [9],
    safeguards: ['9.5', '9.6', '9.7'],
    weight: 1,
  }),
  practice({
    id: 'pr-payment-verification',
    domain: 'protect',
    // A finance procedure staff are taught to follow; CIS has no safeguard for it and 14.2
    // (recognising social engineering) is the nearest.
    csf: ['PR.AT'],
    cis: [14],
    safeguards: ['14.2'],
    weight: 1,
  }),
  practice({
    id: 'pr-patching',
    domain: 'protect',
    csf: ['PR.PS'],
    cis: [7],
    safeguards: ['7.1', '7.2', '7.3', '7.4'],
    weight: 1,
  }),
  practice({
    // Protect rather than Identify: finding unsupported systems is the inventory's job; this
    // asks whether they are replaced or walled off, which CSF 2.0 files under PR.PS-02/-03
    // (software and hardware "maintained, replaced, and removed commensurate with risk").
    id: 'pr-end-of-life',
    domain: 'protect',
    csf: ['PR.PS'],
    cis: [1, 2],
    safeguards: ['1.1', '2.2'],
    weight: 1,
  }),
  practice({
    id: 'pr-network-protection',
    domain: 'protect',
    csf: ['PR.IR'],
    cis: [4, 12],
    safeguards: ['4.4', '4.5', '12.2'],
    weight: 1,
  }),
  practice({
    id: 'pr-remote-access',
    domain: 'protect',
    csf: ['PR.AA', 'PR.IR'],
    cis: [6, 12],
    safeguards: ['6.4', '12.7'],
    weight: 1,
  }),
  practice({
    id: 'pr-backups-protected',
    domain: 'protect',
    csf: ['PR.DS'],
    cis: [11],
    safeguards: ['11.1', '11.2', '11.3', '11.4'],
    weight: 2,
  }),
  practice({
    id: 'pr-data-protection',
    domain: 'protect',
    csf: ['PR.DS', 'ID.AM'],
    cis: [3],
    safeguards: ['3.1', '3.6', '3.11'],
    weight: 1,
  }),
  practice({
    id: 'pr-payment-card',
    domain: 'protect',
    csf: ['PR.DS', 'GV.OC'],
    cis: [3, 12],
    safeguards: ['3.1', '12.2'],
    weight: 1,
    appliesWhen: handlesCardData,
  }),
  practice({
    id: 'pr-secure-development',
    domain: 'protect',
    csf: ['PR.PS'],
    cis: [16],
    safeguards: ['16.1'],
    weight: 1,
    appliesWhen: buildsSoftware,
  }),

  // Detect
  practice({
    id: 'de-edr',
    domain: 'detect',
    csf: ['DE.CM'],
    cis: [10],
    safeguards: ['10.1', '10.7'],
    weight: 1,
  }),
  practice({
    id: 'de-logging-monitoring',
    domain: 'detect',
    csf: ['DE.CM'],
    cis: [8],
    safeguards: ['8.1', '8.2', '8.11'],
    weight: 1,
  }),
  practice({
    id: 'de-suspicious-signins',
    domain: 'detect',
    csf: ['DE.CM', 'DE.AE'],
    cis: [8],
    safeguards: ['8.11'],
    weight: 1,
  }),
  practice({
    id: 'de-alert-triage',
    domain: 'detect',
    csf: ['DE.AE'],
    cis: [8, 13],
    safeguards: ['8.11', '13.1'],
    weight: 1,
  }),

  // Respond
  practice({
    id: 'rs-ir-plan',
    domain: 'respond',
    csf: ['RS.MA'],
    cis: [17],
    safeguards: ['17.1', '17.4'],
    weight: 2,
  }),
  practice({
    id: 'rs-containment',
    domain: 'respond',
    // The responder lined up is who contains the attack and works out what it reached.
    csf: ['RS.MI', 'RS.AN'],
    cis: [17],
    safeguards: ['17.1'],
    weight: 1,
  }),
  practice({
    id: 'rs-notification',
    domain: 'respond',
    csf: ['RS.CO'],
    cis: [17],
    safeguards: ['17.2', '17.6'],
    weight: 1,
  }),
  practice({
    id: 'rs-tabletop',
    domain: 'respond',
    csf: ['RS.MA', 'ID.IM'],
    cis: [17],
    safeguards: ['17.7'],
    weight: 1,
  }),

  // Recover
  practice({
    id: 'rc-recovery-tested',
    domain: 'recover',
    csf: ['RC.RP'],
    cis: [11],
    safeguards: ['11.5'],
    weight: 1,
  }),
  practice({
    id: 'rc-bcp',
    domain: 'recover',
    csf: ['RC.RP', 'GV.OC'],
    // CIS covers recovering data (11), not keeping the business running while systems are down.
    cis: [],
    safeguards: [],
    weight: 1,
  }),
  practice({
    id: 'rc-recovery-communication',
    domain: 'recover',
    csf: ['RC.CO'],
    // CIS 17.6 covers talking during the response; telling customers about a recovery is not in it.
    cis: [],
    safeguards: [],
    weight: 1,
  }),

  // IT strategy: the fractional CIO's side (seeds 001–004). Roadmap, budget and project
  // oversight are management practices with no CIS safeguard or CSF category.
  practice({
    id: 'it-roadmap',
    domain: 'it-strategy',
    csf: [],
    cis: [],
    safeguards: [],
    weight: 2,
  }),
  practice({
    id: 'it-budget',
    domain: 'it-strategy',
    csf: [],
    cis: [],
    safeguards: [],
    weight: 1,
  }),
  practice({
    id: 'it-vendor-contracts',
    domain: 'it-strategy',
    csf: ['GV.SC'],
    cis: [15],
    safeguards: ['15.1', '15.4'],
    weight: 1,
  }),
  practice({
    id: 'it-lifecycle',
    domain: 'it-strategy',
    csf: ['ID.AM'],
    cis: [1, 2],
    safeguards: ['1.1', '2.1'],
    weight: 1,
  }),
  practice({
    id: 'it-initiative-governance',
    domain: 'it-strategy',
    csf: [],
    cis: [],
    safeguards: [],
    weight: 1,
    appliesWhen: hasInitiatives,
  }),
  practice({
    id: 'it-msp-oversight',
    domain: 'it-strategy',
    csf: ['GV.SC'],
    cis: [15],
    safeguards: ['15.2', '15.4'],
    weight: 1,
    appliesWhen: usesMsp,
  }),
];

/** Every question's outline, discovery first, in the order asked. */
export const outlines: readonly QuestionOutline[] = [...discoveryQuestions, ...readinessOutlines];

const byId: ReadonlyMap<string, QuestionOutline> = new Map(outlines.map((q) => [q.id, q]));

/** The outline of the question with this id, or undefined. */
export function outlineById(id: string): QuestionOutline | undefined {
  return byId.get(id);
}

/** Whether the question is asked (and scored) for these answers. */
export function isApplicable(
  q: { appliesWhen?: (answers: Answers) => boolean },
  answers: Answers,
): boolean {
  return q.appliesWhen === undefined || q.appliesWhen(answers);
}

/** The outlines of the questions asked for these answers, in bank order. */
export function applicableOutlines(answers: Answers): QuestionOutline[] {
  return outlines.filter((q) => isApplicable(q, answers));
}

const SECTION_TITLES: Record<Domain, string> = {
  govern: 'Govern: ownership, policy and oversight',
  identify: 'Identify: assets, risks and improvement',
  protect: 'Protect: access, training, data and backups',
  detect: 'Detect: monitoring and alerts',
  respond: 'Respond: handling an incident',
  recover: 'Recover: getting the business back',
  'it-strategy': 'IT strategy: roadmap, budget and vendors',
};

/** Readiness sections in DOMAINS order, each listing its questions in bank order. */
export const readinessSections: readonly {
  domain: Domain;
  title: string;
  questionIds: readonly string[];
}[] = DOMAINS.map((domain) => ({
  domain,
  title: SECTION_TITLES[domain],
  questionIds: readinessOutlines.filter((q) => q.domain === domain).map((q) => q.id),
}));
