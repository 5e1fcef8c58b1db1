// @ts-check
// The package's entry point in browsers and bundlers (Vite, webpack, Rollup): plain ES modules,
// the .wasm located with `new URL(..., import.meta.url)` so bundlers ship it as an asset and a
// page can import this file as it is. Call `await init()` once before the synchronous functions.

import * as bindings from "./wasm/pysunset.js";
import { createApi } from "./core.js";
import { checkProject, runPool } from "./pool.js";

export { version } from "./version.js";

/** @type {WebAssembly.Module | null} */
let wasmModule = null;
/** @type {Promise<void> | null} */
let loading = null;
const api = createApi(bindings, { ready: () => wasmModule !== null });

/** @param {import("./index.js").InitInput} input */
async function compile(input) {
  if (input instanceof WebAssembly.Module) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return WebAssembly.compile(/** @type {BufferSource} */ (input));
  const response = input instanceof Response ? input : await fetch(input);
  if (!response.ok) throw new Error(`pysunset: could not load ${response.url}: HTTP ${response.status}`);
  if (response.headers.get("content-type")?.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * Loads the WebAssembly module that ships in this package (or `input`: a URL, a Response, bytes
 * or a compiled WebAssembly.Module). Safe to call more than once; later calls return the first
 * call's promise.
 */
export function init(input) {
  loading ??= compile(input ?? new URL("./wasm/pysunset_bg.wasm", import.meta.url)).then(
    (module) => {
      bindings.initSync({ module });
      wasmModule = module;
    },
    (error) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const {
  check,
  checkFile,
  sourceKind,
  catalogue,
  render,
  parseConfig,
  isExcluded,
  fix,
  fixFile,
  unifiedDiff,
  decodeSource,
  isCheckablePath,
  skippedFolder,
  skippedFolderReason,
} = api;

/** Starts one Web Worker and hands it the compiled module (no second download). */
function spawn() {
  const worker = new Worker(new URL("./worker.web.js", import.meta.url), { type: "module" });
  worker.postMessage({ module: wasmModule });
  return {
    post: (task) => worker.postMessage(task),
    listen: (onAnswer, onFailure) => {
      worker.addEventListener("message", (event) => onAnswer(event.data));
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        onFailure(new Error(event.message || "the Web Worker could not start"));
      });
      worker.addEventListener("messageerror", () => onFailure(new Error("a message to a Web Worker could not be read")));
    },
    terminate: () => worker.terminate(),
  };
}

/** Checks many files on a pool of Web Workers (one per logical core unless `concurrency` says otherwise). */
export async function checkFiles(files, options = {}) {
  await init();
  const {
    onProgress,
    signal,
    concurrency = Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 1),
    project = true,
    ...checkOptions
  } = options ?? {};
  api.validateOptions(checkOptions);
  if (!project) return runPool(files, { options: checkOptions, concurrency, spawn, onProgress, signal });
  return checkProject(files, api, { options: checkOptions, concurrency, spawn, onProgress, signal });
}
