/**
 * Reading a config.json over the network: the one served beside the standalone page, or the one
 * a widget's `data-config` names. What the file says is checked in core (config-file.ts); here
 * only how it was answered: a file, no file, or no answer in time.
 */
import type { ServedConfigFile, StartDecision } from '../core/config-file';
import type { ConfigStart } from '../core/types';

/** How long the page waits for its config.json before it keeps what it was built with. */
export const CONFIG_WAIT_MS = 5_000;

/** fetch's signature, passed in so tests and the widget's realm choose theirs. */
type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Asks for a config.json, bypassing the HTTP cache (the app's offline cache answers network
 * first). A 404, or a page answered instead of a file (a host that serves index.html for every
 * path), is no file; any other failure, or no answer within `waitMs`, is no answer.
 */
export async function fetchConfigFile(
  url: string,
  {
    fetch = globalThis.fetch.bind(globalThis),
    waitMs = CONFIG_WAIT_MS,
    credentials = 'same-origin',
  }: { fetch?: Fetch; waitMs?: number; credentials?: RequestCredentials } = {},
): Promise<ServedConfigFile> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), waitMs);
  try {
    const response = await fetch(url, {
      cache: 'no-cache',
      credentials,
      headers: { Accept: 'application/json' },
      signal: abort.signal,
    });
    if (response.status === 404 || response.status === 410) return { kind: 'absent' };
    if (!response.ok) return { kind: 'unreachable', reason: `HTTP ${response.status}` };
    if (/^text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) {
      return { kind: 'absent' };
    }
    return { kind: 'found', text: await response.text() };
  } catch (e) {
    const reason = abort.signal.aborted
      ? `no answer within ${Math.round(waitMs / 1000)} s`
      : e instanceof Error
        ? e.message
        : String(e);
    return { kind: 'unreachable', reason };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the standalone page does with the config.json served beside it. Reading and checking the
 * file loads only when there is one, so a page without it (the demo) loads nothing more.
 */
export function servedConfigDecision(
  built: ConfigStart,
  served: Promise<ServedConfigFile>,
): Promise<StartDecision> {
  return served.then((file) =>
    file.kind === 'found'
      ? import('../core/config-file').then((m) => m.decideStart(built, file))
      : { kind: 'keep' as const },
  );
}
