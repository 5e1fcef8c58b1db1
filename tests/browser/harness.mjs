// Shared setup of the browser tests: serves www/dist on 127.0.0.1, launches Debian's Chromium
// through playwright-core (headless, fresh profile, flags from ../shared/TOOLCHAIN.md), records
// every request and every console error, and writes screenshots to tests/out/.
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../wasm/fixtures.mjs";
import { serve } from "../../scripts/serve.mjs";

const require = createRequire(join(root, "www", "package.json"));
const { chromium } = require("playwright-core");

/** The build under test: www/dist, or PYSUNSET_WWW_DIST (to show a test fails on an older build). */
export const dist = process.env.PYSUNSET_WWW_DIST ?? join(root, "www", "dist");
export const outDir = join(root, "tests", "out");
const CHROMIUM = process.env.PYSUNSET_CHROMIUM ?? "/usr/bin/chromium";

/** Starts the server (of `directory`, www/dist by default) and the browser. Call `close()` when done. */
export async function start({ serviceWorkers = "block", directory = dist } = {}) {
  for (const path of [join(directory, "index.html"), CHROMIUM]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run bash scripts/build-www.sh (and setup with PYSUNSET_NEED_BROWSER=1)`);
  }
  mkdirSync(outDir, { recursive: true });
  const responses = [];
  const { server, url } = await serve(directory, { onResponse: (response) => responses.push(response) });
  const profile = mkdtempSync(join(tmpdir(), "pysunset-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 800 },
    serviceWorkers,
    acceptDownloads: true,
  });
  const requests = [];
  const errors = [];
  context.on("request", (request) => requests.push(request.url()));
  const watch = (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  return {
    url,
    context,
    requests,
    responses,
    errors,
    /** A page of the playground, loaded and with its engine ready. */
    async open(path = "") {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url + path);
      await waitReady(page);
      return page;
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the engine has checked the editor's text once and what loads right after the
 * first findings is in: CodeMirror has taken over from the plain editor, the catalogue's
 * reasons are in the findings list.
 */
export async function waitReady(page) {
  await page.waitForFunction(() => window.pysunset && window.pysunset.checksDone() > 0 && window.pysunset.timings.later !== null && window.pysunset.view(), null, {
    timeout: 30000,
  });
}

/** Replaces the editor's content as a paste would, and waits for the check of that text. */
export async function setEditorText(page, text) {
  const before = await page.evaluate(() => window.pysunset.checksDone());
  await page.evaluate((value) => {
    const view = window.pysunset.view();
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value }, userEvent: "input.paste" });
  }, text);
  await page.waitForFunction((count) => window.pysunset.checksDone() > count, before);
}

/** The findings of the file in the editor, as the page holds them. */
export function editorFindings(page) {
  return page.evaluate(() => window.pysunset.state.files.get(window.pysunset.state.current).findings);
}

/** A screenshot into tests/out/NAME.png. */
export function screenshot(page, name, options = {}) {
  return page.screenshot({ path: join(outDir, `${name}.png`), ...options });
}

/**
 * Drops files ({name, text}) on the element `selector` matches, as a person dragging them from
 * a file manager would (a DataTransfer of Files), and waits for the drop's check.
 */
export async function dropFiles(page, files, selector = "body", { wait = true } = {}) {
  const before = await page.evaluate(() => window.pysunset.state.batchesDone);
  await page.evaluate(
    ({ files, selector }) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([file.text], file.name));
      const target = document.querySelector(selector);
      target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { files, selector },
  );
  if (wait) await page.waitForFunction((n) => window.pysunset.state.batchesDone > n, before, { timeout: 60000 });
}

/**
 * Runs `work()` while Chromium traces, and returns the tasks the pages' main threads ran
 * meanwhile: `{ name, wall, cpu }` in ms, longest CPU time first. `cpu` is the thread's own
 * time (what the page computed), `wall` also counts the time the thread waited for a core: on
 * a loaded machine the two differ by seconds, and only `cpu` says whether the page blocks.
 */
export async function mainThreadTasks(page, work) {
  const client = await page.context().newCDPSession(page);
  const events = [];
  client.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => client.once("Tracing.tracingComplete", resolve));
  await client.send("Tracing.start", {
    traceConfig: { includedCategories: ["toplevel", "disabled-by-default-devtools.timeline"] },
    transferMode: "ReportEvents",
  });
  try {
    await work();
  } finally {
    await client.send("Tracing.end");
    await complete;
    await client.detach();
  }
  const mainThreads = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === "X" && /RunTask$/.test(e.name) && mainThreads.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined)
    .map((e) => ({ name: e.name, wall: e.dur / 1000, cpu: e.tdur / 1000 }))
    .sort((a, b) => b.cpu - a.cpu);
}
