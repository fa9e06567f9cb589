// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../core/assumptions';
import { CONTENT_VERSION } from '../core/content/questions';
import storedIn2026111 from '../core/content/fixtures/2026.11.1/assessment-record.json';
import { SCORING_VERSION } from '../core/scoring';
import { ValidationError } from '../core/types';
import {
  compareNewestFirst,
  isIsoDateTime,
  isValidAssessmentId,
  MAX_RECORD_BYTES,
  migrations,
  newAssessmentRecord,
  SCHEMA_VERSION,
  serializedBytes,
  toSummary,
  utf8ByteLength,
  validateRecord,
  type AssessmentRecord,
  type AssessmentRecordV0,
  type AssessmentRecordV2,
} from './assessment-record';

const NOW = '2025-03-01T10:00:00.000Z';

function sample(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    ...newAssessmentRecord('3f6c1d2e-8a4b-4c3d-9e1f-0a1b2c3d4e5f', NOW),
    companyName: 'Acme Dental',
    answers: { employees: 40, industry: 'healthcare', regulations: ['hipaa'], 'pr-mfa': 2 },
    notes: { assessment: 'Call back on Tuesday', employees: 'Counts two contractors' },
    assumptions: { ...defaultAssumptions, cisoBaseSalary: 240_000 },
    progress: { answered: 4, total: 40 },
    flow: {
      status: 'active',
      value: { answering: 'readiness' },
      context: { step: 3 },
      output: undefined,
    },
    ...overrides,
  };
}

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

describe('newAssessmentRecord', () => {
  it('starts empty under the current content and scoring versions', () => {
    const record = newAssessmentRecord('abc-123', NOW);
    expect(record).toEqual({
      schemaVersion: 3,
      id: 'abc-123',
      companyName: '',
      createdAt: NOW,
      updatedAt: NOW,
      contentVersion: CONTENT_VERSION,
      scoringVersion: SCORING_VERSION,
      answers: {},
      notes: {},
      assumptions: null,
      scenario: null,
      progress: { answered: 0, total: 0 },
      flow: null,
      scoreSummary: null,
      deletedAt: null,
    });
    expect(validateRecord(record)).toEqual({ ok: true, record, migrated: false });
  });

  it.each([
    ['', NOW],
    ['has space', NOW],
    ['a'.repeat(65), NOW],
    ['abc', 'yesterday'],
    ['abc', '2025-03-01'],
  ])('refuses id %j with time %j', (id, now) => {
    expect(() => newAssessmentRecord(id, now)).toThrow(ValidationError);
  });
});

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
    ['no flow snapshot', { flow: null }],
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
    const record = sample({ flow: { status: 'active' } });
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
    'flow',
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
    ['flow', 'flow', 'answering'],
    ['flow', 'flow', ['answering']],
    ['flow', 'flow', new Date()],
    ['flow.at', 'flow', { at: new Date() }],
    ['flow.seen', 'flow', { seen: new Set([1]) }],
    ['flow.score', 'flow', { score: Number.NaN }],
    ['flow.run', 'flow', { run: () => 1 }],
    ['record', 'flow', { big: 10n }],
    ['flow.steps[1]', 'flow', { steps: [1, undefined] }],
    ['flow', 'flow', { blob: 'x'.repeat(256 * 1024) }],
    ['schemaVersion', 'schemaVersion', 1.5],
    ['schemaVersion', 'schemaVersion', -1],
    ['schemaVersion', 'schemaVersion', '1'],
    ['extra', 'extra', 'surprise'],
  ])('issue on %s: refuses a bad %s', (issueField, field, value) => {
    expectFailure(withField(field, value), 'corrupt', issueField);
  });

  it('refuses a flow snapshot that refers back to itself', () => {
    const flow: Record<string, unknown> = { status: 'active' };
    flow.self = flow;
    expectFailure(withField('flow', flow), 'corrupt');
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

describe('validateRecord: versions and migration', () => {
  const v0: AssessmentRecordV0 = {
    schemaVersion: 0,
    id: 'legacy-1',
    companyName: 'Old Firm',
    contentVersion: '2025.01.0',
    answers: { employees: 12, industry: 'legal', 'pr-mfa': 1 },
    note: 'Met at the chamber breakfast',
    total: 38,
    updated: Date.UTC(2025, 0, 15, 9, 30),
  };

  it('refuses a record from a newer schema version', () => {
    const reason = expectFailure({ ...sample(), schemaVersion: 99 }, 'foreign-version');
    expect(reason).toMatch(/saved by a newer version of this app/);
  });

  it('migrates a version 0 record through version 1 to the current version', () => {
    const result = validateRecord(v0);
    expect(result).toEqual({
      ok: true,
      migrated: true,
      record: {
        schemaVersion: SCHEMA_VERSION,
        id: 'legacy-1',
        companyName: 'Old Firm',
        createdAt: '2025-01-15T09:30:00.000Z',
        updatedAt: '2025-01-15T09:30:00.000Z',
        contentVersion: '2025.01.0',
        scoringVersion: 'unknown',
        answers: { employees: 12, industry: 'legal', 'pr-mfa': 1 },
        notes: { assessment: 'Met at the chamber breakfast' },
        assumptions: null,
        scenario: null,
        progress: { answered: 3, total: 38 },
        flow: null,
        scoreSummary: null,
        deletedAt: null,
      },
    });
  });

  /** A record as version 1 of this app stored it: no scenario B. */
  function storedV1(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const { scenario: _none, scoreSummary: _s, deletedAt: _d, ...rest } = sample();
    return { ...rest, schemaVersion: 1, ...overrides };
  }

  it('migrates a version 1 record to version 3 with no scenario B, keeping everything else', () => {
    const v1 = storedV1();
    const result = validateRecord(v1);
    expect(result).toEqual({
      ok: true,
      migrated: true,
      record: { ...v1, schemaVersion: 3, scenario: null, scoreSummary: null, deletedAt: null },
    });
  });

  it('migrates a version 1 record stored as JSON text', () => {
    const result = validateRecord(JSON.stringify(storedV1()));
    expect(result.ok && result.record.scenario).toBe(null);
  });

  it.each([
    ['a scenario field version 1 never wrote', { scenario: null }],
    ['damaged assumptions', { assumptions: { cisoBaseSalary: 'lots' } }],
  ])('refuses a version 1 record with %s', (_label, overrides) => {
    expectFailure(storedV1(overrides), 'corrupt');
  });

  it('migrates a stored version 2 record to version 3: no summary yet, not deleted', () => {
    const { scoreSummary: _s, deletedAt: _d, ...rest } = sample();
    const v2: AssessmentRecordV2 = { ...rest, schemaVersion: 2 };
    const result = validateRecord(structuredClone(v2));
    if (!result.ok) throw new Error(result.reason);
    expect(result.migrated).toBe(true);
    expect(result.record).toEqual({ ...v2, schemaVersion: 3, scoreSummary: null, deletedAt: null });
  });

  it('refuses a version 2 record with a field no version has', () => {
    const { scoreSummary: _s, deletedAt: _d, ...rest } = sample();
    expectFailure({ ...rest, schemaVersion: 2, extra: true }, 'corrupt', 'extra');
  });

  it('treats a record without schemaVersion as version 0', () => {
    const { schemaVersion: _omitted, ...earliest } = v0;
    const result = validateRecord({ ...earliest, note: '' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.migrated).toBe(true);
    expect(result.record.notes).toEqual({});
  });

  it.each([
    ['a missing updated time', { updated: undefined }],
    ['an updated time out of range', { updated: 1e20 }],
    ['a note that is not text', { note: 5 }],
    ['mistyped answers', { answers: { employees: { count: 10 } } }],
    [
      'mistyped answers of the current content',
      { answers: { employees: 'ten' }, contentVersion: CONTENT_VERSION },
    ],
  ])('refuses a version 0 record with %s', (_label, overrides) => {
    expectFailure({ ...v0, ...overrides }, 'corrupt');
  });

  it('refuses an object that looks like no version at all', () => {
    expect(expectFailure({ hello: 'world' }, 'corrupt', 'schemaVersion')).toMatch(
      /could not migrate from version 0/,
    );
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++) expect(typeof migrations[v]).toBe('function');
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

describe('helpers', () => {
  it.each([
    ['2025-03-01T10:00:00Z', true],
    ['2025-03-01T10:00:00.123456Z', true],
    ['2025-03-01T10:00+05:30', true],
    ['2024-02-29T00:00:00Z', true],
    ['2025-02-29T00:00:00Z', false],
    ['2025-04-31T00:00:00Z', false],
    ['2025-03-01T24:00:00Z', false],
    ['2025-03-01 10:00:00Z', false],
    ['2025-03-01T10:00:00', false],
    ['2025-03-01', false],
    ['', false],
  ])('isIsoDateTime(%j) is %s', (value, expected) => {
    expect(isIsoDateTime(value)).toBe(expected);
  });

  it.each([
    ['3f6c1d2e-8a4b-4c3d-9e1f-0a1b2c3d4e5f', true],
    ['A', true],
    ['a_b', false],
    ['a:b', false],
    ['', false],
  ])('isValidAssessmentId(%j) is %s', (value, expected) => {
    expect(isValidAssessmentId(value)).toBe(expected);
  });

  it('counts UTF-8 bytes like Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
  }, 30_000);

  it('sorts summaries newest first, then by creation, then by id', () => {
    const at = (id: string, updatedAt: string, createdAt = NOW) =>
      toSummary(sample({ id, updatedAt, createdAt }));
    const sorted = [
      at('b', '2025-03-01T10:00:00Z'),
      at('old', '2025-01-01T10:00:00Z'),
      at('a', '2025-03-01T10:00:00Z'),
      at('new', '2025-03-02T09:00:00+02:00'),
    ].sort(compareNewestFirst);
    expect(sorted.map((s) => s.id)).toEqual(['new', 'a', 'b', 'old']);
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
    const record = fc.record({
      companyName: fc.string({ maxLength: 200 }),
      notes: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.string({ maxLength: 300 }),
      ),
      answered: fc.nat(200),
      flow: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: null }),
    });
    fc.assert(
      fc.property(record, ({ companyName, notes, answered, flow }) => {
        const first = validateRecord(
          sample({ companyName, notes, progress: { answered, total: 200 }, flow }),
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

describe('validateRecord: a record stored by question bank 2026.11.1 (fixture)', () => {
  it('is valid, keeps what still measures the same, and names every changed question', () => {
    const result = validateRecord(structuredClone(storedIn2026111));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.dropped).toBeUndefined();
    expect(result.changed?.questions.map((c) => [c.id, c.answer])).toEqual([
      ['gv-vendor-risk', 'kept'],
      ['pr-access-control', 'kept'],
      ['pr-patching', 'kept'],
      ['pr-network-protection', 'kept'],
      ['rs-containment', 'dropped'],
      ['it-lifecycle', 'kept'],
    ]);
    expect(result.changed?.added).toBe(6);
    const { 'rs-containment': _askedAgain, ...kept } = storedIn2026111.answers;
    expect(result.record.answers).toEqual(kept);
    // The rest of the record is as stored; the next save writes the current versions.
    expect(result.record.contentVersion).toBe('2026.11.1');
    expect(result.record.notes).toEqual(storedIn2026111.notes);
    expect(result.record.scoreSummary).toEqual(storedIn2026111.scoreSummary);
  });

  it('keeps cost assumptions saved before scoring 2.0.0 added some, for the engine to fill', () => {
    // The hand-off fixture of the same day carries the assumptions as 2026.11.1 saved them.
    const saved = {
      horizonMonths: 60,
      cisoBaseSalary: 240_000,
      benefitsLoad: 1.3,
      recruiterFeeRate: 0.3,
      monthsToHire: 4,
      tenureMonths: 30,
      annualIncrease: 0.03,
      vcisoMonthlyRetainer: 5_250,
      vcisoOnboardingFee: 5_000,
      onDemandHoursPerMonth: 0,
      onDemandHourlyRate: 300,
      fractionalCioMonthly: 3_000,
    };
    const result = validateRecord({
      ...structuredClone(storedIn2026111),
      assumptions: saved,
      scenario: { ...saved, vcisoMonthlyRetainer: 6_000 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.assumptions).toEqual(saved);
    expect(result.record.scenario).toMatchObject({ vcisoMonthlyRetainer: 6_000 });
    // A bad value in the old shape is still refused, field by field.
    const bad = validateRecord({
      ...structuredClone(storedIn2026111),
      assumptions: { ...saved, cisoBaseSalary: -1 },
    });
    expect(bad.ok).toBe(false);
  });

  it('names nothing for the same answers under the current bank', () => {
    const current = { ...structuredClone(storedIn2026111), contentVersion: CONTENT_VERSION };
    const result = validateRecord(current);
    expect(result).toMatchObject({ ok: true, migrated: false });
    if (result.ok) expect(result.changed).toBeUndefined();
  });
});
