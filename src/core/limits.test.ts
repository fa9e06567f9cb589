import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isAppId, isIsoDateTime, ISO_DATE_PATTERN } from './limits';

describe('shared limits and patterns', () => {
  it.each([
    ['2026-12-06T04:36:25.123Z', true],
    ['2026-12-06T04:36:25Z', true],
    ['2026-12-06T04:36Z', true],
    ['2026-12-06T04:36:25+01:00', true],
    ['2026-02-30T10:00:00Z', false],
    ['2026-12-06T24:00:00Z', false],
    ['2026-12-06T10:00:00', false],
    ['2026-12-06', false],
    ['', false],
  ])('isIsoDateTime(%j) is %s', (value, expected) => {
    expect(isIsoDateTime(value)).toBe(expected);
  });

  it('takes a UUID as an id, and nothing with other characters or over 64', () => {
    expect(isAppId(crypto.randomUUID())).toBe(true);
    expect(isAppId('a'.repeat(64))).toBe(true);
    expect(isAppId('a'.repeat(65))).toBe(false);
    expect(isAppId('a b')).toBe(false);
    expect(isAppId(42)).toBe(false);
    expect(ID_PATTERN.test('')).toBe(false);
  });

  it('reads a date by its shape only', () => {
    expect(ISO_DATE_PATTERN.test('2026-12-06')).toBe(true);
    expect(ISO_DATE_PATTERN.test('06/12/2026')).toBe(false);
  });
});
