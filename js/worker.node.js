// @ts-check
// A worker thread of checkFiles in Node: its own instance of the module the main thread compiled.

import { parentPort, workerData } from "node:worker_threads";
import * as bindings from "./wasm/pysunset.js";
import { createApi } from "./core.js";
import { answerTask } from "./pool.js";

bindings.initSync({ module: workerData.module });
const api = createApi(bindings);
const port = parentPort;
if (port === null) throw new Error("pysunset: worker.node.js runs in a worker thread of checkFiles only");
port.on("message", (task) => port.postMessage(answerTask(api, task)));
