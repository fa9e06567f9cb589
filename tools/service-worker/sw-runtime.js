/**
 * The service worker's code. tools/service-worker/sw-source.ts puts three constants above it at
 * build time: CACHE_NAME (one per build, from the files' contents), BASE (where the app is
 * served, e.g. "/") and PRECACHE (the paths of every file of the app's build). It never calls skipWaiting on its own: a new version waits
 * until the page asks (SKIP_WAITING), which the page does only outside an assessment.
 */
/* global CACHE_NAME, BASE, PRECACHE */
const precached = new Set(PRECACHE);
// The app's own page; other pages on this origin (the widget's embed.html) are left alone.
const SHELL = `${BASE}index.html`;
const APP_PAGES = new Set([BASE, SHELL]);
// The MSP's configuration beside the page. It is replaced without a new build (that is its
// point), so it is never precached with the build's files: the network answers first, and the
// copy kept here only when the network does not answer in time (offline, a dead connection).
const CONFIG = `${BASE}config.json`;
const CONFIG_WAIT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      // Straight from the server: a stale HTTP cache must not end up in a new version's cache.
      .then((cache) =>
        cache
          .addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))
          .then(() => keepConfig(cache)),
      ),
  );
});

/** Keeps the served config.json for offline use, if there is one; a failure changes nothing. */
async function keepConfig(cache) {
  try {
    const response = await fetch(new Request(CONFIG, { cache: 'reload' }));
    if (response.ok) await cache.put(CONFIG, response);
  } catch {
    // Offline while installing: the page's own request will keep it later.
  }
}

/**
 * config.json, network first: a fresh answer is kept (a 404 drops the kept copy, since the MSP
 * took the file away); no answer within CONFIG_WAIT_MS, or none at all, gets the kept copy.
 */
async function configNetworkFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(CONFIG, response.clone());
    else if (response.status === 404) await cache.delete(CONFIG);
    return response;
  });
  const late = new Promise((resolve) => setTimeout(() => resolve(null), CONFIG_WAIT_MS));
  const first = await Promise.race([network.catch(() => null), late]);
  if (first && (first.ok || first.status === 404)) return first;
  const kept = await cache.match(CONFIG);
  // Nothing kept: the network's answer after all, even a failure, for the page to handle.
  return kept ?? first ?? network;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('fractional-fit-') && key !== CACHE_NAME)
            .map((key) => caches.delete(key)),
        ),
      )
      // The first install takes the open page at once, so it works offline without a reload.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The cached copy of a path, else the network (and the network's answer is not stored). */
async function fromCache(path, request) {
  const cache = await caches.open(CACHE_NAME);
  const hit = await cache.match(path);
  return hit ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Lead posts and anything else that is not a GET go to the network untouched.
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // So do other origins (webhooks, a logo on the MSP's site).
  if (url.origin !== self.location.origin) return;
  if (url.pathname === CONFIG) {
    event.respondWith(configNetworkFirst(request));
    return;
  }
  if (request.mode === 'navigate') {
    // The page of this version, whatever the query: it matches the cached scripts.
    if (APP_PAGES.has(url.pathname)) event.respondWith(fromCache(SHELL, request));
    return;
  }
  if (precached.has(url.pathname)) event.respondWith(fromCache(url.pathname, request));
});
