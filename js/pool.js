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

/**
 * Tasks a worker holds at once by default: one running and eight queued, so that it never
 * waits for the next while the thread that answers it is busy (writing the output): on two
 * cores, with 2 each of the CLI's workers waited 0.2-0.3 s in all for its next file over a
 * 1.3 s run on CPython's Lib (docs/guide/speed.md). The CLI, whose main thread checks files
 * too on small machines, asks for more (`tasksPerWorker`).
 */
const TASKS_PER_WORKER = 9;

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

/**
 * The task kind of a `checkFiles` run with a project index (`checkProject`): items are
 * `{ index, path, text }` with `look`, `asked` or `facts` (see the worker's `checkInRun`); the
 * worker's first task of the run comes with the run's `paths`, which it keeps.
 * @param {string[]} paths
 * @returns {TaskKind}
 */
function projectTasks(paths) {
  /** The workers that have the run's paths. */
  const told = new WeakSet();
  return {
    message: (item, options, id, worker) => {
      const { index, path, text, look, asked, facts } = item;
      /** @type {Record<string, unknown>} */
      const message = { id, project: true, index, path, text, options, look, asked, facts };
      if (!told.has(worker)) {
        told.add(worker);
        message.paths = paths;
      }
      return { message };
    },
    crashed: failedInRun,
  };
}

/**
 * The answer for a task of a run with a project index whose check failed (`problem` says why):
 * the file's result with the problem, and nothing for the index (an empty summary).
 * @param {{ path: string, look?: boolean, asked?: Uint8Array }} task
 * @param {string} problem
 */
function failedInRun(task, problem) {
  const result = CHECK_FILE.crashed(task, problem);
  if (task.asked !== undefined) return { summary: new Uint8Array(0) };
  return task.look ? { deferred: false, scan: new Uint8Array(0), result } : result;
}

/**
 * `checkFiles` with the project index, as a directory run of the CLIs builds it, on one pool
 * of workers: each worker looks at the files it is given for the index and checks at once
 * those that import nothing from the run; the modules the index asks for are then summarised
 * by the workers, a round at a time (a round's summaries may lead to more modules), and
 * merged on this thread (`api.projectRun`); last, the files that import from the run are
 * checked with what the index knows of them. Results in the order of `files`; `onProgress`
 * counts files checked. Throws a TypeError for a file that is not `{ path, text }`.
 * @param {Iterable<any> | AsyncIterable<any>} files
 * @param {ReturnType<typeof import("./core.js").createApi>} api  this thread's
 * @param {{ options: object, concurrency: number, spawn: () => WorkerHandle,
 *   onProgress?: (progress: {done: number, total: number | null, path: string}) => void, signal?: AbortSignal }} run
 * @returns {Promise<object[]>}
 */
export async function checkProject(files, api, run) {
  const all = [];
  for await (const file of files) {
    const why = fileProblem(file);
    if (why) throw new TypeError(`checkFiles: file ${all.length}: ${why}`);
    all.push(file);
  }
  const paths = all.map((file) => file.path);
  const project = api.projectRun(paths);
  if (project === null) return runPool(all, run);
  const { onProgress, ...pool } = run;
  const results = new Array(all.length);
  /** The files whose check waits for the index. */
  const deferred = [];
  let done = 0;
  /** How many files have been looked at, and what waits for the last one. */
  const looked = { count: 0, all: () => {} };
  const allLooked = new Promise((resolve) => (looked.all = () => resolve(undefined)));
  /** How many summaries of the current round are still to come, and what waits for the last. */
  const round = { pending: 0, done: () => {} };
  const finished = (item, result) => {
    results[item.index] = result;
    done += 1;
    onProgress?.({ done, total: all.length, path: item.path });
  };
  const onResult = (answer, item) => {
    if (item.asked !== undefined) {
      project.addSummary(item.index, answer.summary);
      if (--round.pending === 0) round.done();
      return;
    }
    if (!item.look) return finished(item, answer);
    if (answer.scan.length > 0) project.addScanned(item.index, item.path, answer.scan);
    if (answer.deferred) deferred.push(item.index);
    else finished(item, answer.result);
    if (++looked.count === all.length) looked.all();
  };
  const item = (index, more) => ({ index, path: all[index].path, text: all[index].text, ...more });
  const items = async function* () {
    for (let index = 0; index < all.length; index++) yield item(index, { look: true });
    await allLooked;
    for (let wanted = project.wanted(); wanted.length > 0; wanted = project.wanted()) {
      round.pending = wanted.length;
      const summarized = new Promise((resolve) => (round.done = () => resolve(undefined)));
      for (const index of wanted) yield item(index, { asked: project.askedOf(index) });
      await summarized;
    }
    project.finish();
    for (const index of deferred.sort((a, b) => a - b)) yield item(index, { facts: project.factsOf(index) });
  };
  try {
    await runPool(items(), { ...pool, kind: projectTasks(paths), onResult });
    return results;
  } finally {
    project.free();
  }
}

/**
 * Runs `files` through workers started by `spawn`.
 * @param {Iterable<any> | AsyncIterable<any>} files  items: `{path, text}` for checkFiles
 * @param {{ options: object, concurrency: number, spawn: () => WorkerHandle,
 *   onProgress?: (progress: {done: number, total: number | null, path: string}) => void,
 *   onResult?: (result: any, item: any) => void, onChunk?: (chunk: Uint8Array, item: any) => void,
 *   signal?: AbortSignal, kind?: TaskKind, eager?: boolean, tasksPerWorker?: number }} run  `eager`
 *   starts every worker at once, before the first item is read (while `files` is still being
 *   produced); `tasksPerWorker` is how many tasks a worker holds at once (`TASKS_PER_WORKER`);
 *   `onResult` gets each item's result as it arrives (before `onProgress`); `onChunk` gets
 *   what a worker sends of an item before its result (`{ id, chunk }`: the CLI's large parts)
 * @returns {Promise<object[]>} the results, in the order of `files`
 */
export function runPool(
  files,
  { options, concurrency, spawn, onProgress, onResult, onChunk, signal, kind = CHECK_FILE, eager = false, tasksPerWorker = TASKS_PER_WORKER },
) {
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

    const capacity = () => concurrency * tasksPerWorker;

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
export function answerTask(api, task) {
  const { id, path, text, options } = task;
  try {
    return { id, result: task.project ? api.checkInRun(task) : api.checkFile(path, text, options) };
  } catch (error) {
    if (api.isBroken()) return { id, crashed: error instanceof Error ? error.message : String(error) };
    const problem = error instanceof Error ? error.message : String(error);
    return { id, result: task.project ? failedInRun(task, problem) : { path, findings: [], problem } };
  }
}
