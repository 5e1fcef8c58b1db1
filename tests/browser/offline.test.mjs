// The first visit and offline use, in Chromium: time to first findings and the bytes sent on
// the first load (gzip), the service worker precaching every file of the build, then the page
// reloaded with the network off: it still checks code, opens files and shows the docs. No
// request ever leaves 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { start, waitReady, setEditorText, editorFindings, screenshot, dist } from "./harness.mjs";

let browser;
let page;
before(async () => {
  browser = await start({ serviceWorkers: "allow" });
  page = await browser.open();
});
after(async () => {
  await browser?.close();
});

test("first visit: findings within a second of load, and the bytes it costs", async () => {
  const timings = await page.evaluate(() => window.pysunset.timings);
  // What the page itself fetched, up to what it loads right after its first findings (which
  // waitReady waited for): its Resource Timing, which the service worker's precache is not in.
  // (The server's log cannot tell the two apart: the precache fetches what the page has not
  // fetched yet with an ordinary request, and under load it starts before this test reads.)
  const firstLoad = await page.evaluate(() =>
    [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({ path: new URL(e.name).pathname, bytes: e.transferSize })),
  );
  const bytes = firstLoad.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `# first visit: app.js runs at ${timings.script.toFixed(0)} ms, engine ready ${timings.engineReady.toFixed(0)} ms, first findings ${timings.firstFindings.toFixed(0)} ms after navigation; ` +
      `${firstLoad.length} responses, ${(bytes / 1024).toFixed(0)} KB sent compressed (${firstLoad.map((r) => r.path).join(" ")})`,
  );
  // What the page had fetched when its first findings were shown (the Resource Timing of the
  // browser itself: bytes on the wire, headers included; the navigation's document too).
  const early = await page.evaluate((at) => {
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].filter((e) => e.responseEnd <= at);
    return { count: entries.length, bytes: entries.reduce((sum, e) => sum + e.transferSize, 0), names: entries.map((e) => new URL(e.name).pathname) };
  }, timings.firstFindings);
  console.log(`# before the first findings: ${early.count} responses, ${early.bytes} B (${(early.bytes / 1024).toFixed(0)} KB) on the wire (${early.names.join(" ")})`);
  // The goal is 1 s on an idle machine (measured in the README); the bound leaves room for load.
  assert.ok(timings.firstFindings < 3000, `first findings after ${timings.firstFindings} ms`);
  // A budget that catches regressions: 615 KB on 2026-12-01 (wasm 453 KB, app.js 164 KB) after
  // the 296-row catalogue and notebook fixes; a playground-only engine build would shrink it.
  // (counted up to the first findings: what loads after them, the editor's grammar and search,
  // is not in the budget; 610 KB on 2026-12-04 with a 485 KB wasm, 621 KB before the lazy parts)
  // 678 KB (694,628 B) on 2026-12-04 evening after the catalogue grew from 296 to 698 rows
  // (+59 KB gzip of wasm: rows, whys and examples) and the core took over decoding and
  // arguments (+27 KB): a regression against issue 15's 400 KB goal, budgeted here so that the
  // next growth is seen; the way down is a playground engine without CLI-only code.
  // 536 KB (548,xxx B) on 2026-12-04 late with that engine (pkg/www: no cli feature, built for
  // size; its wasm 410 KB gzip against the npm package's 545 KB). Still above the 400 KB goal:
  // the wasm's data (Python's parse tables, the catalogue's text) is 172 KB gzip of it.
  // 448 KB (458,611 B) on 2026-12-05 with the 709-row catalogue: the engine without the
  // catalogue's before/after programs (the docs fetch examples.json) and without `render` (a
  // module of its own, loaded on the first export), CodeMirror's history, commands and
  // language support loaded after the first findings, and the precompressed copies written by
  // zopfli (472 KB by zlib's level 9). Still above issue 15's 400 KB.
  // 385 KB (394,089 B) on 2026-12-05 later: a plain editor (a textarea) until the first
  // findings, CodeMirror (139 KB, all of it) loaded after them and taking over; then 377 KB
  // (385,612 B) with the catalogue's reasons out of the engine (whys.json, 14 KB, fetched
  // after the first findings). Issue 15's 400 KB is met; its 250 KB is not (the engine alone
  // is 355 KB). 397 KB (406,493 B) after the core took over CPython's Korean and Big5 codecs
  // (their valid-byte runs, the Big5 characters and the UHC bitmap: +20 KB): the budget is
  // issue 15's goal itself now; those tables, fetched with the first such file, are the next cut.
  // 335 KB (343,178 B) on 2026-12-05 evening, from 409,080 B: the first findings wait for the
  // first module only (pysunset_bg.wasm, the `first-only` feature: 324,890 B gzip -9 against
  // the full engine's 398,160 B), the full engine (engine_bg.wasm) loads on its first use;
  // 330 KB (338,269 B) with the package's index.js and the full engine's glue loaded with it.
  // 291 KB (297,717 B) on 2026-12-06 with brotli: build-www.mjs writes FILE.br (quality 11)
  // beside FILE.gz and the server sends it to browsers that take `br` (Chromium does, on
  // localhost too), as static hosts do; a host that sends only gzip sends 339 KB. 296 KB
  // (303,164 B) with the session's merges.
  assert.ok(early.bytes < 400 * 1024, `${early.bytes} bytes before the first findings`);
  // The full engine (fixes, drops, notebooks, the docs' catalogue) is not what they wait for.
  assert.ok(!early.names.includes("/engine_bg.wasm"), `the full engine loaded before the first findings`);
  // (with what the page loads right after them: CodeMirror; 548 KB, 560,955 B, with the
  // Korean and Big5 codec tables)
  assert.ok(bytes < 560 * 1024, `${bytes} bytes in all`);
  assert.ok((await editorFindings(page)).length >= 3);
});

test("the service worker precaches every file of the build in a versioned cache", async () => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  const sw = readFileSync(join(dist, "sw.js"), "utf8");
  const version = sw.match(/const VERSION = "([0-9a-f]{12})"/)[1];
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, urls: (await cache.keys()).map((request) => new URL(request.url).pathname) };
  });
  assert.deepEqual(cached.keys, [`pysunset-${version}`]);
  const files = readdirSync(dist).filter((name) => name !== "sw.js" && !name.endsWith(".gz") && !name.endsWith(".br"));
  assert.deepEqual([...cached.urls].sort(), ["/", ...files.map((name) => `/${name}`)].sort());
  assert.match(await page.textContent("#offline-status"), /Works offline/);
});

test("each file is downloaded once: the service worker's precache reuses what the page fetched", () => {
  // Every response so far: the first load, what loaded after the first findings, and the
  // precache of the whole build (the previous test waited for it). A file the page fetched is
  // taken from the HTTP cache by the service worker, not downloaded again.
  // (The browser revalidates some files it loads itself, such as the favicon: the server
  // answers 304, without the file.)
  const counts = new Map();
  for (const response of browser.responses.filter((r) => r.status === 200)) counts.set(response.path, (counts.get(response.path) ?? 0) + 1);
  const twice = [...counts].filter(([, count]) => count > 1);
  assert.deepEqual(twice, [], `downloaded more than once: ${twice.map(([path, count]) => `${path} x${count}`).join(", ")}`);
  const revalidated = browser.responses.filter((r) => r.status === 304).map((r) => r.path);
  // And every file of the build was downloaded (the precache is complete).
  const files = readdirSync(dist).filter((name) => !name.endsWith(".gz") && !name.endsWith(".br"));
  // (index.html is the navigation's "/", which the worker also caches as index.html)
  assert.deepEqual(files.filter((name) => !counts.has(name === "index.html" ? "/" : `/${name}`)), []);
  const bytes = browser.responses.reduce((sum, response) => sum + response.bytes, 0);
  console.log(
    `# first visit and precache: ${browser.responses.length} requests, ${counts.size} files downloaded once each, ` +
      `${(bytes / 1024).toFixed(0)} KB sent gzipped; revalidated unchanged (304): ${revalidated.join(" ") || "none"}`,
  );
  assert.deepEqual(browser.responses.filter((r) => r.status !== 200 && r.status !== 304), []);
});

test("the web manifest names the app and its icons, which are served as images", async () => {
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const data = await (await fetch(link.href)).json();
    const icons = [];
    for (const icon of data.icons) {
      const response = await fetch(new URL(icon.src, link.href));
      const bytes = new Uint8Array(await response.arrayBuffer());
      icons.push({ src: icon.src, type: response.headers.get("content-type"), head: [...bytes.slice(0, 4)] });
    }
    return { name: data.name, start: data.start_url, display: data.display, icons };
  });
  assert.equal(manifest.name, "pysunset playground");
  assert.equal(manifest.start, "./");
  assert.equal(manifest.display, "standalone");
  const png = [0x89, 0x50, 0x4e, 0x47];
  assert.deepEqual(manifest.icons.map((icon) => [icon.src, icon.type]), [
    ["icon.svg", "image/svg+xml"],
    ["icon-192.png", "image/png"],
    ["icon-512.png", "image/png"],
  ]);
  assert.deepEqual(manifest.icons[1].head, png);
  assert.deepEqual(manifest.icons[2].head, png);
});

test("offline: the page reloads, checks code, opens files and shows the docs", async () => {
  const served = browser.responses.length;
  await browser.context.setOffline(true);
  await page.reload();
  await waitReady(page);
  assert.equal(browser.responses.length, served, "nothing was fetched from the server");
  await setEditorText(page, "import asyncore\nimport imp\n");
  assert.deepEqual((await editorFindings(page)).map((f) => f.symbol), ["asyncore", "imp"]);
  // The reasons are not in the page's engine either: whys.json, from the cache.
  assert.equal(await page.evaluate(async () => (await window.pysunset.fullEngine()).catalogue().filter((entry) => entry.why !== "").length), 0);
  await page.locator("#findings details.why").first().waitFor();
  assert.equal(await page.locator("#findings details.why").count(), 2);
  assert.match(await page.locator("#findings details.why p").first().textContent(), /\w{4,}/);
  // A drop uses the worker pool, whose scripts and wasm come from the cache too.
  const count = await page.evaluate(() => window.pysunset.state.batchesDone);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["from distutils.core import setup\n"], "setup.py"));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction((n) => window.pysunset.state.batchesDone > n, count);
  assert.equal(await page.locator("#findings .file-group h3 .path", { hasText: "setup.py" }).count(), 1);
  await page.click("#tab-docs");
  await page.locator(".doc-entry").first().waitFor();
  assert.ok((await page.locator(".doc-entry").count()) > 200);
  // The entries' before/after programs are not in the page's engine: they come from
  // examples.json, which the service worker cached with the rest of the build.
  const entries = page.locator(".doc-entry:not(.doc-behaviour)");
  assert.equal(await entries.count(), await page.evaluate(async () => (await window.pysunset.fullEngine()).catalogue().length));
  assert.equal(await page.evaluate(async () => (await window.pysunset.fullEngine()).catalogue().filter((entry) => entry.before !== "").length), 0);
  assert.equal(await entries.locator(".try-it").count(), await entries.count());
  const asyncore = page.locator(".doc-entry", { has: page.locator("h3 code", { hasText: /^asyncore$/ }) });
  assert.match(await asyncore.locator(".examples figure").first().locator("pre").textContent(), /import asyncore/);
  await screenshot(page, "offline-docs");
  await browser.context.setOffline(false);
});

test("no request left 127.0.0.1 and nothing failed", () => {
  assert.ok(browser.requests.length > 5);
  assert.deepEqual(browser.requests.filter((url) => !url.startsWith(browser.url) && !/^(blob|data):/.test(url)), []);
  assert.deepEqual(browser.errors, []);
});
