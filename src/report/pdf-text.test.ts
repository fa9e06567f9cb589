import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER,
  capLength,
  hasUnsupportedCharacters,
  isWinAnsiChar,
  singleLine,
  toPdfSafeText,
} from './pdf-text';

describe('toPdfSafeText', () => {
  it.each([
    ['plain ASCII', 'Acme Dental, LLC (2026)', 'Acme Dental, LLC (2026)'],
    [
      'Latin-1 accents',
      'Zoë Café Ñandú Straße Øresund Åland',
      'Zoë Café Ñandú Straße Øresund Åland',
    ],
    [
      'curly quotes and dashes',
      '“Smart” ‘quotes’ – and — … €5 • ™',
      '“Smart” ‘quotes’ – and — … €5 • ™',
    ],
    ['decomposed accents are composed', 'Cafe\u0301', 'Café'],
    ['accents WinAnsi lacks are folded', 'Dvořák Łódź Őrség', 'Dvorák Lódz Orség'],
    ['an emoji is one placeholder', 'Acme 😀 Ltd', `Acme ${PLACEHOLDER} Ltd`],
    ['a family emoji (ZWJ sequence) is one placeholder', 'Team 👨‍👩‍👧', `Team ${PLACEHOLDER}`],
    ['a flag is one placeholder', 'Made in 🇨🇦', `Made in ${PLACEHOLDER}`],
    ['CJK', '株式会社', '????'],
    ['Hebrew (right to left)', 'שלום Ltd', '???? Ltd'],
    ['Arabic', 'شركة', '????'],
    ['bidi override controls are visible', 'abc\u202Efed', 'abc?fed'],
    [
      'minus sign and narrow spaces have WinAnsi twins',
      '1\u202f234 \u2212 5\u2009%',
      '1\u00a0234 - 5 %',
    ],
    ['tabs become spaces, CR LF becomes LF', 'a\tb\r\nc\rd', 'a b\nc\nd'],
    ['control characters and soft hyphens are dropped', 'a\u0000b\u0007c\u00adc\u0085', 'abcc'],
    ['PDF syntax stays as text (jsPDF escapes it)', 'x) Tj (y \\ z', 'x) Tj (y \\ z'],
  ])('%s', (_, input, expected) => {
    expect(toPdfSafeText(input)).toBe(expected);
  });

  it('is idempotent and leaves only drawable characters', () => {
    const samples = ['Zoë 😀 株式会社 שלום \u202E \t x', 'a'.repeat(50), '“”‘’ – — …'];
    for (const s of samples) {
      const once = toPdfSafeText(s);
      expect(toPdfSafeText(once)).toBe(once);
      for (const c of once) expect(isWinAnsiChar(c)).toBe(true);
    }
  });
});

describe('hasUnsupportedCharacters', () => {
  it.each([
    ['Acme Dental', false],
    ['Zoë’s “Café”', false],
    ['What? Why?', false],
    ['tab\tand\nnewline', false],
    ['Acme 😀', true],
    ['株式会社', true],
  ])('%s → %s', (input, expected) => {
    expect(hasUnsupportedCharacters(input)).toBe(expected);
  });
});

describe('singleLine and capLength', () => {
  it('collapses white space', () => {
    expect(singleLine('  Acme \n\n Dental\t Ltd ')).toBe('Acme Dental Ltd');
  });
  it('caps with an ellipsis, counting characters not UTF-16 units', () => {
    expect(capLength('abcdef', 6)).toBe('abcdef');
    expect(capLength('abcdefg', 6)).toBe('abcde…');
    expect(Array.from(capLength('😀'.repeat(10), 5))).toHaveLength(5);
  });
});
