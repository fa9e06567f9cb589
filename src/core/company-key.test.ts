import { describe, expect, it } from 'vitest';
import { companyKey } from './company-key';

describe('companyKey', () => {
  it.each([
    ['Acme', 'acme'],
    ['ACME', 'acme'],
    ['  Acme   Widgets  ', 'acme widgets'],
    ['Acme\u00a0\tWidgets', 'acme widgets'],
    ['Café Nord', 'cafe nord'],
    // The same accented letter typed as one character or as a letter and a combining mark.
    ['Cafe\u0301 Nord', 'cafe nord'],
    ['Zürich Ærø', 'zurich ærø'],
    // What the library's Duplicate action writes (flow/storage-actors.ts, copyName).
    ['Acme (copy)', 'acme'],
    ['Acme (copy 2)', 'acme'],
    ['Acme (copy 12)', 'acme'],
    // What a save conflict keeps (conflictCopyName).
    ['Acme (copy from another tab)', 'acme'],
    ['Acme (copy from another tab) (copy)', 'acme'],
    ['Acme (Copy)  ', 'acme'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it.each([
    ['Acme', 'Acme Widgets'],
    ['Acme Copy', 'Acme'],
    ['Acme (copy) Ltd', 'Acme Ltd'],
    ['Acme (copyright)', 'Acme'],
    ['Acme (2)', 'Acme'],
  ])('%j and %j are different companies', (a, b) => {
    expect(companyKey(a)).not.toBe(companyKey(b));
  });

  it('keeps a suffix that only looks like a copy inside the name', () => {
    expect(companyKey('Acme (copy) Ltd')).toBe('acme (copy) ltd');
  });
});
