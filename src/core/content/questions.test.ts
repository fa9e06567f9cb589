import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CSF_CATEGORIES,
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
  type CsfCategory,
} from '../types';
import {
  CONTENT_VERSION,
  applicableQuestions,
  discoveryQuestions,
  isApplicable,
  questionById,
  questions,
  readinessQuestions,
  readinessSections,
} from './questions';
import { outlineById, readinessOutlines } from './question-structure';
import { READINESS_TEXT } from './readiness-text';
import {
  CIS_CONTROL_NAMES,
  CSF_CATEGORY_NAMES,
  DOMAIN_INFO,
  MATURITY_LABELS,
  UNANSWERED_LABEL,
  UNKNOWN_LABEL,
  labelFor,
} from './labels';

const KEBAB = /^[a-z]+(-[a-z0-9]+)*$/;
const DISCOVERY_IDS = [
  'employees',
  'industry',
  'regulations',
  'cardHandling',
  'merchantLevel',
  'customerDemands',
  'cyberInsurance',
  'incident',
  'itSupport',
  'securityLeadership',
  'initiatives',
  'dedicatedMandate',
];

/** A complete, realistic discovery: a 40-person accounting firm on an MSP, nothing planned. */
const baseDiscovery: Answers = {
  employees: 40,
  industry: 'professional-services',
  regulations: [],
  customerDemands: 'questionnaires',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'internal',
  securityLeadership: 'it-generalist',
  initiatives: [],
  dedicatedMandate: 'no',
};

function must(id: string) {
  const q = questionById(id);
  if (!q) throw new Error(`missing question ${id}`);
  return q;
}

describe('the bank', () => {
  it('has the content version', () => {
    expect(CONTENT_VERSION).toBe('2026.12.1');
  });

  it('lists discovery first, then readiness', () => {
    expect(questions.map((q) => q.id)).toEqual([
      ...discoveryQuestions.map((q) => q.id),
      ...readinessQuestions.map((q) => q.id),
    ]);
    expect(discoveryQuestions.every((q) => q.section === 'discovery')).toBe(true);
    expect(readinessQuestions.every((q) => q.section === 'readiness')).toBe(true);
  });

  it('has unique ids', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(readinessQuestions.map((q) => q.id))('readiness id %s is kebab-case', (id) => {
    expect(id).toMatch(KEBAB);
  });

  it('finds every question by id and nothing else', () => {
    for (const q of questions) expect(questionById(q.id)).toBe(q);
    expect(questionById('nope')).toBeUndefined();
    expect(questionById('__proto__')).toBeUndefined();
  });

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s has a prompt and a short whyWeAsk',
    (_id, q) => {
      expect(q.prompt.trim().length).toBeGreaterThan(10);
      expect(q.whyWeAsk.trim().length).toBeGreaterThan(10);
      // One or two sentences: count sentence ends (a stop followed by a space or the end).
      const sentences = q.whyWeAsk.match(/[.!?](?=\s|$)/g) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    },
  );
});

describe('discovery', () => {
  it('has exactly the DiscoveryAnswers ids, in order', () => {
    expect(discoveryQuestions.map((q) => q.id)).toEqual(DISCOVERY_IDS);
  });

  it.each([
    ['industry', INDUSTRIES],
    ['regulations', REGULATIONS],
    ['customerDemands', CUSTOMER_DEMANDS],
    ['cyberInsurance', CYBER_INSURANCE],
    ['incident', INCIDENTS],
    ['itSupport', IT_SUPPORT],
    ['securityLeadership', SECURITY_LEADERSHIP],
    ['initiatives', INITIATIVES],
    ['dedicatedMandate', DEDICATED_MANDATE],
    ['cardHandling', CARD_HANDLING],
    ['merchantLevel', MERCHANT_LEVELS],
  ] as const)('%s options equal the types.ts constant exactly', (id, constant) => {
    const q = must(id);
    if (q.kind !== 'single' && q.kind !== 'multi') throw new Error(`${id} is not a choice`);
    expect(q.options.map((o) => o.value)).toEqual([...constant]);
    for (const o of q.options) expect(o.label.trim()).not.toBe('');
    expect(new Set(q.options.map((o) => o.label)).size).toBe(q.options.length);
  });

  it.each([
    ['regulations', 'multi'],
    ['initiatives', 'multi'],
    ['industry', 'single'],
    ['dedicatedMandate', 'single'],
  ] as const)('%s is a %s question', (id, kind) => {
    const q = must(id);
    expect(q.kind).toBe(kind);
    if (q.kind === 'multi') expect(q.noneLabel.trim()).not.toBe('');
  });

  it('asks head count as whole people from 1 to 1,000,000', () => {
    const q = must('employees');
    expect(q).toMatchObject({
      kind: 'number',
      integer: true,
      min: 1,
      max: 1_000_000,
      unit: 'people',
    });
    expect(q.prompt).toMatch(/staff and contractors/);
  });

  it('asks the dedicated-mandate question in the agreed words', () => {
    expect(must('dedicatedMandate').prompt).toBe(
      'Does a contract, regulator or board mandate require a dedicated full-time security executive?',
    );
  });

  it.each([
    ['regulations', 'ftc-safeguards', /FTC Safeguards Rule/],
    ['regulations', 'nydfs', /23 NYCRR 500/],
    ['regulations', 'cmmc', /CMMC 2\.0.*FCI or CUI/],
    ['regulations', 'sec-public', /SEC-registered public company/],
    ['regulations', 'nis2', /NIS2.*50\+ staff or over €10M turnover/],
    ['cyberInsurance', 'limit-5m-plus', /\$5M or more/],
    ['cyberInsurance', 'evidence-requested', /any limit.*prove controls/i],
    ['cardHandling', 'outsourced', /hosted payment page.*P2PE/],
    ['merchantLevel', 'level-4', /20,000 online card transactions/],
  ] as const)('%s option %s has a concrete hint', (id, value, pattern) => {
    const q = must(id);
    if (q.kind !== 'single' && q.kind !== 'multi') throw new Error(`${id} is not a choice`);
    expect(q.options.find((o) => o.value === value)?.hint).toMatch(pattern);
  });

  it('skips only the card questions, which apply where cards are in scope', () => {
    const conditional = discoveryQuestions.filter((q) => q.appliesWhen !== undefined);
    expect(conditional.map((q) => q.id)).toEqual(['cardHandling', 'merchantLevel']);
    const shop: Answers = { ...baseDiscovery, industry: 'retail-ecommerce' };
    expect(applicableQuestions(shop).map((q) => q.id)).toContain('cardHandling');
    expect(applicableQuestions(shop).map((q) => q.id)).not.toContain('merchantLevel');
    const own: Answers = { ...shop, cardHandling: 'own-systems' };
    expect(applicableQuestions(own).map((q) => q.id)).toContain('merchantLevel');
  });
});

describe('readiness', () => {
  it('has 40 practices: the 34 of 2026.11.1 and six added in 2026.12.1', () => {
    expect(readinessQuestions).toHaveLength(40);
  });

  it.each(readinessQuestions.map((q) => [q.id, q] as const))(
    '%s asks one question, ending with its only question mark',
    (_id, q) => {
      expect(q.prompt).toMatch(/^[A-Z][^?]*\?$/);
      // The joins that made old prompts ask two things at once.
      expect(q.prompt).not.toMatch(
        /\band (is|are|have you|do you|how (people|you|is|are|do|does))\b/,
      );
    },
  );

  it.each(readinessQuestions.map((q) => [q.id, q] as const))('%s is well formed', (_id, q) => {
    expect(q.kind).toBe('maturity');
    expect(DOMAINS).toContain(q.domain);
    expect(q.levels).toHaveLength(5);
    for (const level of q.levels) expect(level.trim()).not.toBe('');
    expect(new Set(q.levels).size).toBe(5);
    for (const c of q.csf) expect(CSF_CATEGORIES).toContain(c);
    expect(new Set(q.csf).size).toBe(q.csf.length);
    for (const n of q.cis) {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(18);
    }
    expect(new Set(q.cis).size).toBe(q.cis.length);
    expect(q.weight).toBeGreaterThan(0);
    expect([1, 2]).toContain(q.weight);
    // One imperative sentence: a single full stop, at the end.
    expect(q.action).toMatch(/^[A-Z][^.]*\.$/);
  });

  it.each(readinessQuestions.map((q) => [q.id, q] as const))(
    '%s names CIS v8.1 safeguards that agree with its CIS controls',
    (_id, q) => {
      expect(new Set(q.safeguards).size).toBe(q.safeguards.length);
      for (const sg of q.safeguards) expect(Object.keys(CIS_V81_SAFEGUARDS)).toContain(sg);
      // Every safeguard's control is listed, and every control listed has a safeguard.
      const controls = [...new Set(q.safeguards.map((sg) => Number(sg.split('.')[0])))];
      expect([...q.cis].sort((a, b) => a - b)).toEqual(controls.sort((a, b) => a - b));
    },
  );

  it('leaves without a safeguard only the practices CIS does not cover (said why in the bank)', () => {
    expect(readinessQuestions.filter((q) => q.safeguards.length === 0).map((q) => q.id)).toEqual([
      'gv-security-owner',
      'gv-written-policies',
      'gv-risk-strategy',
      'gv-board-reporting',
      'id-risk-assessment',
      'id-improvement',
      'rc-bcp',
      'rc-recovery-communication',
      'it-roadmap',
      'it-budget',
      'it-initiative-governance',
    ]);
  });

  it.each([
    ['email security (SPF, DKIM, DMARC, filtering)', 'pr-email-security', 'PR.PS', ['9.5', '9.7']],
    ['payment-change call-back', 'pr-payment-verification', 'PR.AT', ['14.2']],
    ['privileged accounts', 'pr-privileged-accounts', 'PR.AA', ['5.4', '6.5']],
    ['end-of-life systems', 'pr-end-of-life', 'PR.PS', ['2.2']],
    [
      'vulnerability scanning and pen testing',
      'id-vulnerability-scanning',
      'ID.RA',
      ['7.5', '18.2'],
    ],
    ['remote access', 'pr-remote-access', 'PR.IR', ['12.7']],
    ['EDR', 'de-edr', 'DE.CM', ['10.7']],
    ['protected backups', 'pr-backups-protected', 'PR.DS', ['11.3', '11.4']],
    ['tested restores', 'rc-recovery-tested', 'RC.RP', ['11.5']],
  ] as const)('covers %s (%s) as %s with safeguards %j', (_what, id, csf, safeguards) => {
    const q = must(id);
    if (q.section !== 'readiness') throw new Error(`${id} is not a practice`);
    expect(q.csf).toContain(csf);
    for (const sg of safeguards) expect(q.safeguards).toContain(sg);
  });

  it.each([
    'id-vulnerability-scanning',
    'pr-privileged-accounts',
    'pr-email-security',
    'pr-payment-verification',
    'pr-end-of-life',
    'pr-remote-access',
  ])('new practice %s weighs 1 and is always asked', (id) => {
    const q = must(id);
    expect(q.section === 'readiness' && q.weight).toBe(1);
    expect(q.appliesWhen).toBeUndefined();
  });

  it.each(readinessQuestions.map((q) => [q.id, q] as const))(
    '%s has its own level texts, distinct from every other practice',
    (id, q) => {
      const others = new Set(
        readinessQuestions.filter((o) => o.id !== id).flatMap((o) => o.levels),
      );
      // Level 0 may be a bare "Never" or "No plan"; from 1 up each level describes this practice.
      for (const level of q.levels.slice(1)) expect(others.has(level)).toBe(false);
    },
  );

  it.each([...CSF_CATEGORIES])('CSF category %s is evidenced by an always-asked question', (c) => {
    const always = readinessQuestions.filter((q) => q.appliesWhen === undefined);
    expect(always.some((q) => q.csf.includes(c as CsfCategory))).toBe(true);
  });

  it.each([...DOMAINS])('domain %s has at least 3 always-asked questions', (d) => {
    const inDomain = readinessQuestions.filter((q) => q.domain === d);
    expect(inDomain.filter((q) => q.appliesWhen === undefined).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'gv-security-owner',
    'id-risk-assessment',
    'pr-mfa',
    'pr-backups-protected',
    'rs-ir-plan',
    'it-roadmap',
  ])('foundational practice %s weighs 2', (id) => {
    const q = must(id);
    expect(q.section === 'readiness' && q.weight).toBe(2);
  });

  it.each([
    ['written program', 'gv-written-policies'],
    ['annual risk assessment', 'id-risk-assessment'],
    ['vendor risk', 'gv-vendor-risk'],
    ['IR plan', 'rs-ir-plan'],
    ['tabletops', 'rs-tabletop'],
    ['compliance obligations', 'gv-risk-strategy'],
    ['leadership reporting', 'gv-board-reporting'],
    ['multi-year roadmap', 'it-roadmap'],
    ['budget', 'it-budget'],
    ['vendor and contract management', 'it-vendor-contracts'],
    ['initiative oversight', 'it-initiative-governance'],
    ['asset lifecycle', 'it-lifecycle'],
    ['DR / BCP', 'rc-bcp'],
  ])('covers the %s duty (%s)', (_duty, id) => {
    expect(questionById(id)?.section).toBe('readiness');
  });

  it('lays out sections in DOMAINS order covering every practice once', () => {
    expect(readinessSections.map((s) => s.domain)).toEqual([...DOMAINS]);
    expect(readinessSections.flatMap((s) => s.questionIds)).toEqual(
      readinessQuestions.map((q) => q.id),
    );
    for (const s of readinessSections) {
      expect(s.title.trim()).not.toBe('');
      for (const id of s.questionIds) {
        const q = must(id);
        expect(q.section === 'readiness' && q.domain).toBe(s.domain);
      }
    }
  });
});

describe('skip logic', () => {
  const cases: [string, string, Answers, boolean][] = [
    // pr-payment-card: PCI DSS named, or retail / e-commerce.
    ['pr-payment-card', 'PCI DSS named', { ...baseDiscovery, regulations: ['pci-dss'] }, true],
    [
      'pr-payment-card',
      'a retailer with no rules named',
      { ...baseDiscovery, industry: 'retail-ecommerce' },
      true,
    ],
    [
      'pr-payment-card',
      'a clinic under HIPAA only',
      { ...baseDiscovery, industry: 'healthcare', regulations: ['hipaa'] },
      false,
    ],
    ['pr-payment-card', 'an accounting firm, no rules', baseDiscovery, false],
    ['pr-payment-card', 'nothing answered yet', {}, false],
    ['pr-payment-card', 'regulations malformed (a string)', { regulations: 'pci-dss' }, false],
    // pr-secure-development: a SaaS firm, or a new product planned.
    [
      'pr-secure-development',
      'a SaaS firm',
      { ...baseDiscovery, industry: 'technology-saas' },
      true,
    ],
    [
      'pr-secure-development',
      'a manufacturer launching a portal',
      { ...baseDiscovery, industry: 'manufacturing', initiatives: ['new-product'] },
      true,
    ],
    [
      'pr-secure-development',
      'a manufacturer moving to the cloud',
      { ...baseDiscovery, industry: 'manufacturing', initiatives: ['cloud-migration'] },
      false,
    ],
    ['pr-secure-development', 'nothing answered yet', {}, false],
    // it-initiative-governance: any initiative.
    [
      'it-initiative-governance',
      'an ERP replacement planned',
      { ...baseDiscovery, initiatives: ['erp'] },
      true,
    ],
    [
      'it-initiative-governance',
      'an acquisition and a new site',
      { ...baseDiscovery, initiatives: ['merger-acquisition', 'new-location'] },
      true,
    ],
    ['it-initiative-governance', 'none of these', baseDiscovery, false],
    ['it-initiative-governance', 'nothing answered yet', {}, false],
    // it-msp-oversight: an MSP runs some or all of IT.
    ['it-msp-oversight', 'fully managed by an MSP', { ...baseDiscovery, itSupport: 'msp' }, true],
    [
      'it-msp-oversight',
      'co-managed IT',
      { ...baseDiscovery, itSupport: 'internal-and-msp' },
      true,
    ],
    ['it-msp-oversight', 'internal IT only', baseDiscovery, false],
    ['it-msp-oversight', 'no IT support at all', { ...baseDiscovery, itSupport: 'none' }, false],
    ['it-msp-oversight', 'nothing answered yet', {}, false],
    // Unconditional practices are always asked.
    ['pr-mfa', 'nothing answered yet', {}, true],
    ['it-roadmap', 'an accounting firm', baseDiscovery, true],
  ];

  it.each(cases)('%s when %s → %s', (id, _when, answers, expected) => {
    expect(isApplicable(must(id), answers)).toBe(expected);
  });

  it('applicableQuestions drops exactly the conditional ones that do not apply', () => {
    const conditional = questions.filter((q) => q.appliesWhen !== undefined).map((q) => q.id);
    expect(conditional.sort()).toEqual([
      'cardHandling',
      'it-initiative-governance',
      'it-msp-oversight',
      'merchantLevel',
      'pr-payment-card',
      'pr-secure-development',
    ]);
    expect(applicableQuestions(baseDiscovery)).toHaveLength(questions.length - 6);
    const everything: Answers = {
      ...baseDiscovery,
      industry: 'technology-saas',
      regulations: ['pci-dss', 'soc2'],
      cardHandling: 'own-systems',
      itSupport: 'internal-and-msp',
      initiatives: ['cloud-migration'],
    };
    expect(applicableQuestions(everything)).toHaveLength(questions.length);
  });
});

describe('labels', () => {
  it('names every maturity level, domain, CSF category and CIS control', () => {
    expect(Object.values(MATURITY_LABELS)).toEqual([
      'Not in place',
      'Ad hoc',
      'Documented',
      'Implemented',
      'Reviewed and measured',
    ]);
    expect(UNKNOWN_LABEL).toBe("Don't know");
    expect(Object.keys(DOMAIN_INFO)).toEqual([...DOMAINS]);
    expect(DOMAIN_INFO['it-strategy'].csfFunction).toBeNull();
    for (const d of DOMAINS.filter((x) => x !== 'it-strategy')) {
      expect(DOMAIN_INFO[d].csfFunction).toBe(
        readinessQuestions.find((q) => q.domain === d)?.csf[0]?.slice(0, 2),
      );
    }
    expect(Object.keys(CSF_CATEGORY_NAMES).sort()).toEqual([...CSF_CATEGORIES].sort());
    expect(Object.keys(CIS_CONTROL_NAMES).map(Number)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(CSF_CATEGORY_NAMES['PR.AA']).toBe(
      'Identity Management, Authentication, and Access Control',
    );
    expect(CIS_CONTROL_NAMES[15]).toBe('Service Provider Management');
  });

  it.each([
    ['employees', 40, '40 people'],
    ['industry', 'retail-ecommerce', 'Retail or e-commerce'],
    ['regulations', ['hipaa', 'pci-dss'], 'HIPAA, PCI DSS'],
    ['regulations', [], 'None of these apply to us'],
    ['initiatives', [], 'None of these'],
    ['dedicatedMandate', 'unsure', 'Not sure'],
    ['pr-mfa', 3, 'Implemented'],
    ['pr-mfa', 0, 'Not in place'],
    ['pr-mfa', 'unknown', "Don't know"],
    ['pr-mfa', undefined, UNANSWERED_LABEL],
    ['industry', 'bank', 'bank'],
    ['no-such-question', ['a', 'b'], 'a, b'],
  ] as const)('labelFor(%s, %j) → %s', (id, value, expected) => {
    expect(labelFor(id, value)).toBe(expected);
  });

  it.each(discoveryQuestions.filter((q) => q.kind !== 'number').map((q) => [q.id, q] as const))(
    'labelFor gives every %s option its label',
    (_id, q) => {
      for (const o of q.options) {
        expect(labelFor(q.id, q.kind === 'multi' ? [o.value] : o.value)).toBe(o.label);
      }
    },
  );
});

describe('the structure and the readiness wording', () => {
  it('pairs every practice outline with its wording, and nothing else', () => {
    expect(Object.keys(READINESS_TEXT).sort()).toEqual(readinessOutlines.map((o) => o.id).sort());
  });

  it('keeps the wording out of the outlines the first screen loads', () => {
    for (const o of readinessOutlines) {
      for (const key of ['prompt', 'whyWeAsk', 'levels', 'action'])
        expect(o).not.toHaveProperty(key);
    }
  });

  it('joins them into the full bank with five level texts per practice', () => {
    for (const q of readinessQuestions) {
      expect(q.prompt.length).toBeGreaterThan(10);
      expect(q.levels).toHaveLength(5);
      expect(outlineById(q.id)).toMatchObject({ id: q.id, domain: q.domain, weight: q.weight });
    }
  });
});

/** CIS Controls v8.1 (June 2024) safeguard titles, as listed in docs/question-bank.md. */
const CIS_V81_SAFEGUARDS: Record<string, string> = {
  '1.1': 'Establish and Maintain Detailed Enterprise Asset Inventory',
  '2.1': 'Establish and Maintain a Software Inventory',
  '2.2': 'Ensure Authorized Software is Currently Supported',
  '3.1': 'Establish and Maintain a Data Management Process',
  '3.6': 'Encrypt Data on End-User Devices',
  '3.11': 'Encrypt Sensitive Data at Rest',
  '4.1': 'Establish and Maintain a Secure Configuration Process',
  '4.4': 'Implement and Manage a Firewall on Servers',
  '4.5': 'Implement and Manage a Firewall on End-User Devices',
  '5.1': 'Establish and Maintain an Inventory of Accounts',
  '5.3': 'Disable Dormant Accounts',
  '5.4': 'Restrict Administrator Privileges to Dedicated Administrator Accounts',
  '6.1': 'Establish an Access Granting Process',
  '6.2': 'Establish an Access Revoking Process',
  '6.3': 'Require MFA for Externally-Exposed Applications',
  '6.4': 'Require MFA for Remote Network Access',
  '6.5': 'Require MFA for Administrative Access',
  '7.1': 'Establish and Maintain a Vulnerability Management Process',
  '7.2': 'Establish and Maintain a Remediation Process',
  '7.3': 'Perform Automated Operating System Patch Management',
  '7.4': 'Perform Automated Application Patch Management',
  '7.5': 'Perform Automated Vulnerability Scans of Internal Enterprise Assets',
  '7.6': 'Perform Automated Vulnerability Scans of Externally-Exposed Enterprise Assets',
  '8.1': 'Establish and Maintain an Audit Log Management Process',
  '8.2': 'Collect Audit Logs',
  '8.11': 'Conduct Audit Log Reviews',
  '9.2': 'Use DNS Filtering Services',
  '9.5': 'Implement DMARC',
  '9.6': 'Block Unnecessary File Types',
  '9.7': 'Deploy and Maintain Email Server Anti-Malware Protections',
  '10.1': 'Deploy and Maintain Anti-Malware Software',
  '10.7': 'Use Behavior-Based Anti-Malware Software',
  '11.1': 'Establish and Maintain a Data Recovery Process',
  '11.2': 'Perform Automated Backups',
  '11.3': 'Protect Recovery Data',
  '11.4': 'Establish and Maintain an Isolated Instance of Recovery Data',
  '11.5': 'Test Data Recovery',
  '12.2': 'Establish and Maintain a Secure Network Architecture',
  '12.7':
    "Ensure Remote Devices Utilize a VPN and are Connecting to an Enterprise's AAA Infrastructure",
  '13.1': 'Centralize Security Event Alerting',
  '14.1': 'Establish and Maintain a Security Awareness Program',
  '14.2': 'Train Workforce Members to Recognize Social Engineering Attacks',
  '14.6': 'Train Workforce Members on Recognizing and Reporting Security Incidents',
  '15.1': 'Establish and Maintain an Inventory of Service Providers',
  '15.2': 'Establish and Maintain a Service Provider Management Policy',
  '15.4': 'Ensure Service Provider Contracts Include Security Requirements',
  '16.1': 'Establish and Maintain a Secure Application Development Process',
  '17.1': 'Designate Personnel to Manage Incident Handling',
  '17.2': 'Establish and Maintain Contact Information for Reporting Security Incidents',
  '17.4': 'Establish and Maintain an Incident Response Process',
  '17.6': 'Define Mechanisms for Communicating During Incident Response',
  '17.7': 'Conduct Routine Incident Response Exercises',
  '17.8': 'Conduct Post-Incident Reviews',
  '18.1': 'Establish and Maintain a Penetration Testing Program',
  '18.2': 'Perform Periodic External Penetration Tests',
};

describe('docs/question-bank.md', () => {
  const doc = readFileSync(new URL('../../../docs/question-bank.md', import.meta.url), 'utf8');
  // The first table is the bank; later ones (the changes) are not checked here.
  const bankTable = doc.split('\n## ')[0] ?? '';
  const rows = new Map(
    bankTable
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => [/^\| `([a-z0-9-]+)`/.exec(line)?.[1] ?? '', line] as const),
  );

  it('has one row per practice, in bank order', () => {
    expect([...rows.keys()]).toEqual(readinessQuestions.map((q) => q.id));
  });

  it.each(readinessQuestions.map((q) => [q.id, q] as const))(
    '%s: the row shows its CSF categories, safeguards with their titles, and weight',
    (id, q) => {
      const cells = (rows.get(id) ?? '').split('|').map((cell) => cell.trim());
      const [, , fn, csf, safeguards, weight] = cells;
      expect(fn).toBe(DOMAIN_INFO[q.domain].label);
      expect(csf).toBe(q.csf.length > 0 ? q.csf.join(', ') : '—');
      for (const sg of q.safeguards)
        expect(safeguards).toContain(`${sg} ${CIS_V81_SAFEGUARDS[sg]}`);
      expect(weight).toBe(String(q.weight));
    },
  );
});
