// @ts-check
// The Node CLI, `npx pysunset [OPTIONS] PATH...`: an I/O shell over the core. The core parses the
// command line (parseArgs), resolves each path's configuration (resolveSettings, asking this file
// about files), decides which files a walk reads and how bytes become text, checks, fixes and
// renders; this file reads bytes, walks directories, writes files and prints what the core says.
// Both CLIs therefore print the same bytes.

import { chmod, lstat, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { catalogue, isCheckablePath, skippedFolderReason, sourceKind, unifiedDiff, version } from "./node.js";
// The core's CLI half (node.js has loaded the module already).
import {
  cliUsage,
  diffForTerminal,
  encodeLike,
  excludedUnder,
  fileNote,
  parseArgs,
  ProjectRun,
  resolveSettings,
  RunOutput,
  unifiedDiffBytes,
  wouldFix,
} from "./wasm/pysunset.js";
import { textHost } from "./core.js";
import { MissingPath, walk } from "./files.js";
import { runPool } from "./pool.js";
import { ProgressBar } from "./progress.js";
import { messageOf, readBytes } from "./read.js";
import { checkerFor, checkItem, fileTasks } from "./run.js";
import { spawn } from "./threads.js";
import { spawnHere } from "./here.js";
import { MAIN_THREAD_CHECKS_UP_TO } from "./early.js";

/** The usage text, the native CLI's own (crate/usage.rs). */
export const USAGE = cliUsage();

/** @typedef {Extract<import("./wasm/pysunset.js").CommandLine, { action: "run" }>} Run */
/** @typedef {import("./wasm/pysunset.js").PathSettings} PathSettings */
/** @typedef {import("./types.js").FileReport & { fixed?: number }} Report */
/** @typedef {{ write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean, isTTY?: boolean }} Output */
/** @typedef {import("./files.js").Input} Input */

/**
 * Runs the CLI.
 * @param {string[]} argv  the arguments after the program name
 * @param {{ stdout?: Output, stderr?: Output, stdin?: AsyncIterable<Uint8Array> }} [io]
 * @returns {Promise<number>} the exit status
 */
export async function main(argv, io = {}) {
  const { stdout = process.stdout, stderr = process.stderr, stdin = process.stdin } = io;
  const command = parseArgs(argv);
  switch (command.action) {
    case "error":
      stderr.write(`pysunset: ${command.message}\n\n${USAGE}\n`);
      return 2;
    case "help":
      await write(stdout, `${USAGE}\n`);
      return 0;
    case "version":
      await write(stdout, `pysunset ${version}\n`);
      return 0;
    case "catalogue":
      await write(stdout, `${JSON.stringify(catalogue(), null, 2)}\n`);
      return 0;
    default:
      return run(argv, command, { stdout, stderr, stdin });
  }
}

/**
 * @param {Output} stream
 * @param {string | Uint8Array} text
 * @returns {Promise<void>}
 */
function write(stream, text) {
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
}

/** What the core asks about files while it resolves configuration. */
const configHost = {
  /** @param {string} path */
  absolute: (path) => resolve(path),
  /** @param {string} path */
  isDirectory: (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  /** @param {string} path */
  isFile: (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false,
  /** @param {string} path */
  readText: (path) => new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path)),
};

/**
 * Standard input, whole.
 * @param {AsyncIterable<Uint8Array>} stdin
 */
async function readStdin(stdin) {
  const chunks = [];
  for await (const chunk of stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The bytes of one input, or why there are none.
 * @param {Input} input
 * @param {AsyncIterable<Uint8Array>} stdin
 * @returns {Promise<{ bytes: Uint8Array } | { unreadable: string }>}
 */
async function readInput(input, stdin) {
  if (input.file === null) {
    try {
      return { bytes: await readStdin(stdin) };
    } catch (error) {
      return { unreadable: `skipped: cannot read: ${messageOf(error)}` };
    }
  }
  return readBytes(input.file);
}

/** Runs naming fewer files than this, and no directory, are checked on the main thread: starting worker threads would cost more. */
const FEW_FILES = 8;

/**
 * @param {string[]} argv
 * @param {Run} command
 * @param {{ stdout: Output, stderr: Output, stdin: AsyncIterable<Uint8Array> }} io
 */
async function run(argv, command, { stdout, stderr, stdin }) {
  /** @type {PathSettings[]} */
  let settings;
  try {
    settings = resolveSettings(argv, configHost);
  } catch (error) {
    stderr.write(`pysunset: ${messageOf(error)}\n`);
    return 2;
  }
  /** @type {import("./types.js").RenderOptions} */
  const renderOptions = {
    format: command.format,
    color: colorOf(command.color, stdout),
    unsafeFixes: command.unsafeFixes,
  };
  const target = settings[0]?.options.target;
  if (target !== undefined) renderOptions.target = target;

  /** What the walk could not read. */
  /** @type {[string, string][]} */
  const problems = [];
  /** The inputs, as the walk finds them (a missing path throws MissingPath at once). */
  const walkInputs = () => {
    const rules = { isCheckablePath, skippedFolderReason };
    const inputs = walk(command.paths, rules, (absolute, index) => {
      const { root, exclude } = settings[index];
      return root !== null && exclude.length > 0 && excludedUnder(root, absolute, exclude);
    }, {}, problems);
    const stdinPath = command.stdinFilename ?? "-";
    return (function* () {
      for (const input of inputs) yield input.file === null ? { ...input, path: stdinPath } : input;
    })();
  };
  const output = new RunOutput(renderOptions);
  const parts = new Parts(output, stdout);
  /** @type {{ diff: Uint8Array, fixed: number }[]} */
  const diffs = [];
  /** The project index's note about relative imports the run could not follow. */
  let projectNote;
  try {
    if (command.fix !== "report") {
      // --diff prints the diffs only.
      const print = command.fix === "write" ? parts : null;
      projectNote = await fixAll([...walkInputs()], settings, command, stdin, stderr, output, print, diffs);
    } else {
      projectNote = await checkAll(walkInputs, settings, renderOptions, command.paths, stdin, stderr, parts);
    }
  } catch (error) {
    if (!(error instanceof MissingPath)) throw error;
    stderr.write(`pysunset: ${error.message}\n`);
    return 2;
  }

  for (const [path, problem] of problems) stderr.write(`${fileNote(path, problem)}\n`);
  if (projectNote !== undefined) stderr.write(`${projectNote}\n`);
  stderr.write(output.notes());
  if (command.fix === "diff") {
    try {
      // On a terminal the diffs are shown with what could act on it escaped; to a file or a
      // pipe, as they are, for `patch`.
      const all = Buffer.concat(diffs.map(({ diff }) => diff));
      await write(stdout, stdout.isTTY === true ? diffForTerminal(all) : all);
    } catch {
      return 2;
    }
    const fixes = diffs.reduce((sum, { fixed }) => sum + fixed, 0);
    stderr.write(`${wouldFix(fixes, diffs.length)}\n`);
    // Files were named or found, and not one could be checked: nothing was verified (every mode).
    if (output.nothingChecked) {
      stderr.write("pysunset: no file could be checked\n");
      return 2;
    }
    return diffs.length > 0 ? 1 : 0;
  }
  if (!(await parts.finish())) return 2;
  // Files were named or found, and not one could be checked: nothing was verified.
  if (output.nothingChecked) {
    stderr.write("pysunset: no file could be checked\n");
    return 2;
  }
  return output.hasErrors && !command.exitZero ? 1 : 0;
}

/**
 * A run's output, written to stdout as its files' parts come, in input order: the bytes
 * `RunOutput` gives around them (the format's opening, separators, closing lines) and the
 * parts' bodies as the checking threads rendered them (a large body in chunks, before its
 * part). A part that comes before those of the files ahead of it is kept until they are in.
 * SARIF and JUnit hold every file's bytes to the end (`RunOutput.holds`). Nothing is written
 * before the first part (a missing path stops the run with nothing on stdout).
 */
class Parts {
  /**
   * @param {RunOutput} output
   * @param {Output} stdout
   */
  constructor(output, stdout) {
    this.output = output;
    this.stdout = stdout;
    /** The next file to write. */
    this.next = 0;
    /** What has come of the files from `next` on, by index. */
    /** @type {Map<number, { chunks: Uint8Array[], part?: Uint8Array, started: boolean }>} */
    this.pending = new Map();
    /** SARIF and JUnit: every file's bytes, written at the end. */
    /** @type {Buffer[] | null} */
    this.held = output.holds ? [] : null;
    this.opened = false;
    /** Whether a write failed (a closed pipe). */
    this.failed = false;
    /** The run's progress bar on stderr: cleared before stdout is written when it is a terminal too. */
    /** @type {ProgressBar | null} */
    this.progress = null;
    // A closed pipe (`| head`): the run goes on (files are still checked, or fixed) and ends
    // with exit status 2, as the native CLI's, instead of an unhandled 'error' event.
    if ("on" in stdout && typeof stdout.on === "function") stdout.on("error", () => (this.failed = true));
  }

  /**
   * A chunk of the body of file `index`'s part, before the part.
   * @param {number} index
   * @param {Uint8Array} chunk
   */
  chunk(index, chunk) {
    this.entry(index).chunks.push(chunk);
    if (index === this.next) this.flush();
  }

  /**
   * File `index`'s part (from `FileChecker`), after its chunks.
   * @param {number} index
   * @param {Uint8Array} part
   */
  part(index, part) {
    this.entry(index).part = part;
    if (index === this.next) this.flush();
  }

  /**
   * The next file's bytes as `RunOutput.addReport` gave them (a run on this thread, in order).
   * @param {Uint8Array} bytes
   */
  written(bytes) {
    this.emit(bytes);
    this.next += 1;
  }

  /** @param {number} index */
  entry(index) {
    let entry = this.pending.get(index);
    if (entry === undefined) {
      entry = { chunks: [], started: false };
      this.pending.set(index, entry);
    }
    return entry;
  }

  /** Writes what has come of the files from `next` on, in order, up to the first that is not in. */
  flush() {
    for (let entry = this.pending.get(this.next); entry !== undefined; entry = this.pending.get(this.next)) {
      if (entry.chunks.length > 0) {
        if (!entry.started) this.emit(this.output.separator());
        entry.started = true;
        for (const chunk of entry.chunks) this.emit(chunk);
        entry.chunks = [];
      }
      if (entry.part === undefined) return;
      this.emit(this.output.add(entry.part, entry.started));
      this.pending.delete(this.next);
      this.next += 1;
    }
  }

  /** @param {Uint8Array} bytes */
  emit(bytes) {
    if (!this.opened) {
      this.opened = true;
      if (this.held === null) this.print(this.output.opening());
    }
    if (bytes.length === 0) return;
    if (this.held !== null) this.held.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else this.print(bytes);
  }

  /** @param {Uint8Array} bytes */
  print(bytes) {
    if (bytes.length === 0 || this.failed) return;
    if (this.stdout.isTTY) this.progress?.clear();
    this.stdout.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (error) => {
      if (error) this.failed = true;
    });
  }

  /**
   * Writes the rest (the held files, the closing lines) once every part is in.
   * @returns {Promise<boolean>} whether every write succeeded
   */
  async finish() {
    this.emit(new Uint8Array(0));
    if (this.held !== null) {
      this.print(this.output.heldOpening());
      for (const bytes of this.held) this.print(bytes);
      this.held = [];
    }
    if (this.failed) return false;
    try {
      await write(this.stdout, Buffer.from(this.output.closing()));
    } catch {
      return false;
    }
    return !this.failed;
  }
}

/**
 * Checks every input, each rendered into its part of the output (in input order), with the
 * project index's note. The walk runs to its end first: the index needs every path of the run
 * (crate/cli/project.rs). When the run holds a Python module, the thread that checks a file
 * also looks at its imports for the index (`FileChecker.checkInRun`): a file that imports
 * nothing from the run is checked at once, the others are read and checked again once this
 * thread's index (`ProjectRun`) has the summaries of the modules they import from, which the
 * checking threads make (`ProjectScanner.summarize`, round by round as the index asks).
 * A run that names a directory or many files checks on a worker thread per core, others on
 * this thread.
 * @param {() => Generator<Input>} walkInputs  finds the inputs (throws MissingPath)
 * @param {PathSettings[]} settings
 * @param {import("./types.js").RenderOptions} render
 * @param {string[]} paths  as given
 * @param {AsyncIterable<Uint8Array>} stdin
 * @param {Output} stderr
 * @param {Parts} parts  gets each input's part (and the chunks before it), by input index
 * @returns {Promise<string | undefined>} the project index's note
 */
async function checkAll(walkInputs, settings, render, paths, stdin, stderr, parts) {
  /** @type {Map<string, import("./run.js").Settings>} */
  const byKey = new Map();
  // Keys name the settings within this process (main() may run again with other settings).
  const keyOf = settings.map(({ options }) => {
    const key = JSON.stringify([options, render]);
    byKey.set(key, { options, render });
    return key;
  });
  /**
   * @param {Input} input
   * @param {number} index  its place in the run
   */
  const item = async (input, index) => {
    // A name's bytes are copied to a buffer of their own: a Buffer's view of a shared pool would
    // send the whole pool to a worker.
    const file = input.file === null || typeof input.file === "string" ? input.file : Uint8Array.from(input.file);
    /** @type {import("./run.js").RunItem} */
    const next = { path: input.path, file, key: keyOf[input.index], index };
    if (input.file === null) {
      const read = await readInput(input, stdin);
      if ("bytes" in read) next.bytes = read.bytes;
      else next.unreadable = read.unreadable;
    }
    return next;
  };
  /** The run's inputs, their paths as the project index names them, and the index. */
  /** @type {{ inputs: Input[], paths: string[], project: ProjectRun | null }} */
  const walked = { inputs: [], paths: [], project: null };
  /** The inputs whose check waits for the index. */
  /** @type {number[]} */
  const deferred = [];
  /** How many inputs have been looked at for the index, and what waits for the last one. */
  const looked = { count: 0, /** @type {() => void} */ all: () => {} };
  const allLooked = new Promise((resolvePromise) => (looked.all = () => resolvePromise(undefined)));
  /** How many summaries of the index's current round are still to come, and what waits for the last. */
  const round = { pending: 0, /** @type {() => void} */ done: () => {} };
  /**
   * What a file's answer gives: its part, or (for a file looked at) what the index needs, or
   * (for a module summarised) its summary.
   * @param {import("./run.js").RunItem} next
   * @param {Uint8Array | import("./run.js").Looked | import("./run.js").Summarized} answer
   * @returns {boolean} whether the file's part is in
   */
  const onAnswer = (next, answer) => {
    const index = /** @type {number} */ (next.index);
    if ("summary" in answer) {
      /** @type {ProjectRun} */ (walked.project).addSummary(index, answer.summary);
      if (--round.pending === 0) round.done();
      return false;
    }
    let part = answer instanceof Uint8Array ? answer : null;
    if (!(answer instanceof Uint8Array)) {
      if (answer.scan.length > 0) /** @type {ProjectRun} */ (walked.project).addScanned(index, next.path, answer.scan);
      if (answer.deferred) deferred.push(index);
      else part = answer.part;
    }
    if (part !== null) parts.part(index, part);
    if (next.look && ++looked.count === walked.inputs.length) looked.all();
    return part !== null;
  };
  /**
   * The walk runs when the first item is asked for, a turn of the microtask queue later: by
   * then `checkItems` has started the worker threads, which start up (an isolate and an
   * instance each) while this thread walks.
   * @returns {AsyncGenerator<import("./run.js").RunItem>}
   */
  async function* items() {
    await undefined;
    const inputs = [...walkInputs()];
    // Absolute, as the native CLI names them, so that a run of `.` inside a package still names
    // its modules; standard input is no module.
    const runPaths = inputs.map(({ file }) => (file === null ? "" : resolve(file.toString())));
    const project = projectOf(runPaths);
    Object.assign(walked, { inputs, paths: runPaths, project });
    for (const [index, input] of inputs.entries()) {
      const next = await item(input, index);
      if (project !== null) next.look = true;
      yield next;
    }
    if (project === null) return;
    await allLooked;
    // The summaries the index asks for, made by the checking threads a round at a time (a
    // round's summaries may lead to more modules).
    for (let wanted = project.wanted(); wanted.length > 0; wanted = project.wanted()) {
      round.pending = wanted.length;
      const summarized = new Promise((resolvePromise) => (round.done = () => resolvePromise(undefined)));
      for (const index of wanted) yield { ...(await item(inputs[index], index)), asked: project.askedOf(index) };
      await summarized;
    }
    project.finish();
    for (const index of deferred.sort((a, b) => a - b)) {
      yield { ...(await item(inputs[index], index)), facts: project.factsOf(index) };
    }
  }
  try {
    /** @type {(item: import("./run.js").RunItem, chunk: Uint8Array) => void} */
    const onChunk = (next, chunk) => parts.chunk(/** @type {number} */ (next.index), chunk);
    parts.progress = new ProgressBar(stderr);
    await checkItems(items(), onAnswer, onChunk, () => walked.inputs.length, () => walked.paths, byKey, paths, parts.progress);
    return walked.project?.note();
  } finally {
    walked.project?.free();
  }
}

/**
 * The project index of a run whose inputs are at `paths` (absolute; "" for standard input), or
 * null when the run has no Python module (nothing to follow, nothing to note: one module alone
 * may still import from modules the run does not hold).
 * @param {string[]} paths
 */
function projectOf(paths) {
  const project = new ProjectRun(paths);
  if (!project.isEmpty) return project;
  project.free();
  return null;
}

/**
 * Checks each item (`onAnswer` gets its answer as it comes): on worker threads (one per core)
 * for a run that names a directory or many files, else on this thread.
 * @param {AsyncGenerator<import("./run.js").RunItem>} items
 * @param {(item: import("./run.js").RunItem, answer: Uint8Array | import("./run.js").Looked | import("./run.js").Summarized) => boolean} onAnswer
 *   takes an item's answer, and says whether the item's part is in (for the progress bar)
 * @param {(item: import("./run.js").RunItem, chunk: Uint8Array) => void} onChunk  takes a chunk
 *   of the body of an item's part, before its answer
 * @param {() => number} total  how many parts there are (known once the first item is made)
 * @param {() => string[]} runPaths  the run's paths, for the project index (known then too)
 * @param {Map<string, import("./run.js").Settings>} byKey
 * @param {string[]} paths  as given
 * @param {ProgressBar} progress  drawn for a run on worker threads
 * @returns {Promise<void>}
 */
async function checkItems(items, onAnswer, onChunk, total, runPaths, byKey, paths, progress) {
  const manyFiles = paths.length >= FEW_FILES || paths.some((path) => path !== "-" && statSync(path, { throwIfNoEntry: false })?.isDirectory());
  if (!manyFiles) {
    for await (const next of items) {
      const checker = checkerFor(next.key, /** @type {import("./run.js").Settings} */ (byKey.get(next.key)));
      onAnswer(next, checkItem(checker, next, runPaths(), (chunk) => onChunk(next, chunk)));
    }
    return;
  }
  let done = 0;
  try {
    // The items are made in steps between the workers' answers, so that they check what is
    // ready while the rest is read.
    await runPool(ahead(items, WALK_STEP).items(), {
      options: {},
      concurrency: availableParallelism(),
      spawn: checkingThreads(availableParallelism()),
      kind: fileTasks(byKey, runPaths),
      eager: true,
      tasksPerWorker: TASKS_PER_WORKER,
      onChunk: (chunk, next) => onChunk(next, chunk),
      onResult: (answer, next) => {
        if (onAnswer(next, answer)) progress.update(++done, total(), true);
      },
    });
  } finally {
    progress.clear();
  }
}

/**
 * Starts the run's `count` checking threads, one a call: worker threads (those started early
 * first, early.js), and on a small machine the main thread last (here.js; on at most
 * `MAIN_THREAD_CHECKS_UP_TO` cores). A worker started later (in place of one whose
 * instance trapped) is a worker thread.
 * @param {number} count
 * @returns {() => import("./pool.js").WorkerHandle}
 */
function checkingThreads(count) {
  if (count > MAIN_THREAD_CHECKS_UP_TO) return spawn;
  let started = 0;
  return () => {
    started += 1;
    return started === count ? spawnHere() : spawn();
  };
}

/**
 * Tasks a checking thread holds at once. The main thread, one of them on small machines,
 * takes the workers' answers and sends them more only between its own tasks, some of which
 * (large files) take tens of milliseconds: a worker holding 9 (the pool's default) waited
 * 0.18-0.22 s in all for its next file over a 1 s run on CPython's Lib (two cores, the code
 * cache warm), 0.10 s holding 32; the run 0.948 s -> 0.898 s (docs/guide/speed.md).
 */
const TASKS_PER_WORKER = 32;

/** How many items are made before the workers' answers are let in. */
const WALK_STEP = 32;

/**
 * Runs through `iterator` ahead of its consumer, `step` values at a time with a turn of the
 * event loop between steps; `items()` gives the values in order as they come.
 * @template T
 * @param {Iterator<T> | AsyncIterator<T>} iterator
 * @param {number} step
 */
function ahead(iterator, step) {
  /** @type {T[]} */
  const queue = [];
  let complete = false;
  /** @type {unknown} */
  let failure = null;
  /** @type {(() => void) | null} */
  let wake = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  void (async () => {
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        queue.push(next.value);
        // A consumer waiting gets the value at once: the iterator may wait next (for answers
        // to the values it gave).
        notify();
        if (queue.length % step === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      failure = error;
    }
    complete = true;
    notify();
  })();
  return {
    count: () => queue.length,
    complete: () => complete,
    async *items() {
      for (let index = 0; ; ) {
        if (index < queue.length) yield queue[index++];
        else if (failure !== null) throw failure;
        else if (complete) return;
        else await new Promise((resolve) => (wake = () => resolve(undefined)));
      }
    },
  };
}

/**
 * `--fix` and `--diff`: each input read once and given to the project index (so that a use
 * reached through a compat module is fixed where the check reports it, as the native CLI
 * does), then fixed on this thread, in order.
 * @param {Input[]} inputs
 * @param {PathSettings[]} settings
 * @param {Run} command
 * @param {AsyncIterable<Uint8Array>} stdin
 * @param {Output} stderr
 * @param {RunOutput} output  gets each file's report
 * @param {Parts | null} print  writes each file's part (--fix), or null (--diff prints diffs only)
 * @param {{ diff: Uint8Array, fixed: number }[]} diffs  gets the diff of each file that would change
 * @returns {Promise<string | undefined>} the project index's note
 */
async function fixAll(inputs, settings, command, stdin, stderr, output, print, diffs) {
  const project = new ProjectRun(inputs.map(({ file }) => (file === null ? "" : resolve(file.toString()))));
  const progress = new ProgressBar(stderr);
  if (print !== null) print.progress = progress;
  try {
    /** @type {({ bytes: Uint8Array } | { unreadable: string })[]} */
    const reads = [];
    for (const [index, input] of inputs.entries()) {
      const read = await readInput(input, stdin);
      if ("bytes" in read) project.addBytes(index, input.path, read.bytes, textHost);
      else project.addUnread(index, input.path);
      reads.push(read);
    }
    project.finish();
    for (const [index, input] of inputs.entries()) {
      const file = { project, index, read: reads[index] };
      const outcome = await fixInput(input, file, settings[input.index].options, command);
      const bytes = output.addReport(outcome.report, outcome.note ?? undefined);
      print?.written(bytes);
      if (outcome.diff !== null) diffs.push({ diff: outcome.diff, fixed: outcome.report.fixed ?? 0 });
      progress.update(index + 1, inputs.length);
    }
    return project.note();
  } finally {
    progress.clear();
    project.free();
  }
}

/**
 * `--fix` and `--diff` for one file (crate/cli/mod.rs, fix_input): Python source and stubs get
 * their fixes applied and, with --fix, written back atomically in the file's own encoding
 * (with --diff, the unified diff is returned instead); the report holds what is left.
 * Other kinds of file, and files whose bytes had to be repaired, are only checked. The file's
 * text and what the project index knows of it are in `project`, at `index`.
 * @param {Input} input
 * @param {{ project: ProjectRun, index: number, read: { bytes: Uint8Array } | { unreadable: string } }} file
 * @param {PathSettings["options"]} options
 * @param {Run} command
 * @returns {Promise<{ report: Report, note: string | null, diff: Uint8Array | null }>}
 */
async function fixInput(input, { project, index, read }, options, command) {
  const { path } = input;
  /** @param {string} problem */
  const skipped = (problem) => ({ report: { path, findings: [], problem }, note: fileNote(path, problem), diff: null });
  if (!("bytes" in read)) return skipped(read.unreadable);
  const { bytes } = read;
  const { text, problem } = project.decoded(index);
  if (text === null) return skipped(problem ?? "skipped: not text");
  let note = problem === null ? null : fileNote(path, problem);
  const kind = sourceKind(path);
  const python = kind === null || kind === "python" || kind === "stub";
  /** The findings of the text as read, or why it cannot be checked. */
  const findings = () => {
    try {
      return { findings: project.findings(index, options) };
    } catch (error) {
      return { problem: `skipped: ${messageOf(error)}` };
    }
  };
  if (!python || problem !== null) {
    if (python) {
      const notFixed = fileNote(path, "not fixed: its bytes are not valid in its encoding");
      note = note === null ? notFixed : `${note}\n${notFixed}`;
    }
    const result = findings();
    if (result.problem !== undefined) return skipped(result.problem);
    /** @type {Report} */
    const report = { path, findings: result.findings };
    if (result.findings.length > 0) report.source = text;
    return { report, note, diff: null };
  }
  let outcome;
  try {
    // Only the selected rules are fixed (and reported).
    outcome = project.fix(index, { ...options, unsafeFixes: command.unsafeFixes });
  } catch (error) {
    return skipped(`skipped: ${messageOf(error)}`);
  }
  /** @type {Report} */
  let report = { path, findings: outcome.remaining, fixed: outcome.applied.length };
  let source = text;
  /** @type {Uint8Array | null} */
  let diff = null;
  if (outcome.output !== text && command.fix === "diff") {
    // A diff of the bytes, in the file's encoding with its byte order mark, applies with `patch`
    // to the file as it is; text in an encoding that does not give back its bytes is shown as UTF-8.
    const encoded = encodeLike(bytes, text, outcome.output, textHost);
    diff =
      encoded === undefined
        ? new TextEncoder().encode(unifiedDiff(path, text, outcome.output))
        : unifiedDiffBytes(path, bytes, encoded);
  } else if (outcome.output !== text && input.file !== null) {
    try {
      const encoded = encodeLike(bytes, text, outcome.output, textHost);
      if (encoded === undefined) throw new Error("its encoding does not give back the same bytes");
      await writeFixed(input.file, bytes, encoded);
      source = outcome.output;
    } catch (error) {
      note = fileNote(path, `not fixed: ${messageOf(error)}`);
      // What was reported as fixed is still there.
      report = { path, findings: findings().findings ?? [], fixed: 0 };
    }
  } else if (outcome.output === text && command.fix === "write" && input.file !== null) {
    const left = await interruptedCopy(input.file, bytes);
    if (left !== null) note = fileNote(path, `not fixed: ${left}`);
  }
  if ((report.findings ?? []).length > 0) report.source = source;
  return { report, note, diff };
}

/**
 * Writes the fixed `bytes` of a file that held `original` when it was read, as the native CLI
 * does (crate/cli/fixing.rs, write_fixed): through a symbolic link to its target; a read-only
 * file is not rewritten; a file changed since it was read is not overwritten; a file with one
 * name is replaced atomically, one with several (hard links) rewritten in place with a
 * complete copy of the new text kept beside it meanwhile (rewriteInPlace).
 * @param {Buffer | string} file
 * @param {Uint8Array} original
 * @param {Uint8Array} bytes
 */
async function writeFixed(file, original, bytes) {
  const target = await realpath(file);
  const stats = await stat(target);
  if (!stats.isFile()) throw new Error("not a regular file");
  if ((stats.mode & 0o222) === 0) throw new Error("the file is read-only");
  const unchanged = async () => {
    if (!(await readFile(target)).equals(original)) throw new Error("the file changed while it was checked: run again");
  };
  await unchanged();
  if (stats.nlink > 1) return rewriteInPlace(target, original, bytes, unchanged);
  const temporary = join(dirname(target), `.${basename(target)}.pysunset-${process.pid}.tmp`);
  try {
    await writeNew(temporary, bytes);
    await chmod(temporary, stats.mode);
    // The last look before the rename: a save made while the run computed wins.
    await unchanged();
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Rewrites a file with several names in place, as the native CLI does (crate/cli/fixing.rs,
 * rewrite_in_place): the new text goes to `.NAME.pysunset.fixing` (created anew), is synced and
 * renamed to `.NAME.pysunset.fixed` (a complete copy), then the file is rewritten from its first
 * changed byte, cut to length and synced, and the copy removed. A `.fixed` copy left by an
 * interrupted run is removed when the file holds its text, else the file is not touched.
 * @param {string} target
 * @param {Uint8Array} original
 * @param {Uint8Array} bytes
 * @param {() => Promise<void>} unchanged
 */
async function rewriteInPlace(target, original, bytes, unchanged) {
  const directory = dirname(target);
  const fixing = join(directory, `.${basename(target)}.pysunset.fixing`);
  const fixed = join(directory, `.${basename(target)}.pysunset.fixed`);
  // Anything at that name but a file of the right length (a link to /dev/zero) is not read.
  const found = await lstat(fixed).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (found !== null) {
    const holdsOriginal = found.isFile() && found.size === original.length && (await readFile(fixed)).equals(original);
    if (!holdsOriginal) throw new Error(interrupted(fixed));
    await rm(fixed);
  }
  try {
    await writeNew(fixing, bytes);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "EEXIST") {
      throw new Error(
        `${basename(fixing)} exists: another run is fixing the file, or one was stopped before it changed it (then remove that copy)`,
      );
    }
    await rm(fixing, { force: true });
    throw error;
  }
  let touched = false;
  try {
    await rename(fixing, fixed);
    await syncDirectory(directory);
    // The last look before the rewrite: a save made while the run computed wins.
    await unchanged();
    touched = true;
    await overwrite(target, original, bytes);
  } catch (error) {
    // Nothing of the file was touched: the copy is of no use.
    if (!touched) {
      await rm(fixing, { force: true });
      await rm(fixed, { force: true });
    }
    throw error;
  }
  await rm(fixed, { force: true });
  await syncDirectory(directory);
}

/**
 * The message for a file beside which an interrupted in-place rewrite left `fixed`.
 * @param {string} fixed
 */
function interrupted(fixed) {
  return (
    `an interrupted fix left the complete fixed text in ${basename(fixed)}: if the file is cut short or ` +
    "mixed, copy that text over it (`cp`, which keeps its other names); then remove the copy and run again"
  );
}

/**
 * What a `--fix` run that has nothing to write to a file says of it, as the native CLI
 * (crate/cli/fixing.rs, interrupted_copy): the message when an interrupted in-place rewrite left
 * a complete copy of its fixed text beside it that the file does not hold; a copy whose text the
 * file holds is removed. Null when there is nothing to say.
 * @param {Buffer | string} file
 * @param {Uint8Array} bytes
 */
async function interruptedCopy(file, bytes) {
  try {
    const target = await realpath(file);
    const fixed = join(dirname(target), `.${basename(target)}.pysunset.fixed`);
    const found = await lstat(fixed);
    if (found.isFile() && found.size === bytes.length && (await readFile(fixed)).equals(bytes)) {
      await rm(fixed, { force: true });
      return null;
    }
    return interrupted(fixed);
  } catch {
    return null;
  }
}

/**
 * Writes `bytes` over a file that holds `original`, from the first byte that differs (one
 * write), then cuts it to length and syncs it.
 * @param {string} target
 * @param {Uint8Array} original
 * @param {Uint8Array} bytes
 */
async function overwrite(target, original, bytes) {
  let same = 0;
  const shorter = Math.min(original.length, bytes.length);
  while (same < shorter && original[same] === bytes[same]) same += 1;
  const handle = await open(target, "r+");
  try {
    let at = same;
    while (at < bytes.length) at += (await handle.write(bytes, at, bytes.length - at, at)).bytesWritten;
    if (bytes.length < original.length) await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes a rename or removal in `directory` durable (where directories can be opened and synced).
 * @param {string} directory
 */
async function syncDirectory(directory) {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory: its renames are as durable as it makes them.
  }
}

/**
 * Writes a file that must not exist yet, and syncs it.
 * @param {string} path
 * @param {Uint8Array} bytes
 */
async function writeNew(path, bytes) {
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Colours when `always`, or when `auto` and stdout is a terminal and NO_COLOR is unset or empty.
 * @param {"auto" | "always" | "never"} choice
 * @param {Output} stdout
 */
function colorOf(choice, stdout) {
  if (choice === "always") return true;
  if (choice === "never") return false;
  return stdout.isTTY === true && !process.env.NO_COLOR;
}
