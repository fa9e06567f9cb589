/**
 * Text for jsPDF's standard fonts. Helvetica in a PDF speaks WinAnsi (Windows-1252): Latin-1
 * plus curly quotes, dashes, the euro sign and a few more. Anything else (emoji, CJK, Hebrew,
 * Arabic, bidi controls) would come out as garbage glyphs, so it is replaced with a visible "?".
 */

/** The placeholder for a character the standard fonts cannot show. */
export const PLACEHOLDER = '?';

/** The Unicode characters WinAnsi puts in 0x80–0x9F (the rest of WinAnsi is Latin-1 itself). */
const WIN_ANSI_EXTRAS = new Set(
  '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.split('').map((c) => c.codePointAt(0) ?? 0),
);

/** True when the character can be drawn by a standard PDF font (WinAnsi encoding). */
export function isWinAnsiChar(char: string): boolean {
  const code = char.codePointAt(0);
  if (code === undefined || char.length !== 1) return false;
  if (code === 0x0a) return true; // a line break is layout, not a glyph
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return code !== 0xad; // a soft hyphen has no width rules
  return WIN_ANSI_EXTRAS.has(code);
}

/**
 * Typographic characters outside WinAnsi with a faithful WinAnsi stand-in: the minus sign and
 * Unicode hyphens, and the thin and narrow no-break spaces Intl puts in numbers (fr-FR money).
 */
const STAND_INS: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '–', // figure dash
  '\u2015': '—', // horizontal bar
  '\u2007': '\u00a0', // figure space
  '\u2009': ' ', // thin space
  '\u200a': ' ', // hair space
  '\u202f': '\u00a0', // narrow no-break space
  '\u2002': ' ', // en space
  '\u2003': ' ', // em space
  Ł: 'L', // Latin letters with a stroke do not decompose into base + accent
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
};

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const COMBINING_MARKS = /\p{M}/gu;
const LATIN_LETTER = /^\p{Script=Latin}/u;

/** C0 and C1 controls other than the line break, and the soft hyphen: nothing to draw. */
function isDroppedControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || code === 0xad;
}

function isDrawable(text: string): boolean {
  for (const char of text) if (!isWinAnsiChar(char)) return false;
  return true;
}

/**
 * One user-perceived character: kept when WinAnsi has it; a Latin letter with an accent WinAnsi
 * lacks loses the accent (ő → o, č → c); anything else becomes one placeholder, so a family
 * emoji made of seven code points is one "?" rather than seven.
 */
function safeGrapheme(grapheme: string): string {
  if (isDrawable(grapheme)) return grapheme;
  const standIn = STAND_INS[grapheme];
  if (standIn !== undefined) return standIn;
  if (LATIN_LETTER.test(grapheme)) {
    const folded = grapheme.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
    if (folded !== '' && isDrawable(folded)) return folded;
  }
  return PLACEHOLDER;
}

/**
 * Text safe to draw with jsPDF's standard fonts: composed accents kept (é, ü, ß), curly quotes
 * and dashes kept, a minus sign or a thin space swapped for its WinAnsi twin, tabs as spaces,
 * other control characters dropped, every other character replaced by "?". Idempotent. jsPDF escapes PDF syntax such as "(", ")" and "\" itself.
 */
export function toPdfSafeText(value: string): string {
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  const visible = Array.from(text)
    .filter((c) => !isDroppedControl(c))
    .join('');
  let out = '';
  for (const { segment } of segmenter.segment(visible)) out += safeGrapheme(segment);
  return out;
}

/** True when some character of the text cannot be drawn and would become the placeholder. */
export function hasUnsupportedCharacters(value: string): boolean {
  for (const { segment } of segmenter.segment(value.normalize('NFC'))) {
    if (Array.from(segment).every((c) => isDroppedControl(c) || c === '\t')) continue;
    if (safeGrapheme(segment) === PLACEHOLDER && segment !== PLACEHOLDER) return true;
  }
  return false;
}

/** Collapses runs of white space (line breaks included) into single spaces and trims. */
export function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters, ending with an ellipsis when anything was cut. */
export function capLength(value: string, max: number): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}
