/**
 * The lead store for serverless hosts: Upstash Redis over its REST API (a JSON array of the
 * command and its arguments, POSTed with the token), so it needs nothing but fetch. A claim is
 * `SET key value NX EX lease`, atomic in Redis; the targets that took a lead are separate keys,
 * so releasing a claim is a plain DEL. Commands used: SET (NX, EX), GET, MGET, DEL.
 */
import {
  assertStoreKey,
  FORWARD_TARGETS,
  type Claim,
  type ForwardTarget,
  type LeadStore,
  type StoreTiming,
} from './lead-store';

export interface UpstashOptions extends StoreTiming {
  /** The database's REST URL and token (UPSTASH_REDIS_REST_URL / _TOKEN). */
  url: string;
  token: string;
  /** Put before every key, so one database can serve several relays. */
  prefix?: string;
  fetch?: typeof fetch;
  /** Time limit of each command. */
  timeoutMs?: number;
}

/** A command Redis refused, or a database that could not be reached; never holds the token. */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

type ClaimValue = { state: 'in-progress' | 'delivered'; fingerprint: string };

function parseClaim(value: unknown): ClaimValue | null {
  if (typeof value !== 'string') return null;
  try {
    const v = JSON.parse(value) as Partial<ClaimValue> | null;
    if (
      v &&
      (v.state === 'in-progress' || v.state === 'delivered') &&
      typeof v.fingerprint === 'string'
    ) {
      return { state: v.state, fingerprint: v.fingerprint };
    }
  } catch {
    // Not ours: treated as absent by the caller.
  }
  return null;
}

export function createUpstashLeadStore(options: UpstashOptions): LeadStore {
  const fetchFn = options.fetch ?? fetch;
  const base = options.url.replace(/\/+$/, '');
  const prefix = options.prefix ?? 'fractional-fit-relay:';
  const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));
  const claimKey = (key: string) => `${prefix}lead:${key}`;
  const sentKey = (key: string, target: ForwardTarget) => `${prefix}sent:${key}:${target}`;

  async function command(...args: string[]): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchFn(base, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(args),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'error';
      throw new StoreUnavailableError(`upstash ${args[0]}: ${name}`);
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const reply = (body ?? {}) as { result?: unknown; error?: unknown };
    if (!response.ok || typeof reply.error === 'string' || !('result' in reply)) {
      const detail = typeof reply.error === 'string' ? reply.error.slice(0, 200) : '';
      throw new StoreUnavailableError(
        `upstash ${args[0]}: HTTP ${response.status}${detail ? ` ${detail}` : ''}`,
      );
    }
    return reply.result;
  }

  const encode = (state: ClaimValue['state'], fingerprint: string) =>
    JSON.stringify({ state, fingerprint });

  return {
    async claim(key, fingerprint): Promise<Claim> {
      assertStoreKey(key);
      const set = await command(
        'SET',
        claimKey(key),
        encode('in-progress', fingerprint),
        'NX',
        'EX',
        seconds(options.leaseMs),
      );
      if (set === 'OK') {
        const marks = await command('MGET', ...FORWARD_TARGETS.map((t) => sentKey(key, t)));
        const values = Array.isArray(marks) ? marks : [];
        if (values.some((v) => typeof v === 'string' && v !== fingerprint)) {
          await command('DEL', claimKey(key));
          return { kind: 'conflict' };
        }
        return {
          kind: 'new',
          forwarded: FORWARD_TARGETS.filter((_, i) => values[i] === fingerprint),
        };
      }
      const held = parseClaim(await command('GET', claimKey(key)));
      // Gone between SET and GET (its lease just ran out): the app's next try will claim it.
      if (held === null) return { kind: 'in-progress' };
      if (held.fingerprint !== fingerprint) return { kind: 'conflict' };
      return held.state === 'delivered' ? { kind: 'duplicate' } : { kind: 'in-progress' };
    },

    async markForwarded(key, fingerprint, target) {
      assertStoreKey(key);
      await command('SET', sentKey(key, target), fingerprint, 'EX', seconds(options.keepMs));
    },

    async markDelivered(key, fingerprint) {
      assertStoreKey(key);
      await command(
        'SET',
        claimKey(key),
        encode('delivered', fingerprint),
        'EX',
        seconds(options.keepMs),
      );
    },

    async release(key) {
      assertStoreKey(key);
      await command('DEL', claimKey(key));
    },
  };
}
