// @ts-check
// The service worker: precaches every file of the site (the list, with each file's SHA-256, and
// the version are written by scripts/build-www.mjs) and answers from that cache, so the
// playground works offline. It only ever handles requests for its own origin.
//
// Updates, so that a page never runs on files of two builds:
// - A new build has a new version, hence a new cache, filled from the network (bypassing the
//   HTTP cache) and checked file by file against the build's hashes: a server or proxy that
//   sends a file of another build (a deploy half done, a stale CDN copy) fails the install,
//   and the browser tries again at its next update check.
// - The new worker then waits. The page offers "Reload to update", which posts `skip-waiting`;
//   the new worker activates, deletes the old caches and takes over the open pages, and each
//   of them reloads on `controllerchange` (main.js), from the new cache only. Without that, it
//   activates once no page of the old version is open.
/** This worker's global scope. */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const VERSION = "__VERSION__";
/** @type {{url: string, sha256: string}[]} */
const PRECACHE = __PRECACHE__;
const CACHE = `pysunset-${VERSION}`;

/** @param {ArrayBuffer} buffer */
const hex = (buffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

/**
 * Fetches one file of this build from the network and checks that it is that file.
 * @param {{url: string, sha256: string}} file
 * @returns {Promise<[string, Response]>}
 */
async function fetchChecked({ url, sha256 }) {
  const response = await fetch(new Request(url, { cache: "reload" }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const digest = hex(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  if (digest !== sha256) throw new Error(`${url} is not the file of build ${VERSION}: the server sent another build's copy`);
  return [url, response];
}

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Every file first, then the cache: a failed install leaves no half-filled cache.
      const files = await Promise.all(PRECACHE.map(fetchChecked));
      const cache = await caches.open(CACHE);
      await Promise.all(files.map(([url, response]) => cache.put(url, response)));
    })().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

sw.addEventListener("message", (event) => {
  if (event.data?.type === "skip-waiting") sw.skipWaiting();
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("pysunset-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== sw.location.origin) return;
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
