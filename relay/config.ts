/**
 * The relay's settings, read from environment variables once at start. Every problem is named by
 * its variable; values are never repeated in a message (a URL or a token may hold a secret).
 */
import type { FieldIssue, Result } from '../src/core/types';

/** Environment variables as a host hands them over: strings, or absent. */
export type RelayEnv = Readonly<Record<string, unknown>>;

/** HubSpot contact properties a relay may fill from the lead's attribution, when asked to. */
export const HUBSPOT_EXTRA_FIELDS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'gclid',
  'fbclid',
  'msclkid',
] as const;
export type HubSpotExtraField = (typeof HUBSPOT_EXTRA_FIELDS)[number];

export const HUBSPOT_BASE_URL = 'https://api.hsforms.com';

export interface WebhookTarget {
  url: string;
  secret: string;
  /** The header that carries the secret. */
  secretHeader: string;
}

export interface HubSpotTarget {
  portalId: string;
  formId: string;
  /** https://api.hsforms.com, or a local stand-in for tests. */
  baseUrl: string;
  extraFields: readonly HubSpotExtraField[];
  /** Send the consent the visitor gave as HubSpot's legalConsentOptions. */
  legalConsent: boolean;
}

export type StoreSettings =
  { kind: 'file'; dir: string } | { kind: 'upstash'; url: string; token: string };

export interface RelayConfig {
  /** Exact origins (scheme, host, port) whose pages may post leads. */
  allowedOrigins: readonly string[];
  maxBodyBytes: number;
  /** Token bucket per client address: `burst` at once, refilled at `perMinute`. */
  rate: { burst: number; perMinute: number };
  /** A header set by the proxy in front (its last entry is the client), or null. */
  clientIpHeader: string | null;
  webhook: WebhookTarget | null;
  hubspot: HubSpotTarget | null;
  /** Tries per target and request, and the time limit of each try. */
  forward: { attempts: number; timeoutMs: number };
  /** Forward leads from the unconfigured demo too (off: they are acknowledged, not forwarded). */
  forwardDemo: boolean;
  store: StoreSettings;
  /** How long a delivered lead's key is remembered, to answer a late retry as a duplicate. */
  dedupDays: number;
  /** Where the Node server listens (ignored on serverless hosts). */
  listen: { host: string; port: number };
}

export const RELAY_DEFAULTS = {
  maxBodyBytes: 256 * 1024,
  rateBurst: 10,
  ratePerMinute: 10,
  forwardAttempts: 3,
  forwardTimeoutMs: 4_000,
  dedupDays: 180,
  secretHeader: 'X-Relay-Secret',
  host: '127.0.0.1',
  port: 8787,
} as const;

/** The variables the relay reads, for documentation and for a check of unknown RELAY_* names. */
export const RELAY_ENV_NAMES = [
  'RELAY_ALLOWED_ORIGINS',
  'RELAY_FORWARD_URL',
  'RELAY_FORWARD_SECRET',
  'RELAY_FORWARD_SECRET_HEADER',
  'RELAY_HUBSPOT_PORTAL_ID',
  'RELAY_HUBSPOT_FORM_ID',
  'RELAY_HUBSPOT_EXTRA_FIELDS',
  'RELAY_HUBSPOT_LEGAL_CONSENT',
  'RELAY_HUBSPOT_BASE_URL',
  'RELAY_FORWARD_ATTEMPTS',
  'RELAY_FORWARD_TIMEOUT_MS',
  'RELAY_FORWARD_DEMO',
  'RELAY_STORE_DIR',
  'RELAY_DEDUP_DAYS',
  'RELAY_MAX_BODY_BYTES',
  'RELAY_RATE_BURST',
  'RELAY_RATE_PER_MINUTE',
  'RELAY_CLIENT_IP_HEADER',
  'RELAY_HOST',
  'RELAY_PORT',
] as const;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
const RESERVED_HEADERS = ['content-type', 'content-length', 'host', 'idempotency-key'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** https:, or http: on the loopback only; no user name or password in it. */
function isSafeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
}

/** Reads the environment; lists every problem (by variable name) or returns the settings. */
export function parseRelayEnv(env: RelayEnv): Result<RelayConfig> {
  const issues: FieldIssue[] = [];
  const fail = (field: string, message: string) => issues.push({ field, message });
  const read = (name: string): string | null => {
    const v = env[name];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') {
      fail(name, 'must be text');
      return null;
    }
    return v.trim() === '' ? null : v.trim();
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const v = read(name);
    if (v === null) return fallback;
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      fail(name, `must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const v = read(name);
    if (v === null) return fallback;
    if (['1', 'true', 'on', 'yes'].includes(v.toLowerCase())) return true;
    if (['0', 'false', 'off', 'no'].includes(v.toLowerCase())) return false;
    fail(name, 'must be true or false');
    return fallback;
  };

  for (const name of Object.keys(env)) {
    if (name.startsWith('RELAY_') && !(RELAY_ENV_NAMES as readonly string[]).includes(name)) {
      fail(name, 'is not a setting of the relay (a misspelling?)');
    }
  }

  const allowedOrigins: string[] = [];
  const origins = read('RELAY_ALLOWED_ORIGINS');
  if (origins === null) {
    fail('RELAY_ALLOWED_ORIGINS', 'is required: the origins of the pages that show the widget');
  } else {
    for (const [i, raw] of origins.split(',').entries()) {
      const origin = raw.trim();
      let parsed: URL | null = null;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = null;
      }
      if (!parsed || parsed.origin !== origin || !isSafeUrl(origin)) {
        fail(
          'RELAY_ALLOWED_ORIGINS',
          `entry ${i + 1} must be an origin such as https://www.example.com (no path, no "*"; http: only on the loopback)`,
        );
      } else if (!allowedOrigins.includes(origin)) allowedOrigins.push(origin);
    }
  }

  let webhook: WebhookTarget | null = null;
  const forwardUrl = read('RELAY_FORWARD_URL');
  const secret = read('RELAY_FORWARD_SECRET');
  const secretHeader = read('RELAY_FORWARD_SECRET_HEADER') ?? RELAY_DEFAULTS.secretHeader;
  if (!HEADER_NAME.test(secretHeader) || RESERVED_HEADERS.includes(secretHeader.toLowerCase())) {
    fail('RELAY_FORWARD_SECRET_HEADER', 'must be a header name other than the ones a lead uses');
  }
  if (forwardUrl !== null) {
    if (!isSafeUrl(forwardUrl)) {
      fail('RELAY_FORWARD_URL', 'must be an https: URL (http: only on the loopback)');
    }
    if (secret === null) {
      fail('RELAY_FORWARD_SECRET', 'is required with RELAY_FORWARD_URL');
    } else if (secret.length < 16) {
      fail('RELAY_FORWARD_SECRET', 'must be at least 16 characters');
    }
    webhook = { url: forwardUrl, secret: secret ?? '', secretHeader };
  } else if (secret !== null) {
    fail('RELAY_FORWARD_SECRET', 'is set but RELAY_FORWARD_URL is not');
  }

  let hubspot: HubSpotTarget | null = null;
  const portalId = read('RELAY_HUBSPOT_PORTAL_ID');
  const formId = read('RELAY_HUBSPOT_FORM_ID');
  const extra = read('RELAY_HUBSPOT_EXTRA_FIELDS');
  const extraFields: HubSpotExtraField[] = [];
  for (const name of extra === null ? [] : extra.split(',').map((s) => s.trim())) {
    if ((HUBSPOT_EXTRA_FIELDS as readonly string[]).includes(name)) {
      if (!extraFields.includes(name as HubSpotExtraField)) {
        extraFields.push(name as HubSpotExtraField);
      }
    } else {
      fail('RELAY_HUBSPOT_EXTRA_FIELDS', `may list only ${HUBSPOT_EXTRA_FIELDS.join(', ')}`);
    }
  }
  const baseUrl = read('RELAY_HUBSPOT_BASE_URL') ?? HUBSPOT_BASE_URL;
  if (!isSafeUrl(baseUrl)) {
    fail('RELAY_HUBSPOT_BASE_URL', 'must be an https: URL (http: only on the loopback)');
  }
  const legalConsent = flag('RELAY_HUBSPOT_LEGAL_CONSENT', true);
  if (portalId !== null || formId !== null) {
    if (portalId === null) fail('RELAY_HUBSPOT_PORTAL_ID', 'is required with a HubSpot form id');
    else if (!/^\d{1,12}$/.test(portalId)) {
      fail('RELAY_HUBSPOT_PORTAL_ID', 'must be the account number (digits)');
    }
    if (formId === null) fail('RELAY_HUBSPOT_FORM_ID', 'is required with a HubSpot portal id');
    else if (!GUID.test(formId)) fail('RELAY_HUBSPOT_FORM_ID', 'must be the form GUID');
    hubspot = {
      portalId: portalId ?? '',
      formId: formId ?? '',
      baseUrl: baseUrl.replace(/\/+$/, ''),
      extraFields,
      legalConsent,
    };
  }
  if (forwardUrl === null && portalId === null && formId === null) {
    fail(
      'RELAY_FORWARD_URL',
      'or RELAY_HUBSPOT_PORTAL_ID and RELAY_HUBSPOT_FORM_ID: at least one target is required',
    );
  }

  let store: StoreSettings = { kind: 'file', dir: '' };
  const dir = read('RELAY_STORE_DIR');
  const upstashUrl = read('UPSTASH_REDIS_REST_URL');
  const upstashToken = read('UPSTASH_REDIS_REST_TOKEN');
  const upstash = upstashUrl !== null || upstashToken !== null;
  if (dir !== null && upstash) {
    fail('RELAY_STORE_DIR', 'and UPSTASH_REDIS_REST_URL are both set: choose one store');
  } else if (dir !== null) {
    store = { kind: 'file', dir };
  } else if (upstash) {
    if (upstashUrl === null) fail('UPSTASH_REDIS_REST_URL', 'is required with the token');
    else if (!isSafeUrl(upstashUrl)) fail('UPSTASH_REDIS_REST_URL', 'must be an https: URL');
    if (upstashToken === null) fail('UPSTASH_REDIS_REST_TOKEN', 'is required with the URL');
    store = { kind: 'upstash', url: upstashUrl ?? '', token: upstashToken ?? '' };
  } else {
    fail(
      'RELAY_STORE_DIR',
      'or UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN: a store is required to keep one lead per Idempotency-Key',
    );
  }

  let clientIpHeader = read('RELAY_CLIENT_IP_HEADER');
  if (clientIpHeader !== null && !HEADER_NAME.test(clientIpHeader)) {
    fail('RELAY_CLIENT_IP_HEADER', 'must be a header name, such as X-Forwarded-For');
    clientIpHeader = null;
  }

  const config: RelayConfig = {
    allowedOrigins,
    maxBodyBytes: whole('RELAY_MAX_BODY_BYTES', RELAY_DEFAULTS.maxBodyBytes, 1024, 4 * 1024 * 1024),
    rate: {
      burst: whole('RELAY_RATE_BURST', RELAY_DEFAULTS.rateBurst, 1, 10_000),
      perMinute: whole('RELAY_RATE_PER_MINUTE', RELAY_DEFAULTS.ratePerMinute, 1, 60_000),
    },
    clientIpHeader: clientIpHeader?.toLowerCase() ?? null,
    webhook,
    hubspot,
    forward: {
      attempts: whole('RELAY_FORWARD_ATTEMPTS', RELAY_DEFAULTS.forwardAttempts, 1, 10),
      timeoutMs: whole('RELAY_FORWARD_TIMEOUT_MS', RELAY_DEFAULTS.forwardTimeoutMs, 100, 60_000),
    },
    forwardDemo: flag('RELAY_FORWARD_DEMO', false),
    store,
    dedupDays: whole('RELAY_DEDUP_DAYS', RELAY_DEFAULTS.dedupDays, 1, 3650),
    listen: {
      host: read('RELAY_HOST') ?? RELAY_DEFAULTS.host,
      port: whole('RELAY_PORT', RELAY_DEFAULTS.port, 0, 65_535),
    },
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: config };
}
