/**
 * The lead store for a Node server: one small JSON file per key in a directory. A new claim is
 * created with link(2), which fails if the file exists, so two claims at once (even from two
 * processes) cannot both win; every later change is written to a temporary file, flushed, and
 * renamed over the old one, so a crash leaves either the old record or the new one, never half.
 * Taking over an expired or released claim assumes one relay process per directory.
 */
import { randomUUID } from 'node:crypto';
import { link, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assertStoreKey,
  FORWARD_TARGETS,
  STORE_KEY,
  type Claim,
  type ForwardTarget,
  type LeadStore,
  type StoreTiming,
} from './lead-store';

interface KeyRecord {
  v: 1;
  state: 'in-progress' | 'released' | 'delivered';
  fingerprint: string;
  forwarded: ForwardTarget[];
  /** Epoch ms: the lease's end (in-progress), or when the record may be forgotten. */
  until: number;
}

const RECORD_SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';

function parseRecord(text: string): KeyRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ok =
    r.v === 1 &&
    (r.state === 'in-progress' || r.state === 'released' || r.state === 'delivered') &&
    typeof r.fingerprint === 'string' &&
    Array.isArray(r.forwarded) &&
    r.forwarded.every((t) => (FORWARD_TARGETS as readonly unknown[]).includes(t)) &&
    typeof r.until === 'number' &&
    Number.isFinite(r.until);
  return ok ? (r as unknown as KeyRecord) : null;
}

const isCode = (error: unknown, code: string) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

export interface FileLeadStore extends LeadStore {
  /** Deletes records past their time and temporary files left by a crash; returns how many. */
  prune(): Promise<number>;
}

/** A store in `dir` (which must exist and be writable by this process only). */
export function createFileLeadStore(dir: string, timing: StoreTiming): FileLeadStore {
  const now = timing.now ?? Date.now;
  const locks = new Map<string, Promise<unknown>>();
  const pathOf = (key: string) => join(dir, `${key}${RECORD_SUFFIX}`);

  /** Runs `op` after every earlier operation on `key` in this process has finished. */
  function locked<T>(key: string, op: () => Promise<T>): Promise<T> {
    try {
      assertStoreKey(key);
    } catch (error) {
      return Promise.reject(error);
    }
    const before = locks.get(key) ?? Promise.resolve();
    const run = before.then(op, op);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    locks.set(key, settled);
    void settled.then(() => {
      if (locks.get(key) === settled) locks.delete(key);
    });
    return run;
  }

  /** A flushed temporary file holding `record`; the caller links or renames it into place. */
  async function writeTemp(key: string, record: KeyRecord): Promise<string> {
    const temp = join(dir, `.${key}.${randomUUID()}${TEMP_SUFFIX}`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  }

  async function replace(key: string, record: KeyRecord): Promise<void> {
    const temp = await writeTemp(key, record);
    try {
      await rename(temp, pathOf(key));
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  /** Creates the record only if none exists; false when one does. */
  async function create(key: string, record: KeyRecord): Promise<boolean> {
    const temp = await writeTemp(key, record);
    try {
      await link(temp, pathOf(key));
      return true;
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false;
      throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async function read(key: string): Promise<KeyRecord | null | 'unreadable'> {
    try {
      return parseRecord(await readFile(pathOf(key), 'utf8')) ?? 'unreadable';
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  const inProgress = (fingerprint: string, forwarded: ForwardTarget[]): KeyRecord => ({
    v: 1,
    state: 'in-progress',
    fingerprint,
    forwarded,
    until: now() + timing.leaseMs,
  });

  return {
    claim: (key, fingerprint) =>
      locked(key, async (): Promise<Claim> => {
        for (let tries = 0; tries < 3; tries++) {
          if (await create(key, inProgress(fingerprint, []))) return { kind: 'new', forwarded: [] };
          const found = await read(key);
          if (found === null) continue; // removed between the two steps: try again
          // A damaged record (a disk fault) is replaced: losing a lead is worse than a repeat.
          if (found === 'unreadable' || found.until <= now()) {
            const forwarded =
              found !== 'unreadable' &&
              found.fingerprint === fingerprint &&
              found.state !== 'delivered'
                ? found.forwarded
                : [];
            await replace(key, inProgress(fingerprint, forwarded));
            return { kind: 'new', forwarded };
          }
          if (found.fingerprint !== fingerprint) return { kind: 'conflict' };
          if (found.state === 'delivered') return { kind: 'duplicate' };
          if (found.state === 'in-progress') return { kind: 'in-progress' };
          await replace(key, inProgress(fingerprint, found.forwarded));
          return { kind: 'new', forwarded: found.forwarded };
        }
        return { kind: 'in-progress' };
      }),

    markForwarded: (key, fingerprint, target) =>
      locked(key, async () => {
        const found = await read(key);
        if (found === null || found === 'unreadable' || found.fingerprint !== fingerprint) return;
        if (found.forwarded.includes(target)) return;
        await replace(key, { ...found, forwarded: [...found.forwarded, target] });
      }),

    markDelivered: (key, fingerprint) =>
      locked(key, async () => {
        const found = await read(key);
        const forwarded = found !== null && found !== 'unreadable' ? found.forwarded : [];
        await replace(key, {
          v: 1,
          state: 'delivered',
          fingerprint,
          forwarded,
          until: now() + timing.keepMs,
        });
      }),

    release: (key) =>
      locked(key, async () => {
        const found = await read(key);
        if (found === null || found === 'unreadable' || found.state !== 'in-progress') return;
        if (found.forwarded.length === 0) {
          await unlink(pathOf(key)).catch((e: unknown) => {
            if (!isCode(e, 'ENOENT')) throw e;
          });
        } else {
          // Keep which targets took it, so the next claim does not send it to them again.
          await replace(key, { ...found, state: 'released', until: now() + timing.keepMs });
        }
      }),

    async prune() {
      let removed = 0;
      for (const name of await readdir(dir)) {
        const path = join(dir, name);
        if (name.endsWith(TEMP_SUFFIX)) {
          const info = await stat(path).catch(() => null);
          if (info && now() - info.mtimeMs > 60 * 60_000) {
            await unlink(path).catch(() => undefined);
            removed++;
          }
          continue;
        }
        const key = name.slice(0, -RECORD_SUFFIX.length);
        if (!name.endsWith(RECORD_SUFFIX) || !STORE_KEY.test(key)) continue;
        await locked(key, async () => {
          const found = await read(key);
          if (found !== null && found !== 'unreadable' && found.until <= now()) {
            await unlink(path).catch(() => undefined);
            removed++;
          }
        }).catch(() => undefined);
      }
      return removed;
    },
  };
}
