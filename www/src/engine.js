// The page's side of the engine: one worker for the editor (checks as you type) and, for big
// drops, a pool of navigator.hardwareConcurrency workers. The WebAssembly module is compiled
// once here and posted to each worker, which instantiates it.

import initMain, * as mainEngine from "../../pkg/web/pysunset.js";

const WORKER_URL = new URL("./worker.js", import.meta.url);
const WASM_URL = new URL("./pysunset_bg.wasm", import.meta.url);

/** A worker that answers one request after another, each with a promise. */
class EngineWorker {
  /** `module` is a WebAssembly.Module or a promise of one (the worker starts meanwhile). */
  constructor(module) {
    this.worker = new Worker(WORKER_URL, { type: "module", name: "pysunset engine" });
    this.pending = new Map();
    this.nextId = 1;
    this.worker.onmessage = (event) => {
      const { id, ok, result, error } = event.data;
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (ok) waiting.resolve(result);
      else waiting.reject(new Error(error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(`the engine worker failed: ${event.message || "unknown error"}`));
    };
    this.ready = Promise.resolve(module).then((compiled) => this.call("init", { module: compiled }));
  }

  call(op, args = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...args });
    });
  }

  failAll(error) {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  terminate() {
    this.worker.terminate();
    this.failAll(new CancelledError());
  }
}

/** A module's export looked up at run time (the bundler must not decide it is missing). */
const exported = (namespace, name) => namespace[name];

/** What a cancelled batch rejects with. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** The engine: `call` runs on the editor's worker, `checkFiles` on the pool. */
export class Engine {
  static async start() {
    // The worker's script loads while the module compiles.
    const compiling = WebAssembly.compileStreaming(fetch(WASM_URL));
    const editor = new EngineWorker(compiling);
    const module = await compiling;
    const info = await editor.ready;
    // A path's kind is a pure, instant function of its name: a copy of the module in the page
    // answers it synchronously while files are read (the checks all run in workers).
    let sourceKind = null;
    if (info.capabilities.includes("sourceKind")) {
      await initMain({ module_or_path: module });
      const kindOf = exported(mainEngine, "sourceKind");
      sourceKind = (path) => kindOf(path);
    }
    return new Engine(module, editor, info, sourceKind);
  }

  constructor(module, editor, info, sourceKind) {
    this.module = module;
    /** `sourceKind(name)` of the engine, or null when this build lacks it. */
    this.sourceKind = sourceKind;
    this.editor = editor;
    this.capabilities = new Set(info.capabilities);
    this.version = info.version;
    /** The build label worker.js was compiled with (the page checks it is its own). */
    this.buildLabel = info.buildLabel;
    this.pool = [];
  }

  has(name) {
    return this.capabilities.has(name);
  }

  call(op, args) {
    return this.editor.call(op, args);
  }

  get poolSize() {
    return Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 16));
  }

  /**
   * Checks files ({path, text}) on all cores. `onProgress({done, total, findings})` is called as
   * chunks come back; `signal` (an AbortSignal) cancels: the pool's workers are terminated.
   * Resolves to the results in the order of `files`.
   */
  async checkFiles(files, options, { onProgress = () => {}, signal } = {}) {
    if (signal?.aborted) throw new CancelledError();
    while (this.pool.length < this.poolSize) this.pool.push(new EngineWorker(this.module));
    const chunks = chunk(files);
    const results = new Array(files.length);
    let done = 0;
    let findings = 0;
    let next = 0;
    const onAbort = () => this.resetPool();
    signal?.addEventListener("abort", onAbort, { once: true });
    const runWorker = async (worker) => {
      await worker.ready;
      while (next < chunks.length) {
        const { start, items } = chunks[next++];
        const answer = await worker.call("checkBatch", { files: items, options });
        answer.results.forEach((result, index) => {
          results[start + index] = result;
          findings += result.findings.length;
        });
        done += items.length;
        onProgress({ done, total: files.length, findings });
      }
    };
    try {
      await Promise.all(this.pool.map(runWorker));
    } catch (error) {
      if (signal?.aborted) throw new CancelledError();
      // A worker failed: the others may still be busy with this batch, so start afresh.
      this.resetPool();
      throw error;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    return results;
  }

  resetPool() {
    for (const worker of this.pool) worker.terminate();
    this.pool = [];
  }
}

/** Splits files into chunks of about 256 KB (at most 64 files) so progress moves smoothly. */
function chunk(files) {
  const chunks = [];
  let current = { start: 0, items: [], bytes: 0 };
  files.forEach((file, index) => {
    if (current.items.length && (current.bytes > 256 * 1024 || current.items.length >= 64)) {
      chunks.push(current);
      current = { start: index, items: [], bytes: 0 };
    }
    current.items.push(file);
    current.bytes += file.text.length;
  });
  if (current.items.length) chunks.push(current);
  return chunks;
}
