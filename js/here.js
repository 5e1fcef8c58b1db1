// @ts-check
// A checking "worker" of the Node CLI that runs on the main thread: it takes the pool's file
// tasks one at a time between the event loop's other work (the real workers' answers, the
// output), with an instance of the module of its own, so that a trap there leaves the main
// thread's instance (the run's output and project index) whole; the pool then replaces it by
// a worker thread. On two cores the main thread is otherwise idle while the workers check,
// and a worker thread costs its own start and the warming up of its own copy of the
// JavaScript; the CLI uses it for one of its checking threads on small machines (cli.js).

import { wasmModule } from "./threads.js";
import { createRunner } from "./run.js";

/** A second copy of the bindings' module (a URL of its own): its own instance of the module. */
const OWN_BINDINGS = new URL("./wasm/pysunset.js?instance=main-thread-checker", import.meta.url).href;

/**
 * Starts the checker on this thread: it answers the tasks it is posted (CLI file tasks, see
 * run.js's `fileTasks`) in order, one a turn of the event loop, as a worker thread would.
 * @returns {import("./pool.js").WorkerHandle}
 */
export function spawnHere() {
  /** @type {object[]} */
  const queue = [];
  /** @type {(answer: object) => void} */
  let onAnswer = () => {};
  /** @type {(error: Error) => void} */
  let onFailure = () => {};
  /** @type {ReturnType<typeof createRunner> | null} */
  let runner = null;
  let scheduled = false;
  let stopped = false;
  const schedule = () => {
    if (scheduled || stopped || runner === null || queue.length === 0) return;
    scheduled = true;
    setImmediate(step);
  };
  const step = () => {
    scheduled = false;
    const task = queue.shift();
    if (stopped || runner === null || task === undefined) return;
    try {
      const { answer } = runner.answerFileTask(/** @type {any} */ (task), (message) => onAnswer(message));
      onAnswer(answer);
    } catch (error) {
      onFailure(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    schedule();
  };
  import(OWN_BINDINGS).then(
    (/** @type {typeof import("./wasm/pysunset.js")} */ bindings) => {
      bindings.initSync({ module: wasmModule });
      runner = createRunner(bindings);
      schedule();
    },
    (error) => onFailure(error instanceof Error ? error : new Error(String(error))),
  );
  return {
    post: (task) => {
      queue.push(task);
      schedule();
    },
    listen: (answer, failure) => {
      onAnswer = answer;
      onFailure = failure;
    },
    terminate: () => {
      stopped = true;
      queue.length = 0;
    },
  };
}
