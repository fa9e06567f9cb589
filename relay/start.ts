/**
 * Starting the relay under Node: read the environment, refuse with every problem named, open
 * the store (pruned hourly when it is files) and serve.
 */
import { access, constants, mkdir } from 'node:fs/promises';
import { parseRelayEnv, type RelayConfig, type RelayEnv } from './config';
import { createFileLeadStore } from './file-store';
import { openRelay } from './handler';
import type { LeadStore } from './lead-store';
import { serveRelay, type RunningServer } from './node-server';
import { keepMsFor, leaseMsFor, type RelayDeps } from './relay';

const PRUNE_EVERY_MS = 60 * 60_000;

/** What the relay does, in one line per fact, with no secret (a URL shows only its origin). */
export function describeConfig(config: RelayConfig): string[] {
  const lines = [`allowed origins: ${config.allowedOrigins.join(', ')}`];
  if (config.webhook) {
    lines.push(
      `webhook: ${new URL(config.webhook.url).origin} (secret in ${config.webhook.secretHeader})`,
    );
  }
  if (config.hubspot) {
    lines.push(`HubSpot: portal ${config.hubspot.portalId}, form ${config.hubspot.formId}`);
  }
  lines.push(
    config.store.kind === 'file'
      ? `store: files in ${config.store.dir}`
      : `store: Upstash ${new URL(config.store.url).host}`,
  );
  lines.push(
    `rate: ${config.rate.burst} at once, ${config.rate.perMinute}/min per client` +
      (config.clientIpHeader ? ` (client from ${config.clientIpHeader})` : ''),
  );
  return lines;
}

/** Starts from `env`; the problems (by variable) when it cannot. */
export async function startRelay(
  env: RelayEnv,
  options: { log?: RelayDeps['log'] } = {},
): Promise<
  { ok: true; running: RunningServer; config: RelayConfig } | { ok: false; problems: string[] }
> {
  const parsed = parseRelayEnv(env);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((i) => `${i.field}: ${i.message}`) };
  }
  const config = parsed.value;
  let store: LeadStore | undefined;
  let stopPruning = () => {};
  if (config.store.kind === 'file') {
    const dir = config.store.dir;
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await access(dir, constants.R_OK | constants.W_OK);
    } catch {
      return { ok: false, problems: ['RELAY_STORE_DIR: cannot be created or written'] };
    }
    const fileStore = createFileLeadStore(dir, {
      leaseMs: leaseMsFor(config),
      keepMs: keepMsFor(config),
    });
    await fileStore.prune();
    const timer = setInterval(() => void fileStore.prune().catch(() => undefined), PRUNE_EVERY_MS);
    timer.unref();
    stopPruning = () => clearInterval(timer);
    store = fileStore;
  }
  const relay = openRelay(config, { ...options, ...(store ? { store } : {}) });
  let running: RunningServer;
  try {
    running = await serveRelay(relay, config.listen);
  } catch (error) {
    stopPruning();
    const code = (error as { code?: unknown }).code;
    return { ok: false, problems: [`RELAY_PORT: cannot listen (${String(code ?? error)})`] };
  }
  const close = running.close;
  running.close = async () => {
    stopPruning();
    await close();
  };
  return { ok: true, running, config };
}
