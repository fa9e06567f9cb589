/**
 * The relay's entry for any host with web-standard Request and Response: `handle(request, env)`,
 * also exported as `{ fetch: handle }` for hosts that take a default export (Cloudflare Workers,
 * Vercel, Deno, Bun). Settings come from `env` (the host's environment variables); the relay is
 * built once per env object. The store is Upstash here: no Node built-in module is imported.
 */
import { parseRelayEnv, type RelayConfig, type RelayEnv } from './config';
import type { LeadStore } from './lead-store';
import { createRelay, keepMsFor, leaseMsFor, type Relay, type RelayDeps } from './relay';
import { createUpstashLeadStore } from './upstash-store';

export type { RelayEnv } from './config';

/**
 * A relay over the Upstash store the settings name, or over `deps.store`. Files are for the Node
 * server only (start.ts): a serverless host runs many short-lived copies with no shared disk.
 */
export function openRelay(
  config: RelayConfig,
  deps: Omit<RelayDeps, 'store'> & { store?: LeadStore } = {},
): Relay {
  let store = deps.store;
  if (!store) {
    if (config.store.kind !== 'upstash') {
      throw new TypeError('openRelay: the file store is opened by the Node server');
    }
    store = createUpstashLeadStore({
      leaseMs: leaseMsFor(config),
      keepMs: keepMsFor(config),
      url: config.store.url,
      token: config.store.token,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  }
  return createRelay(config, { ...deps, store });
}

const relays = new WeakMap<object, Relay | null>();

function relayFor(env: RelayEnv): Relay | null {
  const known = relays.get(env);
  if (known !== undefined) return known;
  const parsed = parseRelayEnv(env);
  const issues = parsed.ok ? [] : parsed.issues;
  if (parsed.ok && parsed.value.store.kind !== 'upstash') {
    issues.push({
      field: 'RELAY_STORE_DIR',
      message:
        'works only under the Node server (npm run relay); here, set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN',
    });
  }
  let relay: Relay | null = null;
  if (parsed.ok && issues.length === 0) relay = openRelay(parsed.value);
  else {
    // Named for the operator in the host's log; the visitor only learns it is unavailable.
    console.error(
      `[relay] refused to start:\n${issues.map((i) => `  ${i.field}: ${i.message}`).join('\n')}`,
    );
  }
  relays.set(env, relay);
  return relay;
}

/** The host's view of the client: Netlify passes `{ ip }`; others leave it to a header. */
type HostContext = { ip?: unknown } | undefined;

/** Answers one request: CORS preflight, or a lead POST (see relay.ts for every answer). */
export async function handle(
  request: Request,
  env: RelayEnv,
  context?: HostContext,
): Promise<Response> {
  const relay = relayFor(env);
  if (!relay) {
    return new Response(JSON.stringify({ ok: false, error: 'misconfigured' }), {
      status: 503,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '300' },
    });
  }
  const ip = typeof context?.ip === 'string' ? context.ip : null;
  return relay.handle(request, { ip });
}

export default { fetch: handle };
