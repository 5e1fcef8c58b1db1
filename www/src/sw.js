// The service worker: precaches every file of the site (the list and the version are written by
// scripts/build-www.mjs) and answers from that cache, so the playground works offline. It only
// ever handles requests for its own origin. A new build has a new version, hence a new cache;
// it waits until no page of the old version is open (so a page never mixes files of two builds),
// then deletes the old caches.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `pysunset-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("pysunset-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit =
        (await cache.match(request, { ignoreSearch: true })) ??
        (request.mode === "navigate" ? await cache.match("./") : undefined);
      return hit ?? fetch(request);
    })(),
  );
});
