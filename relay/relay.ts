/**
 * The relay between the widget and a CRM, as a web-standard request handler: it takes a lead only
 * as a JSON POST from an allowed origin, checks it against the app's own lead schema, limits each
 * client address, keeps one lead per Idempotency-Key, and forwards it with secrets the browser
 * never sees. Its answers follow what the app's delivery expects (src/flow/lead-delivery.ts,
 * classifyStatus): 2xx sent; 409, 429 and 5xx tried again later; other 4xx refused for good.
 */
import {
  LEAD_ID_PATTERN,
  toLatestLeadPayload,
  validateLeadPayload,
  type LeadPayloadV2,
} from '../src/core/lead-payload';
import type { FieldIssue } from '../src/core/types';
import type { RelayConfig } from './config';
import {
  forwardLead,
  hubspotForwarder,
  longestRoundMs,
  webhookForwarder,
  type ForwardDeps,
  type Forwarder,
} from './forward';
import type { LeadStore } from './lead-store';
import { createRateLimiter } from './rate-limit';

/** One line of the relay's log: ids and outcomes only, never contact data or secrets. */
export type RelayLogEntry = {
  event: string;
  leadId?: string;
  status?: number;
  [key: string]: string | number | boolean | null | undefined;
};

export interface RelayDeps {
  store: LeadStore;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  log?: (entry: RelayLogEntry) => void;
}

/** What the host knows about the connection (a Node socket's address, Netlify's context.ip). */
export interface ClientInfo {
  ip?: string | null;
}

export interface Relay {
  handle(request: Request, client?: ClientInfo): Promise<Response>;
}

const ALLOWED_METHODS = 'POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key';

/** Margin on top of the longest forwarding round before a claim counts as abandoned. */
const LEASE_MARGIN_MS = 10_000;

/** The lease a store needs for this configuration: longer than any forwarding round. */
export function leaseMsFor(config: RelayConfig): number {
  return longestRoundMs(config.forward) + LEASE_MARGIN_MS;
}

export function keepMsFor(config: RelayConfig): number {
  return config.dedupDays * 24 * 60 * 60_000;
}

/** Sorted keys, so the same lead always has the same fingerprint whatever order it came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function fingerprintOf(lead: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(lead));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The body as text, or why not: too large, or not UTF-8. */
async function readBody(
  request: Request,
  max: number,
): Promise<{ ok: true; text: string } | { ok: false; status: 413 | 400 }> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > max) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(all) };
  } catch {
    return { ok: false, status: 400 };
  }
}

/** The client's address: the last entry of the trusted proxy header, else the host's. */
function clientAddress(request: Request, config: RelayConfig, client?: ClientInfo): string {
  if (config.clientIpHeader) {
    const entries = (request.headers.get(config.clientIpHeader) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = entries[entries.length - 1];
    if (last) return last;
  }
  return client?.ip || 'unknown';
}

export function createRelay(config: RelayConfig, deps: RelayDeps): Relay {
  const now = deps.now ?? Date.now;
  const forwardDeps: ForwardDeps = {
    fetch: deps.fetch ?? ((...args) => fetch(...args)),
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: deps.random ?? Math.random,
  };
  const log =
    deps.log ?? ((entry: RelayLogEntry) => console.log(JSON.stringify({ relay: true, ...entry })));
  const limiter = createRateLimiter(config.rate, now);
  let warnedNoAddress = false;
  const forwarders: Forwarder[] = [];
  if (config.webhook) forwarders.push(webhookForwarder(config.webhook));
  if (config.hubspot) forwarders.push(hubspotForwarder(config.hubspot));

  function respond(
    status: number,
    body: Record<string, unknown> | null,
    origin: string | null,
    extra: Record<string, string> = {},
  ): Response {
    const headers: Record<string, string> = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Origin',
      ...extra,
    };
    if (origin !== null) {
      // Without these the browser hides the status, and the app would retry a refused lead.
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Expose-Headers'] = 'Retry-After';
    }
    if (body === null) return new Response(null, { status, headers });
    headers['Content-Type'] = 'application/json; charset=utf-8';
    return new Response(JSON.stringify(body), { status, headers });
  }

  const refuse = (
    status: number,
    error: string,
    origin: string | null,
    more: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => respond(status, { ok: false, error, ...more }, origin, headers);

  async function accept(lead: LeadPayloadV2, original: unknown, origin: string): Promise<Response> {
    const leadId = lead.leadId;
    if (lead.demo && !config.forwardDemo) {
      log({ event: 'lead.demo-skipped', leadId });
      return respond(200, { ok: true, leadId, duplicate: false, forwarded: false }, origin);
    }
    const fingerprint = await fingerprintOf(original);
    const claim = await deps.store.claim(leadId, fingerprint);
    if (claim.kind === 'duplicate') {
      log({ event: 'lead.duplicate', leadId, status: 200 });
      return respond(200, { ok: true, leadId, duplicate: true }, origin);
    }
    if (claim.kind === 'in-progress') {
      log({ event: 'lead.in-progress', leadId, status: 409 });
      return refuse(409, 'in-progress', origin, {}, { 'Retry-After': '5' });
    }
    if (claim.kind === 'conflict') {
      log({ event: 'lead.key-reused', leadId, status: 422 });
      return refuse(422, 'idempotency-key-reused', origin, {
        message: 'This Idempotency-Key was used for a different lead.',
      });
    }
    const pending = forwarders.filter((f) => !claim.forwarded.includes(f.target));
    const outcomes = await Promise.all(
      pending.map(async (f) => {
        const outcome = await forwardLead(f, lead, origin, config.forward, forwardDeps);
        log({
          event: outcome.ok ? 'forward.accepted' : 'forward.failed',
          leadId,
          target: f.target,
          attempts: outcome.attempts,
          upstreamStatus: outcome.status,
        });
        if (outcome.ok) await deps.store.markForwarded(leadId, fingerprint, f.target);
        return outcome;
      }),
    );
    if (outcomes.every((o) => o.ok)) {
      await deps.store.markDelivered(leadId, fingerprint);
      log({ event: 'lead.delivered', leadId, status: 200 });
      return respond(200, { ok: true, leadId, duplicate: false }, origin);
    }
    // Not delivered: free the key, so the app's next retry (it retries 5xx) can succeed.
    await deps.store.release(leadId);
    log({ event: 'lead.not-delivered', leadId, status: 502 });
    return refuse(502, 'forward-failed', origin, {}, { 'Retry-After': '30' });
  }

  async function handlePost(request: Request, origin: string, ip: string): Promise<Response> {
    const verdict = limiter.take(ip);
    if (!verdict.allowed) {
      log({ event: 'request.rate-limited', status: 429 });
      return refuse(
        429,
        'rate-limited',
        origin,
        {},
        {
          'Retry-After': String(verdict.retryAfterSeconds),
        },
      );
    }
    const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return refuse(415, 'unsupported-media-type', origin, {
        message: 'Send the lead as application/json.',
      });
    }
    const body = await readBody(request, config.maxBodyBytes);
    if (!body.ok) {
      return body.status === 413
        ? refuse(413, 'too-large', origin, { message: `At most ${config.maxBodyBytes} bytes.` })
        : refuse(400, 'invalid-json', origin, { message: 'The body is not UTF-8 text.' });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.text);
    } catch {
      return refuse(400, 'invalid-json', origin, { message: 'The body is not JSON.' });
    }
    const checked = validateLeadPayload(raw);
    const issues: FieldIssue[] = checked.ok ? [] : [...checked.issues];
    const key = request.headers.get('Idempotency-Key');
    if (key === null || !LEAD_ID_PATTERN.test(key)) {
      issues.push({ field: 'Idempotency-Key', message: 'header is missing or invalid' });
    } else if (checked.ok && checked.value.leadId !== key) {
      issues.push({ field: 'Idempotency-Key', message: 'header must equal leadId' });
    }
    if (!checked.ok || issues.length > 0) {
      log({ event: 'lead.invalid', status: 400, issues: issues.length });
      return refuse(400, 'invalid-lead', origin, { issues });
    }
    return accept(toLatestLeadPayload(checked.value), raw, origin);
  }

  return {
    async handle(request, client) {
      const origin = request.headers.get('Origin');
      const allowed = origin !== null && config.allowedOrigins.includes(origin) ? origin : null;
      try {
        if (request.method === 'OPTIONS') {
          if (allowed === null) return refuse(403, 'origin-not-allowed', null);
          return respond(204, null, allowed, {
            'Access-Control-Allow-Methods': ALLOWED_METHODS,
            'Access-Control-Allow-Headers': ALLOWED_HEADERS,
            'Access-Control-Max-Age': '600',
          });
        }
        if (request.method !== 'POST') {
          return refuse(405, 'method-not-allowed', allowed, {}, { Allow: ALLOWED_METHODS });
        }
        if (allowed === null) {
          log({ event: 'request.origin-refused', status: 403 });
          return refuse(403, 'origin-not-allowed', null);
        }
        const ip = clientAddress(request, config, client);
        if (ip === 'unknown' && !warnedNoAddress) {
          // Every client then shares one bucket: the operator should set RELAY_CLIENT_IP_HEADER.
          warnedNoAddress = true;
          log({ event: 'relay.no-client-address' });
        }
        return await handlePost(request, allowed, ip);
      } catch (error) {
        // A store that cannot be reached, or a fault of ours: the app tries again later.
        log({
          event: 'relay.error',
          status: 503,
          error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
        });
        return refuse(503, 'unavailable', allowed, {}, { 'Retry-After': '30' });
      }
    },
  };
}
