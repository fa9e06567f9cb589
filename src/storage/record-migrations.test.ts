// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../core/content/questions';
import storedIn2026111 from '../core/content/fixtures/2026.11.1/assessment-record.json';
import { SCHEMA_VERSION } from './assessment-record';
import v3AtQuestion from './fixtures/v3-at-question.json';
import v3AtReview from './fixtures/v3-at-review.json';
import v3AtStart from './fixtures/v3-at-start.json';
import v3CopyOfV0 from './fixtures/v3-copy-of-v0-no-flow.json';
import v3Deleted from './fixtures/v3-deleted-at-results.json';
import { asStoredV3, sampleRecord as sample } from './fixtures/sample-record';
import {
  migrations,
  type AssessmentRecordV0,
  type AssessmentRecordV2,
  type AssessmentRecordV3,
} from './record-migrations';
import { validateRecord } from './record-validation';

function expectFailure(raw: unknown, kind: string, field?: string): string {
  const result = validateRecord(raw);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.kind).toBe(kind);
  if (field !== undefined) expect(result.issues.map((issue) => issue.field)).toContain(field);
  return result.reason;
}

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

  it('migrates a version 0 record through every version to the current one', () => {
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
        cursor: null,
        scoreSummary: null,
        deletedAt: null,
      },
    });
  });

  /** A record as version 1 of this app stored it: no scenario B, the cursor inside `flow`. */
  function storedV1(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const {
      scenario: _none,
      scoreSummary: _s,
      deletedAt: _d,
      ...rest
    } = asStoredV3(sample()) as AssessmentRecordV3;
    return { ...rest, schemaVersion: 1, ...overrides };
  }

  it('migrates a version 1 record with no scenario B, keeping everything else', () => {
    const v1 = storedV1();
    const result = validateRecord(v1);
    const { flow: _flow, ...rest } = v1;
    expect(result).toEqual({
      ok: true,
      migrated: true,
      record: {
        ...rest,
        schemaVersion: SCHEMA_VERSION,
        scenario: null,
        cursor: sample().cursor,
        scoreSummary: null,
        deletedAt: null,
      },
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

  it('migrates a stored version 2 record: no summary yet, not deleted', () => {
    const { scoreSummary: _s, deletedAt: _d, ...rest } = asStoredV3(sample()) as AssessmentRecordV3;
    const v2: AssessmentRecordV2 = { ...rest, schemaVersion: 2 };
    const result = validateRecord(structuredClone(v2));
    if (!result.ok) throw new Error(result.reason);
    expect(result.migrated).toBe(true);
    expect(result.record).toEqual({ ...sample(), scoreSummary: null, deletedAt: null });
  });

  it('refuses a version 2 record with a field no version has', () => {
    const { scoreSummary: _s, deletedAt: _d, ...rest } = asStoredV3(sample());
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

describe('version 3 to 4: the flow value becomes a typed cursor', () => {
  const v3 = (flow: unknown): Record<string, unknown> => ({ ...asStoredV3(sample()), flow });

  it.each([
    ['a question', { cursor: { step: 'question', questionId: 'pr-mfa' } }],
    ['the review', { cursor: { step: 'review' } }],
    ['the results', { cursor: { step: 'results' } }],
  ])('keeps a cursor at %s', (_label, flow) => {
    const result = validateRecord(v3(flow));
    if (!result.ok) throw new Error(result.reason);
    expect(result.migrated).toBe(true);
    expect(result.record).toEqual({ ...sample(), cursor: flow.cursor });
    expect(result.record).not.toHaveProperty('flow');
  });

  // Version 3 read these as "resume at the start", and so does the migration.
  it.each([
    ['no flow value', null],
    ['no cursor', { cursor: null }],
    ['a cursor that is text', { cursor: 'review' }],
    ['an unknown step', { cursor: { step: 'elsewhere' } }],
    ['a question with no id', { cursor: { step: 'question' } }],
    ['a question id that is not text', { cursor: { step: 'question', questionId: 7 } }],
    ['an empty question id', { cursor: { step: 'question', questionId: '' } }],
    ['no cursor at all', { status: 'active' }],
  ])('resumes at the start for %s', (_label, flow) => {
    const result = validateRecord(v3(flow));
    if (!result.ok) throw new Error(result.reason);
    expect(result.record.cursor).toBeNull();
  });

  it('keeps only the step (and question) of a cursor with more in it', () => {
    const result = validateRecord(
      v3({ cursor: { step: 'results', at: 'the top', questionId: 'x' } }),
    );
    expect(result.ok && result.record.cursor).toEqual({ step: 'results' });
  });

  // Nothing ever wrote more than the cursor into flow, and nothing reads the rest any more: it is
  // left behind rather than checked (so a version 3 record with more there opens).
  it.each([
    ['a Date', { cursor: { step: 'review' }, at: new Date() }],
    ['a Set', { cursor: { step: 'review' }, seen: new Set([1]) }],
    ['a number JSON cannot hold', { cursor: { step: 'review' }, score: Number.NaN }],
    ['a list with a hole', { cursor: { step: 'review' }, steps: [1, undefined] }],
    ['256 KiB of text', { cursor: { step: 'review' }, blob: 'x'.repeat(256 * 1024) }],
  ])('leaves behind the rest of a flow value holding %s', (_label, flow) => {
    const result = validateRecord(v3(flow));
    if (!result.ok) throw new Error(result.reason);
    expect(result.record.cursor).toEqual({ step: 'review' });
    expect(JSON.stringify(result.record)).not.toContain('blob');
  });

  it.each([
    ['text', 'answering'],
    ['a list', ['answering']],
    ['a Date', new Date()],
  ])('refuses a version 3 record whose flow is %s', (_label, flow) => {
    expect(expectFailure(v3(flow), 'corrupt', 'schemaVersion')).toMatch(
      /could not migrate from version 3: "flow" must be an object or null/,
    );
  });

  it('refuses a version 3 record with no flow value', () => {
    const { flow: _flow, ...rest } = v3(null);
    expectFailure(rest, 'corrupt', 'schemaVersion');
  });

  it('refuses a version 3 record whose flow cannot be written out as JSON', () => {
    const flow: Record<string, unknown> = { status: 'active' };
    flow.self = flow;
    expectFailure(v3(flow), 'corrupt', 'record');
    expectFailure(v3({ big: 10n }), 'corrupt', 'record');
  });

  it('refuses a version 3 record with a cursor field of its own', () => {
    expectFailure({ ...v3(null), cursor: { step: 'review' } }, 'corrupt', 'schemaVersion');
  });
});

describe('records as version 3 stored them (fixtures)', () => {
  it.each([
    ['started, nothing answered', v3AtStart, null],
    ['at a question', v3AtQuestion, { step: 'question', questionId: 'regulations' }],
    ['at the review', v3AtReview, { step: 'review' }],
    ['at the results, deleted', v3Deleted, { step: 'results' }],
    ['a copy of a version 0 record (no flow value)', v3CopyOfV0, null],
  ])('opens one %s, keeping every field and the resume point', (_label, stored, cursor) => {
    expect(stored.schemaVersion).toBe(3);
    const result = validateRecord(structuredClone(stored));
    if (!result.ok) throw new Error(result.reason);
    expect(result.migrated).toBe(true);
    const { flow: _flow, ...rest } = stored;
    expect(result.record).toEqual({ ...rest, schemaVersion: SCHEMA_VERSION, cursor });
    // What the next save writes is a current record, read back as it is.
    expect(validateRecord(structuredClone(result.record))).toMatchObject({
      ok: true,
      migrated: false,
    });
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
    expect(result.record.cursor).toEqual(storedIn2026111.flow.cursor);
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
    // Migrated only from schema version 3; the answers are taken as they are.
    expect(result).toMatchObject({ ok: true, migrated: true });
    if (!result.ok) return;
    expect(result.changed).toBeUndefined();
    expect(result.dropped).toBeUndefined();
    // Once saved as a current record, it reads back with nothing to say.
    const again = validateRecord(result.record);
    expect(again).toMatchObject({ ok: true, migrated: false });
    if (again.ok) expect(again.changed).toBeUndefined();
  });
});
