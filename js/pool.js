// @ts-check
// Checks many files on a pool of workers (worker_threads in Node, Web Workers in browsers) behind
// one async API: results in input order, progress callbacks, cancellation with an AbortSignal.
// The platform supplies `spawn()`, which starts one worker and returns a `WorkerHandle`.

/**
 * @typedef {object} WorkerHandle
 * @property {(task: object, transfer?: ArrayBuffer[]) => void} post  sends one task (transferring `transfer`)
 * @property {(onAnswer: (answer: object) => void, onFailure: (error: Error) => void) => void} listen
 * @property {() => Promise<unknown> | void} terminate  stops the worker (resolving once it has stopped)
 */

/** The error `checkFiles` rejects with when its signal aborts. */
export function abortError(signal) {
  const reason = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  const error = new DOMException("checkFiles was aborted", "AbortError");
  if (reason !== undefined) Object.defineProperty(error, "cause", { value: reason });
  return error;
}

/** Tasks a worker holds at once: one running, one queued, so it never waits for the next. */
const TASKS_PER_WORKER = 2;

/**
 * What the pool sends for each item and what it records when a worker's instance trapped on one.
 * @typedef {object} TaskKind
 * @property {(item: any, options: object, id: number, worker: object) => { message: object, transfer?: ArrayBuffer[] }} message
 *   the message for the worker (it must carry `id`), and what to transfer with it; `worker`
 *   stands for the worker it goes to (the same object for each of its messages)
 * @property {(item: any, problem: string) => object} crashed  the result of an item whose worker trapped
 * @property {(item: any) => string | null} [problem]  why an item is not valid (checkFiles' argument checks)
 */

/** checkFiles' items, `{ path, text }`: checked by `answerTask` into `FileResult`s. */
export const CHECK_FILE = {
  /** @param {{ path: string, text: string | Uint8Array }} file @param {object} options @param {number} id */
  message: (file, options, id) => ({ message: { id, path: file.path, text: file.text, options } }),
  /** @param {{ path: string }} file @param {string} problem */
  crashed: (file, problem) => ({ path: file.path, findings: [], problem }),
  problem: fileProblem,
};

/** checkFiles' items as the project index prepared them, `{ path, prepared }`: checked by `answerTask`. */
export const PREPARED_FILE = {
  /** @param {{ path: string, prepared: Uint8Array }} file @param {object} options @param {number} id */
  message: (file, options, id) => ({ message: { id, path: file.path, prepared: file.prepared, options } }),
  crashed: CHECK_FILE.crashed,
};

/**
 * Runs `files` through workers started by `spawn`.
 * @param {Iterable<any> | AsyncIterable<any>} files  items: `{path, text}` for checkFiles
 * @param {{ options: object, concurrency: number, spawn: () => WorkerHandle,
 *   onProgress?: (progress: {done: number, total: number | null, path: string}) => void,
 *   onResult?: (result: any, item: any) => void, onChunk?: (chunk: Uint8Array, item: any) => void,
 *   signal?: AbortSignal, kind?: TaskKind, eager?: boolean }} run  `eager` starts every worker
 *   at once, before the first item is read (while `files` is still being produced);
 *   `onResult` gets each item's result as it arrives (before `onProgress`); `onChunk` gets
 *   what a worker sends of an item before its result (`{ id, chunk }`: the CLI's large parts)
 * @returns {Promise<object[]>} the results, in the order of `files`
 */
export function runPool(files, { options, concurrency, spawn, onProgress, onResult, onChunk, signal, kind = CHECK_FILE, eager = false }) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    return Promise.reject(
      new RangeError(`invalid options: \`concurrency\` must be a whole number of workers, at least 1 (got ${concurrency})`),
    );
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const total = Array.isArray(files) ? files.length : null;
  const iterator = Symbol.asyncIterator in Object(files) ? files[Symbol.asyncIterator]() : files[Symbol.iterator]();

  return new Promise((resolve, reject) => {
    const results = [];
    const workers = new Set();
    const retired = [];
    const running = new Map(); // task id -> { worker, item }
    let nextId = 0;
    let done = 0;
    let exhausted = false;
    let pulling = false;
    let settled = false;

    const finish = (error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      // Settle once every worker has stopped, so nothing of this run outlives it.
      const stopping = [...workers, ...retired].map((worker) => worker.handle.terminate());
      workers.clear();
      Promise.allSettled(stopping).then(() => (error ? reject(error) : resolve(results)));
    };
    const onAbort = () => finish(abortError(signal));
    signal?.addEventListener("abort", onAbort, { once: true });

    const startWorker = () => {
      const worker = { handle: spawn(), load: 0 };
      workers.add(worker);
      worker.handle.listen(
        (answer) => onAnswer(worker, answer),
        (error) => onWorkerFailure(worker, error),
      );
      return worker;
    };

    /** Sends a task to an idle worker, a new one while there are fewer than `concurrency`, or the least busy. */
    const dispatch = (id, item) => {
      let worker = leastLoaded();
      if (worker === null || (worker.load > 0 && workers.size < concurrency)) worker = startWorker();
      worker.load += 1;
      running.set(id, { item, worker });
      const { message, transfer } = kind.message(item, options, id, worker);
      worker.handle.post(message, transfer);
    };

    const leastLoaded = () => {
      let best = null;
      for (const worker of workers) if (best === null || worker.load < best.load) best = worker;
      return best;
    };

    const capacity = () => concurrency * TASKS_PER_WORKER;

    const pull = async () => {
      if (pulling || exhausted || settled) return;
      pulling = true;
      try {
        while (!settled && !exhausted && running.size < capacity()) {
          const step = await iterator.next();
          if (settled) return;
          if (step.done) {
            exhausted = true;
            break;
          }
          const item = step.value;
          const problem = kind.problem?.(item) ?? null;
          if (problem) throw new TypeError(`checkFiles: file ${nextId}: ${problem}`);
          const id = nextId++;
          results.push(undefined);
          dispatch(id, item);
        }
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
        return;
      } finally {
        pulling = false;
      }
      if (exhausted && running.size === 0) finish(null);
    };

    const onAnswer = (worker, answer) => {
      if (settled) return;
      const task = running.get(answer.id);
      if (task === undefined) return;
      if (answer.chunk !== undefined) {
        try {
          onChunk?.(answer.chunk, task.item);
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      running.delete(answer.id);
      worker.load -= 1;
      if (answer.crashed !== undefined) {
        // The worker's WebAssembly instance trapped: retire the worker, record the file as a
        // problem, and carry on with a fresh worker for the other files it held.
        retire(worker);
        results[answer.id] = kind.crashed(task.item, `skipped: ${answer.crashed}`);
      } else {
        results[answer.id] = answer.result;
      }
      done += 1;
      if (onProgress || onResult) {
        try {
          onResult?.(results[answer.id], task.item);
          onProgress?.({ done, total, path: task.item.path });
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
          return;
        }
      }
      if (exhausted && running.size === 0) finish(null);
      else void pull();
    };

    const retire = (worker) => {
      workers.delete(worker);
      retired.push(worker);
      worker.handle.terminate();
      for (const [id, task] of running) {
        if (task.worker !== worker) continue;
        running.delete(id);
        dispatch(id, task.item);
      }
    };

    const onWorkerFailure = (worker, error) => {
      if (settled || !workers.has(worker)) return;
      finish(new Error(`pysunset: a worker failed: ${error.message}`, { cause: error }));
    };

    if (eager) while (workers.size < concurrency) startWorker();
    void pull();
  });
}

/** Why a `checkFiles` item is not `{ path, text }`, or null. */
export function fileProblem(file) {
  if (file === null || typeof file !== "object") return "expected an object { path, text }";
  if (typeof file.path !== "string") return "`path` must be a string";
  if (typeof file.text !== "string" && !(file.text instanceof Uint8Array)) {
    return `\`text\` of ${file.path} must be a string or a Uint8Array`;
  }
  return null;
}

/**
 * What a worker does with one task: check the file with the worker's API, or say that the
 * WebAssembly instance trapped (the pool then replaces the worker).
 * @param {ReturnType<typeof import("./core.js").createApi>} api
 */
export function answerTask(api, { id, path, text, prepared, options }) {
  try {
    return { id, result: prepared === undefined ? api.checkFile(path, text, options) : api.checkPrepared(path, prepared, options) };
  } catch (error) {
    if (api.isBroken()) return { id, crashed: error instanceof Error ? error.message : String(error) };
    return { id, result: { path, findings: [], problem: error instanceof Error ? error.message : String(error) } };
  }
}
