#!/usr/bin/env node
// Builds the playground into www/dist/: the bundles (esbuild), the page, the wasm, the icons, the
// web manifest and the service worker with its precache list; then prints each file's size and
// the transfer size of the first load (gzip and brotli). Run through scripts/build-www.sh (which builds
// pkg/web and the npm package's dist/ first when they are missing or stale). The page uses the
// npm package (dist/index.js, imported as "pysunset"): its API in the page, its worker pool for
// drops (dist/worker.web.js, bundled next to app.js, where the package looks for it).
//   PYSUNSET_WWW_OUT=DIR     build into DIR instead of www/dist
//   PYSUNSET_WWW_LABEL=TEXT  a label for the build (a release name, a commit), shown in the
//                            page's footer and compiled into app.js
//   PYSUNSET_WWW_ZOPFLI=0    precompress with zlib's level 9 only, no brotli (faster; the tests' extra builds)
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants, gunzipSync, gzipSync } from "node:zlib";
import { iconPng, iconSvg } from "./www-icons.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const www = join(root, "www");
const dist = process.env.PYSUNSET_WWW_OUT ? resolve(process.env.PYSUNSET_WWW_OUT) : join(www, "dist");
const label = process.env.PYSUNSET_WWW_LABEL ?? "";
/** Where index.html says which build it belongs to (the precache version, written last). */
const BUILD_PLACEHOLDER = "__PYSUNSET_BUILD__";
// The playground's full engine (engine_bg.wasm, loaded on its first use): the npm package's API
// over pkg/www, the wasm built for size without the exports only the command lines use
// (scripts/build-wasm.sh); the npm package keeps them.
const wasm = join(root, "pkg", "www", "pysunset_bg.wasm");
const glue = join(root, "pkg", "www", "pysunset.js");
// Its first module (pysunset_bg.wasm, what the first findings wait for): pkg/www-first, the
// crate's `first-only` feature (checkFile of Python source and stubs), under the npm package's
// own checkFile (dist/core.js).
const firstWasm = join(root, "pkg", "www-first", "pysunset_bg.wasm");
const firstGlue = join(root, "pkg", "www-first", "pysunset.js");
// The exports' report formats (`render`), a module of their own loaded on the first export.
const renderWasm = join(root, "pkg", "www-render", "pysunset_bg.wasm");
const renderGlue = join(root, "pkg", "www-render", "pysunset.js");
// esbuild is the playground's own dependency (www/package.json), not the root's.
const { build } = createRequire(join(www, "package.json"))("esbuild");

/**
 * The catalogue's text the page's engine is built without, from the npm package's module of the
 * same build (pkg/nodejs): the entries' before/after programs, `{ symbol: [before, after] }`,
 * for the docs tab (the `examples` feature; about 22 KB of gzip off the first load: the page
 * fetches them when the docs open), and their reasons, `{ symbol: why }` (the `whys` feature;
 * about 9 KB: fetched right after the first findings, for the findings list and the docs).
 * The two modules must list the same entries.
 */
async function catalogueText() {
  const full = createRequire(import.meta.url)(join(root, "pkg", "nodejs", "pysunset.js")).catalogue();
  const page = await import(pathToFileURL(glue).href);
  page.initSync({ module: readFileSync(wasm) });
  const symbols = page.catalogue().map((entry) => entry.symbol);
  if (JSON.stringify(symbols) !== JSON.stringify(full.map((entry) => entry.symbol))) {
    throw new Error("pkg/nodejs and pkg/www list different catalogue entries: run bash scripts/build-wasm.sh");
  }
  if (page.catalogue().some((entry) => entry.before !== "")) throw new Error("pkg/www was built with the catalogue's examples");
  if (page.catalogue().some((entry) => entry.why !== "")) throw new Error("pkg/www was built with the catalogue's reasons");
  return {
    examples: Object.fromEntries(full.map((entry) => [entry.symbol, [entry.before, entry.after]])),
    whys: Object.fromEntries(full.map((entry) => [entry.symbol, entry.why])),
  };
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/**
 * CodeMirror's styles go into constructed style sheets (document.adoptedStyleSheets), which the
 * page's Content-Security-Policy (style-src 'self', no 'unsafe-inline') allows; style-mod uses
 * them only for shadow roots and would otherwise add <style> elements the policy blocks.
 */
const adoptedStyleSheets = {
  name: "style-mod-adopted-style-sheets",
  setup(build) {
    build.onLoad({ filter: /style-mod[\\/]src[\\/]style-mod\.js$/ }, async (args) => {
      const source = readFileSync(args.path, "utf8");
      const from = "if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {";
      if (!source.includes(from)) throw new Error(`style-mod changed: ${args.path} no longer has \`${from}\``);
      return { contents: source.replace(from, "if (root.adoptedStyleSheets && win.CSSStyleSheet) {"), loader: "js" };
    });
  },
};

/** The package's bindings (dist/wasm/pysunset.js, imported by index.js and worker.web.js) -> pkg/www's. */
const webEngine = {
  name: "pysunset-web-engine",
  setup(build) {
    build.onResolve({ filter: /^\.\/wasm\/pysunset\.js$/ }, (args) =>
      resolve(args.resolveDir) === join(root, "dist") ? { path: glue } : undefined,
    );
  },
};

const bundles = await build({
  absWorkingDir: www,
  metafile: true,
  plugins: [adoptedStyleSheets, webEngine],
  // CodeMirror (codemirror.js, which takes over from the plain editor after the first findings)
  // is an entry of its own: a file named so, which the tests can hold back.
  entryPoints: { app: "src/main.js", codemirror: "src/codemirror.js", "worker.web": join(root, "dist", "worker.web.js") },
  alias: {
    pysunset: join(root, "dist", "index.js"),
    "pysunset-core": join(root, "dist", "core.js"),
    "pysunset-version": join(root, "dist", "version.js"),
    "pysunset-first": firstGlue,
    "pysunset-render": renderGlue,
  },
  outdir: dist,
  bundle: true,
  format: "esm",
  // What the page loads after its first findings (reading drops, the docs, diffs, exports,
  // CodeMirror) goes into chunks of its own.
  splitting: true,
  chunkNames: "chunk-[hash]",
  // PYSUNSET_WWW_NO_MINIFY=1 keeps names readable (for profiling).
  minify: !process.env.PYSUNSET_WWW_NO_MINIFY,
  target: ["chrome111", "firefox113", "safari16.4"],
  define: { __PYSUNSET_BUILD_LABEL__: JSON.stringify(label) },
  legalComments: "none",
  logLevel: "warning",
});
await build({
  absWorkingDir: www,
  entryPoints: { app: "style.css" },
  outdir: dist,
  bundle: true,
  minify: true,
  logLevel: "warning",
});
// app.js and the chunks it imports statically (the others load after the first findings).
const outputs = bundles.metafile.outputs;
const outputKey = (name) => Object.keys(outputs).find((key) => key.endsWith(`/${name}`) || key === name);
const appChunks = new Set();
const visit = (key) => {
  if (appChunks.has(key)) return;
  appChunks.add(key);
  for (const imported of outputs[key].imports) if (imported.kind === "import-statement") visit(imported.path);
};
visit(outputKey("app.js"));
const staticChunks = [...appChunks].map((key) => key.split("/").pop()).filter((name) => name !== "app.js");
// The chunks app.js imports are fetched with it, not after it (no waterfall).
const page = readFileSync(join(www, "index.html"), "utf8").replace(
  '<script type="module" src="app.js"></script>',
  [...staticChunks.map((name) => `<link rel="modulepreload" href="${name}">`), '<script type="module" src="app.js"></script>'].join("\n"),
);
if (!page.includes(BUILD_PLACEHOLDER)) throw new Error(`www/index.html has no ${BUILD_PLACEHOLDER} (the build's version goes there)`);
writeFileSync(join(dist, "index.html"), page);
copyFileSync(firstWasm, join(dist, "pysunset_bg.wasm"));
copyFileSync(wasm, join(dist, "engine_bg.wasm"));
copyFileSync(renderWasm, join(dist, "render_bg.wasm"));
// The documented changes that code does not show, for the docs companion (the entries come from
// the engine's catalogue()).
const { behaviours } = JSON.parse(readFileSync(join(root, "docs", "catalogue.json"), "utf8"));
writeFileSync(join(dist, "behaviours.json"), JSON.stringify(behaviours));
const { examples, whys } = await catalogueText();
writeFileSync(join(dist, "examples.json"), JSON.stringify(examples));
writeFileSync(join(dist, "whys.json"), JSON.stringify(whys));
writeFileSync(join(dist, "icon.svg"), iconSvg());
writeFileSync(join(dist, "icon-192.png"), iconPng(192));
writeFileSync(join(dist, "icon-512.png"), iconPng(512));
writeFileSync(
  join(dist, "manifest.webmanifest"),
  JSON.stringify(
    {
      name: "pysunset playground",
      short_name: "pysunset",
      description: "Find Python code that uses standard-library APIs CPython removed or will remove. Offline.",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#17161c",
      theme_color: "#1d1b2e",
      icons: [
        { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
        { src: "icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "any maskable" },
      ],
    },
    null,
    2,
  ) + "\n",
);

// The service worker: every file of the site with its SHA-256 (the worker refuses a file of
// another build), and a version that changes with any of them. index.html is hashed with the
// placeholder, then names the version: the page knows which build it is.
const assets = readdirSync(dist).sort();
const hash = createHash("sha256");
for (const name of assets) hash.update(name).update(readFileSync(join(dist, name)));
const version = hash.digest("hex").slice(0, 12);
writeFileSync(join(dist, "index.html"), page.replaceAll(BUILD_PLACEHOLDER, version));
const sha256 = (name) => createHash("sha256").update(readFileSync(join(dist, name))).digest("hex");
const precache = [{ url: "./", sha256: sha256("index.html") }, ...assets.map((name) => ({ url: name, sha256: sha256(name) }))];
writeFileSync(
  join(dist, "sw.js"),
  `// Generated by scripts/build-www.mjs from www/src/sw.js: do not edit.\n` +
    readFileSync(join(www, "src", "sw.js"), "utf8")
      .replace('"__VERSION__"', JSON.stringify(version))
      .replace("__PRECACHE__", JSON.stringify(precache, null, 1)),
);

// Precompressed copies for servers that send them (scripts/serve.mjs does, as static hosts do:
// nginx's gzip_static and brotli_static, Netlify, Cloudflare); not precached.
// Zopfli writes ordinary gzip (any browser reads it), 5 to 7% smaller than zlib's level 9
// (the engine: about 25 KB less), for a slower build (a minute for all files on 2 busy cores);
// one iteration is as good as fifteen here. Brotli at quality 11 with a 16 MB window (what
// browsers send `Accept-Encoding: br` for, over HTTPS and on localhost) is 10-16% smaller
// again on the engine and the scripts (the first module: about 50 KB less than zopfli).
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|webmanifest|json)$/;
const { gzipAsync } = createRequire(join(www, "package.json"))("@gfx/zopfli");
/** @type {Map<string, {gzip: number, br: number}>} the size of each file's precompressed copies */
const precompressed = new Map();
for (const name of readdirSync(dist)) {
  if (!COMPRESSIBLE.test(name)) continue;
  const bytes = readFileSync(join(dist, name));
  const level9 = gzipSync(bytes, { level: 9 });
  const zopfli = process.env.PYSUNSET_WWW_ZOPFLI === "0" ? level9 : Buffer.from(await gzipAsync(bytes, { numiterations: 1 }));
  // (never larger than zlib's, and what it holds is the file)
  const best = zopfli.length < level9.length && gunzipSync(zopfli).equals(bytes) ? zopfli : level9;
  writeFileSync(join(dist, `${name}.gz`), best);
  if (process.env.PYSUNSET_WWW_ZOPFLI === "0") {
    precompressed.set(name, { gzip: best.length, br: best.length });
    continue;
  }
  const br = brotliCompressSync(bytes, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_LGWIN]: 24,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  if (!brotliDecompressSync(br).equals(bytes)) throw new Error(`build-www: the brotli copy of ${name} does not hold it`);
  // Only where it is the smaller copy: a server sends brotli whenever the browser takes it.
  if (br.length < best.length) writeFileSync(join(dist, `${name}.br`), br);
  precompressed.set(name, { gzip: best.length, br: Math.min(br.length, best.length) });
}

// Sizes: the first load is everything the page fetches before its first findings.
const FIRST_LOAD = ["index.html", "app.css", ...[...appChunks].map((key) => key.split("/").pop()), "pysunset_bg.wasm", "icon.svg", "manifest.webmanifest"];
let totalRaw = 0;
let totalGzip = 0;
let totalSentGzip = 0;
let totalSentBrotli = 0;
const rows = [];
for (const name of readdirSync(dist).sort()) {
  if (name.endsWith(".gz") || name.endsWith(".br")) continue;
  const bytes = readFileSync(join(dist, name));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const sent = precompressed.get(name) ?? { gzip: bytes.length, br: bytes.length };
  rows.push(
    `  ${name.padEnd(22)} ${String(bytes.length).padStart(9)} B  ${String(gzip).padStart(8)} B gzip -9  ` +
      `${String(sent.gzip).padStart(8)} B sent gzip  ${String(sent.br).padStart(8)} B sent brotli`,
  );
  if (FIRST_LOAD.includes(name)) {
    totalRaw += bytes.length;
    totalGzip += gzip;
    totalSentGzip += sent.gzip;
    totalSentBrotli += sent.br;
  }
}
console.error(`build-www: ${dist} (cache version ${version}${label ? `, label ${label}` : ""})`);
console.error(rows.join("\n"));
console.error(
  `build-www: first load ${(totalRaw / 1024).toFixed(0)} KB, ${(totalGzip / 1024).toFixed(0)} KB gzip -9; ` +
    `as sent (the precompressed copies): ${(totalSentGzip / 1024).toFixed(0)} KB gzip, ` +
    `${(totalSentBrotli / 1024).toFixed(0)} KB brotli (${FIRST_LOAD.join(", ")})`,
);
