// @ts-check
// The WebAssembly module in Node, compiled once at load from the .wasm inside the package (no
// network), instantiated on this thread, and worker threads that each hold their own instance
// of it: checkFiles' pool and the CLI's both start them here.

import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import * as bindings from "./wasm/pysunset.js";
import { compileModule } from "./code-cache.js";
import { takeEarlyWorker, workerUrl } from "./early.js";

/**
 * The compiled module (from the CLI's code cache when it is on: code-cache.js): worker threads
 * instantiate it without compiling it again.
 */
export const wasmModule = compileModule(readFileSync(new URL("./wasm/pysunset_bg.wasm", import.meta.url)));
bindings.initSync({ module: wasmModule });

/**
 * Starts one worker thread holding its own instance of the (already compiled) module: one the
 * CLI started early (early.js), when one waits.
 * @returns {import("./pool.js").WorkerHandle}
 */
export function spawn() {
  const worker = takeEarlyWorker(wasmModule) ?? new Worker(workerUrl, { workerData: { module: wasmModule } });
  return {
    post: (task, transfer) => worker.postMessage(task, transfer),
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
