import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseNumberInput } from './number-input';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('parseNumberInput: accepted', () => {
  it.each([
    ['250000', 'en-US', 250_000],
    ['250,000', 'en-US', 250_000],
    ['250 000', 'en-US', 250_000],
    ['$250,000', 'en-US', 250_000],
    ['$ 250,000.50', 'en-US', 250_000.5],
    ['US$250,000', 'en-US', 250_000],
    ['250,000$', 'en-US', 250_000],
    ['  1.3  ', 'en-US', 1.3],
    ['1,234,567.89', 'en-US', 1_234_567.89],
    ['0.5', 'en-US', 0.5],
    ['.5', 'en-US', 0.5],
    ['5.', 'en-US', 5],
    ['007', 'en-US', 7],
    ['0', 'en-US', 0],
    ['-0', 'en-US', 0],
    ['-5', 'en-US', -5],
    ['\u22125', 'en-US', -5],
    ['+5', 'en-US', 5],
    ['-$1,000', 'en-US', -1_000],
    ['$-1,000', 'en-US', -1_000],
    ['250.000', 'de-DE', 250_000],
    ['250.000,50', 'de-DE', 250_000.5],
    ['1,3', 'de-DE', 1.3],
    ['250 000 €', 'de-DE', 250_000],
    ['€250.000', 'de-DE', 250_000],
    [`250${NNBSP}000`, 'fr-FR', 250_000],
    [`250${NBSP}000`, 'fr-FR', 250_000],
    ['250 000', 'fr-FR', 250_000],
    ['1,3', 'fr-FR', 1.3],
    [`250${NNBSP}000,00${NBSP}€`, 'fr-FR', 250_000],
    ["250'000", 'de-CH', 250_000],
    ['250\u2019000', 'de-CH', 250_000],
    ['2,50,000', 'en-IN', 250_000],
    ['250,000', 'en-IN', 250_000],
    ['£1,250', 'en-GB', 1_250],
    ['٢٥٠٬٠٠٠', 'ar-EG', 250_000],
    ['١٫٣', 'ar-EG', 1.3],
    ['۲۵۰۰۰۰', 'fa-IR', 250_000],
    ['२५००००', 'hi-IN', 250_000],
    ['２５０，０００', 'ja-JP', 250_000],
    ['¥250,000', 'ja-JP', 250_000],
  ])('"%s" in %s → %d', (text, locale, value) => {
    expect(parseNumberInput(text, locale)).toEqual({ ok: true, value });
  });

  it('falls back to en-US separators for a malformed locale rather than crash', () => {
    expect(parseNumberInput('250,000', 'not a locale!')).toEqual({ ok: true, value: 250_000 });
  });

  it('reads back any number the locale formats (no grouping surprises)', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'pt-BR', 'sv-SE'];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, hundredths) => {
          const value = whole + hundredths / 100;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
          const parsed = parseNumberInput(text, locale);
          expect(parsed).toEqual({ ok: true, value: Number(value.toFixed(2)) });
        },
      ),
    );
  });
});

describe('parseNumberInput: rejected', () => {
  it.each([
    ['', 'en-US', 'Enter a number, e.g. 250,000'],
    ['   ', 'en-US', 'Enter a number, e.g. 250,000'],
    ['', 'de-DE', 'Enter a number, e.g. 250.000'],
    ['abc', 'en-US', 'Enter a number, e.g. 250,000'],
    ['two hundred', 'en-US', 'Enter a number, e.g. 250,000'],
    ['Infinity', 'en-US', 'Enter a number, e.g. 250,000'],
    ['-Infinity', 'en-US', 'Enter a number, e.g. 250,000'],
    ['NaN', 'en-US', 'Enter a number, e.g. 250,000'],
    ['∞', 'en-US', 'Enter a number, e.g. 250,000'],
    ['$', 'en-US', 'Enter a number, e.g. 250,000'],
    ['-', 'en-US', 'Enter a number, e.g. 250,000'],
    ['.', 'en-US', 'Enter a number, e.g. 250,000'],
    ['--5', 'en-US', 'Enter a number, e.g. 250,000'],
    ['5-', 'en-US', 'Enter a number, e.g. 250,000'],
    ['$$5', 'en-US', 'Enter a number, e.g. 250,000'],
    ['$5$', 'en-US', 'Enter a number, e.g. 250,000'],
    ['12abc', 'en-US', 'Enter a number, e.g. 250,000'],
    ['0x10', 'en-US', 'Enter a number, e.g. 250,000'],
    ['1\t000', 'en-US', 'Enter a number, e.g. 250,000'],
    ['1|000', 'en-US', 'Enter a number, e.g. 250,000'],
    ['1e309', 'en-US', 'Use plain digits without an exponent, e.g. 250,000'],
    ['1e5', 'en-US', 'Use plain digits without an exponent, e.g. 250,000'],
    ['2.5E-3', 'en-US', 'Use plain digits without an exponent, e.g. 250,000'],
    ['30%', 'en-US', 'Leave out the % sign: enter just the number'],
    ['1.2.3', 'en-US', 'Use one decimal mark (".") at most'],
    ['1,2,3', 'de-DE', 'Use one decimal mark (",") at most'],
    ['1,5', 'en-US', 'Check the separators: write it like 1,234.5, with "." before decimals'],
    ['12345,678', 'en-US', 'Check the separators: write it like 1,234.5, with "." before decimals'],
    ['1,,000', 'en-US', 'Check the separators: write it like 1,234.5, with "." before decimals'],
    ['1.234,5', 'en-US', 'Check the separators: write it like 1,234.5, with "." before decimals'],
    ['1.3', 'de-DE', 'Check the separators: write it like 1.234,5, with "," before decimals'],
    [
      '1.5',
      'fr-FR',
      `Check the separators: write it like 1${NNBSP}234,5, with "," before decimals`,
    ],
    ['9'.repeat(400), 'en-US', 'That number is too large'],
    ['๕๐', 'th-TH', 'Use the digits 0–9'],
  ])('"%s" in %s', (text, locale, message) => {
    expect(parseNumberInput(text, locale)).toEqual({ ok: false, message });
  });

  it('never returns a non-finite value, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const result = parseNumberInput(text, 'en-US');
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
