#!/usr/bin/env node
// Lighthouse on the playground (www/dist, built by scripts/build-www.sh), served on 127.0.0.1 by
// scripts/serve.mjs, in the machine's Chromium (/usr/bin/chromium, or PYSUNSET_CHROMIUM) with the
// flags of ../shared/TOOLCHAIN.md. Installs Lighthouse into scripts/lighthouse/ on first use (it
// is not one of the test dependencies). Prints the four category scores for the mobile (default)
// and desktop presets, and writes the full reports to tests/out/lighthouse-*.json.
//   node scripts/lighthouse-www.mjs [DIR]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "./serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const tool = join(root, "scripts", "lighthouse");
const directory = resolve(process.argv[2] ?? join(root, "www", "dist"));
if (!existsSync(join(directory, "index.html"))) throw new Error(`${directory}/index.html is missing: run bash scripts/build-www.sh`);
if (!existsSync(join(tool, "node_modules", "lighthouse"))) {
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: tool, stdio: "inherit" });
}
const require = createRequire(join(tool, "package.json"));
const { default: lighthouse } = await import(pathToFileURL(require.resolve("lighthouse")).href);
const desktopConfig = (await import(pathToFileURL(join(tool, "node_modules", "lighthouse", "core", "config", "desktop-config.js")).href)).default;
const chromeLauncher = await import(pathToFileURL(require.resolve("chrome-launcher")).href);

const { server, url } = await serve(directory);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.PYSUNSET_CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const out = join(root, "tests", "out");
mkdirSync(out, { recursive: true });
const scores = {};
try {
  for (const [name, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, config);
    writeFileSync(join(out, `lighthouse-${name}.json`), result.report);
    const { categories, audits } = result.lhr;
    scores[name] = Object.fromEntries(Object.entries(categories).map(([key, category]) => [key, Math.round(category.score * 100)]));
    scores[name].metrics = {
      FCP: audits["first-contentful-paint"].displayValue,
      LCP: audits["largest-contentful-paint"].displayValue,
      TBT: audits["total-blocking-time"].displayValue,
      CLS: audits["cumulative-layout-shift"].displayValue,
    };
    const failing = Object.values(categories)
      .flatMap((category) => category.auditRefs.map((ref) => audits[ref.id]))
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
      .map((audit) => `${audit.id} (${audit.score})`);
    scores[name].below90 = [...new Set(failing)];
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(JSON.stringify(scores, null, 2));
