// @ts-check
// The engine is the npm package (js/, built into dist/ by scripts/build-npm.sh): its check and
// fix API runs in the page (the editor's buffer: a few milliseconds), its worker pool
// (`checkFiles`, one Web Worker per core) checks drops. The page loads the package's .wasm from
// its own folder (the <link rel=preload> in index.html fetches it early).
import * as pysunset from "pysunset";

/** @typedef {typeof pysunset} Engine */

/** Loads the WebAssembly module; resolves to the package's API once its functions can be called. */
export async function loadEngine() {
  await pysunset.init(new URL("./pysunset_bg.wasm", import.meta.url));
  return pysunset;
}

/** The worker pool's size: the cores the browser reports, at most 16. */
export const poolSize = () => Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 16));

/**
 * Whether an error is the AbortError `checkFiles` rejects with when its signal aborts.
 * @param {unknown} error
 */
export const isAbort = (error) => error instanceof Error && error.name === "AbortError";
