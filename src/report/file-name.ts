/** The PDF's file name: readable, ASCII only, and harmless on every file system. */
import { ISO_DATE_PATTERN } from '../core/limits';

/** Longest file name we produce, extension included. */
export const MAX_FILE_NAME_LENGTH = 80;
const SUFFIX = '-readiness-';
const EXTENSION = '.pdf';
const FALLBACK = 'assessment';

/** Letters that do not decompose into a base letter plus an accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/** "Zoë & Søn, Ltd." → "Zoe-Son-Ltd": accents folded, every other run of characters → "-". */
function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, (c) => SPECIAL_LETTERS[c] ?? '-')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `Acme-Dental-readiness-2026-11-23.pdf`: the company name folded to ASCII letters and digits
 * joined by "-" (so no path separators, dots or quotes survive), at most 80 characters in all,
 * "assessment" when nothing usable is left. A date that is not YYYY-MM-DD is left out.
 */
export function reportFileName(companyName: string, isoDate: string): string {
  const date = ISO_DATE_PATTERN.test(isoDate) ? isoDate : '';
  const tail = date ? `${SUFFIX}${date}${EXTENSION}` : `-readiness${EXTENSION}`;
  const room = MAX_FILE_NAME_LENGTH - tail.length;
  const slug = asciiSlug(companyName).slice(0, room).replace(/-+$/, '');
  return `${slug || FALLBACK}${tail}`;
}

/** `Acme-Dental-assessment.json`: the hand-off file's name, made safe the same way. */
export function handoffFileName(companyName: string): string {
  const tail = '-assessment.json';
  const slug = asciiSlug(companyName)
    .slice(0, MAX_FILE_NAME_LENGTH - tail.length)
    .replace(/-+$/, '');
  return slug ? `${slug}${tail}` : 'assessment.json';
}
