import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess';
import { applicableQuestions } from './content/questions';
import { demoConfig } from './demo-config';
import {
  SMALL_FIRM_EMPLOYEES,
  findTriggers,
  isOffered,
  modelFor,
  pciStatus,
  recommend,
} from './recommendation';
import { MODEL_HEADLINES } from './recommendation-text';
import {
  CARD_HANDLING,
  CUSTOMER_DEMANDS,
  CYBER_INSURANCE,
  DEDICATED_MANDATE,
  ENGAGEMENT_MODELS,
  INCIDENTS,
  INDUSTRIES,
  INITIATIVES,
  IT_STRATEGY_VERDICTS,
  IT_SUPPORT,
  MERCHANT_LEVELS,
  REGULATIONS,
  SECURITY_LEADERSHIP,
  SECURITY_VERDICTS,
  type AnswerValue,
  type Answers,
  type DiscoveryAnswers,
  type Domain,
  type EngagementModel,
  type ItStrategyVerdict,
  type ProjectKind,
  type ReadinessAnswer,
  type Recommendation,
  type SecurityVerdict,
} from './types';

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

/** Readiness answers by question id, by domain, or for every practice ('default'). */
type Levels = Partial<Record<Domain | 'default' | string, ReadinessAnswer>>;

/** Real answers for the real question bank: discovery as given, each practice at its level. */
function answersFor(d: Partial<DiscoveryAnswers>, levels: Levels = {}): Answers {
  const a: Record<string, AnswerValue> = {};
  for (const [k, v] of Object.entries({ ...base, ...d })) if (v !== undefined) a[k] = v;
  for (const q of applicableQuestions(a)) {
    if (q.section !== 'readiness') continue;
    a[q.id] = levels[q.id] ?? levels[q.domain] ?? levels.default ?? 2;
  }
  return a;
}

function verdict(d: Partial<DiscoveryAnswers>, levels: Levels = {}): Recommendation {
  return assess(answersFor(d, levels)).recommendation;
}

const ids = (findings: readonly { id: string }[]) => findings.map((f) => f.id);

interface Prospect {
  name: string;
  /** The rule it exercises, as named in docs/methodology.md, and the source behind it. */
  rule: string;
  discovery: Partial<DiscoveryAnswers>;
  levels?: Levels;
  model: EngagementModel;
  security: SecurityVerdict;
  itStrategy: ItStrategyVerdict;
  headline: string;
  project?: ProjectKind;
  reasons?: string[];
  warnings?: string[];
  notWarnings?: string[];
  alsoConsider?: string[];
  ruleNotes?: string[];
}

const prospects: Prospect[] = [
  {
    name: '5-person HIPAA dental office with an MSP',
    rule: 'S5 small firm, one kind of trigger → project (seed 000; facts §2 HIPAA); I3 small MSP client → strategy reviews (seed 003)',
    discovery: { employees: 5, industry: 'healthcare', regulations: ['hipaa'] },
    levels: { default: 1 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'strategy-reviews',
    project: 'small-firm-compliance',
    headline: 'A defined vCISO project, with quarterly strategy reviews from your MSP',
    reasons: ['trigger-regulated', 'project-shape', 'it-strategy-readiness-low'],
    warnings: ['vcio-conflict-of-interest'],
    notWarnings: ['retainer-needs-deliverables'],
    alsoConsider: ['msp-program-work'],
    ruleNotes: ['reg-hipaa'],
  },
  {
    name: '12-person tax preparer under the FTC Safeguards Rule',
    rule: 'S5 small firm, one regulation → project (facts §2 FTC: QI may be a service provider)',
    discovery: { employees: 12, industry: 'financial-services', regulations: ['ftc-safeguards'] },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'small-firm-compliance',
    headline: 'A defined vCISO project',
    reasons: ['trigger-regulated', 'project-shape', 'third-party-leader-allowed'],
    ruleNotes: ['reg-ftc-safeguards'],
  },
  {
    name: '15-person NYDFS insurance agency',
    rule: 'S5 small firm → project; NYDFS exemption claimed by notice (facts §2, 500.19(a))',
    discovery: { employees: 15, industry: 'insurance', regulations: ['nydfs'] },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'small-firm-compliance',
    headline: 'A defined vCISO project',
    warnings: ['nydfs-exemption-check'],
    ruleNotes: ['reg-nydfs'],
  },
  {
    name: 'café taking cards on a hosted terminal',
    rule: 'T1 PCI only above the lowest tier or on own systems (seed 000; facts §2 merchant levels)',
    discovery: {
      employees: 8,
      industry: 'retail-ecommerce',
      regulations: ['pci-dss'],
      cardHandling: 'outsourced',
    },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    reasons: ['no-trigger'],
    ruleNotes: ['reg-pci-dss', 'pci-scope-small'],
  },
  {
    name: '60-person online shop with card data on its own servers, level 2',
    rule: 'T1 PCI trigger; S6 retainer (seed 000 trigger: card data above the lowest tier)',
    discovery: {
      employees: 60,
      industry: 'retail-ecommerce',
      regulations: ['pci-dss'],
      cardHandling: 'own-systems',
      merchantLevel: 'level-1-3',
    },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
    reasons: ['trigger-regulated', 'ongoing-need'],
    warnings: ['retainer-needs-deliverables'],
  },
  {
    name: '40-person shop at merchant level 4',
    rule: 'T1 the lowest tier is not a trigger (facts §2 merchant levels)',
    discovery: {
      employees: 40,
      industry: 'retail-ecommerce',
      regulations: ['pci-dss'],
      cardHandling: 'own-systems',
      merchantLevel: 'level-4',
    },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    ruleNotes: ['reg-pci-dss', 'pci-scope-small'],
  },
  {
    name: '40-person shop unsure how its cards are handled',
    rule: 'T1 unsettled card handling: not a trigger, settle it (also consider)',
    discovery: {
      employees: 40,
      industry: 'retail-ecommerce',
      regulations: ['pci-dss'],
      cardHandling: 'unknown',
    },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    alsoConsider: ['card-handling-unsettled'],
  },
  {
    name: '300-person manufacturer with a full roadmap and a new plant',
    rule: 'I2 an initiative with someone to lead it is no CIO reason (seed 001)',
    discovery: { employees: 300, industry: 'manufacturing', initiatives: ['new-location'] },
    levels: { default: 3, 'it-strategy': 4 },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    notWarnings: ['vcio-conflict-of-interest'],
  },
  {
    name: '10-person software firm with everything in place, launching a product',
    rule: 'I2 a new product is security work, never a CIO reason (seed 000 vCISO duties)',
    discovery: { employees: 10, industry: 'technology-saas', initiatives: ['new-product'] },
    levels: { default: 4 },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    alsoConsider: ['new-product-security'],
  },
  {
    name: '200-person firm at security readiness 25 with an ERP project and no IT lead',
    rule: 'S7 program build beside I1 fractional CIO, decided apart (seeds 000, 001)',
    discovery: { employees: 200, industry: 'manufacturing', initiatives: ['erp'] },
    levels: { default: 1 },
    model: 'vciso-project-and-fractional-cio',
    security: 'vciso-project',
    itStrategy: 'fractional-cio',
    project: 'program-build',
    headline: 'A defined vCISO project, and a fractional CIO',
    reasons: ['project-shape', 'it-strategy-readiness-low', 'major-initiatives'],
    warnings: ['vcio-conflict-of-interest'],
  },
  {
    name: '90-person healthcare provider answering "Don\'t know" everywhere',
    rule: 'I4 "Don\'t know" never selects a fractional CIO by itself; S6 regulated retainer',
    discovery: { employees: 90, industry: 'healthcare', regulations: ['hipaa'] },
    levels: { default: 'unknown' },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
    warnings: ['many-unknowns'],
    alsoConsider: ['it-strategy-unsettled'],
  },
  {
    name: '1,200-person firm with its own security director',
    rule: 'S2 keep and resource the security leader in post (no search, no interim)',
    discovery: { employees: 1_200, securityLeadership: 'dedicated-internal' },
    levels: { default: 3 },
    model: 'keep-security-leader',
    security: 'keep-security-leader',
    itStrategy: 'none',
    headline: 'Keep and resource your security leader',
    reasons: ['large-organization', 'keep-security-leader'],
    notWarnings: ['interim-vciso'],
  },
  {
    name: '1,200-person firm with nobody leading security',
    rule: 'S2 full-time CISO at about 1,000+ staff (seed 001)',
    discovery: { employees: 1_200 },
    levels: { default: 3 },
    model: 'full-time-ciso',
    security: 'full-time-ciso',
    itStrategy: 'none',
    headline: 'Hire a full-time CISO',
    reasons: ['large-organization'],
    warnings: ['interim-vciso'],
  },
  {
    name: 'contract mandating a dedicated executive, one already in post',
    rule: 'S2 keep the leader; name a CISO-level role where the mandate asks for one',
    discovery: {
      employees: 150,
      dedicatedMandate: 'yes',
      securityLeadership: 'dedicated-internal',
    },
    model: 'keep-security-leader',
    security: 'keep-security-leader',
    itStrategy: 'none',
    headline: 'Keep and resource your security leader',
    reasons: ['dedicated-mandate', 'keep-security-leader'],
    notWarnings: ['interim-vciso', 'confirm-mandate'],
  },
  {
    name: 'questionnaires with Protect 25 and Detect 0 hidden by a high average',
    rule: 'S4 bounded needs foundations documented and Protect and Detect at 50+',
    discovery: { customerDemands: 'questionnaires' },
    levels: { default: 4, protect: 1, detect: 0 },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
  },
  {
    name: 'SaaS firm whose customers want SOC 2, program largely in place',
    rule: 'S4 SOC 2 at 60+ is an audit-readiness project (seed 000 prices SOC 2 readiness as a project)',
    discovery: { industry: 'technology-saas', regulations: ['soc2'] },
    levels: { default: 3 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'audit-readiness',
    headline: 'A defined vCISO project',
    reasons: ['trigger-regulated', 'project-shape'],
  },
  {
    name: 'SaaS firm whose customers want SOC 2, little in place',
    rule: 'S6 retainer when the program must be built first',
    discovery: { industry: 'technology-saas', regulations: ['soc2'] },
    levels: { default: 1, 'it-strategy': 3 },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
  },
  {
    name: 'insurer asked for evidence at renewal, program in place',
    rule: 'T3 insurer evidence at any limit is a bounded trigger (seed 001; facts [46] 60–90 days)',
    discovery: { employees: 40, cyberInsurance: 'evidence-requested' },
    levels: { default: 3 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'insurer-evidence',
    headline: 'A defined vCISO project',
    reasons: ['trigger-insurance', 'project-shape'],
  },
  {
    name: '$5M limit, program in place',
    rule: 'T3 a $5M+ carrier looks at the program itself: ongoing (seed 000)',
    discovery: { employees: 60, cyberInsurance: 'limit-5m-plus' },
    levels: { default: 3 },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
    reasons: ['trigger-insurance', 'ongoing-need'],
  },
  {
    name: '80-person firm answering questionnaires on a working program',
    rule: 'S4 bounded questionnaire support (facts [46] 8–16 h a month)',
    discovery: { employees: 80, customerDemands: 'questionnaires' },
    levels: { default: 3 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'questionnaire-support',
    headline: 'A defined vCISO project',
  },
  {
    name: '18-person firm whose customer wants a named security leader',
    rule: 'S5 exception: a named-leader demand needs someone who stays (seed 000)',
    discovery: { employees: 18, customerDemands: 'named-security-leader' },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
    reasons: ['trigger-customer-driven', 'ongoing-need'],
  },
  {
    name: '20-person clinic with HIPAA and customer questionnaires',
    rule: 'S5 a second kind of trigger makes a small firm a retainer',
    discovery: {
      employees: 20,
      industry: 'healthcare',
      regulations: ['hipaa'],
      customerDemands: 'questionnaires',
    },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
  },
  {
    name: '20-person lender under FTC Safeguards and NYDFS',
    rule: 'S5 a second regulation is not a second kind of trigger',
    discovery: {
      employees: 20,
      industry: 'financial-services',
      regulations: ['ftc-safeguards', 'nydfs'],
    },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'small-firm-compliance',
    headline: 'A defined vCISO project',
  },
  {
    name: '12-person firm after a contained incident',
    rule: 'S5 small firm, post-incident only → post-incident project (facts [46] 90–180 days)',
    discovery: { employees: 12, incident: 'past-24-months' },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'post-incident',
    headline: 'A defined vCISO project',
    reasons: ['trigger-post-incident', 'project-shape'],
  },
  {
    name: '60-person firm after a contained incident',
    rule: 'S6 post-incident changes take months: retainer (seed 000)',
    discovery: { employees: 60, incident: 'past-24-months' },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
  },
  {
    name: '40-person HIPAA practice with ransomware running now',
    rule: 'S1 incident first, in response order; HIPAA and state notification clocks',
    discovery: {
      employees: 40,
      industry: 'healthcare',
      regulations: ['hipaa'],
      incident: 'active',
    },
    model: 'incident-response',
    security: 'incident-response',
    itStrategy: 'none',
    headline: 'Incident-response support now, the program after',
    reasons: ['active-incident'],
    warnings: ['notification-deadlines', 'program-after-incident'],
  },
  {
    name: '20-person HIPAA office with nobody running IT',
    rule: 'S3 operations first (seed 000: a vCISO without an MSP)',
    discovery: { employees: 20, industry: 'healthcare', regulations: ['hipaa'], itSupport: 'none' },
    model: 'msp-only',
    security: 'operations-first',
    itStrategy: 'none',
    headline: 'Put IT operations in place first',
    reasons: ['needs-operations-first'],
    alsoConsider: ['leadership-after-operations'],
  },
  {
    name: '40-person firm, no trigger, no program',
    rule: 'S7 program build at 30+ staff below 40 (our interpretation)',
    discovery: { employees: 40 },
    levels: { default: 1, 'it-strategy': 3 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'program-build',
    headline: 'A defined vCISO project',
  },
  {
    name: '20-person firm, no trigger, weak operations',
    rule: "S8 too early for a vCISO; operations gaps are the MSP's work (seed 000)",
    discovery: { employees: 20 },
    levels: { default: 1, 'it-strategy': 3 },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    reasons: ['no-trigger'],
  },
  {
    name: '120-person firm, ERP ahead, unsure who oversees projects',
    rule: 'I1 leaderless initiative unsettled → also consider, not the verdict',
    discovery: { employees: 120, initiatives: ['erp'] },
    levels: { default: 3, 'it-initiative-governance': 'unknown' },
    model: 'msp-only',
    security: 'msp-only',
    itStrategy: 'none',
    headline: 'Stay with your MSP for now',
    alsoConsider: ['initiative-lead-unsettled'],
  },
  {
    name: '120-person firm, ERP ahead, nobody set up to lead it',
    rule: 'I1 a fractional CIO when a major initiative has nobody to lead it (seed 001)',
    discovery: { employees: 120, initiatives: ['erp'] },
    levels: { default: 3, 'it-initiative-governance': 1 },
    model: 'fractional-cio',
    security: 'msp-only',
    itStrategy: 'fractional-cio',
    headline: 'A fractional CIO',
    reasons: ['major-initiatives'],
    warnings: ['vcio-conflict-of-interest'],
  },
  {
    name: '15-person MSP client with no roadmap or budget',
    rule: 'I3 small MSP client: quarterly strategy reviews, not a CIO fee (seed 003)',
    discovery: { employees: 15 },
    levels: { default: 3, 'it-strategy': 1 },
    model: 'strategy-reviews',
    security: 'msp-only',
    itStrategy: 'strategy-reviews',
    headline: 'Stay with your MSP, and ask it for quarterly strategy reviews',
    reasons: ['no-trigger', 'it-strategy-readiness-low'],
  },
  {
    name: '600-person public company',
    rule: 'S2 public-company scrutiny from 500 staff (our interpretation of SEC rules)',
    discovery: { employees: 600, regulations: ['sec-public'] },
    levels: { default: 3 },
    model: 'full-time-ciso',
    security: 'full-time-ciso',
    itStrategy: 'none',
    headline: 'Hire a full-time CISO',
    reasons: ['public-company-scrutiny'],
  },
  {
    name: '60-person HIPAA practice with an outside vCISO already',
    rule: 'S6 retainer; compare with the leader you have before switching',
    discovery: {
      employees: 60,
      industry: 'healthcare',
      regulations: ['hipaa'],
      securityLeadership: 'external',
    },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
    warnings: ['existing-external-lead'],
  },
  {
    name: '100-person CMMC contractor with its own security manager',
    rule: 'S2b a dedicated leader owns the program: keep them (seed 001: a vCISO fits beside an IT director)',
    discovery: {
      employees: 100,
      industry: 'defense-contractor',
      regulations: ['cmmc'],
      securityLeadership: 'dedicated-internal',
    },
    model: 'keep-security-leader',
    security: 'keep-security-leader',
    itStrategy: 'none',
    headline: 'Keep and resource your security leader',
    reasons: ['trigger-regulated', 'keep-security-leader'],
    notWarnings: ['interim-vciso', 'retainer-needs-deliverables'],
    alsoConsider: ['vciso-backs-up-leader'],
  },
  {
    name: '50-person firm whose insurer wants evidence, backups answered "Don\'t know"',
    rule: 'S4 bounded need hanging on a "Don\'t know": retainer, with the answer to settle',
    discovery: { cyberInsurance: 'evidence-requested' },
    levels: { default: 3, 'pr-backups-protected': 'unknown' },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    itStrategy: 'none',
    headline: 'A vCISO on a monthly retainer',
    alsoConsider: ['project-if-confirmed'],
  },
  {
    name: '12-person SaaS firm with SOC 2 and customer questionnaires',
    rule: 'S5 SOC 2 with questionnaires is one kind of trigger (customer pressure): a project',
    discovery: {
      employees: 12,
      industry: 'technology-saas',
      regulations: ['soc2'],
      customerDemands: 'questionnaires',
    },
    levels: { default: 2 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'audit-readiness',
    headline: 'A defined vCISO project',
  },
  {
    name: '80-staff nonprofit on an MSP with no IT roadmap, nothing planned',
    rule: 'I3 a strategy gap alone at an MSP-only client: strategy reviews in its service (seed 003)',
    discovery: { employees: 80, industry: 'nonprofit' },
    levels: { default: 3, 'it-strategy': 1 },
    model: 'strategy-reviews',
    security: 'msp-only',
    itStrategy: 'strategy-reviews',
    headline: 'Stay with your MSP, and ask it for quarterly strategy reviews',
  },
  {
    name: '22-person law firm whose insurer wants evidence, with no MFA, backups or EDR',
    rule: 'S5 insurer-evidence project, warned that evidence needs controls (seed 001)',
    discovery: { employees: 22, industry: 'legal', cyberInsurance: 'evidence-requested' },
    levels: { default: 2, protect: 0, detect: 0 },
    model: 'vciso-project',
    security: 'vciso-project',
    itStrategy: 'none',
    project: 'insurer-evidence',
    headline: 'A defined vCISO project',
    warnings: ['evidence-needs-controls'],
  },
  {
    name: '40-person firm, IT team only, security program missing, roadmap missing',
    rule: 'S7 and I1 together at mid size: project and fractional CIO (seeds 000, 001)',
    discovery: { employees: 40, itSupport: 'internal' },
    levels: { default: 1 },
    model: 'vciso-project-and-fractional-cio',
    security: 'vciso-project',
    itStrategy: 'fractional-cio',
    headline: 'A defined vCISO project, and a fractional CIO',
    notWarnings: ['vcio-conflict-of-interest'],
  },
];

describe('recommend: prospects written from the seeds and the facts', () => {
  it('covers at least 30 prospects', () => expect(prospects.length).toBeGreaterThanOrEqual(30));

  it.each(prospects)('$name → $model ($rule)', (p) => {
    const r = verdict(p.discovery, p.levels);
    expect({
      model: r.model,
      security: r.security,
      it: r.itStrategy,
      headline: r.headline,
    }).toEqual({
      model: p.model,
      security: p.security,
      it: p.itStrategy,
      headline: p.headline,
    });
    expect(r.project?.kind).toBe(
      p.project ?? (r.security === 'vciso-project' ? r.project?.kind : undefined),
    );
    for (const id of p.reasons ?? []) expect(ids(r.reasons)).toContain(id);
    for (const id of p.warnings ?? []) expect(ids(r.warnings)).toContain(id);
    for (const id of p.notWarnings ?? []) expect(ids(r.warnings)).not.toContain(id);
    for (const id of p.alsoConsider ?? []) expect(ids(r.alsoConsider)).toContain(id);
    for (const id of p.ruleNotes ?? []) expect(ids(r.ruleNotes)).toContain(id);
  });
});

describe('recommend: details', () => {
  it('names HIPAA and state breach clocks during an incident, with their rules', () => {
    const r = verdict({ regulations: ['hipaa'], incident: 'active' });
    const clocks = r.warnings.find((w) => w.id === 'notification-deadlines');
    expect(clocks?.text).toMatch(/60 calendar days/);
    expect(clocks?.text).toMatch(/state breach-notification laws/i);
    expect(clocks?.source).toMatch(/45 CFR 164\.404/);
  });

  it('plans an incident in response order: contain before notify before restore', () => {
    const result = assess(answersFor({ incident: 'active' }, { default: 0 }));
    const phases = result.plan.map((p) => p.csf);
    const first = (cats: string[]) => phases.findIndex((c) => c.some((x) => cats.includes(x)));
    expect(first(['RS.MI', 'RS.AN'])).toBe(0);
    expect(first(['RS.CO'])).toBeGreaterThan(first(['RS.MI', 'RS.AN']));
    expect(first(['RC.RP'])).toBeGreaterThan(first(['RS.CO']));
  });

  it('says "strong operational security" only when Protect and Detect reach 50', () => {
    const weak = verdict({ employees: 20 }, { default: 3, protect: 1 });
    expect(weak.reasons.find((x) => x.id === 'no-trigger')?.text).toMatch(/still has gaps/);
    const strong = verdict({ employees: 20 }, { default: 3 });
    expect(strong.reasons.find((x) => x.id === 'no-trigger')?.text).toMatch(/reasonable shape/);
  });

  it('claims no more than the sources: SOC 2 is not a law, the NYDFS exemption is claimed', () => {
    const soc2 = verdict({ regulations: ['soc2'] });
    expect(JSON.stringify(soc2)).not.toMatch(/You must meet/);
    const nydfs = verdict({ employees: 10, regulations: ['nydfs'] });
    expect(nydfs.warnings.find((w) => w.id === 'nydfs-exemption-check')?.text).toMatch(/notice/);
  });

  it('treats a PCI tick as a trigger only with card data on own systems above level 4', () => {
    const d = (x: Partial<DiscoveryAnswers>) => ({
      ...base,
      regulations: ['pci-dss' as const],
      ...x,
    });
    expect(pciStatus(d({ cardHandling: 'outsourced' }))).toBe('not-trigger');
    expect(pciStatus(d({ cardHandling: 'own-systems', merchantLevel: 'level-4' }))).toBe(
      'not-trigger',
    );
    expect(pciStatus(d({ cardHandling: 'own-systems', merchantLevel: 'level-1-3' }))).toBe(
      'trigger',
    );
    expect(pciStatus(d({ cardHandling: 'unknown' }))).toBe('unsettled');
    expect(pciStatus(d({}))).toBe('unsettled');
    expect(findTriggers(d({ cardHandling: 'outsourced' }))).toEqual([]);
  });

  it('lists the triggers in a fixed order', () => {
    const all = findTriggers({
      ...base,
      incident: 'past-24-months',
      cyberInsurance: 'limit-5m-plus',
      customerDemands: 'questionnaires',
      regulations: ['hipaa'],
    });
    expect(all).toEqual(['regulated', 'customer-driven', 'insurance', 'post-incident']);
  });

  it('derives one id from every pair of verdict halves', () => {
    for (const s of SECURITY_VERDICTS) {
      for (const i of IT_STRATEGY_VERDICTS) expect(ENGAGEMENT_MODELS).toContain(modelFor(s, i));
    }
    for (const m of ENGAGEMENT_MODELS) expect(MODEL_HEADLINES[m]).toBeTruthy();
  });

  it('counts a new verdict as offered when its parts are (configurations from before it)', () => {
    const older: EngagementModel[] = [
      'msp-only',
      'vciso-retainer',
      'vciso-project',
      'fractional-cio',
    ];
    expect(isOffered('vciso-project-and-fractional-cio', older)).toBe(true);
    expect(isOffered('strategy-reviews', older)).toBe(true);
    expect(isOffered('keep-security-leader', ['msp-only'])).toBe(true);
    expect(isOffered('vciso-project-and-fractional-cio', ['vciso-project'])).toBe(false);
    expect(isOffered('full-time-ciso', older)).toBe(false);
  });

  it('warns when the verdict is not offered, and only then', () => {
    const r = recommend({
      discovery: { ...base, employees: 1_200 },
      readiness: assess(answersFor({ employees: 1_200 })).readiness,
      tier: demoConfig.pricing.retainerTiers[3]!,
      offers: ['vciso-retainer'],
    });
    expect(ids(r.warnings)).toContain('not-offered');
    expect(ids(verdict({ employees: 1_200 }).warnings)).toContain('not-offered'); // demo sells no hire
    expect(ids(verdict({ regulations: ['hipaa'] }).warnings)).not.toContain('not-offered');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random prospects answering the real question bank
// ---------------------------------------------------------------------------------------------

const levelArb = fc.constantFrom<ReadinessAnswer>(0, 1, 2, 3, 4, 'unknown');
const discoveryArb: fc.Arbitrary<DiscoveryAnswers> = fc.record(
  {
    employees: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3_000 })),
    industry: fc.constantFrom(...INDUSTRIES),
    regulations: fc.uniqueArray(fc.constantFrom(...REGULATIONS), { maxLength: 3 }),
    customerDemands: fc.constantFrom(...CUSTOMER_DEMANDS),
    cyberInsurance: fc.constantFrom(...CYBER_INSURANCE),
    incident: fc.constantFrom(...INCIDENTS),
    itSupport: fc.constantFrom(...IT_SUPPORT),
    securityLeadership: fc.constantFrom(...SECURITY_LEADERSHIP),
    initiatives: fc.uniqueArray(fc.constantFrom(...INITIATIVES), { maxLength: 3 }),
    dedicatedMandate: fc.constantFrom(...DEDICATED_MANDATE),
    cardHandling: fc.constantFrom(...CARD_HANDLING),
    merchantLevel: fc.constantFrom(...MERCHANT_LEVELS),
  },
  {
    requiredKeys: [
      'employees',
      'industry',
      'regulations',
      'customerDemands',
      'cyberInsurance',
      'incident',
      'itSupport',
      'securityLeadership',
      'initiatives',
      'dedicatedMandate',
    ],
  },
);
const prospectArb = fc.record({
  discovery: discoveryArb,
  levels: fc.dictionary(
    fc.constantFrom(
      'default',
      'govern',
      'protect',
      'detect',
      'it-strategy',
      'it-initiative-governance',
    ),
    levelArb,
  ),
});

/** The answers a prospect would really give: conditional questions only where they apply. */
function realAnswers(d: DiscoveryAnswers, levels: Levels): Answers {
  const { cardHandling, merchantLevel, ...rest } = d;
  const withCards: Partial<DiscoveryAnswers> = { ...rest };
  const probe = answersFor(rest, levels);
  if (applicableQuestions(probe).some((q) => q.id === 'cardHandling') && cardHandling) {
    withCards.cardHandling = cardHandling;
    if (cardHandling === 'own-systems' && merchantLevel) withCards.merchantLevel = merchantLevel;
  }
  return answersFor(withCards, levels);
}

const RUNS = { numRuns: 400, seed: 20_261_206 };

describe('recommend: properties', () => {
  it('an initiative with IT strategy fully in place never adds a fractional CIO', () => {
    fc.assert(
      fc.property(prospectArb, ({ discovery, levels }) => {
        const r = assess(
          realAnswers(discovery, { ...levels, 'it-strategy': 4, 'it-initiative-governance': 4 }),
        );
        expect(r.recommendation.itStrategy).toBe('none');
      }),
      RUNS,
    );
  });

  it('"Don\'t know" on every IT-strategy practice never selects IT leadership by itself', () => {
    fc.assert(
      fc.property(prospectArb, ({ discovery, levels }) => {
        const r = assess(
          realAnswers(discovery, {
            ...levels,
            'it-strategy': 'unknown',
            'it-initiative-governance': 'unknown',
          }),
        );
        expect(r.recommendation.itStrategy).toBe('none');
      }),
      RUNS,
    );
  });

  it('a firm with its own security leader is never told to hire one', () => {
    fc.assert(
      fc.property(prospectArb, ({ discovery, levels }) => {
        const d = { ...discovery, securityLeadership: 'dedicated-internal' as const };
        const r = assess(realAnswers(d, levels)).recommendation;
        expect(r.security).not.toBe('full-time-ciso');
        expect(ids(r.warnings)).not.toContain('interim-vciso');
      }),
      RUNS,
    );
  });

  it('under 25 staff, regulation alone never yields a retainer', () => {
    fc.assert(
      fc.property(prospectArb, ({ discovery, levels }) => {
        const d: DiscoveryAnswers = {
          ...discovery,
          employees: Math.min(discovery.employees, SMALL_FIRM_EMPLOYEES - 1),
          customerDemands: 'none',
          cyberInsurance: discovery.cyberInsurance === 'none' ? 'none' : 'basic',
          incident:
            discovery.incident === 'active'
              ? 'none'
              : discovery.incident === 'past-24-months'
                ? 'none'
                : 'none',
        };
        const r = assess(realAnswers(d, levels)).recommendation;
        expect(r.security).not.toBe('vciso-retainer');
      }),
      RUNS,
    );
  });

  it('gives findings with unique ids, text and a source, the same way each time', () => {
    fc.assert(
      fc.property(prospectArb, ({ discovery, levels }) => {
        const answers = realAnswers(discovery, levels);
        const r = assess(answers).recommendation;
        expect(assess(answers).recommendation).toEqual(r);
        for (const list of [r.reasons, r.warnings, r.alsoConsider, r.ruleNotes]) {
          expect(new Set(ids(list)).size).toBe(list.length);
          for (const f of list) {
            expect(f.text.trim().length).toBeGreaterThan(20);
            expect(f.source.trim().length).toBeGreaterThan(5);
          }
        }
        expect(r.model).toBe(modelFor(r.security, r.itStrategy));
        expect(r.project !== null).toBe(r.security === 'vciso-project');
      }),
      RUNS,
    );
  });

  it('never puts a fractional-CIO reason under a verdict without IT leadership', () => {
    fc.assert(
      fc.property(prospectArb, ({ discovery, levels }) => {
        const r = assess(realAnswers(discovery, levels)).recommendation;
        if (r.itStrategy !== 'none') return;
        expect(ids(r.reasons)).not.toContain('major-initiatives');
        expect(ids(r.reasons)).not.toContain('it-strategy-readiness-low');
        for (const f of r.reasons)
          expect(f.text).not.toMatch(/fractional-CIO work|gap a fractional CIO fills/);
      }),
      RUNS,
    );
  });
});

describe('methodology.md', () => {
  const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');

  it('documents every finding id the rules emit', () => {
    const emitted = new Set<string>();
    const collect = (r: Recommendation) => {
      for (const f of [...r.reasons, ...r.warnings, ...r.alsoConsider, ...r.ruleNotes])
        emitted.add(f.id);
    };
    for (const p of prospects) collect(verdict(p.discovery, p.levels));
    for (const { discovery, levels } of fc.sample(prospectArb, {
      numRuns: 1_500,
      seed: 20_261_206,
    })) {
      collect(assess(realAnswers(discovery, levels)).recommendation);
    }
    expect(emitted.size).toBeGreaterThanOrEqual(35);
    const missing = [...emitted].filter((id) => !doc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it('documents every verdict id and links the cost model', () => {
    for (const m of ENGAGEMENT_MODELS) expect(doc).toContain(`\`${m}\``);
    for (const s of SECURITY_VERDICTS) expect(doc).toContain(`\`${s}\``);
    expect(doc).toMatch(/### Rules, month by month/);
  });
});
