import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess';
import { applicableQuestions } from './content/questions';
import { demoConfig } from './demo-config';
import { NOT_ASKED_READING, QUICK_CHECK_IDS, quickQuestionIds } from './quick-check';
import { CONFIRM_FINDING_IDS, indicativeLabel, type ConfirmSubject } from './quick-check-text';
import { CISO_BASE_SALARY_RANGE, quickCost } from './quick-cost';
import { quickResult, type QuickResult } from './quick-result';
import { verdictFor } from './recommendation';
import { countAnswered, validateDiscovery } from './schema';
import { readinessBand, scoreReadiness } from './scoring';
import { answersTo, fullAnswersArb } from './test-prospects';
import {
  DOMAINS,
  ValidationError,
  type AnswerValue,
  type Answers,
  type Config,
  type EngagementModel,
  type ProjectKind,
  type ReadinessAnswer,
  type ReadinessQuestion,
  type SecurityVerdict,
} from './types';

/** Each quick result weighs about a hundred readings of the answers: fewer runs than elsewhere. */
const RUNS = { numRuns: 120, seed: 20_261_216 };
const SLOW = 30_000;
/** Scores are floating point: a band "contains" a score to within this. */
const EPS = 1e-9;

/** The quick check's answers from a prospect's full answers. */
const quickOf = (full: Answers): Answers => answersTo(full, quickQuestionIds(full));

/**
 * A full assessment that agrees with the quick answers: the discovery questions not asked as
 * given (default: their reading), every practice not asked at `rest`.
 */
function complete(
  quick: Answers,
  rest: ReadinessAnswer,
  discovery: Answers = {},
  practices: Answers = {},
): Answers {
  const a: Record<string, AnswerValue | undefined> = {
    ...NOT_ASKED_READING,
    ...discovery,
    ...quick,
    ...practices,
  };
  for (const q of applicableQuestions(a)) {
    if (q.section === 'readiness' && a[q.id] === undefined) a[q.id] = rest;
  }
  return a;
}

const base: Answers = {
  employees: 40,
  regulations: [],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'it-generalist',
  dedicatedMandate: 'no',
  'gv-security-owner': 2,
  'id-risk-assessment': 2,
  'pr-mfa': 2,
  'rs-ir-plan': 2,
};

const ids = (r: QuickResult) => r.confirm.map((c) => c.id);

// ---------------------------------------------------------------------------------------------
// Properties over random prospects
// ---------------------------------------------------------------------------------------------

describe('quickResult: properties', { timeout: SLOW }, () => {
  it('its readiness band contains the full score, however the practices not asked are answered', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const band = quickResult(quickOf(full)).readiness;
        const score = assess(full).readiness;
        const inside = (low: number, x: number, high: number) => {
          expect(low).toBeLessThanOrEqual(x + EPS);
          expect(x).toBeLessThanOrEqual(high + EPS);
        };
        inside(band.overall.low, score.overall, band.overall.high);
        for (const d of DOMAINS) {
          const range = band.byDomain[d];
          expect(range).not.toBeNull();
          if (range) inside(range.low, score.byDomain[d], range.high);
        }
        expect(band.itStrategy).not.toBeNull();
        if (band.itStrategy && score.itStrategy !== null) {
          inside(band.itStrategy.low, score.itStrategy, band.itStrategy.high);
        }
      }),
      RUNS,
    );
  });

  it('a verdict it calls settled is the full verdict; a verdict that differs says what to confirm', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const q = quickResult(quickOf(full));
        const f = assess(full).recommendation;
        const same =
          q.recommendation.security === f.security &&
          q.recommendation.itStrategy === f.itStrategy &&
          q.recommendation.project?.kind === f.project?.kind;
        if (q.settled) expect(same).toBe(true);
        if (!same) expect(q.confirm.length).toBeGreaterThan(0);
        expect(q.settled).toBe(q.confirm.length === 0);
      }),
      RUNS,
    );
  });

  it('runs the same engine: its verdict is assess() for the answers read as the quick check reads them', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const quick = quickOf(full);
        const read: Record<string, AnswerValue | undefined> = { ...NOT_ASKED_READING, ...quick };
        const r = assess(read).recommendation;
        const q = quickResult(quick).recommendation;
        expect(q).toEqual({
          model: r.model,
          security: r.security,
          itStrategy: r.itStrategy,
          headline: r.headline,
          offered: !r.warnings.some((w) => w.id === 'not-offered'),
          project: r.project,
          hoursPerMonth: r.hoursPerMonth,
          triggers: r.triggers,
        });
      }),
      RUNS,
    );
  });

  it('a complete assessment read as a quick check is the full result, settled, its band a point', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const q = quickResult(full);
        const a = assess(full);
        expect(q.settled).toBe(true);
        expect(q.recommendation.model).toBe(a.recommendation.model);
        expect(q.recommendation.headline).toBe(a.recommendation.headline);
        expect(q.readiness.overall.low).toBeCloseTo(a.readiness.overall, 9);
        expect(q.readiness.overall.high).toBeCloseTo(a.readiness.overall, 9);
        expect(q.readiness.openCount).toBe(0);
        expect(q.label.answerCount).toBe(countAnswered(full).answered);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('is a plain object: it survives JSON unchanged', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const q = quickResult(quickOf(full));
        expect(JSON.parse(JSON.stringify(q))).toEqual(q);
      }),
      { ...RUNS, numRuns: 50 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Seeded prospects: the quick verdict, and the full verdict once the rest is answered
// ---------------------------------------------------------------------------------------------

interface Seed {
  name: string;
  quick: Answers;
  model: EngagementModel;
  security: SecurityVerdict;
  project?: ProjectKind;
  /** How the full assessment answers what the quick check did not ask. */
  rest: ReadinessAnswer;
  discovery?: Answers;
  /** The full verdict when it is not the quick one: it must be among the confirm alternatives. */
  fullModel?: EngagementModel;
  fullProject?: ProjectKind;
}

const seeds: Seed[] = [
  {
    name: '8-person office on an MSP, no rules: stay with the MSP',
    quick: { ...base, employees: 8 },
    model: 'msp-only',
    security: 'msp-only',
    rest: 2,
    discovery: { industry: 'professional-services' },
  },
  {
    name: 'nobody runs IT: operations first',
    quick: { ...base, employees: 15, itSupport: 'none', securityLeadership: 'none' },
    model: 'msp-only',
    security: 'operations-first',
    rest: 0,
  },
  {
    name: '40-staff HIPAA clinic whose insurer asked for evidence: a retainer',
    quick: {
      ...base,
      regulations: ['hipaa'],
      cyberInsurance: 'evidence-requested',
      'gv-security-owner': 1,
      'id-risk-assessment': 1,
    },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    rest: 2,
    discovery: { industry: 'healthcare' },
  },
  {
    name: '12-person HIPAA dental office: a small-firm compliance project',
    quick: { ...base, employees: 12, regulations: ['hipaa'] },
    model: 'vciso-project',
    security: 'vciso-project',
    project: 'small-firm-compliance',
    rest: 2,
    discovery: { industry: 'healthcare' },
  },
  {
    name: 'an incident under way: incident response',
    quick: { ...base, incident: 'active', regulations: ['ftc-safeguards'] },
    model: 'incident-response',
    security: 'incident-response',
    rest: 1,
  },
  {
    name: '1,200 staff: a full-time CISO',
    quick: { ...base, employees: 1_200, itSupport: 'internal' },
    model: 'full-time-ciso',
    security: 'full-time-ciso',
    rest: 2,
  },
  {
    name: '1,200 staff with a security leader on staff: keep them',
    quick: {
      ...base,
      employees: 1_200,
      itSupport: 'internal',
      securityLeadership: 'dedicated-internal',
    },
    model: 'keep-security-leader',
    security: 'keep-security-leader',
    rest: 2,
  },
  {
    name: 'SOC 2 and questionnaires at 60 staff, strong foundations: a retainer until the rest is confirmed',
    quick: {
      ...base,
      employees: 60,
      itSupport: 'internal',
      regulations: ['soc2'],
      customerDemands: 'questionnaires',
      'gv-security-owner': 3,
      'id-risk-assessment': 3,
      'pr-mfa': 3,
      'rs-ir-plan': 3,
    },
    model: 'vciso-retainer',
    security: 'vciso-retainer',
    rest: 3,
    fullModel: 'vciso-project',
    fullProject: 'audit-readiness',
  },
  {
    name: '60 staff, no trigger: a program build until readiness is confirmed',
    quick: { ...base, employees: 60, 'gv-security-owner': 3, 'pr-mfa': 3 },
    model: 'vciso-project',
    security: 'vciso-project',
    project: 'program-build',
    rest: 3,
    fullModel: 'msp-only',
  },
];

describe('quickResult: seeded prospects', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const q = quickResult(s.quick);
    expect(q.recommendation.model).toBe(s.model);
    expect(q.recommendation.security).toBe(s.security);
    expect(q.recommendation.project?.kind).toBe(s.project);

    const full = assess(complete(s.quick, s.rest, s.discovery)).recommendation;
    if (s.fullModel === undefined) {
      // The full answers agree with the quick ones: the full engine reaches the same verdict.
      expect(full.model).toBe(s.model);
      expect(full.security).toBe(s.security);
      expect(full.project?.kind).toBe(s.project);
    } else {
      // The cautious verdict, and a finding that names the verdict the full assessment reaches.
      expect(full.model).toBe(s.fullModel);
      expect(full.project?.kind).toBe(s.fullProject);
      const finding = q.confirm.find((c) => c.id === CONFIRM_FINDING_IDS.practices);
      expect(finding?.alternatives.map((a) => a.model)).toContain(s.fullModel);
      expect(finding?.alternatives.map((a) => a.project ?? undefined)).toContain(s.fullProject);
      expect(finding?.text).toMatch(/Confirm them in the full assessment\.$/);
    }
  });

  it('an incident under way and a full-time basis settle the security half alone', () => {
    for (const s of seeds.filter((x) =>
      ['incident-response', 'full-time-ciso', 'keep-security-leader'].includes(x.security),
    )) {
      for (const rest of [0, 4] as const) {
        expect(assess(complete(s.quick, rest)).recommendation.security).toBe(s.security);
      }
    }
  });

  it('the HIPAA clinic: an IT-strategy gap the quick check cannot see is named, not guessed', () => {
    const s = seeds[2];
    if (!s) throw new Error('seed missing');
    const q = quickResult(s.quick);
    expect(q.recommendation.itStrategy).toBe('none');
    const finding = q.confirm.find((c) => c.id === CONFIRM_FINDING_IDS.practices);
    const full = assess(complete(s.quick, 0)).recommendation;
    expect(full.itStrategy).toBe('strategy-reviews');
    expect(finding?.alternatives.map((a) => a.itStrategy)).toContain('strategy-reviews');
    expect(finding?.text).toContain('If too few of them are in place');
  });
});

// ---------------------------------------------------------------------------------------------
// Discovery answers not asked: the cautious verdict, and the finding that says what to confirm
// ---------------------------------------------------------------------------------------------

interface NotAskedCase {
  subject: ConfirmSubject;
  quick: Answers;
  /** The full answers to the question not asked (and what it brings in). */
  discovery: Answers;
  practices?: Answers;
  rest: ReadinessAnswer;
}

const notAskedCases: NotAskedCase[] = [
  {
    subject: 'industry',
    quick: { ...base, employees: 10 },
    discovery: {
      industry: 'retail-ecommerce',
      cardHandling: 'own-systems',
      merchantLevel: 'level-1-3',
    },
    rest: 2,
  },
  {
    subject: 'initiatives',
    quick: { ...base, employees: 60, itSupport: 'internal', regulations: ['hipaa'] },
    discovery: { initiatives: ['erp'] },
    practices: { 'it-initiative-governance': 0 },
    rest: 2,
  },
  {
    subject: 'cardHandling',
    quick: { ...base, employees: 12, regulations: ['pci-dss'] },
    discovery: { cardHandling: 'own-systems', merchantLevel: 'level-1-3' },
    rest: 2,
  },
  {
    // Only reached when the card handling is known: here a prefilled answer beyond the quick check.
    subject: 'merchantLevel',
    quick: { ...base, employees: 12, regulations: ['pci-dss'], cardHandling: 'own-systems' },
    discovery: { merchantLevel: 'level-1-3' },
    rest: 2,
  },
];

describe('quickResult: discovery answers not asked', () => {
  it('has a case for every discovery question the quick check does not ask', () => {
    expect(notAskedCases.map((c) => c.subject).sort()).toEqual(
      Object.keys(NOT_ASKED_READING).sort(),
    );
  });

  it.each(notAskedCases.map((c) => [c.subject, c] as const))(
    '%s: the reading gives the verdict, another answer is named with what it would change',
    (subject, c) => {
      const q = quickResult(c.quick);
      // The cautious verdict is the full engine's for the reading...
      const read = assess(complete(c.quick, c.rest)).recommendation;
      expect(q.recommendation.model).toBe(read.model);
      // ...and the real answer, which changes it, is named with the verdict it leads to.
      const full = assess(complete(c.quick, c.rest, c.discovery, c.practices)).recommendation;
      expect(full.model).not.toBe(read.model);
      const finding = q.confirm.find((f) => f.id === CONFIRM_FINDING_IDS[subject]);
      expect(finding).toBeDefined();
      expect(finding?.subject).toBe(subject);
      expect(finding?.questionIds[0]).toBe(subject);
      expect(finding?.alternatives.map((a) => a.model)).toContain(full.model);
      expect(finding?.text).toMatch(
        /^The quick check did not ask .+ Confirm it in the full assessment\.$/,
      );
      expect(finding?.source).toContain('quick-check answers');
    },
  );

  it('words the answers that bring in others (a shop taking cards on its own systems)', () => {
    const q = quickResult({ ...base, employees: 10 });
    const finding = q.confirm.find((f) => f.id === CONFIRM_FINDING_IDS.industry);
    expect(finding?.questionIds).toEqual(['industry', 'cardHandling', 'merchantLevel']);
    expect(finding?.text).toContain(
      '“Retail or e-commerce”, with “Card data passes through our own systems” and “Levels 1 to 3”',
    );
  });

  it('says nothing about a question whose answer could not change the verdict', () => {
    // An incident under way decides the verdict whatever the industry or initiatives.
    const q = quickResult({ ...base, incident: 'active' });
    expect(ids(q)).not.toContain(CONFIRM_FINDING_IDS.industry);
    expect(ids(q)).not.toContain(CONFIRM_FINDING_IDS.initiatives);
    expect(q.recommendation.security).toBe('incident-response');
  });

  it('uses a discovery answer given beyond the quick check instead of its reading', () => {
    const q = quickResult({ ...base, employees: 10, industry: 'legal', initiatives: [] });
    expect(ids(q)).not.toContain(CONFIRM_FINDING_IDS.industry);
    expect(ids(q)).not.toContain(CONFIRM_FINDING_IDS.initiatives);
  });
});

// ---------------------------------------------------------------------------------------------
// The rest of the result
// ---------------------------------------------------------------------------------------------

describe('quickResult: label, gaps and validation', () => {
  it('is labelled indicative, with the number of answers it rests on', () => {
    const q = quickResult(base);
    expect(q.kind).toBe('quick');
    expect(q.label).toEqual({
      kind: 'indicative',
      answerCount: QUICK_CHECK_IDS.length,
      text: `Indicative: based on ${QUICK_CHECK_IDS.length} answers`,
    });
    const fewer = answersTo(base, QUICK_CHECK_IDS.slice(0, 9));
    expect(quickResult(fewer).label.text).toBe('Indicative: based on 9 answers');
    expect(indicativeLabel(1)).toBe('Indicative: based on 1 answer');
    expect(q.contentVersion).toBe(assess(complete(base, 2)).contentVersion);
    expect(q.scoringVersion).toBe(assess(complete(base, 2)).scoringVersion);
  });

  it('lists the three biggest gaps by weight × gap among the practices answered', () => {
    const q = quickResult({
      ...base,
      'gv-security-owner': 1,
      'id-risk-assessment': 'unknown',
      'pr-mfa': 3,
      'rs-ir-plan': 0,
      'de-edr': 0,
    });
    expect(q.gaps.map((g) => [g.questionId, g.answer, g.gapPoints])).toEqual([
      ['id-risk-assessment', 'unknown', 8],
      ['rs-ir-plan', 0, 8],
      ['gv-security-owner', 1, 6],
    ]);
    const unknown = q.gaps[0];
    expect(unknown?.action).toMatch(/^Confirm whether this is in place/);
    expect(unknown?.why).toMatch(/^Today: Don't know/);
    expect(q.gaps[1]?.why).toMatch(/^Today: Not in place \(level 0 of 4\)/);
  });

  it('lists no gap for a practice in place (level 3 or 4), nor for one not answered', () => {
    const q = quickResult({
      ...base,
      'gv-security-owner': 3,
      'pr-mfa': 4,
      'rs-ir-plan': undefined,
    });
    expect(q.gaps.map((g) => g.questionId)).toEqual(['id-risk-assessment']);
  });

  it('rejects answers it cannot use, naming every field', () => {
    expect(() => quickResult({})).toThrow(ValidationError);
    try {
      quickResult({ ...base, employees: undefined, itSupport: 'cloud' });
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.field).sort()).toEqual(['itSupport']);
    }
    expect(() => quickResult({ ...base, employees: undefined })).toThrow(/employees: is required/);
  });
});

describe('quickResult: what the likely engagement costs', () => {
  const cfg: Config = demoConfig;

  it('a retainer: the MSP tier for the size, the onboarding fee once', () => {
    const q = quickResult({ ...base, regulations: ['hipaa'], cyberInsurance: 'limit-5m-plus' });
    expect(q.recommendation.security).toBe('vciso-retainer');
    expect(q.cost).toMatchObject({
      engagement: 'retainer',
      monthly: { min: 5_250, max: 5_250 },
      oneTime: { min: 5_000, max: 5_000 },
      months: null,
      varies: [],
    });
  });

  it('a retainer with questionnaires: the published 8–16 hours a month of support beside it', () => {
    const q = quickResult({ ...base, employees: 100, customerDemands: 'named-security-leader' });
    expect(q.recommendation.security).toBe('vciso-retainer');
    const questionnaires = quickResult({
      ...base,
      employees: 100,
      customerDemands: 'questionnaires',
      regulations: ['hipaa'],
    });
    expect(questionnaires.cost.monthly).toEqual({ min: 8_250 + 8 * 300, max: 8_250 + 16 * 300 });
    expect(questionnaires.cost.varies).toEqual(['onDemandHoursPerMonth']);
    expect(q.cost.monthly).toEqual({ min: 8_250, max: 8_250 });
  });

  it("a project: its hours a month at the MSP's rate, for its months", () => {
    const q = quickResult({ ...base, employees: 12, regulations: ['hipaa'] });
    expect(q.recommendation.project?.kind).toBe('small-firm-compliance');
    expect(q.cost).toMatchObject({
      engagement: 'project',
      monthly: { min: 6 * 300, max: 12 * 300 },
      oneTime: null,
      months: { min: 2, max: 3 },
    });
  });

  it('an incident: a first response once, nothing by the month', () => {
    const q = quickResult({ ...base, incident: 'active' });
    expect(q.cost).toMatchObject({
      engagement: 'incident',
      monthly: null,
      oneTime: { min: 40 * 300, max: 40 * 300 },
    });
  });

  it('a full-time CISO: salary with benefits and tooling a month, over the published pay range', () => {
    const q = quickResult({ ...base, employees: 1_200 });
    const month = (salary: number) => Math.round(((salary * 1.3 + 20_000) / 12) * 100) / 100;
    expect(q.cost.monthly).toEqual({
      min: month(CISO_BASE_SALARY_RANGE.min),
      max: month(CISO_BASE_SALARY_RANGE.max),
    });
    expect(q.cost.varies).toEqual(['cisoBaseSalary']);
  });

  it.each([
    ['no engagement', { ...base, employees: 8 }, 'no-engagement'],
    ['operations first', { ...base, itSupport: 'none' }, 'operations-first'],
    [
      'a leader to keep',
      { ...base, regulations: ['hipaa'], securityLeadership: 'dedicated-internal' },
      'keep-leader',
    ],
  ] as const)('nothing to price: %s', (_name, answers, why) => {
    const q = quickResult(answers);
    expect(q.cost).toMatchObject({
      engagement: 'none',
      nothingToPrice: why,
      monthly: null,
      oneTime: null,
      months: null,
    });
  });

  it('a fractional CIO: its fee by size, beside a project or alone', () => {
    const full = complete({ ...base, employees: 60, itSupport: 'internal' }, 0);
    const rec = assess(full).recommendation;
    const d = validateDiscovery(full);
    if (!d.ok) throw new Error('discovery');
    expect(rec.itStrategy).toBe('fractional-cio');
    const cost = quickCost(rec, d.value, cfg);
    expect(cost.includesFractionalCio).toBe(true);
    // A program build (12 hours) at $300 plus the 26–75 staff fractional-CIO fee of $2,500.
    expect(cost.monthly).toEqual({ min: 8 * 300 + 2_500, max: 16 * 300 + 2_500 });
  });

  it("prices with the MSP's own configuration", () => {
    const config: Config = {
      ...demoConfig,
      pricing: {
        ...demoConfig.pricing,
        retainerTiers: [{ maxEmployees: null, monthlyFee: 7_000, hours: { min: 8, max: 12 } }],
        vcisoOnboardingFee: 2_500,
      },
    };
    const q = quickResult(
      { ...base, regulations: ['hipaa'], cyberInsurance: 'limit-5m-plus' },
      {
        config,
      },
    );
    expect(q.cost.monthly).toEqual({ min: 7_000, max: 7_000 });
    expect(q.cost.oneTime).toEqual({ min: 2_500, max: 2_500 });
    expect(q.recommendation.hoursPerMonth).toEqual({ min: 8, max: 12 });
  });
});

// ---------------------------------------------------------------------------------------------
// The engine pieces the quick check adds
// ---------------------------------------------------------------------------------------------

describe('readinessBand', { timeout: SLOW }, () => {
  it('is the score itself when every practice is answered; "Don\'t know" counts as 0 at both ends', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const applicable = applicableQuestions(full).filter(
          (q): q is ReadinessQuestion => q.section === 'readiness',
        );
        const score = scoreReadiness(applicable, full);
        const band = readinessBand(score);
        expect(band.openCount).toBe(0);
        expect(band.overall.low).toBeCloseTo(score.overall, 9);
        expect(band.overall.high).toBeCloseTo(score.overall, 9);
        for (const d of DOMAINS) expect(band.byDomain[d]?.low).toBeCloseTo(score.byDomain[d], 9);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('opens every practice without an answer from 0 to 4', () => {
    const applicable = applicableQuestions(base).filter(
      (q): q is ReadinessQuestion => q.section === 'readiness',
    );
    const govern = applicable.filter((q) => q.domain === 'govern');
    const possible = govern.reduce((s, q) => s + 4 * q.weight, 0);
    const band = readinessBand(
      scoreReadiness(applicable, { ...base, 'gv-written-policies': 'unknown' }),
    );
    // gv-security-owner (weight 2) at 2 is known; the policies "Don't know" counts 0; the rest open.
    const open = govern
      .filter((q) => !['gv-security-owner', 'gv-written-policies'].includes(q.id))
      .reduce((s, q) => s + 4 * q.weight, 0);
    expect(band.byDomain.govern?.low).toBeCloseTo((4 / possible) * 100, 9);
    expect(band.byDomain.govern?.high).toBeCloseTo(((4 + open) / possible) * 100, 9);
  });
});

describe('verdictFor', { timeout: SLOW }, () => {
  it('reaches the verdict recommend() reaches', () => {
    fc.assert(
      fc.property(fullAnswersArb, (full) => {
        const a = assess(full);
        const d = validateDiscovery(full);
        if (!d.ok) throw new Error('discovery');
        const v = verdictFor(d.value, a.readiness);
        const r = a.recommendation;
        expect(v).toEqual({
          security: r.security,
          project: r.project?.kind ?? null,
          itStrategy: r.itStrategy,
          model: r.model,
        });
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe('methodology.md', { timeout: SLOW }, () => {
  const doc = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8');

  it('documents every confirm finding the quick check can give', () => {
    const possible: ConfirmSubject[] = [
      'practices',
      ...(Object.keys(NOT_ASKED_READING) as ConfirmSubject[]),
    ];
    const missing = possible
      .map((s) => CONFIRM_FINDING_IDS[s])
      .filter((id) => !doc.includes(`\`${id}\``));
    expect(missing).toEqual([]);
    const emitted = new Set<string>();
    for (const full of fc.sample(fullAnswersArb, { numRuns: 150, seed: 20_261_216 })) {
      for (const f of quickResult(quickOf(full)).confirm) emitted.add(f.id);
    }
    expect(emitted.size).toBeGreaterThanOrEqual(3);
    expect([...emitted].filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });

  it('lists the quick check questions', () => {
    for (const id of QUICK_CHECK_IDS) expect(doc).toContain(`\`${id}\``);
  });
});
