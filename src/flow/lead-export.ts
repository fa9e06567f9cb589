/**
 * Every lead captured on this device as CSV rows (loaded on demand, with the CSV writer). A lead
 * already delivered keeps no personal data here, so its contact cells say so.
 */
import { toCsv } from '../core/csv';
import { MODEL_HEADLINES } from '../core/recommendation';
import type { EngagementModel } from '../core/types';
import type { LeadRecord, LeadStatus } from '../storage/lead-outbox';
import type { LibraryEntry } from './flow-types';

export const LEAD_COLUMNS = [
  'Captured at',
  'Company',
  'Name',
  'Email',
  'Phone',
  'Consent',
  'Delivery status',
  'Gap score',
  'Recommendation',
] as const;

const STATUS_WORDS: Record<LeadStatus, string> = {
  pending: 'waiting to be sent',
  sent: 'sent',
  rejected: 'refused by the webhook',
  local: 'kept on this device (no webhook)',
};

const REMOVED = '(removed after delivery)';

function fromResults(results: Record<string, unknown> | null): {
  gap: number | null;
  model: string | null;
} {
  const gap = (results?.gap as { overall?: unknown } | undefined)?.overall;
  const model = (results?.recommendation as { model?: unknown } | undefined)?.model;
  return {
    gap: typeof gap === 'number' && Number.isFinite(gap) ? Math.round(gap) : null,
    model: typeof model === 'string' ? model : null,
  };
}

/** One row per lead, oldest first, under LEAD_COLUMNS. */
export function leadRows(
  records: readonly LeadRecord[],
  library: readonly LibraryEntry[],
): (string | number | null)[][] {
  return records.map((r) => {
    const p = r.payload;
    const entry = library.find((e) => e.id === r.assessmentId);
    const results = fromResults(p?.results ?? null);
    const gap = entry?.scoreSummary?.gap ?? results.gap;
    const model = (entry?.scoreSummary?.model ?? results.model) as EngagementModel | null;
    return [
      r.createdAt,
      p?.contact.company ?? entry?.companyName ?? REMOVED,
      p?.contact.name ?? REMOVED,
      p?.contact.email ?? REMOVED,
      p ? (p.contact.phone ?? '') : REMOVED,
      p
        ? `yes, version ${p.consent.version}, ${p.consent.givenAt}`
        : 'yes (details removed after delivery)',
      STATUS_WORDS[r.status],
      gap,
      model ? (MODEL_HEADLINES[model] ?? model) : null,
    ];
  });
}

/** The CSV file's text: a header row and one row per lead, every cell formula-safe. */
export function leadsCsv(records: readonly LeadRecord[], library: readonly LibraryEntry[]): string {
  return toCsv([[...LEAD_COLUMNS], ...leadRows(records, library)]);
}
