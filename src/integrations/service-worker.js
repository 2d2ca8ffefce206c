/*
 * The digest's service worker (browser JS). The build prepends `const PRECACHE = {version, base,
 * urls, notFound}` (see offline.ts) and writes the result to `sw.js` at the base path.
 *
 * - install: precache the manifest into a cache named by the build's content hash;
 * - activate: delete caches of older builds, take control of open pages;
 * - pages: network first (a reader online always gets the current build), cached copy offline;
 * - everything else (hashed assets, the search index): this build's cached copy first, else the
 *   network, caching what is fetched (cache on visit for pages beyond the precache cap).
 * Pagefind adds a cache-busting `?ts=` query to some requests, so lookups ignore the query.
 */
/* global PRECACHE */
const PREFIX = 'news-digest-';
const CACHE = PREFIX + PRECACHE.version;
/** Pages served from the cache because the network failed, by client id (for the offline notice). */
const servedFromCache = new Set();

/** Fetches and stores every manifest URL, a few at a time; a missing file does not fail the install. */
async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHE.urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const response = await fetch(url, { cache: 'reload' });
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline during install: the page is cached on visit instead.
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

/** Network first; on failure the cached page, else the cached 404 page. */
async function page(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok) await cache.put(event.request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(event.request, { ignoreSearch: true })) ?? (await cache.match(PRECACHE.notFound));
    if (!cached) throw error;
    if (event.resultingClientId) servedFromCache.add(event.resultingClientId);
    return cached;
  }
}

/** This build's cached copy first, else the network (and keep what it returns). */
async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(PRECACHE.base) || url.pathname === `${PRECACHE.base}sw.js`) return;
  event.respondWith(request.mode === 'navigate' ? page(event) : asset(request));
});

// A page asks whether it was served from the cache (to show the offline notice).
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-status' || !event.source) return;
  const cached = servedFromCache.has(event.source.id);
  servedFromCache.delete(event.source.id);
  event.source.postMessage({ type: 'cache-status', cached, version: PRECACHE.version });
});
