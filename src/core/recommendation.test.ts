import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODEL_HEADLINES, findTriggers, recommend, type RecommendInput } from './recommendation';
import {
  CUSTOMER_DEMANDS,
  CYBER_INSURANCE,
  DEDICATED_MANDATE,
  DOMAINS,
  ENGAGEMENT_MODELS,
  INCIDENTS,
  INDUSTRIES,
  INITIATIVES,
  IT_SUPPORT,
  REGULATIONS,
  SECURITY_LEADERSHIP,
  type DiscoveryAnswers,
  type EngagementModel,
  type ReadinessScore,
  type RetainerTier,
} from './types';

const tier: RetainerTier = { maxEmployees: 75, monthlyFee: 5_250, hours: { min: 10, max: 15 } };
const allOffers: readonly EngagementModel[] = ENGAGEMENT_MODELS;

const base: DiscoveryAnswers = {
  employees: 50,
  industry: 'professional-services',
  regulations: [],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'none',
  initiatives: [],
  dedicatedMandate: 'no',
};

/** A score with the given overall and IT-strategy readiness; one contribution per domain. */
function readinessOf(overall: number, itStrategy = overall, missing = 0): ReadinessScore {
  const byDomain = Object.fromEntries(
    DOMAINS.map((d) => [d, overall]),
  ) as ReadinessScore['byDomain'];
  byDomain['it-strategy'] = itStrategy;
  return {
    overall,
    byDomain,
    unknownCount: missing,
    unansweredCount: 0,
    applicableCount: 28,
    contributions: DOMAINS.map((d) => ({
      questionId: `${d}-q`,
      domain: d,
      answer: 2,
      weight: 1,
      earned: 2,
      possible: 4,
      domainGapPoints: 50,
    })),
  };
}

function run(
  d: Partial<DiscoveryAnswers>,
  readiness = readinessOf(60),
  offers: readonly EngagementModel[] = allOffers,
) {
  return recommend({ discovery: { ...base, ...d }, readiness, tier, offers });
}

const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id);

interface Prospect {
  name: string;
  discovery: Partial<DiscoveryAnswers>;
  readiness: ReadinessScore;
  model: EngagementModel;
  reasons?: string[];
  warnings?: string[];
  notWarnings?: string[];
  offers?: readonly EngagementModel[];
}

const prospects: Prospect[] = [
  {
    name: '8-person accounting firm with an MSP and no trigger',
    discovery: { employees: 8, industry: 'professional-services' },
    readiness: readinessOf(45, 55),
    model: 'msp-only',
    reasons: ['no-trigger'],
    warnings: ['too-early'],
    notWarnings: ['needs-operations-first', 'retainer-needs-deliverables'],
  },
  {
    name: '40-person clinic under HIPAA with an MSP',
    discovery: { employees: 40, industry: 'healthcare', regulations: ['hipaa'] },
    readiness: readinessOf(55, 60),
    model: 'vciso-retainer',
    reasons: ['trigger-regulated', 'ongoing-need', 'reg-hipaa'],
    warnings: ['retainer-needs-deliverables'],
    notWarnings: ['check-regulations', 'too-early'],
  },
  {
    name: '60-person SaaS whose biggest customer wants a named security leader, readiness 70',
    discovery: {
      employees: 60,
      industry: 'technology-saas',
      customerDemands: 'named-security-leader',
    },
    readiness: readinessOf(70, 70),
    model: 'vciso-retainer',
    reasons: ['trigger-customer-driven', 'ongoing-need'],
  },
  {
    name: '50-person firm with questionnaires only, readiness 75',
    discovery: { employees: 50, customerDemands: 'questionnaires' },
    readiness: readinessOf(75, 70),
    model: 'vciso-project',
    reasons: ['trigger-customer-driven', 'bounded-need'],
    notWarnings: ['retainer-needs-deliverables'],
  },
  {
    name: '120-person manufacturer with an ERP initiative and no trigger',
    discovery: { employees: 120, industry: 'manufacturing', initiatives: ['erp'] },
    readiness: readinessOf(62, 65),
    model: 'fractional-cio',
    reasons: ['major-initiatives', 'no-trigger'],
    warnings: ['vcio-conflict-of-interest'],
  },
  {
    name: 'the same manufacturer under CMMC',
    discovery: {
      employees: 120,
      industry: 'manufacturing',
      initiatives: ['erp'],
      regulations: ['cmmc'],
    },
    readiness: readinessOf(62, 65),
    model: 'vciso-and-fractional-cio',
    reasons: ['trigger-regulated', 'major-initiatives', 'ongoing-need', 'reg-cmmc'],
    warnings: ['retainer-needs-deliverables', 'vcio-conflict-of-interest'],
  },
  {
    name: 'a business with an incident under way',
    discovery: { employees: 35, incident: 'active', cyberInsurance: 'basic' },
    readiness: readinessOf(30),
    model: 'incident-response',
    reasons: ['active-incident'],
    warnings: ['program-after-incident'],
  },
  {
    name: 'a 1,500-person company',
    discovery: { employees: 1_500 },
    readiness: readinessOf(65),
    model: 'full-time-ciso',
    reasons: ['large-organization'],
    warnings: ['interim-vciso', 'not-offered'],
    offers: allOffers.filter((m) => m !== 'full-time-ciso'),
  },
  {
    name: '300-person insurer under NYDFS',
    discovery: { employees: 300, industry: 'insurance', regulations: ['nydfs'] },
    readiness: readinessOf(58, 60),
    model: 'vciso-retainer',
    reasons: ['trigger-regulated', 'third-party-leader-allowed', 'reg-nydfs'],
    notWarnings: ['nydfs-exemption-check', 'interim-vciso'],
  },
  {
    name: '15-person mortgage broker under the FTC Safeguards Rule with no IT support',
    discovery: {
      employees: 15,
      industry: 'financial-services',
      regulations: ['ftc-safeguards'],
      itSupport: 'none',
    },
    readiness: readinessOf(20),
    model: 'msp-only',
    reasons: ['trigger-regulated', 'third-party-leader-allowed', 'reg-ftc-safeguards'],
    warnings: ['needs-operations-first'],
    notWarnings: ['too-early'],
  },
  {
    name: 'a prospect who answered "don\'t know" to a third of the readiness questions',
    discovery: { employees: 40, regulations: ['pci-dss'] },
    readiness: readinessOf(40, 60, 10),
    model: 'vciso-retainer',
    warnings: ['many-unknowns'],
  },
  {
    name: '45-person firm without triggers and no program (readiness 30)',
    discovery: { employees: 45 },
    readiness: readinessOf(30, 60),
    model: 'vciso-project',
    reasons: ['program-build'],
    notWarnings: ['too-early'],
  },
  {
    name: '80-person firm with a contract that demands a dedicated security executive',
    discovery: { employees: 80, dedicatedMandate: 'yes', customerDemands: 'named-security-leader' },
    readiness: readinessOf(60),
    model: 'full-time-ciso',
    reasons: ['dedicated-mandate', 'trigger-customer-driven'],
    warnings: ['interim-vciso'],
  },
  {
    name: '600-person public company',
    discovery: { employees: 600, regulations: ['sec-public'] },
    readiness: readinessOf(70),
    model: 'full-time-ciso',
    reasons: ['public-company-scrutiny', 'reg-sec-public'],
  },
  {
    name: '200-person public company',
    discovery: { employees: 200, regulations: ['sec-public'] },
    readiness: readinessOf(70),
    model: 'vciso-retainer',
    reasons: ['reg-sec-public'],
  },
  {
    name: '12-person NYDFS licensee',
    discovery: { employees: 12, industry: 'insurance', regulations: ['nydfs'] },
    readiness: readinessOf(50, 60),
    model: 'vciso-retainer',
    warnings: ['nydfs-exemption-check'],
  },
  {
    name: 'healthcare business that selected no regulation',
    discovery: { employees: 20, industry: 'healthcare' },
    readiness: readinessOf(50, 60),
    model: 'msp-only',
    warnings: ['check-regulations', 'too-early'],
  },
  {
    name: 'insurer-driven need on a mature program',
    discovery: {
      employees: 70,
      cyberInsurance: 'limit-5m-plus',
      customerDemands: 'questionnaires',
    },
    readiness: readinessOf(68, 60),
    model: 'vciso-project',
    reasons: ['trigger-customer-driven', 'trigger-insurance', 'bounded-need'],
  },
  {
    name: 'questionnaires on a thin program (readiness 45)',
    discovery: { employees: 50, customerDemands: 'questionnaires' },
    readiness: readinessOf(45, 60),
    model: 'vciso-retainer',
    reasons: ['ongoing-need'],
  },
  {
    name: 'an IT generalist leading security after an incident',
    discovery: { incident: 'past-24-months', securityLeadership: 'it-generalist' },
    readiness: readinessOf(50, 60),
    model: 'vciso-retainer',
    reasons: ['trigger-post-incident'],
    warnings: ['helpdesk-is-not-vciso'],
  },
  {
    name: 'a dedicated internal security lead under PCI DSS',
    discovery: { regulations: ['pci-dss'], securityLeadership: 'dedicated-internal' },
    readiness: readinessOf(62, 60),
    model: 'vciso-retainer',
    reasons: ['internal-lead-supported', 'reg-pci-dss'],
  },
  {
    name: 'outside security leadership already, low IT strategy',
    discovery: { securityLeadership: 'external', itSupport: 'internal' },
    readiness: readinessOf(62, 30),
    model: 'fractional-cio',
    reasons: ['it-strategy-readiness-low', 'existing-external-lead'],
    notWarnings: ['vcio-conflict-of-interest'],
  },
  {
    name: 'unsure about a dedicated-executive mandate',
    discovery: { dedicatedMandate: 'unsure', regulations: ['soc2'] },
    readiness: readinessOf(62, 60),
    model: 'vciso-retainer',
    warnings: ['confirm-mandate'],
  },
  {
    name: 'an incident under way at an NYDFS and SEC-regulated firm',
    discovery: { employees: 400, incident: 'active', regulations: ['nydfs', 'sec-public'] },
    readiness: readinessOf(50),
    model: 'incident-response',
    reasons: ['active-incident', 'third-party-leader-allowed'],
    warnings: ['program-after-incident', 'notification-deadlines'],
  },
  {
    name: 'a retainer from a provider that sells none',
    discovery: { regulations: ['glba-ncua'] },
    readiness: readinessOf(55, 60),
    model: 'vciso-retainer',
    warnings: ['not-offered'],
    offers: ['msp-only'],
  },
];

describe('recommend: realistic prospects', () => {
  it.each(prospects)('$name → $model', (p) => {
    const r = run(p.discovery, p.readiness, p.offers ?? allOffers);
    expect(r.model).toBe(p.model);
    expect(ids(r.reasons)).toEqual(expect.arrayContaining(p.reasons ?? []));
    expect(ids(r.warnings)).toEqual(expect.arrayContaining(p.warnings ?? []));
    for (const w of p.notWarnings ?? []) expect(ids(r.warnings)).not.toContain(w);
    expect(r.reasons.length).toBeGreaterThan(0);
  });
});

describe('recommend: details', () => {
  it.each([
    [{ customerDemands: 'questionnaires' }, readinessOf(75, 70), { min: 8, max: 16 }],
    [{ cyberInsurance: 'limit-5m-plus' }, readinessOf(75, 70), { min: 16, max: 32 }],
    [{}, readinessOf(30, 60), { min: 16, max: 32 }],
    [{ regulations: ['hipaa'] }, readinessOf(60, 60), tier.hours],
    [{ regulations: ['cmmc'], initiatives: ['erp'] }, readinessOf(60, 60), tier.hours],
    [{ initiatives: ['erp'] }, readinessOf(60, 60), null],
    [{ incident: 'active' }, readinessOf(60, 60), null],
    [{ employees: 2_000 }, readinessOf(60, 60), null],
    [{}, readinessOf(60, 60), null],
  ] as const)('%j at %o suggests hours %j', (d, readiness, hours) => {
    expect(run(d as Partial<DiscoveryAnswers>, readiness).hoursPerMonth).toEqual(hours);
  });

  it.each([
    [{}, 'Stay with your MSP for now'],
    [{ itSupport: 'none' }, 'Put IT operations in place first'],
    [{ itSupport: 'internal' }, 'Stay with your IT team for now'],
    [{ regulations: ['hipaa'] }, MODEL_HEADLINES['vciso-retainer']],
    [{ incident: 'active' }, 'Incident-response support now, the program after'],
    [{ employees: 1_000 }, 'Hire a full-time CISO'],
  ] as const)('headline for %j is "%s"', (d, headline) => {
    expect(run(d as Partial<DiscoveryAnswers>).headline).toBe(headline);
  });

  it('names the next step after an incident, a full-time hire when size calls for it', () => {
    const small = run({ incident: 'active', regulations: ['hipaa'] });
    expect(small.warnings.find((w) => w.id === 'program-after-incident')?.text).toMatch(
      /a vCISO on a monthly retainer \(about 10–15 hours a month\)/,
    );
    const large = run({ incident: 'active', employees: 5_000 });
    expect(large.reasons.map((r) => r.id)).toContain('large-organization');
    expect(large.warnings.find((w) => w.id === 'program-after-incident')?.text).toMatch(
      /hire a full-time CISO/,
    );
  });

  it('does not count a regulated-looking industry as a trigger', () => {
    const r = run({ industry: 'financial-services' });
    expect(r.triggers).toEqual([]);
    expect(ids(r.warnings)).toContain('check-regulations');
  });

  it('does not call SOC 2 alone a regulation, but does when a law is selected with it', () => {
    const soc2 = run({ regulations: ['soc2'] }).reasons.find((r) => r.id === 'trigger-regulated');
    expect(soc2?.text).toMatch(/^You must meet SOC 2\. An audit standard/);
    expect(soc2?.text).not.toMatch(/work under/);
    const both = run({ regulations: ['soc2', 'hipaa'] }).reasons.find(
      (r) => r.id === 'trigger-regulated',
    );
    expect(both?.text).toMatch(/^You work under SOC 2 and HIPAA\. Regulated work/);
  });

  it('lists the triggers in a fixed order', () => {
    expect(
      findTriggers({
        ...base,
        incident: 'past-24-months',
        cyberInsurance: 'limit-5m-plus',
        customerDemands: 'questionnaires',
        regulations: ['nis2'],
      }),
    ).toEqual(['regulated', 'customer-driven', 'insurance', 'post-incident']);
  });

  it('treats IT strategy as a gap below 50 only', () => {
    expect(run({}, readinessOf(60, 49.9)).itStrategyGap).toBe(true);
    expect(run({}, readinessOf(60, 50)).itStrategyGap).toBe(false);
  });

  it('ignores the IT-strategy score when no IT-strategy question applied', () => {
    const readiness = readinessOf(60, 0);
    readiness.contributions = readiness.contributions.filter((c) => c.domain !== 'it-strategy');
    expect(run({}, readiness).itStrategyGap).toBe(false);
  });

  it('writes a regulation note for each regulation selected, citing its rule', () => {
    const r = run({ regulations: [...REGULATIONS] });
    for (const reg of REGULATIONS) {
      const note = r.reasons.find((x) => x.id === `reg-${reg}`);
      expect(note?.source).toMatch(/CFR|NYCRR|PCI|CMMC|SOC 2|CJIS|SEC|NIS2|NCUA/);
    }
  });
});

const discoveryArb: fc.Arbitrary<DiscoveryAnswers> = fc.record({
  employees: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 20_000 })),
  industry: fc.constantFrom(...INDUSTRIES),
  regulations: fc.subarray([...REGULATIONS]),
  customerDemands: fc.constantFrom(...CUSTOMER_DEMANDS),
  cyberInsurance: fc.constantFrom(...CYBER_INSURANCE),
  incident: fc.constantFrom(...INCIDENTS),
  itSupport: fc.constantFrom(...IT_SUPPORT),
  securityLeadership: fc.constantFrom(...SECURITY_LEADERSHIP),
  initiatives: fc.subarray([...INITIATIVES]),
  dedicatedMandate: fc.constantFrom(...DEDICATED_MANDATE),
});

/** A random prospect: discovery answers, a score, and a random set of offers. */
const inputArb: fc.Arbitrary<RecommendInput> = fc.record({
  discovery: discoveryArb,
  readiness: fc
    .tuple(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.integer({ min: 0, max: 28 }),
    )
    .map(([overall, it, missing]) => readinessOf(overall, it, missing)),
  tier: fc.constant(tier),
  offers: fc.subarray([...ENGAGEMENT_MODELS]),
});

describe('recommend: properties', () => {
  it('gives unique ids, text and a source for every finding, the same way each time', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommend(input);
        expect(recommend(input)).toEqual(r);
        for (const list of [r.reasons, r.warnings]) {
          expect(new Set(ids(list)).size).toBe(list.length);
          for (const f of list) {
            expect(f.text.length).toBeGreaterThan(20);
            expect(f.source.length).toBeGreaterThan(3);
          }
        }
        expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('puts an active incident first, then a mandate or size, then operations', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { discovery: d } = input;
        const { model } = recommend(input);
        if (d.incident === 'active') expect(model).toBe('incident-response');
        else if (d.employees >= 1_000 || d.dedicatedMandate === 'yes') {
          expect(model).toBe('full-time-ciso');
        } else if (d.itSupport === 'none' && !d.regulations.includes('sec-public')) {
          expect(model).toBe('msp-only');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never forces a full-time hire from FTC Safeguards or NYDFS alone', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const d = { ...input.discovery, employees: Math.min(input.discovery.employees, 499) };
        const r = recommend({ ...input, discovery: { ...d, dedicatedMandate: 'no' } });
        expect(r.model).not.toBe('full-time-ciso');
        if (d.regulations.includes('ftc-safeguards') || d.regulations.includes('nydfs')) {
          expect(ids(r.reasons)).toContain('third-party-leader-allowed');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('warns when the model is not offered, and only then', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommend(input);
        expect(ids(r.warnings).includes('not-offered')).toBe(!input.offers.includes(r.model));
      }),
      { numRuns: 300 },
    );
  });
});

describe('methodology.md', () => {
  const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');

  it('documents every reason and warning id the rules emit', () => {
    const emitted = new Set<string>();
    const collect = (input: RecommendInput) => {
      const r = recommend(input);
      for (const f of [...r.reasons, ...r.warnings]) emitted.add(f.id);
    };
    for (const p of prospects) {
      collect({
        discovery: { ...base, ...p.discovery },
        readiness: p.readiness,
        tier,
        offers: p.offers ?? allOffers,
      });
    }
    for (const input of fc.sample(inputArb, { numRuns: 3_000, seed: 20_261_101 })) collect(input);
    collect({
      discovery: { ...base, regulations: [...REGULATIONS] },
      readiness: readinessOf(60),
      tier,
      offers: [],
    });

    // Every rule should have fired at least once, or this check proves little.
    expect(emitted.size).toBeGreaterThanOrEqual(40);
    const missing = [...emitted].filter((id) => !doc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('documents every model and links the cost model', () => {
    for (const m of ENGAGEMENT_MODELS) expect(doc).toContain(`\`${m}\``);
    expect(doc).toMatch(/### Rules, month by month/);
  });
});
