// @ts-check
// A check run of the Node CLI. Each file is read, decoded, checked and rendered in one thread by
// the core (FileChecker: its part of the output, a small buffer); worker threads do that for
// directory runs, and the main thread only orders the parts (RunOutput) and writes the output.
// No source text or finding crosses between threads.

import { FileChecker } from "./wasm/pysunset.js";
import { internalError, isTrap, textHost } from "./core.js";
import { readBytes, messageOf } from "./read.js";

/**
 * One file of a run: `file` is what to open (a Buffer for names found in directories), null
 * for standard input, whose `bytes` are read already (or `unreadable` says why they are not),
 * and for a file the project index has read (`ProjectRun.prepared`: its text and what the
 * index knows of it); `key` names its settings (check and render options) in this process.
 * @typedef {{ path: string, file: Buffer | Uint8Array | string | null, bytes?: Uint8Array, unreadable?: string, prepared?: Uint8Array, key: string }} RunItem
 */

/**
 * What a thread needs to check the files of one set of settings: their check options and the
 * run's render options.
 * @typedef {{ options: import("./wasm/pysunset.js").PathSettings["options"], render: import("./types.js").RenderOptions }} Settings
 */

/** This thread's checkers, by settings key. */
/** @type {Map<string, FileChecker>} */
const checkers = new Map();

/**
 * The checker of this thread for one set of settings.
 * @param {string} key
 * @param {Settings} settings
 */
export function checkerFor(key, { options, render }) {
  let checker = checkers.get(key);
  if (checker === undefined) {
    checker = new FileChecker(options, render);
    checkers.set(key, checker);
  }
  return checker;
}

/**
 * One file's part of the output: read (unless its bytes are given or the project index has
 * prepared it), decoded, checked and rendered. Throws only when the WebAssembly instance traps.
 * @param {FileChecker} checker
 * @param {RunItem} item
 * @returns {Uint8Array}
 */
export function checkItem(checker, { path, file, bytes, unreadable, prepared }) {
  if (prepared !== undefined) return checker.checkPrepared(path, prepared);
  if (bytes !== undefined) return checker.check(path, bytes, textHost);
  if (file === null) return checker.skipped(path, unreadable ?? "skipped: cannot read: no input");
  // A name's bytes arrive in a worker as a Uint8Array: the file system functions take a Buffer.
  const name = file instanceof Uint8Array && !Buffer.isBuffer(file) ? Buffer.from(file.buffer, file.byteOffset, file.byteLength) : file;
  const read = readBytes(name, true);
  return "bytes" in read ? checker.check(path, read.bytes, textHost) : checker.skipped(path, read.unreadable);
}

/**
 * The worker pool's task kind for a run's files: the message names the file (a worker reads
 * it), and a file whose worker trapped gets a part saying so.
 * @param {Map<string, Settings>} settings  by key
 * @returns {import("./pool.js").TaskKind}
 */
export function fileTasks(settings) {
  return {
    /** @param {RunItem} item @param {unknown} _ @param {number} id */
    message: (item, _, id) => ({ message: { id, kind: "file", item, settings: settings.get(item.key) } }),
    /** @param {RunItem} item @param {string} problem */
    crashed: (item, problem) => checkerFor(item.key, /** @type {Settings} */ (settings.get(item.key))).skipped(item.path, problem),
  };
}

/**
 * A worker's answer to a file task: the part, transferred (not copied), or that the instance
 * trapped (the pool then replaces the worker).
 * @param {{ id: number, item: RunItem, settings: Settings }} task
 * @returns {{ answer: object, transfer?: ArrayBuffer[] }}
 */
export function answerFileTask({ id, item, settings }) {
  try {
    const part = checkItem(checkerFor(item.key, settings), item);
    return { answer: { id, result: part }, transfer: [/** @type {ArrayBuffer} */ (part.buffer)] };
  } catch (error) {
    if (!isTrap(error)) throw error;
    return { answer: { id, crashed: internalError(item.path, messageOf(error)) } };
  }
}
