// @ts-check
// A check run of the Node CLI. Each file is read, decoded, checked and rendered in one thread by
// the core (FileChecker: its part of the output, a small buffer, the body of a large one given
// in chunks first, as it is rendered); worker threads do that for directory runs (on a small
// machine the main thread is one of them, with an instance of its own: here.js), and the main
// thread writes the parts in order between what RunOutput puts around them.
// In a run with a project index, the thread that reads a file also looks at its imports for
// the index (ProjectScanner), summarises the modules the index asks for (the main thread's
// ProjectRun merges the summaries), and a file that imports from the run is read again once
// the index is made. No source text or finding crosses between threads.

import { FileChecker, ProjectScanner } from "./wasm/pysunset.js";
import { internalError, isTrap, textHost } from "./core.js";
import { readBytes, messageOf } from "./read.js";

/**
 * One file of a run: `file` is what to open (a Buffer for names found in directories), null
 * for standard input, whose `bytes` are read already (or `unreadable` says why they are not);
 * `key` names its settings (check and render options) in this process.
 * In a run with a project index, `index` is the file's place in the run: with `look` set, the
 * file is looked at for the index first (its answer is a `Looked`); with `asked` it is
 * summarised for the index, with what the index asks of it (`ProjectRun.askedOf`; its answer
 * is a `Summarized`); and with `facts` it is checked with what the index knows of it
 * (`ProjectRun.factsOf`).
 * @typedef {{ path: string, file: Buffer | Uint8Array | string | null, bytes?: Uint8Array, unreadable?: string,
 *   key: string, index?: number, look?: boolean, asked?: Uint8Array, facts?: Uint8Array }} RunItem
 */

/**
 * The answer for a file looked at for the project index (`FileChecker.checkInRun`): `scan`
 * for `ProjectRun.addScanned` (empty when the index needs nothing of the file); `part`, unless
 * the file's check waits for the index (`deferred`). Views of one buffer.
 * @typedef {{ deferred: boolean, scan: Uint8Array, part: Uint8Array }} Looked
 */

/**
 * The answer for a module summarised for the project index (`ProjectScanner.summarize`), for
 * `ProjectRun.addSummary` (empty: an empty summary, for a worker that trapped).
 * @typedef {{ summary: Uint8Array }} Summarized
 */

/**
 * What a thread needs to check the files of one set of settings: their check options and the
 * run's render options.
 * @typedef {{ options: import("./wasm/pysunset.js").PathSettings["options"], render: import("./types.js").RenderOptions }} Settings
 */

/**
 * What a thread checks a run's files with, over one instance of the module: its checkers (one
 * by settings key), its look at the run's modules, and where the chunks of the part being
 * rendered go. A worker thread has one (this module's `checkerFor`, `checkItem` and
 * `answerFileTask`, over the thread's instance); the CLI's main thread may check some files
 * with another instance of its own (here.js), so that a trap there leaves its own instance
 * (the run's output and project index) whole.
 * @param {Pick<typeof import("./wasm/pysunset.js"), "FileChecker" | "ProjectScanner">} bindings
 */
export function createRunner({ FileChecker, ProjectScanner }) {
  /** The checkers, by settings key. */
  /** @type {Map<string, FileChecker>} */
  const checkers = new Map();

  /** Where the chunks of the part being rendered go (see `checkItem`). */
  /** @type {((chunk: Uint8Array) => void) | null} */
  let chunkSink = null;

  /** @param {Uint8Array} chunk */
  const toSink = (chunk) => chunkSink?.(chunk);

  /** The look at the run's modules, and the paths it was made from. */
  /** @type {{ paths: string[], scanner: ProjectScanner } | null} */
  let looking = null;

  /** The run's paths, as this runner was given them with its first file to look at. */
  /** @type {string[] | undefined} */
  let runPaths;

  /**
   * The checker for one set of settings.
   * @param {string} key
   * @param {Settings} settings
   */
  function checkerFor(key, { options, render }) {
    let checker = checkers.get(key);
    if (checker === undefined) {
      checker = new FileChecker(options, render, toSink);
      checkers.set(key, checker);
    }
    return checker;
  }

  /**
   * The scanner of the run whose files are `paths` (as `ProjectRun` was given them).
   * @param {string[]} paths
   */
  function scannerOf(paths) {
    if (looking?.paths !== paths) {
      looking?.scanner.free();
      looking = { paths, scanner: new ProjectScanner(paths) };
    }
    return looking.scanner;
  }

  /**
   * One file's part of the output: read (unless its bytes are given), decoded, checked and
   * rendered; for a file looked at for the project index (`look`), what the index needs of
   * it and its part, if it could be checked without the index; for a module the index asks
   * about (`asked`), its summary.
   * The body of a large part is given to `onChunk` in chunks while it is rendered, before this
   * returns the part with the rest of it. Throws only when the WebAssembly instance traps.
   * @param {FileChecker} checker
   * @param {RunItem} item
   * @param {string[] | undefined} paths  the run's paths, as `ProjectRun` was given them (for `look`)
   * @param {(chunk: Uint8Array) => void} onChunk
   * @returns {Uint8Array | Looked | Summarized}
   */
  function checkItem(checker, item, paths, onChunk) {
    chunkSink = onChunk;
    try {
      return checkOne(checker, item, paths);
    } finally {
      chunkSink = null;
    }
  }

  /**
   * `checkItem`'s work.
   * @param {FileChecker} checker
   * @param {RunItem} item
   * @param {string[] | undefined} paths
   * @returns {Uint8Array | Looked | Summarized}
   */
  function checkOne(checker, { path, file, bytes, unreadable, index, look, asked, facts }, paths) {
    let read;
    if (bytes !== undefined) read = { bytes };
    else if (file === null) read = { unreadable: unreadable ?? "skipped: cannot read: no input" };
    else {
      // A name's bytes arrive in a worker as a Uint8Array: the file system functions take a Buffer.
      const name = file instanceof Uint8Array && !Buffer.isBuffer(file) ? Buffer.from(file.buffer, file.byteOffset, file.byteLength) : file;
      read = readBytes(name, true);
    }
    if (asked !== undefined && index !== undefined && paths !== undefined) {
      const moduleBytes = "bytes" in read ? read.bytes : undefined;
      return { summary: scannerOf(paths).summarize(index, path, undefined, moduleBytes, textHost, asked) };
    }
    if (!("bytes" in read)) return checker.skipped(path, read.unreadable);
    if (facts !== undefined) return checker.checkWithFacts(path, read.bytes, textHost, facts);
    if (look && index !== undefined && paths !== undefined) {
      return unframe(checker.checkInRun(path, index, read.bytes, textHost, scannerOf(paths)));
    }
    return checker.check(path, read.bytes, textHost);
  }

  /**
   * The answer to a file task (see `fileTasks`): the part (or what `checkItem` says of a file
   * looked at), with the buffer to transfer (not copy) to the main thread, or that the
   * instance trapped (the pool then stops using it). The chunks of a large part's body are
   * posted before it, as `{ id, chunk }`.
   * @param {{ id: number, item: RunItem, settings: Settings, paths?: string[] }} task
   * @param {(message: object, transfer: ArrayBuffer[]) => void} post  posts to the main thread
   * @returns {{ answer: object, transfer?: ArrayBuffer[] }}
   */
  function answerFileTask({ id, item, settings, paths }, post) {
    if (paths !== undefined) runPaths = paths;
    /** @param {Uint8Array} chunk */
    const onChunk = (chunk) => post({ id, chunk }, [/** @type {ArrayBuffer} */ (chunk.buffer)]);
    try {
      const answer = checkItem(checkerFor(item.key, settings), item, runPaths, onChunk);
      const bytes = answer instanceof Uint8Array ? answer : "summary" in answer ? answer.summary : answer.part;
      return { answer: { id, result: answer }, transfer: [/** @type {ArrayBuffer} */ (bytes.buffer)] };
    } catch (error) {
      if (!isTrap(error)) throw error;
      return { answer: { id, crashed: internalError(item.path, messageOf(error)) } };
    }
  }

  return { checkerFor, checkItem, answerFileTask };
}

/**
 * This thread's runner, over this thread's instance of the module: `checkerFor(key, settings)`
 * gives its checker for one set of settings, `checkItem(checker, item, paths, onChunk)` one
 * file's part (or look, or summary), and `answerFileTask(task, post)` a worker's answer to a
 * file task (see `createRunner`).
 */
export const { checkerFor, checkItem, answerFileTask } = createRunner({ FileChecker, ProjectScanner });

/**
 * `checkInRun`'s answer, `[deferred][scan length: u32 LE][scan][part]`, as views of its buffer.
 * @param {Uint8Array} bytes
 * @returns {Looked}
 */
function unframe(bytes) {
  const scanLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(1, true);
  return { deferred: bytes[0] === 1, scan: bytes.subarray(5, 5 + scanLength), part: bytes.subarray(5 + scanLength) };
}

/**
 * The worker pool's task kind for a run's files: the message names the file (a worker reads
 * it), and a file whose worker trapped gets a part saying so (a module it summarised, an empty
 * summary). A worker's first file to look at or summarise for the project index comes with
 * the run's paths (`paths()`), which it keeps.
 * @param {Map<string, Settings>} settings  by key
 * @param {() => string[]} [paths]  the run's paths, as `ProjectRun` was given them
 * @returns {import("./pool.js").TaskKind}
 */
export function fileTasks(settings, paths = () => []) {
  /** The workers that have the run's paths. */
  const told = new WeakSet();
  return {
    /** @param {RunItem} item @param {unknown} _ @param {number} id @param {object} worker */
    message: (item, _, id, worker) => {
      /** @type {{ id: number, kind: string, item: RunItem, settings: Settings | undefined, paths?: string[] }} */
      const message = { id, kind: "file", item, settings: settings.get(item.key) };
      if ((item.look || item.asked !== undefined) && !told.has(worker)) {
        told.add(worker);
        message.paths = paths();
      }
      return { message };
    },
    /** @param {RunItem} item @param {string} problem */
    crashed: (item, problem) =>
      item.asked !== undefined
        ? { summary: new Uint8Array(0) }
        : checkerFor(item.key, /** @type {Settings} */ (settings.get(item.key))).skipped(item.path, problem),
  };
}

