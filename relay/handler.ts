/**
 * The relay's entry for any host with web-standard Request and Response: `handle(request, env)`,
 * also exported as `{ fetch: handle }` for hosts that take a default export (Cloudflare Workers,
 * Vercel, Deno, Bun). Settings come from `env` (the host's environment variables); the relay is
 * built once per env object. On a host without a disk, use the Upstash store.
 */
import { parseRelayEnv, type RelayConfig, type RelayEnv } from './config';
import type { LeadStore } from './lead-store';
import { createRelay, keepMsFor, leaseMsFor, type Relay, type RelayDeps } from './relay';
import { createUpstashLeadStore } from './upstash-store';

export type { RelayEnv } from './config';

/** The store the settings name; the file store is loaded only when asked for (it needs node:fs). */
export async function openLeadStore(
  config: RelayConfig,
  options: { fetch?: typeof fetch; now?: () => number } = {},
): Promise<LeadStore> {
  const timing = { leaseMs: leaseMsFor(config), keepMs: keepMsFor(config), now: options.now };
  if (config.store.kind === 'upstash') {
    return createUpstashLeadStore({
      ...timing,
      url: config.store.url,
      token: config.store.token,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }
  const { createFileLeadStore } = await import('./file-store');
  return createFileLeadStore(config.store.dir, timing);
}

/** A relay over the store its settings name. */
export async function openRelay(
  config: RelayConfig,
  deps: Omit<RelayDeps, 'store'> & { store?: LeadStore } = {},
): Promise<Relay> {
  const store = deps.store ?? (await openLeadStore(config, deps));
  return createRelay(config, { ...deps, store });
}

const relays = new WeakMap<object, Promise<Relay | null>>();

function relayFor(env: RelayEnv): Promise<Relay | null> {
  let relay = relays.get(env);
  if (!relay) {
    const parsed = parseRelayEnv(env);
    if (!parsed.ok) {
      // Named for the operator in the host's log; the visitor only learns it is unavailable.
      console.error(
        `[relay] refused to start:\n${parsed.issues.map((i) => `  ${i.field}: ${i.message}`).join('\n')}`,
      );
      relay = Promise.resolve(null);
    } else {
      relay = openRelay(parsed.value);
    }
    relays.set(env, relay);
  }
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
  const relay = await relayFor(env);
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
