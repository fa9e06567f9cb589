import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, Answers, Question } from './types';
import { countAnswered, validateAnswer, validateAnswers, validateDiscovery } from './schema';
import { applicableQuestions, discoveryQuestions, questions } from './content/questions';

/** A complete, valid discovery: a 25-person clinic under HIPAA, on an MSP. */
/** The discovery questions every prospect is asked (the card questions are conditional). */
const alwaysAsked = discoveryQuestions.filter((q) => q.appliesWhen === undefined);

const clinic: Answers = {
  employees: 25,
  industry: 'healthcare',
  regulations: ['hipaa'],
  customerDemands: 'none',
  cyberInsurance: 'basic',
  incident: 'none',
  itSupport: 'msp',
  securityLeadership: 'it-generalist',
  initiatives: [],
  dedicatedMandate: 'no',
};

class AnswersBag {
  employees = 12;
}

describe('validateAnswer rejects', () => {
  it.each([
    ['employees', 0, 'must be at least 1'],
    ['employees', -1, 'must be at least 1'],
    ['employees', 1_000_001, 'must be at most 1000000'],
    ['employees', 1.5, 'must be a whole number'],
    ['employees', Number.NaN, 'must be a finite number'],
    ['employees', Number.POSITIVE_INFINITY, 'must be a finite number'],
    ['employees', Number.NEGATIVE_INFINITY, 'must be a finite number'],
    // 1e309 overflows to Infinity when parsed, as it would from a URL or a JSON file.
    ['employees', Number.parseFloat('1e309'), 'must be a finite number'],
    ['employees', '12', 'must be a number'],
    ['employees', null, 'must be a number'],
    ['employees', undefined, 'is required'],
    ['employees', [12], 'must be a number'],
    ['industry', 'bank', 'must be one of'],
    ['industry', 3, 'must be one of'],
    ['industry', ['healthcare'], 'must be one of'],
    ['industry', '', 'must be one of'],
    ['regulations', 'hipaa', 'must be a list of choices'],
    ['regulations', null, 'must be a list of choices'],
    ['regulations', ['hipaa', 'hipaa'], 'lists "hipaa" more than once'],
    ['regulations', ['nope'], 'contains "nope"'],
    ['regulations', ['hipaa', 7], 'contains 7'],
    ['regulations', [null], 'contains null'],
    ['regulations', [1n], 'contains a bigint'],
    ['initiatives', ['erp', 'ERP'], 'contains "ERP"'],
    ['dedicatedMandate', 'maybe', 'must be one of'],
    ['pr-mfa', 5, 'must be a maturity level from 0 to 4'],
    ['pr-mfa', -1, 'must be a maturity level from 0 to 4'],
    ['pr-mfa', '3', 'must be a maturity level from 0 to 4'],
    ['pr-mfa', 2.5, 'must be a maturity level from 0 to 4'],
    ['pr-mfa', Number.NaN, 'must be a maturity level from 0 to 4'],
    ['pr-mfa', 'Unknown', 'must be a maturity level from 0 to 4'],
    ['pr-mfa', null, 'must be a maturity level from 0 to 4'],
    ['no-such-question', 1, 'no such question'],
    ['__proto__', 1, 'no such question'],
    ['toString', 1, 'no such question'],
  ])('%s = %o: "%s"', (id, value, message) => {
    const issue = validateAnswer(id, value);
    expect(issue).not.toBeNull();
    expect(issue?.field).toBe(id);
    expect(issue?.message).toContain(message);
  });
});

describe('validateAnswer accepts', () => {
  it.each([
    ['employees', 1],
    ['employees', 250],
    ['employees', 1_000_000],
    ['industry', 'healthcare'],
    ['industry', 'other'],
    ['regulations', []],
    ['regulations', ['hipaa', 'pci-dss']],
    ['initiatives', ['new-product', 'erp']],
    ['dedicatedMandate', 'unsure'],
    ['pr-mfa', 0],
    ['pr-mfa', 4],
    ['pr-mfa', 'unknown'],
    ['it-msp-oversight', 2],
  ])('%s = %o', (id, value) => {
    expect(validateAnswer(id, value)).toBeNull();
  });
});

describe('validateAnswers', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"employees":12}'],
    ['an array', [['employees', 12]]],
    ['a class instance', new AnswersBag()],
    ['a Map', new Map([['employees', 12]])],
    ['a Date', new Date(0)],
  ])('rejects %s as a whole', (_what, raw) => {
    const result = validateAnswers(raw);
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'answers', message: 'must be a plain object keyed by question id' }],
    });
  });

  it('reports every bad field at once', () => {
    const result = validateAnswers({
      employees: 0,
      industry: 'bank',
      regulations: ['hipaa', 'hipaa'],
      'pr-mfa': 5,
      'rs-ir-plan': 2,
      mystery: 'x',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field).sort()).toEqual(
      ['employees', 'industry', 'mystery', 'pr-mfa', 'regulations'].sort(),
    );
    expect(result.issues.find((i) => i.field === 'mystery')?.message).toBe('no such question');
  });

  it('rejects an own __proto__ key from JSON rather than following it', () => {
    const result = validateAnswers(JSON.parse('{"__proto__": {"employees": 5}, "pr-mfa": 3}'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([{ field: '__proto__', message: 'no such question' }]);
  });

  it('accepts a null-prototype object, skips undefined keys and copies arrays', () => {
    const raw = Object.assign(Object.create(null) as Record<string, unknown>, {
      ...clinic,
      'pr-mfa': 'unknown',
      'gv-security-owner': undefined,
    });
    const result = validateAnswers(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.isFrozen(result.value)).toBe(false);
    expect('gv-security-owner' in result.value).toBe(false);
    expect(result.value).toEqual({ ...clinic, 'pr-mfa': 'unknown' });
    expect(result.value.regulations).not.toBe(clinic.regulations);
  });

  it('accepts an empty object', () => {
    expect(validateAnswers({})).toEqual({ ok: true, value: {} });
  });
});

describe('validateDiscovery', () => {
  it('accepts a complete discovery and returns a copy', () => {
    const result = validateDiscovery({ ...clinic, 'pr-mfa': 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(clinic);
    expect(result.value.regulations).not.toBe(clinic.regulations);
    expect('pr-mfa' in result.value).toBe(false);
  });

  it('asks for a conditional question only where it applies, and checks it when given', () => {
    const shop = { ...clinic, regulations: ['pci-dss'] };
    // Not yet answered (or answered under an older bank): the engine treats it as not known.
    expect(validateDiscovery(shop).ok).toBe(true);
    const bad = validateDiscovery({ ...shop, cardHandling: 'cash' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.field)).toEqual(['cardHandling']);
    const good = validateDiscovery({
      ...shop,
      cardHandling: 'own-systems',
      merchantLevel: 'level-4',
    });
    expect(good.ok && good.value.merchantLevel).toBe('level-4');
    // An answer to a question that no longer applies is left out, not trusted.
    const stale = validateDiscovery({ ...clinic, cardHandling: 'own-systems' });
    expect(stale.ok && stale.value.cardHandling).toBe(undefined);
  });

  it('says every missing field "is required" and flags invalid ones too', () => {
    const result = validateDiscovery({ employees: 0, industry: 'healthcare' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ field: 'employees', message: 'must be at least 1' });
    const required = result.issues.filter((i) => i.message === 'is required').map((i) => i.field);
    expect(required).toEqual(
      alwaysAsked.map((q) => q.id).filter((id) => id !== 'employees' && id !== 'industry'),
    );
  });

  it('rejects an empty answers object with one issue per discovery question', () => {
    const result = validateDiscovery({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(alwaysAsked.length);
  });
});

describe('countAnswered', () => {
  it.each([
    ['nothing', {}, 0],
    ['discovery only', clinic, alwaysAsked.length],
    ['discovery plus two practices', { ...clinic, 'pr-mfa': 2, 'rs-ir-plan': 'unknown' }, 12],
    ['an invalid value does not count', { ...clinic, 'pr-mfa': 9 }, alwaysAsked.length],
    // Answers to questions skipped by the skip logic are kept but not counted.
    ['a skipped practice', { ...clinic, 'pr-payment-card': 3 }, alwaysAsked.length],
  ])('%s', (_what, answers: Answers, answered) => {
    expect(countAnswered(answers)).toEqual({
      answered,
      total: applicableQuestions(answers).length,
    });
  });

  it('counts the MSP question for a clinic on an MSP', () => {
    const total = countAnswered(clinic).total;
    expect(total).toBe(countAnswered({ ...clinic, itSupport: 'internal' }).total + 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

function validValue(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.kind) {
    case 'number':
      return q.integer
        ? fc.integer({ min: q.min, max: q.max })
        : fc.double({ min: q.min, max: q.max, noNaN: true });
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'multi':
      return fc.subarray(q.options.map((o) => o.value));
    case 'maturity':
      return fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'unknown');
  }
}

/** Any partial answers object: each question absent, undefined, or holding a valid value. */
const validAnswers: fc.Arbitrary<Record<string, AnswerValue | undefined>> = fc.record(
  Object.fromEntries(questions.map((q) => [q.id, fc.option(validValue(q), { nil: undefined })])),
  { requiredKeys: [] },
);

/** A complete discovery with any valid values. */
const validDiscovery = fc.record(
  Object.fromEntries(discoveryQuestions.map((q) => [q.id, validValue(q)])),
);

describe('properties', () => {
  it('any valid generated answers object validates, unchanged but for undefined keys', () => {
    fc.assert(
      fc.property(validAnswers, (raw) => {
        const result = validateAnswers(raw);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const expected = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        expect(result.value).toEqual(expected);
      }),
    );
  });

  it('validation survives a JSON round trip, as stored records take', () => {
    fc.assert(
      fc.property(validAnswers, (raw) => {
        expect(validateAnswers(JSON.parse(JSON.stringify(raw))).ok).toBe(true);
      }),
    );
  });

  it('any complete valid discovery passes validateDiscovery', () => {
    fc.assert(
      fc.property(validDiscovery, (raw) => {
        expect(validateDiscovery(raw).ok).toBe(true);
      }),
    );
  });

  it('one bad field among valid ones is reported, and only that one', () => {
    const bad: fc.Arbitrary<unknown> = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(-1),
      fc.constant(1.5),
      fc.constant('nonsense'),
      fc.constant(null),
      fc.constant(true),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        validAnswers,
        fc.constantFrom(...questions.map((q) => q.id)),
        bad,
        (raw, id, value) => {
          // 1.5 and -1 are not valid for any question here; 'nonsense' is not a valid choice.
          const result = validateAnswers({ ...raw, [id]: value });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual([id]);
        },
      ),
    );
  });

  it('countAnswered never exceeds the total and counts every applicable valid answer', () => {
    fc.assert(
      fc.property(validAnswers, (raw) => {
        const { answered, total } = countAnswered(raw);
        expect(answered).toBeLessThanOrEqual(total);
        const applicable = applicableQuestions(raw);
        expect(answered).toBe(applicable.filter((q) => raw[q.id] !== undefined).length);
      }),
    );
  });
});
