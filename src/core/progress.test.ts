import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from './assess';
import { demoConfig } from './config';
import { migrateAnswers } from './content/content-changes';
import { MATURITY_LABELS, UNKNOWN_LABEL } from './content/labels';
import {
  CONTENT_VERSION,
  applicableQuestions,
  questionById,
  readinessQuestions,
} from './content/questions';
import record from './content/fixtures/2026.11.1/assessment-record.json';
import {
  compareAssessments,
  isCompleted,
  previousAssessment,
  type AssessmentCandidate,
  type ComparedAssessment,
} from './progress';
import { NOT_ASKED_LABEL, PROGRESS_HEADINGS, signedPoints } from './progress-text';
import { scoredDomains } from './scoring';
import {
  DOMAINS,
  ValidationError,
  type Answers,
  type DiscoveryAnswers,
  type Domain,
  type ReadinessAnswer,
} from './types';

// ---------------------------------------------------------------------------------------------
// previousAssessment
// ---------------------------------------------------------------------------------------------

const done = { answered: 50, total: 50 };

function candidate(
  id: string,
  companyName: string,
  createdAt: string,
  extra: Partial<AssessmentCandidate> = {},
): AssessmentCandidate & { note: string } {
  return { id, companyName, createdAt, progress: done, deletedAt: null, note: id, ...extra };
}

describe('isCompleted', () => {
  it.each([
    [{ answered: 50, total: 50 }, true],
    [{ answered: 44, total: 44 }, true],
    [{ answered: 49, total: 50 }, false],
    [{ answered: 0, total: 0 }, false],
  ])('%j → %s', (progress, expected) => {
    expect(isCompleted({ progress })).toBe(expected);
  });
});

describe('previousAssessment', () => {
  const current = candidate('now', 'Acme Widgets', '2026-06-01T09:00:00Z');

  it('picks the most recent completed assessment of the same company started before', () => {
    const list = [
      candidate('jan', 'Acme Widgets', '2026-01-10T09:00:00Z'),
      candidate('mar', '  ACMÉ  widgets (copy)', '2026-03-10T09:00:00Z'),
      candidate('feb', 'acme widgets', '2026-02-10T09:00:00Z'),
      current,
    ];
    const found = previousAssessment(current, list);
    expect(found?.id).toBe('mar');
    // The caller's own object comes back, with its other fields.
    expect(found?.note).toBe('mar');
  });

  it.each<[string, AssessmentCandidate]>([
    ['another company', candidate('x', 'Acme Tools', '2026-03-01T00:00:00Z')],
    [
      'an unfinished one',
      candidate('x', 'Acme Widgets', '2026-03-01T00:00:00Z', {
        progress: { answered: 20, total: 50 },
      }),
    ],
    [
      'one deleted, undo still open',
      candidate('x', 'Acme Widgets', '2026-03-01T00:00:00Z', {
        deletedAt: '2026-06-01T08:00:00Z',
      }),
    ],
    ['one started later', candidate('x', 'Acme Widgets', '2026-07-01T00:00:00Z')],
    [
      'one started at the same moment (an import)',
      candidate('x', 'Acme Widgets', current.createdAt),
    ],
    ['one with an unreadable start', candidate('x', 'Acme Widgets', 'last spring')],
    ['the current one itself', { ...current }],
  ])('passes over %s', (_, other) => {
    expect(previousAssessment(current, [other])).toBeNull();
  });

  it('finds nothing for an assessment without a name or a readable start', () => {
    const list = [candidate('old', '', '2026-01-01T00:00:00Z')];
    expect(previousAssessment({ ...current, companyName: '  ' }, list)).toBeNull();
    const named = [candidate('old', 'Acme Widgets', '2026-01-01T00:00:00Z')];
    expect(previousAssessment({ ...current, createdAt: 'soon' }, named)).toBeNull();
  });

  it('accepts entries without deletedAt (the library list holds none)', () => {
    const { deletedAt: _, ...entry } = candidate('old', 'Acme Widgets', '2026-01-01T00:00:00Z');
    expect(previousAssessment(current, [entry])?.id).toBe('old');
  });

  it('breaks a tie in start time the same way whatever the list order', () => {
    const a = candidate('a', 'Acme Widgets', '2026-02-01T00:00:00Z');
    const b = candidate('b', 'Acme Widgets', '2026-02-01T00:00:00Z');
    expect(previousAssessment(current, [a, b])?.id).toBe('b');
    expect(previousAssessment(current, [b, a])?.id).toBe('b');
  });

  it('orders by start time, not by zone-written text', () => {
    const utc = candidate('utc', 'Acme Widgets', '2026-02-01T10:00:00Z');
    // 09:30 in New York is 14:30 UTC: later than `utc` though its text sorts first.
    const ny = candidate('ny', 'Acme Widgets', '2026-02-01T09:30:00-05:00');
    expect(previousAssessment(current, [ny, utc])?.id).toBe('ny');
  });
});

// ---------------------------------------------------------------------------------------------
// compareAssessments
// ---------------------------------------------------------------------------------------------

const baseDiscovery: DiscoveryAnswers = {
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

/** Discovery answers plus every applicable practice at `level`, with per-domain overrides. */
function answersFor(
  level: ReadinessAnswer,
  byDomain: Partial<Record<Domain, ReadinessAnswer>> = {},
  d: Partial<DiscoveryAnswers> = {},
): Answers {
  const discovery: Answers = { ...baseDiscovery, ...d };
  const practices = applicableQuestions(discovery).flatMap((q) =>
    q.section === 'readiness' ? [[q.id, byDomain[q.domain] ?? level] as const] : [],
  );
  return { ...discovery, ...Object.fromEntries(practices) };
}

let sequence = 0;
function assessment(answers: Answers, contentVersion = CONTENT_VERSION): ComparedAssessment {
  sequence += 1;
  return {
    id: `a${sequence}`,
    createdAt: `2026-0${Math.min(sequence, 9)}-01T09:00:00Z`,
    contentVersion,
    answers,
  };
}

/** The whole numbers the results page shows for these answers. */
function pageScores(answers: Answers, leaveOut: readonly string[] = []) {
  const { readiness } = assess(answers, { leaveOut });
  const scored = scoredDomains(readiness);
  return {
    overall: Math.round(readiness.overall),
    byDomain: Object.fromEntries(
      DOMAINS.map((d) => [d, scored.includes(d) ? Math.round(readiness.byDomain[d]) : null]),
    ) as Record<Domain, number | null>,
  };
}

const row = (c: ReturnType<typeof compareAssessments>, d: Domain) =>
  c.functions.find((f) => f.id === d);

describe('compareAssessments: two assessments of one company', () => {
  const earlier = answersFor(2);
  const later = answersFor(2, { protect: 3, detect: 1 });
  const c = compareAssessments(assessment(earlier), assessment(later));

  it('shows Protect up and Detect down, everything else the same', () => {
    expect(row(c, 'protect')).toMatchObject({ direction: 'up', then: 50, now: 75, change: 25 });
    expect(row(c, 'detect')).toMatchObject({ direction: 'down', then: 50, now: 25, change: -25 });
    for (const d of DOMAINS.filter((x) => x !== 'protect' && x !== 'detect')) {
      expect(row(c, d)).toMatchObject({ direction: 'same', change: 0 });
    }
    expect(c.functions.map((f) => f.id)).toEqual([...DOMAINS]);
  });

  it('uses the results pages’ whole numbers, then and now', () => {
    const then = pageScores(earlier);
    const now = pageScores(later);
    for (const d of DOMAINS) {
      expect(row(c, d)?.then).toBe(then.byDomain[d]);
      expect(row(c, d)?.now).toBe(now.byDomain[d]);
    }
    expect(c.overall).toMatchObject({ then: then.overall, now: now.overall });
    expect(c.overall.change).toBe(now.overall - then.overall);
  });

  it('words each row', () => {
    expect(row(c, 'protect')?.text).toBe('Protect rose from 50 to 75 (+25).');
    expect(row(c, 'detect')?.text).toBe('Detect fell from 50 to 25 (\u221225).');
    expect(row(c, 'govern')?.text).toBe('Govern stayed at 50.');
  });

  it('lists exactly the changed answers, as labels, in the order asked', () => {
    const changedIds = readinessQuestions
      .filter((q) => q.domain === 'protect' || q.domain === 'detect')
      .map((q) => q.id)
      .filter((id) => id in later);
    expect(c.answers.map((a) => a.questionId)).toEqual(changedIds);
    const protect = c.answers.find((a) => a.domain === 'protect');
    expect(protect).toMatchObject({
      section: 'readiness',
      prompt: questionById(protect?.questionId ?? '')?.prompt,
      then: MATURITY_LABELS[2],
      now: MATURITY_LABELS[3],
      levelChange: 1,
    });
    expect(c.answers.find((a) => a.domain === 'detect')).toMatchObject({
      then: MATURITY_LABELS[2],
      now: MATURITY_LABELS[1],
      levelChange: -1,
    });
    expect(c.summary).toBe(`${changedIds.length} answers changed since the last assessment.`);
  });

  it('covers every practice: nothing left out, no scope note', () => {
    expect(c.scope).toEqual({ allPractices: true, leftOut: [], text: null });
    expect(c.contentVersion).toBe(CONTENT_VERSION);
    expect(c.unchanged).toBe(false);
  });

  it('passes both assessments’ ids, dates and banks through', () => {
    const e = assessment(earlier);
    const l = assessment(later);
    const out = compareAssessments(e, l);
    expect(out.earlier).toEqual({
      id: e.id,
      createdAt: e.createdAt,
      contentVersion: e.contentVersion,
    });
    expect(out.later).toEqual({
      id: l.id,
      createdAt: l.createdAt,
      contentVersion: l.contentVersion,
    });
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('compareAssessments: identical assessments', () => {
  const answers = answersFor(2, { detect: 'unknown' }, { regulations: ['hipaa', 'soc2'] });
  // The same boxes ticked in another order are the same answer.
  const again = { ...answers, regulations: ['soc2', 'hipaa'] };
  const c = compareAssessments(assessment(answers), assessment(again));

  it('reports no change at all', () => {
    expect(c.unchanged).toBe(true);
    expect(c.answers).toEqual([]);
    expect([c.overall, ...c.functions].every((r) => r.direction === 'same' && r.change === 0)).toBe(
      true,
    );
    expect(c.recommendation.changed).toEqual({
      any: false,
      model: false,
      security: false,
      itStrategy: false,
      headline: false,
    });
    expect(c.recommendation.onlyNow).toEqual([]);
    expect(c.recommendation.onlyThen).toEqual([]);
    expect(c.recommendation.text).toBe(
      `The recommendation is unchanged: “${assess(answers).recommendation.headline}”.`,
    );
    expect(c.summary).toBe(
      'Nothing has changed since the last assessment: the same answers, scores and recommendation.',
    );
  });
});

describe('compareAssessments: the recommendation moves from a retainer to a project', () => {
  // 50 staff whose customers send security questionnaires: a retainer while the program is
  // thin, a defined project once it is in place (a bounded need). IT strategy stays put.
  const d = { customerDemands: 'questionnaires' } as const;
  const earlier = answersFor(1, { 'it-strategy': 3 }, d);
  const later = answersFor(3, { 'it-strategy': 3 }, d);
  const c = compareAssessments(assessment(earlier), assessment(later));

  it('names both halves of the verdict, then and now', () => {
    expect(c.recommendation.then).toEqual({
      model: 'vciso-retainer',
      security: 'vciso-retainer',
      itStrategy: 'none',
      headline: 'A vCISO on a monthly retainer',
    });
    expect(c.recommendation.now).toEqual({
      model: 'vciso-project',
      security: 'vciso-project',
      itStrategy: 'none',
      headline: 'A defined vCISO project',
    });
    expect(c.recommendation.changed).toEqual({
      any: true,
      model: true,
      security: true,
      itStrategy: false,
      headline: true,
    });
    expect(c.recommendation.text).toBe(
      'The recommendation changed from “A vCISO on a monthly retainer” to “A defined vCISO project”.',
    );
  });

  it('gives the reasons and warnings found only now, and only then', () => {
    const now = assess(later).recommendation;
    const then = assess(earlier).recommendation;
    expect(c.recommendation.onlyNow.map((f) => [f.list, f.id])).toEqual([
      ['reasons', 'project-shape'],
    ]);
    expect(c.recommendation.onlyThen.map((f) => [f.list, f.id])).toEqual([
      ['reasons', 'ongoing-need'],
      ['warnings', 'retainer-needs-deliverables'],
    ]);
    // Texts and sources are the verdicts' own.
    const shape = now.reasons.find((f) => f.id === 'project-shape');
    expect(c.recommendation.onlyNow[0]).toEqual({ ...shape, list: 'reasons' });
    const ongoing = then.reasons.find((f) => f.id === 'ongoing-need');
    expect(c.recommendation.onlyThen[0]).toEqual({ ...ongoing, list: 'reasons' });
  });

  it('reads the MSP’s configuration: what it does not sell is flagged', () => {
    const config = {
      ...demoConfig,
      offers: demoConfig.offers.filter((m) => m !== 'vciso-project'),
    };
    const out = compareAssessments(assessment(earlier), assessment(later), { config });
    expect(out.recommendation.onlyNow.map((f) => f.id)).toContain('not-offered');
  });
});

describe('compareAssessments: a question asked in only one of them', () => {
  const earlier = answersFor(2);
  const later = {
    ...answersFor(2, {}, { regulations: ['pci-dss'], cardHandling: 'outsourced' }),
    'pr-payment-card': 3,
  };
  const c = compareAssessments(assessment(earlier), assessment(later));

  it('shows "Not asked" for the side where it did not apply', () => {
    const ids = c.answers.map((a) => a.questionId);
    expect(ids).toEqual(['regulations', 'cardHandling', 'pr-payment-card']);
    expect(c.answers[0]).toMatchObject({
      then: 'None of these apply to us',
      now: 'PCI DSS',
      section: 'discovery',
      domain: null,
      levelChange: null,
    });
    expect(c.answers[1]).toMatchObject({
      then: NOT_ASKED_LABEL,
      now: 'Handled entirely by our payment provider',
    });
    expect(c.answers[2]).toMatchObject({
      then: NOT_ASKED_LABEL,
      now: MATURITY_LABELS[3],
      levelChange: null,
    });
  });

  it('counts "Don’t know" as not in place in the level change', () => {
    const out = compareAssessments(
      assessment(answersFor(2)),
      assessment(answersFor(2, { recover: 'unknown' })),
    );
    expect(out.answers.filter((a) => a.domain === 'recover')).not.toHaveLength(0);
    for (const a of out.answers) {
      expect(a).toMatchObject({ then: MATURITY_LABELS[2], now: UNKNOWN_LABEL, levelChange: -2 });
    }
  });
});

describe('compareAssessments: an assessment from the 2026.11.1 question bank', () => {
  const fixture = record.answers as Answers;
  const LEFT_OUT = [
    ['id-vulnerability-scanning', 'not-in-bank'],
    ['pr-privileged-accounts', 'not-in-bank'],
    ['pr-email-security', 'not-in-bank'],
    ['pr-payment-verification', 'not-in-bank'],
    ['pr-end-of-life', 'not-in-bank'],
    ['pr-remote-access', 'not-in-bank'],
    ['rs-containment', 'meaning-changed'],
  ];
  // Today's assessment: the same answers, and every practice the old bank lacked answered at
  // the top level. None of that may count as progress: the old one was never asked them.
  const today: Answers = {
    ...migrateAnswers('2026.11.1', fixture).answers,
    ...Object.fromEntries(LEFT_OUT.map(([id]) => [id, 4])),
  };
  const c = compareAssessments(assessment(fixture, '2026.11.1'), assessment(today));

  it('names the practices it left out, by prompt, and why', () => {
    expect(c.scope.allPractices).toBe(false);
    expect(c.scope.leftOut.map((p) => [p.questionId, p.reason])).toEqual(LEFT_OUT);
    for (const p of c.scope.leftOut) {
      expect(p.prompt).toBe(questionById(p.questionId)?.prompt);
      expect(p).toMatchObject({ side: 'earlier', version: '2026.12.1' });
    }
    expect(c.scope.leftOut[0]?.text).toBe(
      'Not asked in the last assessment: it was added to the questions in version 2026.12.1.',
    );
    expect(c.scope.leftOut.at(-1)?.text).toBe(
      'The question changed in version 2026.12.1 (it now asks only whether outside incident ' +
        'response help is lined up before you need it), so the answer in the last assessment ' +
        'does not carry over.',
    );
    expect(c.scope.text).toBe(
      'The questions changed between the two assessments (version 2026.11.1, then 2026.12.1). ' +
        "Both are scored with today's rules on the practices they share; 7 practices are left out.",
    );
  });

  it('compares only the practices both have', () => {
    expect([c.overall, ...c.functions].every((r) => r.direction === 'same')).toBe(true);
    expect(c.answers).toEqual([]);
    const ids = LEFT_OUT.map(([id]) => id as string);
    const then = pageScores(migrateAnswers('2026.11.1', fixture).answers, ids);
    for (const d of DOMAINS) expect(row(c, d)?.then).toBe(then.byDomain[d]);
    // Today's page, with every practice, scores Protect higher than the comparison does.
    expect(pageScores(today).byDomain.protect).toBeGreaterThan(row(c, 'protect')?.now ?? 100);
  });

  it('takes the verdict now from today’s page, and the one then from what it was asked', () => {
    const now = assess(today).recommendation;
    expect(c.recommendation.now).toMatchObject({ model: now.model, headline: now.headline });
    const then = assess(migrateAnswers('2026.11.1', fixture).answers, {
      leaveOut: LEFT_OUT.map(([id]) => id as string),
    }).recommendation;
    expect(c.recommendation.then).toMatchObject({ model: then.model, headline: then.headline });
    // Unasked practices are not "unanswered" then: no warning about missing answers.
    expect(c.recommendation.onlyThen.map((f) => f.id)).not.toContain('many-unknowns');
  });

  it('says so when both were answered under the earlier bank', () => {
    const changed = { ...fixture, 'pr-patching': 3 };
    const out = compareAssessments(
      assessment(fixture, '2026.11.1'),
      assessment(changed, '2026.11.1'),
    );
    expect(out.scope.leftOut.map((p) => [p.questionId, p.side])).toEqual(
      LEFT_OUT.map(([id]) => [id, 'both']),
    );
    expect(out.scope.text).toMatch(/^Both assessments were answered with an earlier set/);
    expect(out.answers.map((a) => [a.questionId, a.then, a.now])).toEqual([
      ['pr-patching', MATURITY_LABELS[0], MATURITY_LABELS[3]],
    ]);
    expect(row(out, 'protect')?.direction).toBe('up');
  });
});

describe('compareAssessments: bad input', () => {
  it('throws a ValidationError when discovery is unfinished', () => {
    const unfinished = { employees: 50 };
    expect(() => compareAssessments(assessment(unfinished), assessment(answersFor(2)))).toThrow(
      ValidationError,
    );
  });
});

describe('progress words', () => {
  it.each([
    [5, '+5'],
    [-5, '\u22125'],
    [0, '0'],
  ])('signedPoints(%d) → %s', (n, text) => {
    expect(signedPoints(n)).toBe(text);
  });

  it('has a heading for every part of the comparison', () => {
    expect(Object.values(PROGRESS_HEADINGS).every((h) => h.trim().length > 0)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: every change is the difference of the two whole-number scores
// ---------------------------------------------------------------------------------------------

const level = fc.constantFrom<ReadinessAnswer | undefined>(0, 1, 2, 3, 4, 'unknown', undefined);
const discovery = fc.record({
  employees: fc.integer({ min: 1, max: 5000 }),
  industry: fc.constantFrom('technology-saas', 'retail-ecommerce', 'healthcare', 'other'),
  regulations: fc.subarray(['hipaa', 'pci-dss', 'soc2']),
  customerDemands: fc.constantFrom('none', 'questionnaires', 'named-security-leader'),
  cyberInsurance: fc.constantFrom('none', 'basic', 'evidence-requested'),
  incident: fc.constantFrom('none', 'past-24-months'),
  itSupport: fc.constantFrom('none', 'internal', 'msp', 'internal-and-msp'),
  securityLeadership: fc.constantFrom('none', 'it-generalist'),
  initiatives: fc.subarray(['cloud-migration', 'erp', 'new-product']),
  dedicatedMandate: fc.constantFrom('no', 'unsure'),
});
const answerSet: fc.Arbitrary<Answers> = fc
  .tuple(discovery, fc.array(level, { minLength: readinessQuestions.length }))
  .map(([d, levels]) => {
    const practices = readinessQuestions.flatMap((q, i) =>
      levels[i] === undefined ? [] : [[q.id, levels[i]] as const],
    );
    return { ...d, ...Object.fromEntries(practices) };
  });

describe('compareAssessments: property', () => {
  it('every change equals the later whole-number score minus the earlier one', () => {
    fc.assert(
      fc.property(answerSet, answerSet, (a, b) => {
        const c = compareAssessments(assessment(a), assessment(b));
        const then = pageScores(a);
        const now = pageScores(b);
        for (const d of DOMAINS) {
          const r = row(c, d);
          expect(r?.then).toBe(then.byDomain[d]);
          expect(r?.now).toBe(now.byDomain[d]);
          const expected =
            then.byDomain[d] === null || now.byDomain[d] === null
              ? null
              : (now.byDomain[d] ?? 0) - (then.byDomain[d] ?? 0);
          expect(r?.change).toBe(expected);
        }
        expect(c.overall.change).toBe(now.overall - then.overall);
        expect(c.scope.allPractices).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
