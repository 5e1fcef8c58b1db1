// @ts-check
// The package's entry point in Node (ESM; dist/node.cjs is this file bundled for require()).
// The WebAssembly module is compiled and instantiated synchronously at load (threads.js), from
// the .wasm inside the package: no network, no `await` needed (`init()` exists and does nothing).

import { availableParallelism } from "node:os";
import * as bindings from "./wasm/pysunset.js";
import { createApi } from "./core.js";
import { checkProject, runPool } from "./pool.js";
import { spawn } from "./threads.js";

const api = createApi(bindings);

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
  const { onProgress, signal, concurrency = availableParallelism(), project = true, ...checkOptions } = options ?? {};
  api.validateOptions(checkOptions);
  if (!project) return runPool(files, { options: checkOptions, concurrency, spawn, onProgress, signal });
  return checkProject(files, api, { options: checkOptions, concurrency, spawn, onProgress, signal });
}
