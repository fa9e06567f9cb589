/** What a typed number became: a finite value, or a plain-English hint at how to write it. */
export type NumberInputResult = { ok: true; value: number } | { ok: false; message: string };

interface LocaleNumbers {
  /** Characters accepted between digit groups. */
  groups: Set<string>;
  decimal: string;
  /** Digits in the last group, and in each group before it (3 and 3; 3 and 2 in en-IN). */
  primary: number;
  secondary: number;
  /** 250000 and 1234.5 written the locale's way, for messages. */
  example: string;
  decimalExample: string;
}

/** Spaces people type or paste as thousands separators; never a decimal mark anywhere. */
const SPACES = [' ', '\u00a0', '\u2007', '\u2009', '\u202f'];

/** Digit zeros of scripts we read as 0–9: Arabic-Indic, Persian, Devanagari, Bengali, full-width. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
const ARABIC_DECIMAL = '\u066b';
const ARABIC_GROUP = '\u066c';

const cache = new Map<string, LocaleNumbers>();

function localeNumbers(locale: string): LocaleNumbers {
  const known = cache.get(locale);
  if (known) return known;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { numberingSystem: 'latn' });
  } catch {
    // parseConfig already rejects bad locales; a typing field stays usable rather than crash.
    format = new Intl.NumberFormat('en-US');
  }
  const parts = format.formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const sizes = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const groups = new Set([group, ...SPACES]);
  // Swiss German groups with an apostrophe; people type either form.
  if (group === "'" || group === '\u2019') ['\u2019', "'"].forEach((g) => groups.add(g));
  if (SPACES.includes(group)) SPACES.forEach((g) => groups.add(g));
  const numbers: LocaleNumbers = {
    groups,
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    primary: sizes.at(-1) ?? 3,
    secondary: sizes.length > 2 ? (sizes.at(-2) ?? 3) : 3,
    example: format.format(250000),
    decimalExample: format.format(1234.5),
  };
  cache.set(locale, numbers);
  return numbers;
}

/** Maps digits of the scripts above to 0–9; null if another script's digit is present. */
function latinDigits(text: string): string | null {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) out += String(code - zero);
    else if (/\p{Nd}/u.test(ch) && !/[0-9]/.test(ch)) return null;
    else if (ch === '\uff0c') out += ',';
    else if (ch === '\uff0e') out += '.';
    else out += ch;
  }
  return out;
}

/** Whether digit groups sit where the locale (or plain thousands) would put them. */
function groupedWell(groups: readonly string[], n: LocaleNumbers): boolean {
  const fits = (primary: number, secondary: number) =>
    groups.every((g, i) => {
      if (i === groups.length - 1) return g.length === primary;
      if (i === 0) return g.length >= 1 && g.length <= secondary;
      return g.length === secondary;
    });
  return fits(3, 3) || fits(n.primary, n.secondary);
}

/** Splits the whole part at group separators; empty runs stay, so "1,,000" is caught. */
function splitGroups(whole: string, separators: ReadonlySet<string>): string[] {
  const groups = [''];
  for (const ch of whole) {
    if (separators.has(ch)) groups.push('');
    else groups[groups.length - 1] += ch;
  }
  return groups;
}

const SIGN = /^[+\-\u2212]/;
const CURRENCY_PREFIX = /^[A-Z]{0,3}\p{Sc}/u;
const CURRENCY_SUFFIX = /(?:[A-Z]{0,3}\p{Sc}|\p{Sc}[A-Z]{0,3})$/u;

/**
 * Reads a number typed into a field, the locale's way: "250,000", "250 000", "$250,000" and
 * "1.3" in en-US; "250.000" and "1,3" in de-DE. Rejects rather than guesses: exponents,
 * Infinity, misplaced separators (so "1.3" in de-DE is not read as 13) and stray words.
 */
export function parseNumberInput(text: string, locale: string): NumberInputResult {
  const n = localeNumbers(locale);
  const generic = { ok: false, message: `Enter a number, e.g. ${n.example}` } as const;
  const separators = {
    ok: false,
    message:
      `Check the separators: write it like ${n.decimalExample}, ` +
      `with "${n.decimal}" before decimals`,
  } as const;

  const latin = latinDigits(text);
  if (latin === null) return { ok: false, message: 'Use the digits 0–9' };
  let s = latin.trim();
  if (s === '') return generic;
  if (s.includes('%')) return { ok: false, message: 'Leave out the % sign: enter just the number' };
  if (/\d\s*e\s*[+\-\u2212]?\s*\d/i.test(s)) {
    return { ok: false, message: `Use plain digits without an exponent, e.g. ${n.example}` };
  }

  // A sign and a currency symbol may come first in either order ("-$5", "$-5"); a symbol may
  // instead come last ("250 000 €").
  let negative = false;
  let sawSign = false;
  let sawCurrency = false;
  for (;;) {
    const sign = SIGN.exec(s);
    const currency = CURRENCY_PREFIX.exec(s);
    if (sign && !sawSign) {
      negative = sign[0] !== '+';
      sawSign = true;
      s = s.slice(sign[0].length).trimStart();
    } else if (currency && !sawCurrency) {
      sawCurrency = true;
      s = s.slice(currency[0].length).trimStart();
    } else break;
  }
  const suffix = CURRENCY_SUFFIX.exec(s);
  if (suffix && !sawCurrency) s = s.slice(0, -suffix[0].length).trimEnd();

  s = s.replaceAll(ARABIC_DECIMAL, n.decimal);
  const parts = s.split(n.decimal);
  if (parts.length > 2) {
    return { ok: false, message: `Use one decimal mark ("${n.decimal}") at most` };
  }
  const [whole = '', fraction = ''] = parts;
  const wholeGroups = splitGroups(whole.replaceAll(ARABIC_GROUP, ' '), n.groups);
  const digitsOnly = (part: string) => /^[0-9]*$/.test(part);
  if (!wholeGroups.every(digitsOnly) || !digitsOnly(fraction)) {
    const stray = [...s].some((ch) => ch === ',' || ch === '.' || n.groups.has(ch));
    // A digit run broken only by the other mark ("1,5" in en-US) is a separator mix-up.
    return stray && /^[0-9.,'\s\u00a0\u2007\u2009\u202f\u2019]+$/.test(s) ? separators : generic;
  }
  const digits = wholeGroups.join('');
  if (digits === '' && fraction === '') return generic;
  if (wholeGroups.length > 1 && !groupedWell(wholeGroups, n)) return separators;

  const value = Number(`${negative ? '-' : ''}${digits || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large' };
  return { ok: true, value: value === 0 ? 0 : value };
}
