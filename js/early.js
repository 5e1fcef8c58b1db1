// @ts-check
// The Node CLI's worker threads, started before the package's other modules load. A worker
// thread takes 50-70 ms to start (an isolate, Node's bootstrap, the package's modules); the
// CLI started its workers once the module was compiled and the settings read, and on two
// cores, with the code cache, the worker's first file came 10-20 ms after the main thread's
// (docs/guide/speed.md). bin/pysunset.js starts them first when the run looks like one that
// checks on worker threads (a directory named), and `takeEarlyWorker` (threads.js's `spawn`)
// hands them the module once it is compiled. Importing this file loads no WebAssembly.

import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** The worker threads' script. */
export const workerUrl = new URL("./worker.node.js", import.meta.url);

/**
 * On machines with at most this many cores, the main thread is one of the run's checking
 * threads (here.js): it is otherwise idle while the workers check, and a worker thread costs
 * its start and the warming up of its own copy of the JavaScript. On larger machines it has
 * the answers of more workers to take, and does only that.
 */
export const MAIN_THREAD_CHECKS_UP_TO = 2;

/** The workers started early and not taken yet, with what drops one that fails meanwhile. */
/** @type {{ worker: Worker, drop: () => void }[]} */
const waiting = [];

/**
 * Starts, for a run whose command line `argv` names a directory (without `--fix` or `--diff`,
 * which fix on the main thread), the worker threads that the CLI's run will ask for (cli.js,
 * `checkingThreads`: one per core, less the main thread on small machines). It is a guess
 * made before the command line is parsed: a worker not taken is stopped by
 * `stopEarlyWorkers`, and a run that finds none starts its workers as before. The workers
 * wait for the module (`takeEarlyWorker`); they keep the process alive only once taken.
 * @param {string[]} argv  the arguments after the program name
 * @param {number} [cores]
 */
export function startWorkersEarly(argv, cores = availableParallelism()) {
  if (argv.some((arg) => arg === "--fix" || arg === "--diff")) return;
  if (!argv.some((arg) => !arg.startsWith("-") && isDirectory(arg))) return;
  const count = cores > MAIN_THREAD_CHECKS_UP_TO ? cores : cores - 1;
  for (let started = 0; started < count; started++) {
    const worker = new Worker(workerUrl, { workerData: { module: null } });
    worker.unref();
    // One that fails before it is taken is not taken.
    const drop = () => {
      const at = waiting.findIndex((entry) => entry.worker === worker);
      if (at !== -1) waiting.splice(at, 1);
    };
    worker.once("error", drop);
    worker.once("exit", drop);
    waiting.push({ worker, drop });
  }
}

/**
 * Whether `path` names a directory (false for a path that cannot be looked at: the run says why).
 * @param {string} path
 */
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A worker started early, given `module` (its first message), or null when none waits.
 * @param {WebAssembly.Module} module
 * @returns {Worker | null}
 */
export function takeEarlyWorker(module) {
  const entry = waiting.shift();
  if (entry === undefined) return null;
  const { worker, drop } = entry;
  // Node's own listeners on the worker stay.
  worker.off("error", drop);
  worker.off("exit", drop);
  worker.ref();
  worker.postMessage({ module });
  return worker;
}

/** Stops the workers started early that the run did not take. */
export function stopEarlyWorkers() {
  for (const { worker } of waiting.splice(0)) void worker.terminate();
}
