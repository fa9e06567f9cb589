// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../core/assumptions';
import { CONTENT_VERSION } from '../core/content/questions';
import { countAnswered } from '../core/schema';
import { SCORING_VERSION } from '../core/scoring';
import { ValidationError } from '../core/types';
import {
  buildRecord,
  compareNewestFirst,
  copyOfRecord,
  isIsoDateTime,
  isValidAssessmentId,
  newAssessmentRecord,
  RECORD_FIELDS,
  SCHEMA_VERSION,
  toSummary,
  withLibraryEdit,
  type RecordInput,
} from './assessment-record';
import { sampleRecord as sample, SAMPLE_TIME as NOW } from './fixtures/sample-record';
import { utf8ByteLength } from '../core/plain-data';
import { validateRecord } from './record-validation';

describe('newAssessmentRecord', () => {
  it('starts empty under the current content and scoring versions', () => {
    const record = newAssessmentRecord('abc-123', NOW);
    expect(record).toEqual({
      schemaVersion: 4,
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
      cursor: null,
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

describe('buildRecord', () => {
  const input: RecordInput = {
    id: 'a1',
    companyName: 'Acme Dental',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    answers: { employees: 40, industry: 'healthcare' },
    notes: { employees: 'Counts two contractors' },
    assumptions: { ...defaultAssumptions, cisoBaseSalary: 240_000 },
    scenario: null,
    cursor: { step: 'question', questionId: 'regulations' },
    scoreSummary: null,
  };

  it('shapes a current record from the flow’s values, with its versions and progress', () => {
    const record = buildRecord(input);
    expect(record).toEqual({
      ...input,
      schemaVersion: SCHEMA_VERSION,
      contentVersion: CONTENT_VERSION,
      scoringVersion: SCORING_VERSION,
      progress: countAnswered(input.answers),
      deletedAt: null,
    });
    expect(Object.keys(record)).toEqual([...RECORD_FIELDS]);
    expect(validateRecord(record)).toEqual({ ok: true, record, migrated: false });
  });

  it.each([[null], [{ step: 'review' as const }], [{ step: 'results' as const }]])(
    'keeps the cursor %j as it is',
    (cursor) => {
      expect(buildRecord({ ...input, cursor }).cursor).toEqual(cursor);
    },
  );
});

describe('copies and library edits', () => {
  it('a copy has its own id, name and times, every answer and note, and is not deleted', () => {
    const original = sample({ deletedAt: '2025-03-02T08:00:00.000Z' });
    const copy = copyOfRecord(original, {
      id: 'copy-1',
      companyName: 'Acme Dental (copy)',
      at: '2025-04-01T10:00:00.000Z',
    });
    expect(copy).toEqual({
      ...original,
      id: 'copy-1',
      companyName: 'Acme Dental (copy)',
      createdAt: '2025-04-01T10:00:00.000Z',
      updatedAt: '2025-04-01T10:00:00.000Z',
      deletedAt: null,
    });
    copy.notes.assessment = 'changed in the copy';
    expect(original.notes.assessment).toBe('Call back on Tuesday');
  });

  it('renames, sets or removes the assessment note, and keeps every other note', () => {
    const at = '2025-04-01T10:00:00.000Z';
    const renamed = withLibraryEdit(sample(), { companyName: 'Acme Dental Group' }, at);
    expect(renamed).toEqual({ ...sample(), companyName: 'Acme Dental Group', updatedAt: at });
    const noted = withLibraryEdit(sample(), { note: 'Board meets in May' }, at);
    expect(noted.notes).toEqual({
      assessment: 'Board meets in May',
      employees: 'Counts two contractors',
    });
    expect(noted.companyName).toBe('Acme Dental');
    expect(withLibraryEdit(sample(), { note: '   ' }, at).notes).toEqual({
      employees: 'Counts two contractors',
    });
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
