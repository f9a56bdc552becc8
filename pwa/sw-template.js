/* backend-ready service worker for the standalone page: serves the app shell from a
 * versioned cache so the page opens and works with no network. Generated per build by
 * scripts/service-worker.mjs (the cache name and the file list are filled in). */
const CACHE = __CACHE_NAME__;
const PRECACHE = __PRECACHE__;
const PREFIX = "backend-ready-";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// A new version takes over only once no page runs the old one (no skipWaiting), then
// deletes every older cache of ours.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// Cache first, from this version's cache only: `caches.match` with a cache name never
// re-creates a cache a newer version has deleted.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const navigate = request.mode === "navigate";
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: navigate }).then((hit) => {
      if (hit) return hit;
      if (navigate) return caches.match("./", { cacheName: CACHE }).then((shell) => shell || fetch(request));
      return fetch(request);
    }),
  );
});
