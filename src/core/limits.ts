/**
 * Limits and patterns every boundary shares: what the screens let a person type, what the machine
 * accepts, what storage, hand-off files, share links and leads validate. One home, so a field can
 * never be typed longer than it can be saved.
 */

/** A company name, typed on the welcome screen, the review, the library or the lead form. */
export const COMPANY_NAME_MAX = 200;

/** A note on a question or on the whole assessment. */
export const NOTE_MAX = 10_000;

/** Ids the app makes (assessments, leads, widgets): 1–64 of A–Z, a–z, 0–9 and "-" (a UUID fits). */
export const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

// Full date and time with a zone; date-only or zone-less strings are read as local time by Date.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A calendar date as YYYY-MM-DD (the shape only; whether the day exists is checked apart). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for an id the app could have made. */
export function isAppId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * True for an ISO 8601 date-time with a zone (seconds and fractions optional) that names a real
 * instant: no 30 February, no hour 24. Every stored or exported time is checked with this.
 */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = m
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (month === undefined || day === undefined || year === undefined) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return false;
  if ((zoneHour ?? 0) > 23 || (zoneMinute ?? 0) > 59) return false;
  return Number.isFinite(Date.parse(value));
}
