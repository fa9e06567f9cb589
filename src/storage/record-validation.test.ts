// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../core/assumptions';
import { MAX_RECORD_BYTES, toSummary, type AssessmentRecord } from './assessment-record';
import { sampleRecord as sample } from './fixtures/sample-record';
import { serializedBytes } from '../core/plain-data';
import { validateRecord } from './record-validation';

/** A copy of `base` with `field` replaced (or removed when value is the REMOVE marker). */
const REMOVE = Symbol('remove');
function withField(field: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...sample() };
  if (value === REMOVE) delete copy[field];
  else copy[field] = value;
  return copy;
}

function expectFailure(raw: unknown, kind: string, field?: string): string {
  const result = validateRecord(raw);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.kind).toBe(kind);
  if (field !== undefined) expect(result.issues.map((issue) => issue.field)).toContain(field);
  return result.reason;
}

describe('validateRecord: valid records', () => {
  it('accepts a complete record as it is', () => {
    const record = sample();
    const result = validateRecord(record);
    expect(result).toEqual({ ok: true, record, migrated: false });
  });

  it.each([
    ['an empty company name', { companyName: '' }],
    ['a 200-character company name', { companyName: 'x'.repeat(200) }],
    ['a 10,000-character note', { notes: { assessment: 'n'.repeat(10_000) } }],
    ['no assumptions', { assumptions: null }],
    ['a scenario B', { scenario: { ...defaultAssumptions, horizonMonths: 60 } }],
    ['no cursor', { cursor: null }],
    ['a cursor at the review', { cursor: { step: 'review' } }],
    ['a cursor at the results', { cursor: { step: 'results' } }],
    [
      'a cursor at a question no bank has (content changed: the flow resumes at the start)',
      { cursor: { step: 'question', questionId: 'retired-question' } },
    ],
    ['a 64-character id', { id: 'A'.repeat(64) }],
    [
      'times with an offset',
      { createdAt: '2025-03-01T11:00:00+01:00', updatedAt: '2025-03-01T10:00Z' },
    ],
    [
      'a note keyed __proto__',
      { notes: JSON.parse('{"__proto__":"kept as data"}') as Record<string, string> },
    ],
  ])('accepts %s', (_label, overrides) => {
    const result = validateRecord(sample(overrides as Partial<AssessmentRecord>));
    expect(result.ok).toBe(true);
  });

  it('keeps a __proto__ note as an own property, never as a prototype', () => {
    const notes = JSON.parse('{"__proto__":"text"}') as Record<string, string>;
    const result = validateRecord(sample({ notes }));
    if (!result.ok) throw new Error(result.reason);
    expect(Object.getPrototypeOf(result.record.notes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.record.notes, '__proto__')?.value).toBe('text');
  });

  it('reads a record stored as a JSON string and reports it as migrated', () => {
    const record = sample({ cursor: { step: 'results' } });
    const result = validateRecord(JSON.stringify(record));
    expect(result).toEqual({ ok: true, record, migrated: true });
  });
});

describe('validateRecord: damaged records', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a list', [sample()]],
    ['a Date', new Date()],
    ['a Map', new Map([['id', 'x']])],
  ])('refuses %s as corrupt', (_label, raw) => {
    expectFailure(raw, 'corrupt', 'record');
  });

  it.each([
    ['cut off mid-way', JSON.stringify(sample()).slice(0, 80)],
    ['cut off at the first brace', '{'],
    ['not JSON at all', 'Acme Dental, 40 staff'],
    ['empty', ''],
  ])('refuses text that is %s', (_label, raw) => {
    expect(expectFailure(raw, 'corrupt', 'record')).toMatch(
      /cut off or not in the expected format/,
    );
  });

  it('refuses a JSON string that holds a list', () => {
    expectFailure('[1,2,3]', 'corrupt', 'record');
  });

  it.each([
    'id',
    'companyName',
    'createdAt',
    'updatedAt',
    'contentVersion',
    'scoringVersion',
    'answers',
    'notes',
    'assumptions',
    'scenario',
    'progress',
    'cursor',
  ])('refuses a record missing %s', (field) => {
    expectFailure(withField(field, REMOVE), 'corrupt');
  });

  it.each([
    ['id', 'id', 42],
    ['id', 'id', 'not/a/valid/id'],
    ['id', 'id', ''],
    ['companyName', 'companyName', 7],
    ['companyName', 'companyName', 'x'.repeat(201)],
    ['createdAt', 'createdAt', 1_700_000_000_000],
    ['createdAt', 'createdAt', '2025-02-30T10:00:00Z'],
    ['createdAt', 'createdAt', '2025-03-01T10:00:00'],
    ['updatedAt', 'updatedAt', '2025-13-01T10:00:00Z'],
    ['updatedAt', 'updatedAt', 'last Tuesday'],
    ['contentVersion', 'contentVersion', ''],
    ['scoringVersion', 'scoringVersion', 3],
    ['answers.answers', 'answers', 'all of them'],
    ['answers.employees', 'answers', { employees: 'ten' }],
    ['answers.industry', 'answers', { employees: 40, industry: 'astrology' }],
    ['answers.pr-mfa', 'answers', { 'pr-mfa': 9 }],
    ['notes', 'notes', 'one note'],
    ['notes.assessment', 'notes', { assessment: 12 }],
    ['notes.assessment', 'notes', { assessment: 'n'.repeat(10_001) }],
    ['notes', 'notes', { '': 'empty key' }],
    ['assumptions.cisoBaseSalary', 'assumptions', { horizonMonths: 36 }],
    ['assumptions.(assumptions)', 'assumptions', 'defaults'],
    ['scenario.tenureMonths', 'scenario', { ...defaultAssumptions, tenureMonths: 0 }],
    ['scenario.(assumptions)', 'scenario', 'B'],
    ['progress', 'progress', null],
    ['progress.answered', 'progress', { answered: -1, total: 40 }],
    ['progress.answered', 'progress', { answered: 1.5, total: 40 }],
    ['progress.total', 'progress', { answered: 1, total: '40' }],
    ['progress.percent', 'progress', { answered: 1, total: 40, percent: 2 }],
    ['cursor', 'cursor', 'answering'],
    ['cursor', 'cursor', ['answering']],
    ['cursor', 'cursor', new Date()],
    ['cursor', 'cursor', new Map([['step', 'review']])],
    ['cursor.step', 'cursor', {}],
    ['cursor.step', 'cursor', { step: 'elsewhere' }],
    ['cursor.step', 'cursor', { step: 3 }],
    ['cursor.questionId', 'cursor', { step: 'question' }],
    ['cursor.questionId', 'cursor', { step: 'question', questionId: '' }],
    ['cursor.questionId', 'cursor', { step: 'question', questionId: 7 }],
    ['cursor.questionId', 'cursor', { step: 'question', questionId: 'q'.repeat(129) }],
    ['cursor.questionId', 'cursor', { step: 'review', questionId: 'pr-mfa' }],
    ['cursor.at', 'cursor', { step: 'results', at: new Date() }],
    ['cursor.seen', 'cursor', { step: 'question', questionId: 'pr-mfa', seen: [1] }],
    ['record', 'cursor', { step: 'review', big: 10n }],
    ['flow', 'flow', { cursor: { step: 'review' } }],
    ['schemaVersion', 'schemaVersion', 1.5],
    ['schemaVersion', 'schemaVersion', -1],
    ['schemaVersion', 'schemaVersion', '1'],
    ['extra', 'extra', 'surprise'],
  ])('issue on %s: refuses a bad %s', (issueField, field, value) => {
    expectFailure(withField(field, value), 'corrupt', issueField);
  });

  it('refuses a cursor that refers back to itself', () => {
    const cursor: Record<string, unknown> = { step: 'review' };
    cursor.self = cursor;
    expectFailure(withField('cursor', cursor), 'corrupt');
  });

  it('reports every bad field, not just the first', () => {
    const raw = { ...sample(), id: '', companyName: 3, answers: { employees: 'ten' } };
    const result = validateRecord(raw);
    if (result.ok) throw new Error('expected a failure');
    expect(result.issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining(['id', 'companyName', 'answers.employees']),
    );
    expect(result.reason).toContain('answers.employees');
  });
});

describe('validateRecord: size', () => {
  it('refuses a record over 1 MiB as too large', () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 110; i++) notes[`q${i}`] = 'n'.repeat(10_000);
    const raw = sample({ notes });
    expect(serializedBytes(raw)).toBeGreaterThan(MAX_RECORD_BYTES);
    expect(expectFailure(raw, 'too-large', 'record')).toMatch(/over the 1\.00 MiB limit/);
  });

  it('counts bytes, not characters: 400,000 three-byte characters are over the limit', () => {
    const raw = { ...sample(), companyName: '€'.repeat(400_000) };
    expectFailure(raw, 'too-large');
  });

  it('refuses a record that cannot be serialized at all', () => {
    expectFailure({ ...sample(), answers: { employees: 10n } }, 'corrupt', 'record');
  });
});

describe('validateRecord: score summary and deletion mark', () => {
  it('keeps a valid score summary and a deletion time', () => {
    const value = sample({
      scoreSummary: { gap: 62, model: 'vciso-retainer' },
      deletedAt: '2025-03-02T08:00:00.000Z',
    });
    const result = validateRecord(value);
    if (!result.ok) throw new Error(result.reason);
    expect(result.record.scoreSummary).toEqual({ gap: 62, model: 'vciso-retainer' });
    expect(result.record.deletedAt).toBe('2025-03-02T08:00:00.000Z');
    expect(toSummary(result.record)).toMatchObject({
      scoreSummary: { gap: 62, model: 'vciso-retainer' },
      note: 'Call back on Tuesday',
      deletedAt: '2025-03-02T08:00:00.000Z',
    });
  });

  it.each([
    ['a gap over 100', { gap: 101, model: 'vciso-retainer' }, 'scoreSummary.gap'],
    ['a fractional gap', { gap: 12.5, model: 'vciso-retainer' }, 'scoreSummary.gap'],
    ['an unknown model', { gap: 40, model: 'guru' }, 'scoreSummary.model'],
    ['an extra field', { gap: 40, model: 'msp-only', why: 'x' }, 'scoreSummary.why'],
    ['a list', [40, 'msp-only'], 'scoreSummary'],
  ])('refuses a score summary with %s', (_label, scoreSummary, field) => {
    expectFailure(withField('scoreSummary', scoreSummary), 'corrupt', field);
  });

  it.each([['yesterday'], [0], ['2025-02-30T10:00:00Z']])('refuses deletedAt %j', (deletedAt) => {
    expectFailure(withField('deletedAt', deletedAt), 'corrupt', 'deletedAt');
  });

  it('refuses a current record without the new fields', () => {
    expectFailure(withField('scoreSummary', REMOVE), 'corrupt', 'scoreSummary');
  });
});

describe('validateRecord: properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true }),
        (raw) => {
          const result = validateRecord(raw);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('never throws on records with one field replaced by anything', () => {
    const fields = Object.keys(sample());
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const result = validateRecord(withField(field, value));
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('accepts what it returns, unchanged (idempotent) and after a JSON round trip', () => {
    const cursor = fc.oneof(
      fc.constant(null),
      fc.constantFrom({ step: 'review' as const }, { step: 'results' as const }),
      fc
        .string({ minLength: 1, maxLength: 128 })
        .map((questionId) => ({ step: 'question' as const, questionId })),
    );
    const record = fc.record({
      companyName: fc.string({ maxLength: 200 }),
      notes: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.string({ maxLength: 300 }),
      ),
      answered: fc.nat(200),
      cursor,
    });
    fc.assert(
      fc.property(record, ({ companyName, notes, answered, cursor }) => {
        const first = validateRecord(
          sample({ companyName, notes, progress: { answered, total: 200 }, cursor }),
        );
        if (!first.ok) throw new Error(first.reason);
        expect(validateRecord(first.record)).toEqual(first);
        // JSON itself turns -0 into 0, so the round trip is compared with the JSON form.
        const json: unknown = JSON.parse(JSON.stringify(first.record));
        const again = validateRecord(json);
        if (!again.ok) throw new Error(again.reason);
        expect(again.record).toEqual(json);
      }),
    );
  });
});
