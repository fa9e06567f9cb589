import { describe, expect, it, vi } from 'vitest';
import { demoConfig } from '../core/demo-config';
import { fetchConfigFile, servedConfigDecision } from './served-config';

/** A fetch that answers every request with `status`, `body` and a content type. */
const answering =
  (status: number, body = '', type = 'application/json') =>
  async () =>
    new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': type } });

describe('fetchConfigFile', () => {
  it('returns the file’s text, asked for without the HTTP cache or foreign cookies', async () => {
    const fetch = vi.fn(answering(200, '{"a":1}'));
    expect(
      await fetchConfigFile('https://a.example/config.json', { fetch, credentials: 'omit' }),
    ).toEqual({ kind: 'found', text: '{"a":1}' });
    expect(fetch).toHaveBeenCalledWith(
      'https://a.example/config.json',
      expect.objectContaining({ cache: 'no-cache', credentials: 'omit' }),
    );
  });

  it.each([
    ['a 404', answering(404, 'Not found', 'text/plain')],
    ['a 410', answering(410)],
    ['a page served for every path', answering(200, '<!doctype html>', 'text/html; charset=utf-8')],
  ])('%s is no file', async (_what, fetch) => {
    expect(await fetchConfigFile('/config.json', { fetch })).toEqual({ kind: 'absent' });
  });

  it('a server error or a failed request is no answer, with the reason', async () => {
    expect(await fetchConfigFile('/config.json', { fetch: answering(503) })).toEqual({
      kind: 'unreachable',
      reason: 'HTTP 503',
    });
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchConfigFile('/config.json', { fetch: offline })).toEqual({
      kind: 'unreachable',
      reason: 'Failed to fetch',
    });
  });

  it('gives up when no answer comes in time', async () => {
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await fetchConfigFile('/config.json', { fetch: hang, waitMs: 20 })).toEqual({
      kind: 'unreachable',
      reason: 'no answer within 0 s',
    });
  });
});

describe('servedConfigDecision', () => {
  const demo = { config: demoConfig, source: 'demo' as const };

  it('keeps the start without a file', async () => {
    expect(await servedConfigDecision(demo, Promise.resolve({ kind: 'absent' }))).toEqual({
      kind: 'keep',
    });
  });

  it('reads a served file and switches to it', async () => {
    const msp = { ...demoConfig, brand: { ...demoConfig.brand, name: 'Contoso' } };
    const served = Promise.resolve({ kind: 'found' as const, text: JSON.stringify(msp) });
    expect(await servedConfigDecision(demo, served)).toEqual({
      kind: 'switch',
      start: { config: msp, source: 'configured' },
    });
  });
});
