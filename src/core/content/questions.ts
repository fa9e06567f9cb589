/**
 * The question bank as data: discovery (who the prospect is) and readiness (how mature their
 * security program and IT strategy are). Ids and option values are stable: stored records, URL
 * prefill and hand-off files key on them. Change wording freely, ids never; bump CONTENT_VERSION
 * whenever a prompt, level text, weight or skip rule changes.
 *
 * Sources: NIST CSF 2.0 categories and CIS Controls v8.1 numbers from facts.md §1; the rules
 * named in hints from facts.md §2; the vCISO duties from seed 000 and the vCIO duties from
 * seeds 001–004.
 */
import {
  CUSTOMER_DEMANDS,
  CYBER_INSURANCE,
  DEDICATED_MANDATE,
  DOMAINS,
  INCIDENTS,
  INDUSTRIES,
  INITIATIVES,
  IT_SUPPORT,
  REGULATIONS,
  SECURITY_LEADERSHIP,
  type Answers,
  type ChoiceOption,
  type DiscoveryAnswers,
  type DiscoveryQuestion,
  type Domain,
  type Question,
  type ReadinessQuestion,
} from '../types';

/** Version of the question bank; stored with every assessment. */
export const CONTENT_VERSION = '2026.11.1';

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
      'Head count decides which rules reach you (NYDFS exempts firms under 20 people from ' +
      'naming a CISO; NIS2 reaches covered-sector entities of 50 or more) and how many hours of leadership you need.',
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
        hint: 'EU NIS2 (medium+ entities in covered sectors serving the EU)',
      },
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
      'limit-5m-plus': {
        label: '$5M or more',
        hint: 'A policy limit of $5M or more — carriers at that level ask about the program, not just the tools',
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

/** The ten discovery questions, ids exactly as DiscoveryAnswers, in the order asked. */
export const discoveryQuestions: readonly DiscoveryQuestion[] = Object.values(discoveryBank);

// ---------------------------------------------------------------------------------------------
// Readiness
// ---------------------------------------------------------------------------------------------

type PracticeSpec = Omit<ReadinessQuestion, 'section' | 'kind'>;

function practice(spec: PracticeSpec): ReadinessQuestion {
  return { section: 'readiness', kind: 'maturity', ...spec };
}

/**
 * Readiness practices, grouped by domain in DOMAINS order. Weight 2 marks the foundations a
 * program stands on (a named owner, risk assessment, MFA, backups, an IR plan, a roadmap).
 */
export const readinessQuestions: readonly ReadinessQuestion[] = [
  // Govern: the vCISO's program layer (seed 000).
  practice({
    id: 'gv-security-owner',
    domain: 'govern',
    prompt: 'Who is accountable for your security program?',
    whyWeAsk:
      'HIPAA, the FTC Safeguards Rule, NYDFS and PCI DSS each require one person to be named ' +
      'responsible for security, and customer questionnaires ask for that name too.',
    csf: ['GV.RR'],
    cis: [],
    weight: 2,
    levels: [
      'Nobody: security is handled by whoever notices a problem',
      'Someone looks after it informally, on top of their day job',
      'A named owner is written down, with their duties and authority',
      'The owner has set time and budget and runs the program month to month',
      'The owner is reviewed against program goals each year and a deputy is named',
    ],
    action:
      'Name one accountable security owner, on staff or a contracted vCISO, and write down their duties, authority and time.',
  }),
  practice({
    id: 'gv-written-policies',
    domain: 'govern',
    prompt: 'Do you have a written information security program and policies?',
    whyWeAsk:
      'A written program is the first thing auditors, insurers and large customers ask to see, ' +
      'and the FTC Safeguards Rule and the GLBA rules for banks and credit unions require one.',
    csf: ['GV.PO'],
    cis: [],
    weight: 1,
    levels: [
      'No written security policies',
      'A few documents or templates, never formally adopted or kept current',
      'A written program and core policies approved by leadership',
      'Policies are followed and enforced in systems, so password, access and backup settings match what is written',
      'Policies are reviewed and re-approved every year, with exceptions logged and checked',
    ],
    action:
      'Write and adopt a core security program (acceptable use, access, data handling, backup and incident policies) approved by leadership.',
  }),
  practice({
    id: 'gv-risk-strategy',
    domain: 'govern',
    prompt:
      'Has leadership agreed which laws and contracts apply, which security risks matter most, and how much risk it will accept?',
    whyWeAsk:
      'Without agreed priorities and a clear list of obligations, security spending follows ' +
      'the latest scare instead of the business.',
    csf: ['GV.RM', 'GV.OC'],
    cis: [],
    weight: 1,
    levels: [
      'Never discussed, and no list of what we must comply with',
      'Discussed when something comes up, but nothing is written down',
      'A written list of our obligations and the risks leadership cares about',
      'Risk appetite and priorities are agreed and used to decide projects and spending',
      'Priorities and obligations are revisited at least yearly and whenever the business changes',
    ],
    action:
      'List the laws, contracts and insurer terms that apply, and agree with leadership on the top risks and how much risk is acceptable.',
  }),
  practice({
    id: 'gv-board-reporting',
    domain: 'govern',
    prompt: 'How does leadership (owners or board) hear about the state of security?',
    whyWeAsk:
      'The FTC Safeguards Rule, NYDFS and NCUA call for a written report to the board at least ' +
      'yearly, and a regular review is how leadership stays accountable for gaps and budget.',
    csf: ['GV.OV'],
    cis: [],
    weight: 1,
    levels: [
      'Leadership hears about security only when something breaks',
      'Occasional verbal updates when someone asks',
      'A written security report goes to leadership at least once a year',
      'A quarterly review covers program status, gaps closed and still open, and budget',
      'Quarterly reviews track agreed measures over time and leadership records its decisions',
    ],
    action:
      'Set up a quarterly security review with leadership covering gaps closed, gaps still open and the next budget request.',
  }),
  practice({
    id: 'gv-vendor-risk',
    domain: 'govern',
    prompt: 'Do you know which vendors can reach your systems or data, and have you checked them?',
    whyWeAsk:
      'Attackers often come in through a supplier, and regulators and customers expect you to ' +
      'show how you oversee the third parties that hold your data.',
    csf: ['GV.SC'],
    cis: [15],
    weight: 1,
    levels: [
      'No list of the vendors with access to our systems or data',
      'We know the main ones, but nobody checks their security',
      'A written vendor list showing what data each touches, and a review process',
      'Key vendors are reviewed before signing and their contracts carry security terms',
      'Vendors are re-reviewed on a schedule set by risk, and findings are followed up',
    ],
    action:
      'List every vendor with access to your systems or data, rank them by risk, and review the riskiest ones’ security and contracts.',
  }),

  // Identify
  practice({
    id: 'id-asset-inventory',
    domain: 'identify',
    prompt: 'Do you keep an up-to-date inventory of your devices, software and cloud services?',
    whyWeAsk:
      'You cannot patch, protect or insure what you do not know you have, which is why every ' +
      'framework starts with the inventory.',
    csf: ['ID.AM'],
    cis: [1, 2],
    weight: 1,
    levels: [
      'No inventory',
      'A spreadsheet that is rarely updated',
      'A maintained list of devices, software and cloud services, each with an owner',
      'An automatically updated inventory that flags unknown devices and software',
      'The inventory is reconciled at least quarterly and unmanaged assets are tracked down',
    ],
    action:
      'Build one inventory of devices, software and cloud services, fed by your management tools, with an owner for each.',
  }),
  practice({
    id: 'id-risk-assessment',
    domain: 'identify',
    prompt: 'When did you last carry out a security risk assessment?',
    whyWeAsk:
      'The risk assessment decides what to fix first; the FTC Safeguards Rule asks for a ' +
      'written one, and a vCISO refreshes it every year.',
    csf: ['ID.RA'],
    cis: [],
    weight: 2,
    levels: [
      'Never',
      'Once, informally, with nothing written down',
      'A written assessment of threats, controls and gaps has been done',
      'It is repeated every year, and each risk has an owner and a treatment plan',
      'It is refreshed yearly and after major changes, and progress on each risk is reported',
    ],
    action:
      'Run a written risk assessment of your assets, threats, current controls and gaps, and turn it into a ranked plan.',
  }),
  practice({
    id: 'id-improvement',
    domain: 'identify',
    prompt:
      'Are findings from audits, tests, incidents and assessments tracked until they are fixed?',
    whyWeAsk:
      'An assessment only helps if its findings get closed; a tracked list of open items is ' +
      'what turns a report into progress.',
    csf: ['ID.IM'],
    cis: [],
    weight: 1,
    levels: [
      'Findings are not recorded',
      'Some findings get fixed when someone remembers',
      'A written list of open findings, each with an owner',
      'Findings are tracked to closure with due dates and reviewed every month',
      'Closure rates and overdue items are measured and reported to leadership',
    ],
    action:
      'Keep one register of security findings with an owner and due date for each, and review it monthly.',
  }),

  // Protect: mostly the operations an MSP runs, which the vCISO oversees (seed 000).
  practice({
    id: 'pr-mfa',
    domain: 'protect',
    prompt: 'How widely is multi-factor authentication (MFA) used?',
    whyWeAsk:
      'Stolen passwords are a leading way in; the FTC Safeguards Rule requires MFA and ' +
      'cyber-insurance applications ask about it.',
    csf: ['PR.AA'],
    cis: [6],
    weight: 2,
    levels: [
      'No MFA anywhere',
      'On some accounts, by choice',
      'A written rule says who must use MFA',
      'Enforced on email, remote access and admin accounts',
      'Enforced everywhere, exceptions reviewed quarterly and coverage measured',
    ],
    action:
      'Enforce MFA on every admin account first, then on email, remote access and cloud applications for everyone.',
  }),
  practice({
    id: 'pr-access-control',
    domain: 'protect',
    prompt: 'How are accounts and access rights granted, changed and removed?',
    whyWeAsk:
      'Forgotten accounts of former staff and everyday users with admin rights are common ways ' +
      'for attackers to get in and move around.',
    csf: ['PR.AA'],
    cis: [5, 6],
    weight: 1,
    levels: [
      'Accounts are created on request and rarely removed',
      'Leavers are usually removed, but there is no checklist',
      'Written joiner, mover and leaver steps, with access based on role',
      'Accounts are disabled on the last day and admin rights sit in separate, limited accounts',
      'Access is reviewed at least quarterly and stale or excess rights are removed',
    ],
    action:
      'Write joiner, mover and leaver runbooks, remove stale accounts, and move admin rights to separate, limited accounts.',
  }),
  practice({
    id: 'pr-training',
    domain: 'protect',
    prompt: 'Do staff get security awareness training?',
    whyWeAsk:
      'Phishing and payment fraud target people rather than systems; the FTC Safeguards Rule ' +
      'requires training, and insurers and auditors expect it.',
    csf: ['PR.AT'],
    cis: [14],
    weight: 1,
    levels: [
      'No training',
      'An occasional reminder or a one-off session',
      'Training is required at hire and every year, and completion is recorded',
      'Regular short training plus phishing simulations for everyone',
      'Click and report rates are measured and training is targeted where it is needed',
    ],
    action:
      'Require security training at hire and every year for all staff, with regular phishing simulations.',
  }),
  practice({
    id: 'pr-patching',
    domain: 'protect',
    prompt: 'How are systems and applications kept patched and checked for vulnerabilities?',
    whyWeAsk:
      'Unpatched systems, above all those facing the internet, are among the commonest ways in; ' +
      'scanning shows what the patching missed.',
    csf: ['PR.PS', 'ID.RA'],
    cis: [7],
    weight: 1,
    levels: [
      'Updates are installed when someone gets round to it',
      'Automatic updates on some computers; servers and applications patched now and then',
      'A written patch policy with target times by severity',
      'Patches are deployed centrally and vulnerability scans run at least monthly',
      'Patch times are measured against the targets and overdue items are escalated',
    ],
    action:
      'Set patch deadlines by severity, deploy patches centrally, and scan monthly, starting with internet-facing systems.',
  }),
  practice({
    id: 'pr-network-protection',
    domain: 'protect',
    prompt: 'How is your network protected and divided, and how do people connect remotely?',
    whyWeAsk:
      'On a flat network one infected laptop can reach every server; firewalls, separated ' +
      'networks and secure remote access limit how far an attacker gets.',
    csf: ['PR.IR'],
    cis: [4, 12],
    weight: 1,
    levels: [
      'One flat network, and remote access is open to the internet (for example exposed remote desktop)',
      'A firewall is in place, but its rules and remote access grew piecemeal',
      'A documented network design, firewall rules and one standard way to connect remotely',
      'Guest, staff and server networks are separated and remote access requires MFA',
      'Firewall rules and the network design are reviewed at least yearly and unused rules removed',
    ],
    action:
      'Close exposed remote-access ports, separate guest and server networks, and put remote access behind an MFA-protected gateway.',
  }),
  practice({
    id: 'pr-backups-protected',
    domain: 'protect',
    prompt: 'Are your backups complete and out of an attacker’s reach?',
    whyWeAsk:
      'Ransomware featured in 44% of breaches in the Verizon DBIR 2025, and attackers go after ' +
      'backups first; a copy they cannot reach lets you recover without paying.',
    csf: ['PR.DS'],
    cis: [11],
    weight: 2,
    levels: [
      'No reliable backups',
      'Some systems are backed up, to a drive or share on the same network',
      'A written backup policy covers every key system and cloud service',
      'Backups run automatically, with an offline or immutable copy behind separate credentials',
      'Backup success and coverage are checked every week and gaps are fixed',
    ],
    action:
      'Back up every key system and cloud service to an offline or immutable copy that uses separate credentials.',
  }),
  practice({
    id: 'pr-data-protection',
    domain: 'protect',
    prompt:
      'Do you know where sensitive data is kept, and is it encrypted and limited to those who need it?',
    whyWeAsk:
      'Customer, patient and financial records are what regulators and customers care about, ' +
      'and the FTC Safeguards Rule requires encrypting them.',
    csf: ['PR.DS', 'ID.AM'],
    cis: [3],
    weight: 1,
    levels: [
      'We do not know where sensitive data is kept',
      'We know roughly, and some laptops are encrypted',
      'A written data inventory with classification and retention rules',
      'Sensitive data is encrypted on devices and in transit, and access is limited by role',
      'Data locations and encryption coverage are checked yearly and old data is deleted on schedule',
    ],
    action:
      'Map where sensitive data is stored, encrypt laptops and data in transit, and limit access to those who need it.',
  }),
  practice({
    id: 'pr-payment-card',
    domain: 'protect',
    prompt: 'How well is payment-card data kept out of, or locked down in, your systems?',
    whyWeAsk:
      'PCI DSS applies to anyone who stores, processes or transmits card data, and v4.0.1 asks ' +
      'for security to be formally assigned to a security-knowledgeable executive.',
    csf: ['PR.DS', 'GV.OC'],
    cis: [3, 12],
    weight: 1,
    levels: [
      'We do not know where card numbers are entered or stored',
      'Card handling grew piecemeal and nobody has checked our PCI scope',
      'Our PCI scope and the assessment type that applies are written down',
      'Card data stays out of our systems (hosted payment page or tokens) or is walled off, and the yearly assessment is done',
      'Scope is re-checked yearly and after changes, and assessment findings are tracked to closure',
    ],
    action:
      'Confirm your PCI DSS scope and shrink it by moving card entry to a hosted or tokenized payment service.',
    appliesWhen: handlesCardData,
  }),
  practice({
    id: 'pr-secure-development',
    domain: 'protect',
    prompt: 'How is security built into the software or online services you develop?',
    whyWeAsk:
      'When you ship software its flaws become your customers’ risk, and enterprise buyers and ' +
      'SOC 2 auditors ask how code is reviewed and tested.',
    csf: ['PR.PS'],
    cis: [16],
    weight: 1,
    levels: [
      'No security steps in development',
      'Developers fix security issues as they come up',
      'Written secure-coding standards and code-review rules',
      'Code review, dependency scanning and security tests run before every release',
      'Security defects are tracked against fix-time targets and an independent test runs yearly',
    ],
    action:
      'Add peer code review, dependency scanning and secret scanning to every release, and track security defects to closure.',
    appliesWhen: buildsSoftware,
  }),

  // Detect
  practice({
    id: 'de-edr',
    domain: 'detect',
    prompt: 'Do all computers and servers run endpoint detection and response (EDR)?',
    whyWeAsk:
      'Plain antivirus misses most hands-on attacks; EDR records what happens on each device ' +
      'so an attack can be spotted and stopped.',
    csf: ['DE.CM'],
    cis: [10],
    weight: 1,
    levels: [
      'Only the antivirus built into the operating system, or nothing',
      'Antivirus or EDR on some devices, installed one by one',
      'A written standard requires EDR on every computer and server',
      'EDR runs on every computer and server and can isolate a device',
      'EDR coverage is checked weekly and missing or unhealthy agents are fixed',
    ],
    action:
      'Deploy EDR on every computer and server, with its alerts going to someone who will act on them.',
  }),
  practice({
    id: 'de-logging-monitoring',
    domain: 'detect',
    prompt: 'Are security logs collected, kept and reviewed?',
    whyWeAsk:
      'Without logs nobody can tell what an attacker touched, and that decides whether you must ' +
      'notify customers or regulators.',
    csf: ['DE.CM'],
    cis: [8],
    weight: 1,
    levels: [
      'Logs are not collected beyond default settings',
      'Logs exist on individual systems but nobody reviews them',
      'A written rule says which logs are collected and how long they are kept',
      'Logs from email, cloud services, firewalls and servers are collected centrally and reviewed',
      'Log coverage and retention are checked and detection rules tuned at least quarterly',
    ],
    action:
      'Collect logs from email, cloud services, firewalls and servers in one place, and set how long to keep them.',
  }),
  practice({
    id: 'de-suspicious-signins',
    domain: 'detect',
    prompt:
      'Would you notice a suspicious sign-in, or a mailbox rule forwarding email outside the company?',
    whyWeAsk:
      'Business email compromise starts with one stolen login; alerts on unusual sign-ins and ' +
      'forwarding rules catch it before money or data leaves.',
    csf: ['DE.CM', 'DE.AE'],
    cis: [8],
    weight: 1,
    levels: [
      'We would find out from a customer or the bank',
      'Some built-in alerts are on, but nobody is sure who receives them',
      'Written rules say which sign-in and mailbox alerts are on and who handles them',
      'Alerts on risky sign-ins, new forwarding rules and MFA changes are reviewed daily',
      'Response times to these alerts are measured and the alert rules are tested and tuned',
    ],
    action:
      'Turn on alerts for risky sign-ins, external forwarding rules and MFA changes, and name who responds to them.',
  }),
  practice({
    id: 'de-alert-triage',
    domain: 'detect',
    prompt: 'Who looks at security alerts, and how quickly, including nights and weekends?',
    whyWeAsk:
      'Alerts help only if someone qualified looks at them and acts in time, and attacks do not ' +
      'wait for office hours.',
    csf: ['DE.AE'],
    cis: [8, 13],
    weight: 1,
    levels: [
      'Nobody is assigned to look at alerts',
      'Alerts land in a shared inbox and are read when someone has time',
      'Written steps say who triages alerts, how fast, and when to escalate',
      'Alerts are triaged around the clock, by staff or a managed detection service',
      'Triage times and false-alarm rates are measured and reviewed monthly',
    ],
    action:
      'Arrange round-the-clock alert triage, in house or through a managed detection service, with written escalation steps.',
  }),

  // Respond
  practice({
    id: 'rs-ir-plan',
    domain: 'respond',
    prompt: 'Do you have a written incident response plan?',
    whyWeAsk:
      'In the first hours a plan decides who calls the insurer, who may shut systems down and ' +
      'who speaks to customers; the FTC Safeguards Rule requires one once you hold data on 5,000 or more consumers.',
    csf: ['RS.MA'],
    cis: [17],
    weight: 2,
    levels: [
      'No plan',
      'We know roughly who to call, but nothing is written',
      'A written plan with roles, contacts, decision rights and the insurer’s claims hotline',
      'The people in the plan know their part, and there are playbooks for ransomware and email compromise',
      'The plan is updated after every exercise, incident or near-miss and re-approved yearly',
    ],
    action:
      'Write an incident response plan naming roles, decision rights, outside contacts and the insurer’s claims hotline.',
  }),
  practice({
    id: 'rs-containment',
    domain: 'respond',
    prompt: 'If an attack started today, could you contain it and find out what happened?',
    whyWeAsk:
      'Fast containment limits the damage, and knowing what was accessed decides what must be ' +
      'reported; most small firms need outside responders lined up in advance.',
    csf: ['RS.AN', 'RS.MI'],
    cis: [17],
    weight: 1,
    levels: [
      'We would not know where to start',
      'We would call our IT provider and improvise',
      'Written steps for isolating devices and accounts, and an incident response firm identified',
      'Devices can be isolated and accounts disabled within minutes, and a responder is on retainer or on the insurer’s panel',
      'Containment steps are tested, and every incident’s cause and scope are written up',
    ],
    action:
      'Line up an incident response firm, often through your insurer’s panel, and write the steps for isolating devices and disabling accounts.',
  }),
  practice({
    id: 'rs-notification',
    domain: 'respond',
    prompt: 'Do you know whom you must notify after a breach, and how fast?',
    whyWeAsk:
      'Deadlines can be short: 72 hours under NYDFS, 30 days for FTC-covered events affecting 500 ' +
      'or more consumers, four business days after a materiality decision for SEC filers.',
    csf: ['RS.CO'],
    cis: [17],
    weight: 1,
    levels: [
      'We have not looked into it',
      'We would work it out with a lawyer at the time',
      'A written list of whom to notify (regulators, customers, insurer, police) and by when',
      'Draft notices and legal counsel are ready, and the list is part of the response plan',
      'Notification duties are re-checked yearly and whenever contracts or rules change',
    ],
    action:
      'List everyone you must notify after a breach, with deadlines, and keep draft notices and counsel’s contacts in the response plan.',
  }),
  practice({
    id: 'rs-tabletop',
    domain: 'respond',
    prompt: 'Do you rehearse incident response with a tabletop exercise?',
    whyWeAsk:
      'A tabletop is a guided walk-through of a realistic attack, the cheapest way to find gaps ' +
      'in the plan; a vCISO runs one every year.',
    csf: ['RS.MA', 'ID.IM'],
    cis: [17],
    weight: 1,
    levels: [
      'Never rehearsed',
      'Talked through informally, once',
      'A yearly tabletop is written into the plan and scheduled',
      'Leadership and IT take part in a tabletop every year and lessons are written up',
      'Lessons from each exercise are tracked to closure and the scenario changes every year',
    ],
    action:
      'Run a ransomware tabletop exercise with leadership and IT, and track the lessons learned to closure.',
  }),

  // Recover
  practice({
    id: 'rc-recovery-tested',
    domain: 'recover',
    prompt: 'Have you tested restoring your key systems from backup?',
    whyWeAsk:
      'A backup that has never been restored is a hope, not a plan, and only a test shows how ' +
      'long recovery really takes.',
    csf: ['RC.RP'],
    cis: [11],
    weight: 1,
    levels: [
      'Never tested',
      'Single files have been restored when someone needed them',
      'Written restore steps and target recovery times for key systems',
      'Full restores of key systems are tested at least yearly',
      'Restore tests are timed against the targets, and shortfalls are fixed and re-tested',
    ],
    action:
      'Restore one key system end to end from backup, time it, and compare that with how long the business can do without it.',
  }),
  practice({
    id: 'rc-bcp',
    domain: 'recover',
    prompt: 'Do you have a business continuity and disaster recovery plan?',
    whyWeAsk:
      'When systems or a site are down, a continuity plan says how the business keeps working ' +
      'and what comes back first.',
    csf: ['RC.RP', 'GV.OC'],
    cis: [],
    weight: 1,
    levels: [
      'No plan',
      'Ideas exist in a few people’s heads',
      'A written plan lists critical processes and systems, the recovery order and workarounds',
      'Managers know the plan, and alternate ways of working and supplier contacts are ready',
      'The plan is exercised and updated at least yearly and after major business changes',
    ],
    action:
      'Rank critical business processes, set how long each can be down, and write the recovery order and manual workarounds.',
  }),
  practice({
    id: 'rc-recovery-communication',
    domain: 'recover',
    prompt: 'During a recovery, who keeps staff, customers and partners informed?',
    whyWeAsk:
      'Clear, timely updates during an outage protect trust and cut down on rumors, calls and ' +
      'costly mistakes.',
    csf: ['RC.CO'],
    cis: [],
    weight: 1,
    levels: [
      'Nobody is designated and we would improvise',
      'The owner or a manager would call people as needed',
      'A written communication plan names spokespeople and audiences',
      'Contact lists that work without our systems and draft messages are ready',
      'Communication is rehearsed in exercises and reviewed after every event',
    ],
    action:
      'Name a spokesperson, keep an offline contact list, and draft outage messages for staff, customers and partners.',
  }),

  // IT strategy: the fractional CIO's side (seeds 001–004).
  practice({
    id: 'it-roadmap',
    domain: 'it-strategy',
    prompt: 'Do you have a multi-year IT roadmap tied to business goals?',
    whyWeAsk:
      'Without a roadmap technology gets bought when something breaks; a roadmap lines up ' +
      'projects, budget and risk with where the business is going.',
    csf: [],
    cis: [],
    weight: 2,
    levels: [
      'No plan: technology is bought when something breaks',
      'Ideas for next year, not written down',
      'A written roadmap covering at least the next one to three years',
      'The roadmap is agreed with leadership and drives projects and the budget',
      'Progress against the roadmap is reviewed quarterly and it is updated as goals change',
    ],
    action:
      'Write a two-to-three-year IT roadmap from the business goals and agree on it with leadership.',
  }),
  practice({
    id: 'it-budget',
    domain: 'it-strategy',
    prompt: 'How is your IT budget set?',
    whyWeAsk:
      'A planned budget turns surprise spending into choices leadership has agreed on, and ' +
      'shows what IT and security really cost.',
    csf: [],
    cis: [],
    weight: 1,
    levels: [
      'No IT budget: money is spent as needs arise',
      'Last year’s spending is repeated and surprises are paid as they come',
      'A written yearly IT budget covers recurring costs, projects and replacements',
      'The budget is built from the roadmap and replacement plan and approved by leadership',
      'Actual spending is compared with the budget quarterly and the forecast adjusted',
    ],
    action:
      'Build next year’s IT budget from the roadmap, renewals and planned replacements, and compare it with actual spending quarterly.',
  }),
  practice({
    id: 'it-vendor-contracts',
    domain: 'it-strategy',
    prompt: 'Do you track your technology contracts, renewals and licenses?',
    whyWeAsk:
      'Silent auto-renewals, unused licenses and contracts without security terms waste money ' +
      'and add risk.',
    csf: ['GV.SC'],
    cis: [15],
    weight: 1,
    levels: [
      'Contracts and renewals are not tracked',
      'Someone remembers the big renewals',
      'A written register of contracts and licenses with renewal dates and owners',
      'Renewals are reviewed well ahead, with quotes compared and security terms checked',
      'Vendor performance and license use are reviewed yearly and unused spending is cut',
    ],
    action:
      'Build a register of technology contracts and licenses with renewal dates, and review each one well before it renews.',
  }),
  practice({
    id: 'it-lifecycle',
    domain: 'it-strategy',
    prompt: 'Do you plan when computers, servers and software are replaced?',
    whyWeAsk:
      'Old hardware and unsupported software are slow, costly to fix and stop getting security ' +
      'updates.',
    csf: ['ID.AM'],
    cis: [1, 2],
    weight: 1,
    levels: [
      'Equipment is replaced only when it fails',
      'Things are replaced when they feel old',
      'A written replacement schedule with end-of-support dates for key systems',
      'Replacements are budgeted and done on schedule, and no unsupported software remains',
      'Lifecycle status is reported at least quarterly and feeds the budget',
    ],
    action:
      'Record the age and end-of-support date of hardware and software, and schedule and budget the replacements.',
  }),
  practice({
    id: 'it-initiative-governance',
    domain: 'it-strategy',
    prompt: 'How are the major technology projects you are planning led and overseen?',
    whyWeAsk:
      'Cloud moves, ERP replacements, acquisitions and new sites are where budgets overrun and ' +
      'security gets skipped unless someone senior steers them.',
    csf: [],
    cis: [],
    weight: 1,
    levels: [
      'Projects start without a plan or an owner',
      'A vendor or the MSP runs the project and the business checks in now and then',
      'Each project has a written plan, budget, sponsor and measures of success',
      'An IT leader oversees each project, and security and data are reviewed before go-live',
      'Project status goes to leadership regularly and lessons are captured at the close',
    ],
    action:
      'Give each major initiative a sponsor, a written plan and budget, and a security review before go-live.',
    appliesWhen: hasInitiatives,
  }),
  practice({
    id: 'it-msp-oversight',
    domain: 'it-strategy',
    prompt: 'How do you oversee your managed service provider (MSP)?',
    whyWeAsk:
      'Your MSP holds the keys to everything and you stay accountable for what it does, so its ' +
      'service and security should be checked, not assumed.',
    csf: ['GV.SC'],
    cis: [15],
    weight: 1,
    levels: [
      'We trust the MSP and do not review its work',
      'We talk when there is a problem',
      'A contract with written service levels and security duties',
      'Regular reviews of tickets, service levels, projects and the MSP’s own security',
      'MSP performance is measured against targets each quarter and its admin access is audited',
    ],
    action:
      'Hold a quarterly review with your MSP covering service levels, open projects, its own security and who holds admin access.',
    appliesWhen: usesMsp,
  }),
];

/** Every question, discovery first, in the order asked. */
export const questions: readonly Question[] = [...discoveryQuestions, ...readinessQuestions];

const byId: ReadonlyMap<string, Question> = new Map(questions.map((q) => [q.id, q]));

/** The question with this id, or undefined. */
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

/** Whether the question is asked (and scored) for these answers. */
export function isApplicable(q: Question, answers: Answers): boolean {
  return q.appliesWhen === undefined || q.appliesWhen(answers);
}

/** The questions asked for these answers, in bank order. */
export function applicableQuestions(answers: Answers): Question[] {
  return questions.filter((q) => isApplicable(q, answers));
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
  questionIds: readinessQuestions.filter((q) => q.domain === domain).map((q) => q.id),
}));
