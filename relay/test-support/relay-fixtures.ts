/** Settings, leads and requests the relay's tests share. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import plainV1 from '../../src/core/content/fixtures/2026.12.1/lead-payload-v1.json';
import type { LeadPayloadV1, LeadPayloadV2 } from '../../src/core/lead-payload';
import { parseRelayEnv, type RelayConfig } from '../config';

export const ORIGIN = 'https://www.northwind.example';
export const WEBHOOK_URL = 'https://hooks.northwind.example/leads/secret-path';
export const WEBHOOK_SECRET = 'relay-secret-6f1c2a9e0d4b4c3e';
export const HUBSPOT_FORM = '8a4f2c1e-5b3d-4e6f-9a7b-0c1d2e3f4a5b';

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'relay-test-'));
}

/** Settings from a test environment: a webhook, HubSpot, and files in `dir`. */
export function testConfig(dir: string, env: Record<string, string> = {}): RelayConfig {
  const parsed = parseRelayEnv({
    RELAY_ALLOWED_ORIGINS: `${ORIGIN}, https://assess.northwind.example`,
    RELAY_FORWARD_URL: WEBHOOK_URL,
    RELAY_FORWARD_SECRET: WEBHOOK_SECRET,
    RELAY_HUBSPOT_PORTAL_ID: '2468013',
    RELAY_HUBSPOT_FORM_ID: HUBSPOT_FORM,
    RELAY_STORE_DIR: dir,
    ...env,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

export const leadV1 = (leadId = plainV1.leadId): LeadPayloadV1 =>
  ({ ...structuredClone(plainV1), leadId }) as LeadPayloadV1;

export const leadV2 = (leadId = 'b1c2d3e4-0000-4000-8000-000000000002'): LeadPayloadV2 => ({
  ...leadV1(leadId),
  schema: 'fractional-fit.lead/2',
  attribution: {
    utm_source: 'linkedin',
    utm_medium: 'paid-social',
    utm_campaign: 'vciso-q4',
    gclid: 'EAIaIQobChMI8v',
    landingPage: 'https://www.northwind.example/assessment?utm_source=linkedin',
    capturedAt: '2026-11-24T16:30:00.000Z',
  },
  demo: false,
});

/** The POST the app makes for `lead` (src/flow/lead-delivery.ts, leadRequest), from `origin`. */
export function leadPost(
  lead: unknown,
  options: { origin?: string | null; key?: string | null; headers?: Record<string, string> } = {},
): Request {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const origin = options.origin === undefined ? ORIGIN : options.origin;
  if (origin !== null) headers.Origin = origin;
  const key =
    options.key === undefined ? (lead as { leadId?: string } | null)?.leadId : options.key;
  if (typeof key === 'string') headers['Idempotency-Key'] = key;
  return new Request('https://relay.northwind.example/leads', {
    method: 'POST',
    headers: { ...headers, ...options.headers },
    body: typeof lead === 'string' ? lead : JSON.stringify(lead),
  });
}

export interface SentRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A fetch for the targets: records each request and answers with the next status queued for
 * its host (default 200), or throws for 0 (no answer).
 */
export function fakeTargets() {
  const sent: SentRequest[] = [];
  const queues = new Map<string, number[]>();
  let gate: Promise<void> | null = null;
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    sent.push({ url, headers, body: JSON.parse(String(init?.body)) });
    if (gate) await gate;
    const status = queues.get(new URL(url).host)?.shift() ?? 200;
    if (status === 0) throw new TypeError('fetch failed');
    return new Response(JSON.stringify({ status }), { status });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    sent,
    to: (host: string) => sent.filter((s) => new URL(s.url).host === host),
    /** The next answers of `host`, in order. */
    answer(host: string, ...statuses: number[]) {
      queues.set(host, [...(queues.get(host) ?? []), ...statuses]);
    },
    /** Holds every answer until the returned function is called. */
    hold(): () => void {
      let open = () => {};
      gate = new Promise<void>((resolve) => (open = resolve));
      return () => {
        gate = null;
        open();
      };
    },
  };
}

export const WEBHOOK_HOST = new URL(WEBHOOK_URL).host;
export const HUBSPOT_HOST = 'api.hsforms.com';
