// @ts-check
// A worker thread in Node: its own instance of the module the main thread compiled. It checks
// checkFiles' files (text or bytes in, a FileResult out) and the CLI's (a file name in, its part
// of the output out, a large part's body in chunks first: see run.js).

import { parentPort, workerData } from "node:worker_threads";
import * as bindings from "./wasm/pysunset.js";
import { createApi } from "./core.js";
import { answerTask } from "./pool.js";
import { answerFileTask } from "./run.js";

/**
 * This thread's API over its instance of the module: the module comes with the worker's data,
 * or, for a worker the CLI started before it was compiled (early.js), as its first message.
 * @param {WebAssembly.Module} module
 */
function start(module) {
  bindings.initSync({ module });
  return createApi(bindings);
}

let api = workerData.module === null ? null : start(workerData.module);
const port = parentPort;
if (port === null) throw new Error("pysunset: worker.node.js runs in a worker thread of checkFiles only");
port.on("message", (task) => {
  if (api === null) {
    api = start(task.module);
    return;
  }
  if (task.kind === "file") {
    const { answer, transfer } = answerFileTask(task, (message, chunks) => port.postMessage(message, chunks));
    port.postMessage(answer, transfer);
  } else {
    port.postMessage(answerTask(api, task));
  }
});
