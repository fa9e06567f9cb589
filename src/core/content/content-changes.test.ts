import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answers } from '../types';
import {
  CONTENT_RELEASES,
  migrateAnswers,
  releasesSince,
  type ContentRelease,
} from './content-changes';
import { CONTENT_VERSION, outlineById, readinessOutlines } from './question-structure';
import record from './fixtures/2026.11.1/assessment-record.json';

/** What the 2026.11.1 fixtures hold: every question of that bank answered. */
const answers2026111 = record.answers as Answers;

const CHANGED_IN_2026_12_1 = [
  'gv-vendor-risk',
  'pr-access-control',
  'pr-patching',
  'pr-network-protection',
  'rs-containment',
  'it-lifecycle',
];
const ADDED_IN_2026_12_1 = [
  'id-vulnerability-scanning',
  'pr-privileged-accounts',
  'pr-email-security',
  'pr-payment-verification',
  'pr-end-of-life',
  'pr-remote-access',
];

describe('the release table', () => {
  it('ends at the current content version, each version once', () => {
    expect(CONTENT_RELEASES.at(-1)?.version).toBe(CONTENT_VERSION);
    const versions = CONTENT_RELEASES.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('adds and changes, in 2026.12.1, exactly what the bank did', () => {
    const release = CONTENT_RELEASES.find((r) => r.version === '2026.12.1');
    expect(release?.changed.map((c) => c.id)).toEqual(CHANGED_IN_2026_12_1);
    expect(release?.added).toEqual(ADDED_IN_2026_12_1);
  });

  it.each(CONTENT_RELEASES.flatMap((r) => r.added.map((id) => [r.version, id] as const)))(
    '%s added %s, a readiness practice of today’s bank',
    (_version, id) => {
      expect(outlineById(id)?.section).toBe('readiness');
    },
  );

  it.each(CONTENT_RELEASES.flatMap((r) => r.changed.map((c) => [r.version, c.id, c] as const)))(
    '%s changed %s: a short title and a note that reads after "it now"',
    (_version, _id, change) => {
      expect(change.title).toMatch(/^[A-Z][^.]{2,40}$/);
      expect(change.note).toMatch(/^asks only /);
      expect(change.note).not.toMatch(/\.$/);
      expect(['kept', 'dropped']).toContain(change.answer);
    },
  );

  it('names only questions the 2026.11.1 bank had, and adds only ones it did not', () => {
    const old = new Set(Object.keys(answers2026111));
    for (const id of CHANGED_IN_2026_12_1) expect(old.has(id)).toBe(true);
    for (const id of ADDED_IN_2026_12_1) expect(old.has(id)).toBe(false);
    // The fixture answered every 2026.11.1 practice: 40 today less the six added.
    expect(readinessOutlines.filter((q) => old.has(q.id))).toHaveLength(34);
  });
});

describe('releasesSince', () => {
  it.each([
    ['the current version', CONTENT_VERSION, []],
    ['2026.11.1', '2026.11.1', ['2026.12.1']],
    ['an older version the table does not know', '2025.01.0', ['2026.11.1', '2026.12.1']],
    ['a label that is not a version', 'unknown', ['2026.11.1', '2026.12.1']],
    ['an empty label', '', ['2026.11.1', '2026.12.1']],
    ['a newer version (a file from a newer app)', '2027.1.1', []],
  ])('from %s', (_what, version, expected) => {
    expect(releasesSince(version).map((r) => r.version)).toEqual(expected);
  });
});

describe('migrateAnswers', () => {
  it('changes and names nothing for answers of the current bank', () => {
    expect(migrateAnswers(CONTENT_VERSION, answers2026111)).toEqual({
      answers: answers2026111,
      changed: [],
      added: [],
    });
  });

  it('brings the 2026.11.1 fixture up to date: names all six, asks one again', () => {
    const m = migrateAnswers('2026.11.1', answers2026111);
    expect(m.changed.map((c) => c.id)).toEqual(CHANGED_IN_2026_12_1);
    expect(m.changed.filter((c) => c.answer === 'dropped').map((c) => c.id)).toEqual([
      'rs-containment',
    ]);
    const { 'rs-containment': _askedAgain, ...kept } = answers2026111;
    expect(m.answers).toEqual(kept);
    expect(m.added).toEqual(ADDED_IN_2026_12_1);
  });

  it('names a changed question only when it was answered', () => {
    const m = migrateAnswers('2026.11.1', { employees: 12, 'pr-mfa': 3, 'pr-patching': 'unknown' });
    expect(m.changed.map((c) => c.id)).toEqual(['pr-patching']);
    expect(m.answers).toEqual({ employees: 12, 'pr-mfa': 3, 'pr-patching': 'unknown' });
  });

  it('applies every release in between, and does not touch its input', () => {
    const releases: ContentRelease[] = [
      { version: '1', changed: [], added: [] },
      {
        version: '2',
        changed: [{ id: 'a', title: 'A', answer: 'kept', note: 'asks only about a' }],
        added: ['c'],
      },
      {
        version: '3',
        changed: [{ id: 'b', title: 'B', answer: 'dropped', note: 'asks only about b' }],
        added: ['d'],
      },
    ];
    const input: Answers = { a: 1, b: 2, e: 3 };
    const m = migrateAnswers('1', input, releases);
    expect(m).toEqual({
      answers: { a: 1, e: 3 },
      changed: [releases[1]?.changed[0], releases[2]?.changed[0]],
      added: ['c', 'd'],
    });
    expect(input).toEqual({ a: 1, b: 2, e: 3 });
    expect(migrateAnswers('2', input, releases).changed.map((c) => c.id)).toEqual(['b']);
  });

  it('keeps every answer to a question no release changed', () => {
    const changedIds = new Set(CONTENT_RELEASES.flatMap((r) => r.changed.map((c) => c.id)));
    const ids = readinessOutlines.map((q) => q.id);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(0, 1, 2, 3, 4, 'unknown')),
        fc.constantFrom('2026.11.1', '2025.01.0', 'unknown', CONTENT_VERSION),
        (answers, version) => {
          const m = migrateAnswers(version, answers);
          for (const [id, value] of Object.entries(answers)) {
            if (!changedIds.has(id)) expect(m.answers[id]).toBe(value);
          }
          for (const c of m.changed) expect(Object.hasOwn(answers, c.id)).toBe(true);
          for (const id of Object.keys(m.answers)) expect(Object.hasOwn(answers, id)).toBe(true);
        },
      ),
    );
  });
});
