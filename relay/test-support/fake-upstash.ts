/**
 * A stand-in for Upstash's Redis REST API, enough for the relay's store: POST / with a JSON
 * array (command and arguments) and `Authorization: Bearer <token>`; answers `{ result }` or
 * `{ error }` with 400 (401 for a wrong token), as Upstash does. Commands: SET (NX, XX, EX, PX),
 * GET, MGET, DEL. Expiry follows the clock given, so a test can move time on.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUpstash {
  url: string;
  token: string;
  /** Every command received, in order. */
  commands: string[][];
  /** The keys held now (expired ones dropped). */
  keys(): string[];
  /** The next `count` commands answer 500 with an error body. */
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startFakeUpstash(
  options: { token?: string; now?: () => number } = {},
): Promise<FakeUpstash> {
  const token = options.token ?? 'fake-upstash-token-0123456789';
  const now = options.now ?? Date.now;
  const data = new Map<string, { value: string; expiresAt: number | null }>();
  const commands: string[][] = [];
  let failures = 0;

  const live = (key: string) => {
    const entry = data.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= now()) {
      data.delete(key);
      return undefined;
    }
    return entry;
  };

  function run(args: string[]): { result: unknown } | { error: string } {
    const [name, ...rest] = args;
    switch (name?.toUpperCase()) {
      case 'SET': {
        const [key, value, ...flags] = rest;
        if (key === undefined || value === undefined)
          return { error: 'ERR wrong number of arguments' };
        let nx = false;
        let xx = false;
        let ttlMs: number | null = null;
        for (let i = 0; i < flags.length; i++) {
          const flag = flags[i]?.toUpperCase();
          if (flag === 'NX') nx = true;
          else if (flag === 'XX') xx = true;
          else if (flag === 'EX' || flag === 'PX') {
            const n = Number(flags[++i]);
            if (!Number.isInteger(n) || n <= 0) return { error: 'ERR invalid expire time in set' };
            ttlMs = flag === 'EX' ? n * 1000 : n;
          } else return { error: 'ERR syntax error' };
        }
        const exists = live(key) !== undefined;
        if ((nx && exists) || (xx && !exists)) return { result: null };
        data.set(key, { value, expiresAt: ttlMs === null ? null : now() + ttlMs });
        return { result: 'OK' };
      }
      case 'GET':
        return rest.length === 1
          ? { result: live(rest[0] as string)?.value ?? null }
          : { error: 'ERR wrong number of arguments' };
      case 'MGET':
        return { result: rest.map((k) => live(k)?.value ?? null) };
      case 'DEL': {
        let removed = 0;
        for (const k of rest) if (live(k) !== undefined && data.delete(k)) removed++;
        return { result: removed };
      }
      default:
        return { error: `ERR unknown command '${name}'` };
    }
  }

  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(401, { error: 'Unauthorized' });
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      let args: unknown;
      try {
        args = JSON.parse(text);
      } catch {
        return send(400, { error: 'ERR failed to parse command' });
      }
      if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
        return send(400, { error: 'ERR command must be an array of strings' });
      }
      commands.push(args);
      if (failures > 0) {
        failures--;
        return send(500, { error: 'ERR server fault on purpose' });
      }
      const reply = run(args);
      send('error' in reply ? 400 : 200, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    commands,
    keys: () => [...data.keys()].filter((k) => live(k) !== undefined),
    failNext: (count) => {
      failures = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
