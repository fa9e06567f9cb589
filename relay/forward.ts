/**
 * Sending a lead on: to a generic webhook (the lead as JSON, a secret header, the same
 * Idempotency-Key) and to a HubSpot form. Each target is tried a few times with a growing pause
 * when it is busy or failing (408, 425, 429, 5xx, no answer); any other answer ends the round.
 */
import type { LeadPayloadV2 } from '../src/core/lead-payload';
import type { HubSpotTarget, WebhookTarget } from './config';
import { hubspotSubmission, hubspotSubmitUrl } from './hubspot';
import type { ForwardTarget } from './lead-store';

/** One request to one target; `origin` is the page origin the lead was posted from. */
export interface Forwarder {
  target: ForwardTarget;
  request(lead: LeadPayloadV2, origin: string): { url: string; init: RequestInit };
}

export function webhookForwarder(hook: WebhookTarget): Forwarder {
  return {
    target: 'webhook',
    request: (lead) => ({
      url: hook.url,
      init: {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': lead.leadId,
          'User-Agent': 'fractional-fit-relay',
          [hook.secretHeader]: hook.secret,
        },
        body: JSON.stringify(lead),
      },
    }),
  };
}

export function hubspotForwarder(form: HubSpotTarget): Forwarder {
  return {
    target: 'hubspot',
    request: (lead, origin) => ({
      url: hubspotSubmitUrl(form.baseUrl, form.portalId, form.formId),
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'fractional-fit-relay' },
        body: JSON.stringify(
          hubspotSubmission(lead, {
            extraFields: form.extraFields,
            legalConsent: form.legalConsent,
            fallbackPageUri: `${origin}/`,
          }),
        ),
      },
    }),
  };
}

export interface RetryPolicy {
  attempts: number;
  timeoutMs: number;
  /** First pause; each next one is three times longer (±20 %). */
  baseDelayMs?: number;
  /** A Retry-After longer than this ends the round instead of waiting. */
  maxDelayMs?: number;
}

export interface ForwardDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

/** How one target's round ended; `status` is the last HTTP status (null: no answer). */
export type ForwardOutcome =
  | { ok: true; attempts: number; status: number }
  | { ok: false; attempts: number; status: number | null; reason: string };

const retryable = (status: number) => [408, 425, 429].includes(status) || status >= 500;

function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** Tries `forwarder` up to policy.attempts times; never throws. */
export async function forwardLead(
  forwarder: Forwarder,
  lead: LeadPayloadV2,
  origin: string,
  policy: RetryPolicy,
  deps: ForwardDeps,
): Promise<ForwardOutcome> {
  const base = policy.baseDelayMs ?? 300;
  const maxDelay = policy.maxDelayMs ?? 5_000;
  let last: ForwardOutcome = { ok: false, attempts: 0, status: null, reason: 'not tried' };
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const { url, init } = forwarder.request(lead, origin);
    let response: Response;
    try {
      response = await deps.fetch(url, {
        ...init,
        // A redirect could carry the secret header elsewhere: it is a failure, not followed.
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'error';
      last = { ok: false, attempts: attempt, status: null, reason: name };
      if (attempt < policy.attempts) await deps.sleep(pause(base, attempt, deps.random));
      continue;
    }
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) {
      return { ok: true, attempts: attempt, status: response.status };
    }
    last = { ok: false, attempts: attempt, status: response.status, reason: 'status' };
    if (!retryable(response.status) || attempt === policy.attempts) break;
    const asked = retryAfterMs(response.headers.get('Retry-After'));
    if (asked !== null && asked > maxDelay) break;
    await deps.sleep(Math.max(asked ?? 0, pause(base, attempt, deps.random)));
  }
  return last;
}

function pause(base: number, attempt: number, random: () => number): number {
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(base * 3 ** (attempt - 1) * (0.8 + 0.4 * r));
}

/** Longest a round of `targets` can take (they run side by side), for the claim's lease. */
export function longestRoundMs(policy: RetryPolicy): number {
  const base = policy.baseDelayMs ?? 300;
  const maxDelay = policy.maxDelayMs ?? 5_000;
  let total = 0;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    total += policy.timeoutMs;
    if (attempt < policy.attempts) total += Math.max(maxDelay, base * 3 ** (attempt - 1) * 1.2);
  }
  return total;
}
