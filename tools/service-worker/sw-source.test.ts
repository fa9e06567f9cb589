import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  cacheName,
  CACHE_PREFIX,
  filesOnlyFor,
  isPrecached,
  serviceWorkerSource,
  type BuiltFile,
  type ChunkLinks,
} from './sw-source';

const runtime = readFileSync(new URL('./sw-runtime.js', import.meta.url), 'utf8');

const build: BuiltFile[] = [
  { fileName: 'index.html', source: '<!doctype html><script src="/assets/main-a1.js"></script>' },
  { fileName: 'assets/main-a1.js', source: 'console.log(1)' },
  { fileName: 'assets/chart-registry-b2.js', source: 'chart' },
  { fileName: 'assets/jspdf.es.min-c3.js', source: 'pdf' },
  { fileName: 'assets/start-app-d4.css', source: 'body{}' },
  { fileName: 'icon-192.png', source: new Uint8Array([137, 80, 78, 71]) },
  { fileName: 'manifest.webmanifest', source: '{}' },
  { fileName: '.vite/manifest.json', source: '{}' },
];

describe('cacheName', () => {
  it('is the same for the same files in any order', () => {
    expect(cacheName(build)).toBe(cacheName([...build].reverse()));
    expect(cacheName(build)).toMatch(new RegExp(`^${CACHE_PREFIX}[0-9a-f]{16}$`));
  });

  it.each([
    ['a changed byte in a chunk', (f: BuiltFile[]) => (f[2] = { ...f[2]!, source: 'chart!' })],
    ['a changed index.html', (f: BuiltFile[]) => (f[0] = { ...f[0]!, source: '<p>' })],
    ['a renamed file', (f: BuiltFile[]) => (f[3] = { ...f[3]!, fileName: 'assets/x.js' })],
    ['one more file', (f: BuiltFile[]) => f.push({ fileName: 'icon-512.png', source: 'x' })],
  ])('changes with %s', (_what, change) => {
    const next = [...build];
    change(next);
    expect(cacheName(next)).not.toBe(cacheName(build));
  });
});

describe('serviceWorkerSource', () => {
  it('precaches every file of the build but the bundler manifest and the worker', () => {
    const sw = serviceWorkerSource(
      [...build, { fileName: 'sw.js', source: 'old' }, { fileName: 'assets/a.js.map', source: '' }],
      '/',
      runtime,
    );
    expect(sw.precache).toEqual([
      '/assets/chart-registry-b2.js',
      '/assets/jspdf.es.min-c3.js',
      '/assets/main-a1.js',
      '/assets/start-app-d4.css',
      '/icon-192.png',
      '/index.html',
      '/manifest.webmanifest',
    ]);
    expect(sw.source).toContain(`const CACHE_NAME = "${sw.cacheName}";`);
    expect(sw.source.endsWith(runtime)).toBe(true);
  });

  it('does not let the bundler manifest or an old worker change the cache name', () => {
    const sw = serviceWorkerSource(build, '/', runtime);
    const again = serviceWorkerSource(
      [...build.slice(0, -1), { fileName: '.vite/manifest.json', source: '{"x":1}' }],
      '/',
      runtime,
    );
    expect(again.cacheName).toBe(sw.cacheName);
  });

  it('puts the base path in front of every path', () => {
    expect(serviceWorkerSource(build, '/assess/', runtime).precache).toContain(
      '/assess/index.html',
    );
  });

  it.each(['./', 'assess/', '/assess', ''])('refuses the relative base %j', (base) => {
    expect(() => serviceWorkerSource(build, base, runtime)).toThrow(/absolute base path/);
  });

  it('refuses a build without index.html', () => {
    expect(() => serviceWorkerSource(build.slice(1), '/', runtime)).toThrow(/no index\.html/);
  });

  it.each([
    ['.vite/manifest.json', false],
    ['sw.js', false],
    ['assets/main.js.map', false],
    ['assets/main.js', true],
    ['index.html', true],
  ])('isPrecached(%j) is %s', (file, expected) => {
    expect(isPrecached(file)).toBe(expected);
  });
});

describe('filesOnlyFor', () => {
  const chunk = (fileName: string, more: Partial<ChunkLinks> = {}): ChunkLinks => ({
    fileName,
    isEntry: false,
    facadeModuleId: null,
    imports: [],
    dynamicImports: [],
    assets: [],
    ...more,
  });
  const chunks = [
    chunk('assets/main.js', {
      isEntry: true,
      facadeModuleId: '/repo/index.html',
      imports: ['assets/start-app.js'],
      dynamicImports: ['assets/jspdf.js'],
    }),
    chunk('assets/embed.js', {
      isEntry: true,
      facadeModuleId: '/repo/embed.html',
      imports: ['assets/start-app.js', 'assets/frame-only.js'],
      assets: ['assets/embed.css'],
    }),
    chunk('assets/start-app.js', { assets: ['assets/start-app.css'] }),
    chunk('assets/frame-only.js', { dynamicImports: ['assets/jspdf.js'] }),
    chunk('assets/jspdf.js'),
  ];

  it('names what only the other page reaches, and keeps what the app shares with it', () => {
    const only = filesOnlyFor(chunks, (id) => id.endsWith('/embed.html'));
    expect([...only].sort()).toEqual([
      'assets/embed.css',
      'assets/embed.js',
      'assets/frame-only.js',
    ]);
  });

  it('names nothing when there is no other page', () => {
    expect(filesOnlyFor(chunks, () => false).size).toBe(0);
  });
});

/** A response as the fake network gives it: a status and a text. */
interface FakeResponse {
  ok: boolean;
  status: number;
  text: string;
  clone(): FakeResponse;
}
const respond = (status: number, text: string): FakeResponse => ({
  ok: status >= 200 && status < 300,
  status,
  text,
  clone: () => respond(status, text),
});
/** What the fake network does with a URL: answer, fail, or never answer. */
type Network = (url: string) => Promise<FakeResponse | string>;

/** Runs the generated worker in a fake global scope and records what its handlers do. */
function loadWorker(source: string, network?: Network) {
  const handlers = new Map<string, (event: unknown) => void>();
  const cached = new Map<string, string>();
  const deleted: string[] = [];
  let skipped = 0;
  const self = {
    location: { origin: 'https://assess.example' },
    addEventListener: (type: string, fn: (event: unknown) => void) => handlers.set(type, fn),
    skipWaiting: () => {
      skipped++;
      return Promise.resolve();
    },
    clients: { claim: () => Promise.resolve() },
  };
  const caches = {
    open: async () => ({
      addAll: async (requests: { url: string }[]) => {
        for (const r of requests) cached.set(r.url, `cached ${r.url}`);
      },
      match: async (path: string) => cached.get(path),
      put: async (path: string, response: FakeResponse) => {
        cached.set(path, `kept ${response.text}`);
      },
      delete: async (path: string) => cached.delete(path),
    }),
    keys: async () => ['fractional-fit-old', 'someone-else', CACHE],
    delete: async (key: string) => deleted.push(key),
  };
  let CACHE = '';
  class Request {
    constructor(
      readonly url: string,
      readonly init: unknown,
    ) {}
  }
  const fetch = async (request: { url: string }) =>
    network ? network(request.url) : `network ${request.url}`;
  runInNewContext(`${source}\nglobalThis.__cache = CACHE_NAME;`, {
    self,
    caches,
    Request,
    fetch,
    URL,
    Set,
    Promise,
    setTimeout,
    globalThis: {},
  });
  /** What the worker answers for a request, or 'network' when it does not intercept it. */
  const fetchEvent = async (url: string, init: { method?: string; mode?: string } = {}) => {
    let response: Promise<unknown> | undefined;
    handlers.get('fetch')!({
      request: { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' },
      respondWith: (r: Promise<unknown>) => (response = r),
    });
    return response ? await response : 'not intercepted';
  };
  const lifecycle = async (type: string, data?: unknown) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers.get(type)!({ data, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  return {
    fetchEvent,
    lifecycle,
    cached,
    deleted,
    skipped: () => skipped,
    setCache: (c: string) => (CACHE = c),
  };
}

describe('the generated worker', () => {
  const sw = serviceWorkerSource(build, '/', runtime);
  const origin = 'https://assess.example';

  async function installed() {
    const worker = loadWorker(sw.source);
    worker.setCache(sw.cacheName);
    await worker.lifecycle('install');
    return worker;
  }

  it('precaches every listed file on install', async () => {
    const worker = await installed();
    expect([...worker.cached.keys()].sort()).toEqual(sw.precache);
  });

  it('serves the app page from the cache for any query, offline or not', async () => {
    const worker = await installed();
    for (const url of [`${origin}/`, `${origin}/index.html`, `${origin}/?a=1#x`]) {
      expect(await worker.fetchEvent(url, { mode: 'navigate' })).toBe('cached /index.html');
    }
  });

  it('serves precached assets from the cache', async () => {
    const worker = await installed();
    expect(await worker.fetchEvent(`${origin}/assets/jspdf.es.min-c3.js`)).toBe(
      'cached /assets/jspdf.es.min-c3.js',
    );
  });

  it.each([
    ['a lead POST to the same origin', `${origin}/hook`, { method: 'POST' }],
    ['a lead POST to a webhook', 'https://leads.example/hook', { method: 'POST' }],
    ['a GET to another origin', 'https://cdn.example/logo.png', {}],
    ['a navigation to another origin', 'https://other.example/', { mode: 'navigate' }],
    ['the widget frame page', `${origin}/embed.html`, { mode: 'navigate' }],
    ['a file not in the build', `${origin}/embed.js`, {}],
    ['a PUT of a cached path', `${origin}/index.html`, { method: 'PUT' }],
  ])('leaves %s to the network', async (_what, url, init) => {
    const worker = await installed();
    expect(await worker.fetchEvent(url, init)).toBe('not intercepted');
  });

  it('never skips waiting on its own, only when the page asks', async () => {
    const worker = await installed();
    expect(worker.skipped()).toBe(0);
    await worker.lifecycle('activate');
    expect(worker.skipped()).toBe(0);
    await worker.lifecycle('message', { type: 'something-else' });
    expect(worker.skipped()).toBe(0);
    await worker.lifecycle('message', { type: 'SKIP_WAITING' });
    expect(worker.skipped()).toBe(1);
  });

  describe('config.json (replaced without a new build)', () => {
    const CONFIG = '/config.json';
    /** A network whose config.json answers as `answer` says; other files answer normally. */
    const withConfig =
      (answer: () => Promise<FakeResponse>): Network =>
      async (url) =>
        url.endsWith(CONFIG) ? answer() : `network ${url}`;

    async function installedWith(network: Network) {
      const worker = loadWorker(sw.source, network);
      worker.setCache(sw.cacheName);
      await worker.lifecycle('install');
      return worker;
    }

    it('is not part of the build’s precache, even when the build has one', () => {
      const withFile = serviceWorkerSource(
        [...build, { fileName: 'config.json', source: '{}' }],
        '/',
        runtime,
      );
      expect(withFile.precache).not.toContain(CONFIG);
      expect(withFile.cacheName).toBe(sw.cacheName);
    });

    it('is kept on install when the server has one, for offline use', async () => {
      const worker = await installedWith(withConfig(async () => respond(200, '{"v":1}')));
      expect(worker.cached.get(CONFIG)).toBe('kept {"v":1}');
    });

    it('asks the network first and keeps its answer: a replaced file wins at once', async () => {
      let served = '{"v":1}';
      const worker = await installedWith(withConfig(async () => respond(200, served)));
      served = '{"v":2}';
      const answer = (await worker.fetchEvent(`${origin}${CONFIG}`)) as FakeResponse;
      expect(answer.text).toBe('{"v":2}');
      expect(worker.cached.get(CONFIG)).toBe('kept {"v":2}');
    });

    it('a 404 drops the kept copy (the file was taken away)', async () => {
      let status = 200;
      const worker = await installedWith(withConfig(async () => respond(status, '{"v":1}')));
      status = 404;
      const answer = (await worker.fetchEvent(`${origin}${CONFIG}`)) as FakeResponse;
      expect(answer.status).toBe(404);
      expect(worker.cached.has(CONFIG)).toBe(false);
    });

    it.each([
      ['offline', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['a server error', async () => respond(503, 'busy')],
    ])('%s: the kept copy answers', async (_what, failure) => {
      let fail = false;
      const worker = await installedWith(
        withConfig(() => (fail ? failure() : Promise.resolve(respond(200, '{"v":1}')))),
      );
      fail = true;
      expect(await worker.fetchEvent(`${origin}${CONFIG}`)).toBe('kept {"v":1}');
    });

    it('a network that hangs: the kept copy answers after a few seconds', async () => {
      vi.useFakeTimers();
      try {
        let hang = false;
        const worker = await installedWith(
          withConfig(() =>
            hang ? new Promise<FakeResponse>(() => {}) : Promise.resolve(respond(200, '{"v":1}')),
          ),
        );
        hang = true;
        const answer = worker.fetchEvent(`${origin}${CONFIG}`);
        await vi.advanceTimersByTimeAsync(3_000);
        expect(await answer).toBe('kept {"v":1}');
      } finally {
        vi.useRealTimers();
      }
    });
  });

  it('deletes its older caches on activate, and only its own', async () => {
    const worker = await installed();
    await worker.lifecycle('activate');
    expect(worker.deleted).toEqual(['fractional-fit-old']);
  });
});
