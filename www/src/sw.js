// @ts-check
// The service worker: precaches every file of the site (the list, with each file's SHA-256, and
// the version are written by scripts/build-www.mjs) and answers from that cache, so the
// playground works offline. It only ever handles requests for its own origin.
//
// Updates, so that a page never runs on files of two builds:
// - A new build has a new version, hence a new cache, filled from the browser's HTTP cache (what
//   the page already fetched) or the network and checked file by file against the build's
//   hashes: a copy of another build is fetched again past the HTTP cache, and a server or proxy
//   that sends a file of another build (a deploy half done, a stale CDN copy) fails the install,
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
 * One file of this build, checked against its SHA-256: from the HTTP cache when the page already
 * fetched it (the first visit downloads each file once: the page's copy is reused, not fetched
 * again), else from the network. A cached copy of another build's file (an earlier visit's)
 * fails the check and is fetched again, bypassing the HTTP cache.
 * @param {{url: string, sha256: string}} file
 * @returns {Promise<Response>}
 */
async function fetchChecked({ url, sha256 }) {
  const cached = await fetchAs(url, "force-cache", sha256).catch(() => null);
  return cached ?? (await fetchAs(url, "reload", sha256));
}

/**
 * Fetches `url` with the HTTP cache mode `mode` and checks that it is this build's file.
 * @param {string} url
 * @param {RequestCache} mode
 * @param {string} sha256
 */
async function fetchAs(url, mode, sha256) {
  const response = await fetch(new Request(url, { cache: mode }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const digest = hex(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  if (digest !== sha256) throw new Error(`${url} is not the file of build ${VERSION}: the server sent another build's copy`);
  return response;
}

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Every file first, then the cache: a failed install leaves no half-filled cache. A file
      // listed under two URLs ("./" and "index.html") is fetched once.
      /** @type {Map<string, Promise<Response>>} */
      const fetching = new Map();
      const files = await Promise.all(
        PRECACHE.map(async (file) => {
          let response = fetching.get(file.sha256);
          if (response === undefined) {
            response = fetchChecked(file);
            fetching.set(file.sha256, response);
          }
          return /** @type {const} */ ([file.url, (await response).clone()]);
        }),
      );
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
