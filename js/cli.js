// @ts-check
// The Node CLI, `npx pysunset [OPTIONS] PATH...`: an I/O shell over the core. The core parses the
// command line (parseArgs), resolves each path's configuration (resolveSettings, asking this file
// about files), decides which files a walk reads and how bytes become text, checks, fixes and
// renders; this file reads bytes, walks directories, writes files and prints what the core says.
// Both CLIs therefore print the same bytes.

import { constants } from "node:fs";
import { chmod, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { catalogue, checkFile, checkFiles, fix, isCheckablePath, render, skippedFolderReason, sourceKind, unifiedDiff, version } from "./node.js";
// The core's CLI half (node.js has loaded the module already).
import {
  cliUsage,
  decodeSource,
  encodeLike,
  excludedUnder,
  fileNote,
  maxSourceBytes,
  parseArgs,
  resolveSettings,
  unifiedDiffBytes,
  unreadableFile,
  wouldFix,
} from "./wasm/pysunset.js";
import { textHost } from "./core.js";
import { discover, messageOf, MissingPath } from "./files.js";
import { ProgressBar } from "./progress.js";

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

/** The most bytes read of one file: the core's limit, plus one to know a file is larger. */
const READ_LIMIT = maxSourceBytes() + 1;

/**
 * Reads a file the way the native CLI does: regular files only (links followed; a FIFO is opened
 * without blocking and refused, as are devices), at most the size limit plus one byte.
 * @param {Buffer | string} file
 * @returns {Promise<{ bytes: Uint8Array } | { unreadable: string }>}
 */
async function readRegularFile(file) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { unreadable: `skipped: cannot read: ${messageOf(error)}` };
  }
  try {
    const stats = await handle.stat();
    const refused = unreadableFile(stats.isFile(), stats.size);
    if (refused !== undefined) return { unreadable: refused };
    // The file may have grown since: read until its end or past the limit.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, READ_LIMIT));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= READ_LIMIT) break;
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, READ_LIMIT));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    const tooLarge = unreadableFile(true, length);
    if (tooLarge !== undefined) return { unreadable: tooLarge };
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { unreadable: `skipped: cannot read: ${messageOf(error)}` };
  } finally {
    await handle.close();
  }
}

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
  return readRegularFile(input.file);
}

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

  let discovered;
  try {
    discovered = discover(command.paths, { isCheckablePath, skippedFolderReason }, (absolute, index) => {
      const { root, exclude } = settings[index];
      return root !== null && exclude.length > 0 && excludedUnder(root, absolute, exclude);
    });
  } catch (error) {
    if (!(error instanceof MissingPath)) throw error;
    stderr.write(`pysunset: ${error.message}\n`);
    return 2;
  }
  const inputs = discovered.inputs.map((input) =>
    input.file === null ? { ...input, path: command.stdinFilename ?? "-" } : input,
  );

  // One checkFiles run per set of settings (usually one), results put back in input order.
  /** @type {Map<string, { options: PathSettings["options"], positions: number[] }>} */
  const groups = new Map();
  inputs.forEach((input, position) => {
    const { options } = settings[input.index];
    const key = JSON.stringify(options);
    const group = groups.get(key) ?? { options, positions: [] };
    group.positions.push(position);
    groups.set(key, group);
  });
  /** @type {Report[]} */
  const reports = new Array(inputs.length);
  /** @type {(string | null)[]} */
  const notes = new Array(inputs.length).fill(null);
  /** With --diff: the diff of each file that would change, and how many fixes it holds. */
  /** @type {{ diff: Uint8Array, fixed: number }[]} */
  const diffs = [];
  const progress = new ProgressBar(stderr, inputs.length);
  let done = 0;
  try {
    for (const { options, positions } of groups.values()) {
      if (command.fix !== "report") {
        for (const position of positions) {
          const outcome = await fixInput(inputs[position], options, command, stdin);
          reports[position] = outcome.report;
          notes[position] = outcome.note;
          if (outcome.diff !== null) diffs.push({ diff: outcome.diff, fixed: outcome.report.fixed ?? 0 });
          progress.update(++done);
        }
        continue;
      }
      /** @type {(string | null)[]} */
      const unreadable = [];
      async function* readable() {
        for (const position of positions) {
          const input = inputs[position];
          const read = await readInput(input, stdin);
          if ("bytes" in read) {
            unreadable.push(null);
            yield { path: input.path, text: read.bytes };
          } else {
            unreadable.push(read.unreadable);
            progress.update(++done);
          }
        }
      }
      const results = await checkFiles(readable(), {
        ...options,
        includeSource: true,
        onProgress: () => progress.update(++done),
      });
      let next = 0;
      positions.forEach((position, order) => {
        const path = inputs[position].path;
        const refused = unreadable[order];
        if (refused !== null) {
          reports[position] = { path, findings: [], problem: refused };
          notes[position] = fileNote(path, refused);
          return;
        }
        const result = results[next++];
        /** @type {Report} */
        const report = { path, findings: result.findings };
        if (result.problem !== undefined) {
          notes[position] = fileNote(path, result.problem);
          if (result.problem.startsWith("skipped:")) report.problem = result.problem;
        }
        if (result.source !== undefined) report.source = result.source;
        reports[position] = report;
      });
    }
  } finally {
    progress.clear();
  }

  for (const [path, problem] of discovered.problems) stderr.write(`${fileNote(path, problem)}\n`);
  for (const note of notes) if (note !== null) stderr.write(`${note}\n`);
  // Files were named or found, and not one could be checked: nothing was verified (every mode).
  const nothingChecked = reports.length > 0 && reports.every((report) => report.problem != null);
  if (command.fix === "diff") {
    try {
      await write(stdout, Buffer.concat(diffs.map(({ diff }) => diff)));
    } catch {
      return 2;
    }
    const fixes = diffs.reduce((sum, { fixed }) => sum + fixed, 0);
    stderr.write(`${wouldFix(fixes, diffs.length)}\n`);
    if (nothingChecked) {
      stderr.write("pysunset: no file could be checked\n");
      return 2;
    }
    return diffs.length > 0 ? 1 : 0;
  }
  /** @type {import("./types.js").RenderOptions} */
  const renderOptions = {
    format: command.format,
    color: colorOf(command.color, stdout),
    unsafeFixes: command.unsafeFixes,
  };
  const target = settings[0]?.options.target;
  if (target !== undefined) renderOptions.target = target;
  try {
    await write(stdout, render(reports, renderOptions));
  } catch {
    return 2;
  }
  if (nothingChecked) {
    stderr.write("pysunset: no file could be checked\n");
    return 2;
  }
  const hasErrors = reports.some((report) => (report.findings ?? []).some((finding) => finding.severity === "error"));
  return hasErrors && !command.exitZero ? 1 : 0;
}

/**
 * `--fix` and `--diff` for one file (crate/cli/mod.rs, fix_input): Python source and stubs get
 * their fixes applied and, with --fix, written back atomically in the file's own encoding
 * (with --diff, the unified diff is returned instead); the report holds what is left.
 * Other kinds of file, and files whose bytes had to be repaired, are only checked.
 * @param {Input} input
 * @param {PathSettings["options"]} options
 * @param {Run} command
 * @param {AsyncIterable<Uint8Array>} stdin
 * @returns {Promise<{ report: Report, note: string | null, diff: Uint8Array | null }>}
 */
async function fixInput(input, options, command, stdin) {
  const { path } = input;
  /** @param {string} problem */
  const skipped = (problem) => ({ report: { path, findings: [], problem }, note: fileNote(path, problem), diff: null });
  const read = await readInput(input, stdin);
  if (!("bytes" in read)) return skipped(read.unreadable);
  const { bytes } = read;
  const { text, problem } = decodeSource(bytes, textHost);
  if (text === null) return skipped(problem ?? "skipped: not text");
  let note = problem === null ? null : fileNote(path, problem);
  const kind = sourceKind(path);
  const python = kind === null || kind === "python" || kind === "stub";
  if (!python || problem !== null) {
    if (python) {
      const notFixed = fileNote(path, "not fixed: its bytes are not valid in its encoding");
      note = note === null ? notFixed : `${note}\n${notFixed}`;
    }
    const result = checkFile(path, text, { ...options, includeSource: true });
    if (result.problem !== undefined) return skipped(result.problem);
    /** @type {Report} */
    const report = { path, findings: result.findings };
    if (result.source !== undefined) report.source = result.source;
    return { report, note, diff: null };
  }
  let outcome;
  try {
    // Only the selected rules are fixed (and reported).
    outcome = fix(text, { ...options, unsafeFixes: command.unsafeFixes });
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
      report = { path, findings: checkFile(path, text, options).findings, fixed: 0 };
    }
  }
  if ((report.findings ?? []).length > 0) report.source = source;
  return { report, note, diff };
}

/**
 * Writes the fixed `bytes` of a file that held `original` when it was read, as the native CLI
 * does (crate/cli/fixing.rs, write_fixed): through a symbolic link to its target; a read-only
 * file is not rewritten; a file changed since it was read is not overwritten; a file with one
 * name is replaced atomically, one with several (hard links) rewritten in place.
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
  const beside = (/** @type {string} */ suffix) => join(dirname(target), `.${basename(target)}.pysunset-${process.pid}.${suffix}`);
  if (stats.nlink > 1) {
    // The new text first goes beside it, so that an interrupted rewrite leaves a complete copy.
    const copy = beside("fixed");
    await writeNew(copy, bytes);
    let failure = null;
    try {
      await unchanged();
      const handle = await open(target, "r+");
      try {
        await handle.write(bytes, 0, bytes.length, 0);
        await handle.truncate(bytes.length);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      failure = error;
    }
    const copyNoLongerNeeded = failure === null || (await unchanged().then(() => true, () => false));
    if (copyNoLongerNeeded) await rm(copy, { force: true });
    if (failure !== null) throw failure;
    return;
  }
  const temporary = beside("tmp");
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
