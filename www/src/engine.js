// @ts-check
// The engine is the npm package (js/, built into dist/ by scripts/build-npm.sh), in two modules
// built from the same crate (scripts/build-wasm.sh):
// - the first module (pysunset_bg.wasm, pkg/www-first: the crate's `first-only` feature) checks
//   the editor's Python source and stubs, through the package's own `checkFile` (dist/core.js's
//   createApi over its bindings): all that the first findings wait for (the <link rel=preload>
//   in index.html fetches it early);
// - the full engine (engine_bg.wasm, pkg/www) is the package's whole API: `checkFile` of every
//   kind of file, its worker pool (`checkFiles`, one Web Worker per core) for drops and large
//   buffers, `fix`/`fixFile`, `catalogue`, `decodeSource` and the walk's rules. It loads on its
//   first use (`full()`), with its JavaScript (the package's index.js and its bindings); the
//   service worker's precache fetches both after the first findings.
import initFirst, * as firstBindings from "pysunset-first";
import { createApi } from "pysunset-core";
import { version } from "pysunset-version";

/** @typedef {typeof import("pysunset")} FullEngine */

/**
 * The page's engine.
 * @typedef {object} Engine
 * @property {string} version  pysunset's version
 * @property {(path: string) => boolean} checksInPage  whether `checkFile` checks `path`'s kind
 *   without the full engine (Python source, stubs, and paths of no known kind, checked as Python)
 * @property {FullEngine["checkFile"]} checkFile  the npm package's `checkFile` (text only);
 *   a kind `checksInPage` refuses needs `await full()` first
 * @property {() => Promise<FullEngine>} full  the full engine, loaded on the first call
 * @property {() => FullEngine | null} loaded  the full engine if it is loaded, else null
 */

/** @type {Promise<FullEngine> | null} */
let loadingFull = null;
/** @type {FullEngine | null} */
let full = null;

/** Loads the full engine (once; again after a failure); resolves once its functions can be called. */
function loadFull() {
  loadingFull ??= (async () => {
    const pysunset = await import("pysunset");
    await pysunset.init(new URL("./engine_bg.wasm", import.meta.url));
    return (full = pysunset);
  })().catch((error) => {
    loadingFull = null;
    throw error;
  });
  return loadingFull;
}

/** Loads the first module; resolves to the page's engine once it can check the editor's text. */
export async function loadEngine() {
  let ready = false;
  const first = createApi(firstBindings, { ready: () => ready });
  await initFirst({ module_or_path: new URL("./pysunset_bg.wasm", import.meta.url) });
  ready = true;
  /** @param {string} path */
  const checksInPage = (path) => {
    const kind = first.sourceKind(path);
    return kind === null || kind === "python" || kind === "stub";
  };
  /** @type {Engine} */
  const engine = {
    version,
    checksInPage,
    checkFile(path, text, options) {
      if (checksInPage(path)) return first.checkFile(path, text, options);
      if (!full) throw new Error(`the full engine is not loaded yet (${path}): await full() first`);
      return full.checkFile(path, text, options);
    },
    full: loadFull,
    loaded: () => full,
  };
  return engine;
}

/** The worker pool's size: the cores the browser reports, at most 16. */
export const poolSize = () => Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 16));

/**
 * Whether an error is the AbortError `checkFiles` rejects with when its signal aborts.
 * @param {unknown} error
 */
export const isAbort = (error) => error instanceof Error && error.name === "AbortError";
