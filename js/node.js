// @ts-check
// The package's entry point in Node (ESM; dist/node.cjs is this file bundled for require()).
// The WebAssembly module is compiled and instantiated synchronously at load, from the .wasm
// inside the package: no network, no `await` needed (`init()` exists and does nothing).

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import * as bindings from "./wasm/pysunset.js";
import { createApi } from "./core.js";
import { runPool } from "./pool.js";

const wasmModule = new WebAssembly.Module(readFileSync(new URL("./wasm/pysunset_bg.wasm", import.meta.url)));
bindings.initSync({ module: wasmModule });
const api = createApi(bindings);

const workerUrl = new URL("./worker.node.js", import.meta.url);

/** Starts one worker thread holding its own instance of the (already compiled) module. */
function spawn() {
  const worker = new Worker(workerUrl, { workerData: { module: wasmModule } });
  return {
    post: (task) => worker.postMessage(task),
    listen: (onAnswer, onFailure) => {
      worker.on("message", onAnswer);
      worker.on("error", onFailure);
      worker.on("exit", (code) => {
        if (code !== 0) onFailure(new Error(`the worker thread exited with code ${code}`));
      });
    },
    terminate: () => worker.terminate(),
  };
}

/** Loads the WebAssembly module. In Node it is loaded already: this resolves at once. */
export async function init() {}

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
export { version } from "./version.js";

/** Checks many files on a pool of worker threads (one per core unless `concurrency` says otherwise). */
export async function checkFiles(files, options = {}) {
  const { onProgress, signal, concurrency = availableParallelism(), ...checkOptions } = options ?? {};
  api.validateOptions(checkOptions);
  return runPool(files, { options: checkOptions, concurrency, spawn, onProgress, signal });
}
