// @ts-check
// A Web Worker of checkFiles in browsers: it receives the compiled module first, then tasks.

import * as bindings from "./wasm/pysunset.js";
import { createApi } from "./core.js";
import { answerTask } from "./pool.js";

const api = createApi(bindings);
self.addEventListener("message", ({ data }) => {
  if (data.module instanceof WebAssembly.Module) {
    bindings.initSync({ module: data.module });
    return;
  }
  self.postMessage(answerTask(api, data));
});
