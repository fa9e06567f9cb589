import { describe, expect, it } from 'vitest';
import { parseRelayEnv, RELAY_DEFAULTS } from './config';

const minimal = {
  RELAY_ALLOWED_ORIGINS: 'https://www.northwind.example',
  RELAY_FORWARD_URL: 'https://hooks.northwind.example/leads',
  RELAY_FORWARD_SECRET: 'a-secret-of-24-characters',
  RELAY_STORE_DIR: '/var/lib/relay',
};

const fieldsOf = (env: Record<string, unknown>) => {
  const parsed = parseRelayEnv(env);
  return parsed.ok ? [] : parsed.issues.map((i) => i.field);
};

describe('parseRelayEnv', () => {
  it('reads a webhook relay with files, and fills in the defaults', () => {
    const parsed = parseRelayEnv(minimal);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({
      allowedOrigins: ['https://www.northwind.example'],
      maxBodyBytes: RELAY_DEFAULTS.maxBodyBytes,
      rate: { burst: 10, perMinute: 10 },
      clientIpHeader: null,
      webhook: {
        url: 'https://hooks.northwind.example/leads',
        secret: 'a-secret-of-24-characters',
        secretHeader: 'X-Relay-Secret',
      },
      hubspot: null,
      forward: { attempts: 3, timeoutMs: 4000 },
      forwardDemo: false,
      store: { kind: 'file', dir: '/var/lib/relay' },
      dedupDays: 180,
      listen: { host: '127.0.0.1', port: 8787 },
    });
  });

  it('reads a HubSpot-only relay on Upstash with every option set', () => {
    const parsed = parseRelayEnv({
      RELAY_ALLOWED_ORIGINS: ' https://a.example , http://localhost:5173,https://a.example',
      RELAY_HUBSPOT_PORTAL_ID: '2468013',
      RELAY_HUBSPOT_FORM_ID: '8A4F2C1E-5B3D-4E6F-9A7B-0C1D2E3F4A5B',
      RELAY_HUBSPOT_EXTRA_FIELDS: 'utm_source, gclid,utm_source',
      RELAY_HUBSPOT_LEGAL_CONSENT: 'off',
      UPSTASH_REDIS_REST_URL: 'https://eu1-fit-relay.upstash.io',
      UPSTASH_REDIS_REST_TOKEN: 'AXXXtoken',
      RELAY_CLIENT_IP_HEADER: 'CF-Connecting-IP',
      RELAY_RATE_BURST: '5',
      RELAY_FORWARD_DEMO: 'yes',
      RELAY_PORT: '0',
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.allowedOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(parsed.value.webhook).toBeNull();
    expect(parsed.value.hubspot).toEqual({
      portalId: '2468013',
      formId: '8A4F2C1E-5B3D-4E6F-9A7B-0C1D2E3F4A5B',
      baseUrl: 'https://api.hsforms.com',
      extraFields: ['utm_source', 'gclid'],
      legalConsent: false,
    });
    expect(parsed.value.store).toEqual({
      kind: 'upstash',
      url: 'https://eu1-fit-relay.upstash.io',
      token: 'AXXXtoken',
    });
    expect(parsed.value.clientIpHeader).toBe('cf-connecting-ip');
    expect(parsed.value.forwardDemo).toBe(true);
    expect(parsed.value.listen.port).toBe(0);
  });

  it('names every problem at once, by variable', () => {
    expect(fieldsOf({})).toEqual(['RELAY_ALLOWED_ORIGINS', 'RELAY_FORWARD_URL', 'RELAY_STORE_DIR']);
    expect(
      fieldsOf({
        RELAY_ALLOWED_ORIGINS: 'https://a.example/page,*',
        RELAY_FORWARD_URL: 'http://hooks.example.com',
        RELAY_FORWARD_SECRET: 'short',
        RELAY_FORWARD_SECRET_HEADER: 'Idempotency-Key',
        RELAY_HUBSPOT_FORM_ID: 'not-a-guid',
        RELAY_HUBSPOT_EXTRA_FIELDS: 'email',
        RELAY_STORE_DIR: '/tmp/x',
        UPSTASH_REDIS_REST_URL: 'https://x.upstash.io',
        RELAY_PORT: '99999',
        RELAY_RATE_PER_MINUTE: '1.5',
        RELAY_FORWARD_DEMO: 'maybe',
        RELAY_PROT: '8080',
      }),
    ).toEqual([
      'RELAY_PROT',
      'RELAY_ALLOWED_ORIGINS',
      'RELAY_ALLOWED_ORIGINS',
      'RELAY_FORWARD_SECRET_HEADER',
      'RELAY_FORWARD_URL',
      'RELAY_FORWARD_SECRET',
      'RELAY_HUBSPOT_EXTRA_FIELDS',
      'RELAY_HUBSPOT_PORTAL_ID',
      'RELAY_HUBSPOT_FORM_ID',
      'RELAY_STORE_DIR',
      'RELAY_RATE_PER_MINUTE',
      'RELAY_FORWARD_DEMO',
      'RELAY_PORT',
    ]);
  });

  it.each([
    ['a secret without a URL', { RELAY_FORWARD_URL: undefined }, 'RELAY_FORWARD_SECRET'],
    ['a portal without a form', { RELAY_HUBSPOT_PORTAL_ID: '1' }, 'RELAY_HUBSPOT_FORM_ID'],
    [
      'an Upstash URL without a token',
      { RELAY_STORE_DIR: undefined, UPSTASH_REDIS_REST_URL: 'https://x.upstash.io' },
      'UPSTASH_REDIS_REST_TOKEN',
    ],
    [
      'a plain-http Upstash',
      {
        RELAY_STORE_DIR: undefined,
        UPSTASH_REDIS_REST_URL: 'http://x.upstash.io',
        UPSTASH_REDIS_REST_TOKEN: 't',
      },
      'UPSTASH_REDIS_REST_URL',
    ],
    [
      'a URL with a password',
      { RELAY_FORWARD_URL: 'https://u:p@hooks.example.com' },
      'RELAY_FORWARD_URL',
    ],
    ['a value that is not text', { RELAY_RATE_BURST: 5 }, 'RELAY_RATE_BURST'],
    ['a bad proxy header', { RELAY_CLIENT_IP_HEADER: 'x forwarded' }, 'RELAY_CLIENT_IP_HEADER'],
  ])('refuses %s', (_, change, field) => {
    expect(fieldsOf({ ...minimal, ...change })).toContain(field);
  });

  it('never repeats a value in a message (a URL or a token may hold a secret)', () => {
    const env = {
      RELAY_ALLOWED_ORIGINS: 'https://a.example/secret-origin-path',
      RELAY_FORWARD_URL: 'ftp://hooks.example.com/secret-hook-path',
      RELAY_FORWARD_SECRET: 'tiny',
      UPSTASH_REDIS_REST_URL: 'http://secret-db.upstash.io',
      UPSTASH_REDIS_REST_TOKEN: 'secret-token',
    };
    const parsed = parseRelayEnv(env);
    expect(parsed.ok).toBe(false);
    const text = JSON.stringify(parsed);
    for (const value of Object.values(env)) expect(text).not.toContain(value);
  });
});
