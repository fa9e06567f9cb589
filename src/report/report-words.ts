/**
 * Numbers and words as the report prints them: formatMoney and these, never NaN, Infinity or
 * an exponent. Pure.
 */

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`The report cannot show ${what}: ${value}`);
  return value;
}

/** A share as a whole percentage; a sliver reads "under 1%" rather than "0%". */
export function percentOf(share: number): string {
  const pct = finite(share, 'a share') * 100;
  if (pct > 0 && pct < 0.5) return 'under 1%';
  return `${Math.round(pct)}%`;
}

export function yearsLabel(months: number): string {
  const years = months / 12;
  return years === 1 ? '1 year' : `${years} years`;
}

export function monthsLabel(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

export function plainNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    finite(value, 'a number'),
  );
}

/** YYYY-MM-DD as a long date in the locale; a date that does not exist is refused. */
export function isoToLabel(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [, y, m, d] = match ?? [];
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(time);
  if (!match || check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(m) - 1) {
    throw new RangeError(`The report date must be a real date as YYYY-MM-DD, got "${iso}"`);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** A list in words: "a", "a and b", "a, b and c". */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** mailto: and tel: links read better as the address or number alone. */
export function contactTarget(url: string): string {
  return url.replace(/^(mailto|tel):/i, '');
}
