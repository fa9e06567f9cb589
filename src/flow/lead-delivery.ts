/**
 * The rules of lead capture and delivery as pure functions: what a valid form is, what looks like
 * a bot, how long to wait before the next try, what a webhook answer means, and the request.
 */
import type { FieldIssue } from '../core/types';
import type { LeadRecord } from '../storage/lead-outbox';
import { LEAD_ID_PATTERN, LEAD_PAYLOAD_LIMITS } from '../core/lead-payload';

/** What the lead form sends with `lead.submit`. */
export interface LeadInput {
  /** Made when the form is shown; the idempotency key, so a double click is one lead. */
  leadId: string;
  name: string;
  email: string;
  company: string;
  phone: string;
  consent: boolean;
  /** The hidden field people never see; anything in it means a bot filled the form. */
  honeypot: string;
  /** Milliseconds between the form appearing and being sent. */
  fillMs: number;
}

export const LEAD_LIMITS = {
  name: LEAD_PAYLOAD_LIMITS.name,
  email: LEAD_PAYLOAD_LIMITS.email,
  company: LEAD_PAYLOAD_LIMITS.company,
  phone: LEAD_PAYLOAD_LIMITS.phone,
} as const;
/** People take longer than this to fill four fields; scripts do not. */
export const MIN_FILL_MS = 3_000;
export const RETRY_BASE_MS = 2_000;
export const RETRY_CAP_MS = 5 * 60_000;
/** A webhook that has not answered by then is tried again later (same idempotency key). */
export const DELIVERY_TIMEOUT_MS = 15_000;

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^[0-9+()\-.\s/]*$/;
const LEAD_ID = LEAD_ID_PATTERN;

/** Every problem with the form, by field, in words a person can act on. */
export function validateLeadInput(input: LeadInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = input.name.trim();
  const email = input.email.trim();
  const company = input.company.trim();
  const phone = input.phone.trim();
  if (name === '') issues.push({ field: 'name', message: 'Enter your name.' });
  else if (name.length > LEAD_LIMITS.name) {
    issues.push({ field: 'name', message: `Use at most ${LEAD_LIMITS.name} characters.` });
  }
  if (email === '') issues.push({ field: 'email', message: 'Enter your work email.' });
  else if (email.length > LEAD_LIMITS.email || !EMAIL.test(email)) {
    issues.push({ field: 'email', message: 'Enter an email address like name@company.com.' });
  }
  if (company === '') issues.push({ field: 'company', message: 'Enter your company name.' });
  else if (company.length > LEAD_LIMITS.company) {
    issues.push({ field: 'company', message: `Use at most ${LEAD_LIMITS.company} characters.` });
  }
  const digits = phone.replace(/\D/g, '').length;
  if (phone !== '' && (!PHONE.test(phone) || digits < 6 || phone.length > LEAD_LIMITS.phone)) {
    issues.push({
      field: 'phone',
      message: 'Enter a phone number with digits only, or leave it empty.',
    });
  }
  if (!input.consent) {
    issues.push({
      field: 'consent',
      message: 'Tick the box so we may contact you, or leave the form.',
    });
  }
  if (!LEAD_ID.test(input.leadId)) issues.push({ field: 'leadId', message: 'is invalid' });
  return issues;
}

/** A filled honeypot or a form sent faster than a person can type: answer success, send nothing. */
export function looksLikeBot(input: Pick<LeadInput, 'honeypot' | 'fillMs'>): boolean {
  return input.honeypot.trim() !== '' || !(input.fillMs >= MIN_FILL_MS);
}

/**
 * How long to wait before try number `attempt + 1` after `attempt` failures: 2 s, 4 s, 8 s …
 * capped at 5 minutes, each ±20 % so that many widgets that went offline together do not all
 * come back at the same instant.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt));
  const base = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(n - 1, 30));
  const raw = random();
  // A broken random source must not make the delay NaN (a timer that fires at once, forever).
  const r = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0.5;
  return Math.round(base * (0.8 + 0.4 * r));
}

export type DeliveryOutcome = 'sent' | 'retry' | 'rejected';

/** What a webhook's HTTP status means for this lead. */
export function classifyStatus(status: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return 'sent';
  // Timeouts, rate limits, an idempotency key still in progress and server faults pass.
  if ([408, 409, 425, 429].includes(status) || status >= 500 || status === 0) return 'retry';
  return 'rejected';
}

/** The request for one stored lead: JSON, the idempotency key, no cookies, no referrer. */
export function leadRequest(record: LeadRecord): { url: string; init: RequestInit } | null {
  if (!record.webhookUrl || !record.payload) return null;
  return {
    url: record.webhookUrl,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.leadId },
      body: JSON.stringify(record.payload),
      credentials: 'omit',
      mode: 'cors',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
    },
  };
}

/** The lead the delivery region should try next: the oldest one still pending. */
export function nextPendingLead<T extends { status: string; createdAt: string }>(
  leads: readonly T[],
): T | null {
  let next: T | null = null;
  for (const lead of leads) {
    if (lead.status === 'pending' && (!next || lead.createdAt < next.createdAt)) next = lead;
  }
  return next;
}
