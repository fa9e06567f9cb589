import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../flow/flow-types';
import { matchesQuery, parseSort, visibleEntries } from './library-view';

function entry(id: string, over: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id,
    companyName: id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    progress: { answered: 0, total: 40 },
    scoreSummary: null,
    note: '',
    ...over,
  };
}

describe('matchesQuery', () => {
  it.each([
    ['', 'Acme', '', true],
    ['acme', 'Acme Dental', '', true],
    ['dental acme', 'Acme Dental', '', true],
    ['zurich', 'Zürich Bank', '', true],
    ['renewal', 'Acme', 'Insurance renewal in March', true],
    ['acme renewal', 'Acme', 'Insurance renewal', true],
    ['beta', 'Acme', 'renewal', false],
    ['   ', 'Acme', '', true],
  ])('query %j on %j / note %j → %s', (query, companyName, note, expected) => {
    expect(matchesQuery(entry('x', { companyName, note }), query)).toBe(expected);
  });
});

describe('visibleEntries', () => {
  const a = entry('a', {
    companyName: 'beta',
    updatedAt: '2026-03-01T00:00:00.000Z',
    progress: { answered: 40, total: 40 },
    scoreSummary: { gap: 20, model: 'msp-only' },
  });
  const b = entry('b', {
    companyName: 'Alpha',
    updatedAt: '2026-02-01T00:00:00.000Z',
    progress: { answered: 10, total: 40 },
    scoreSummary: { gap: 70, model: 'vciso-retainer' },
  });
  const c = entry('c', {
    companyName: '',
    updatedAt: '2026-04-01T00:00:00.000Z',
    progress: { answered: 2, total: 40 },
  });
  const all = [a, b, c];

  it.each([
    ['updated', ['c', 'a', 'b']],
    ['company', ['b', 'a', 'c']],
    ['gap', ['b', 'a', 'c']],
    ['progress', ['c', 'b', 'a']],
  ] as const)('sorts by %s', (sort, ids) => {
    expect(visibleEntries(all, '', sort).map((e) => e.id)).toEqual(ids);
  });

  it('filters before sorting and leaves the input alone', () => {
    const before = all.map((e) => e.id);
    expect(visibleEntries(all, 'ALPHA', 'updated').map((e) => e.id)).toEqual(['b']);
    expect(all.map((e) => e.id)).toEqual(before);
  });

  it('breaks ties by the latest change, then by id, so the order is stable', () => {
    const x = entry('x', { companyName: 'Same' });
    const y = entry('y', { companyName: 'same' });
    expect(visibleEntries([y, x], '', 'company').map((e) => e.id)).toEqual(['x', 'y']);
  });
});

describe('parseSort', () => {
  it.each([
    ['gap', 'gap'],
    ['company', 'company'],
    ['', 'updated'],
    ['__proto__', 'updated'],
  ])('%j → %s', (value, sort) => {
    expect(parseSort(value)).toBe(sort);
  });
});
