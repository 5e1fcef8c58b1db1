// The Node CLI, `npx pysunset [OPTIONS] PATH...`: the native CLI's flags, configuration and
// output (rendered by the core, so both CLIs print the same bytes), on top of checkFiles.

import { chmod, open, readFile, rename, rm, stat } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { decode, encodeLike } from "./decode.js";
import { catalogue, check, checkFile, checkFiles, fix, isExcluded, parseConfig, render, sourceKind, unifiedDiff, version } from "./node.js";
// The --diff summary line and the usage text, worded by the core (node.js has loaded the module already).
import { cliUsage, wouldFix } from "./wasm/pysunset.js";
import { discover, MissingPath } from "./files.js";
import { ProgressBar } from "./progress.js";

/** The usage text, the native CLI's own (crate/usage.rs). */
export const USAGE = cliUsage();

class UsageError extends Error {}

/** Options that take a value, by every spelling, with the key they set. */
const VALUE_OPTIONS = new Map([
  ["-t", "target"],
  ["--target", "target"],
  ["-f", "format"],
  ["--format", "format"],
  ["--select", "select"],
  ["--ignore", "ignore"],
  ["--color", "color"],
  ["--colour", "color"],
  ["--config", "config"],
  ["--stdin-filename", "stdinFilename"],
]);

/** Options without a value, by every spelling. */
const FLAG_OPTIONS = new Map([
  ["--exit-zero", "exitZero"],
  ["--fix", "fix"],
  ["--unsafe-fixes", "unsafeFixes"],
  ["--diff", "diff"],
  ["--no-config", "noConfig"],
  ["-h", "help"],
  ["--help", "help"],
  ["-V", "version"],
  ["--version", "version"],
  ["--catalogue", "catalogue"],
  ["--catalog", "catalogue"],
]);

/** Flags that end the parse and do something else than a run. */
const ACTIONS = new Set(["help", "version", "catalogue"]);

/** Parses the command line the way the native CLI's lexopt parser does. */
export function parseArguments(argv) {
  const parsed = {
    paths: [],
    color: "auto",
    select: null,
    ignore: null,
    exitZero: false,
    noConfig: false,
    fix: false,
    unsafeFixes: false,
    diff: false,
  };
  let onlyPaths = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (onlyPaths || argument === "-" || !argument.startsWith("-")) {
      parsed.paths.push(argument);
      continue;
    }
    if (argument === "--") {
      onlyPaths = true;
      continue;
    }
    let name = argument;
    let value = null;
    if (argument.startsWith("--")) {
      const equals = argument.indexOf("=");
      if (equals !== -1) [name, value] = [argument.slice(0, equals), argument.slice(equals + 1)];
    } else if (argument.length > 2) {
      [name, value] = [argument.slice(0, 2), argument.slice(2).replace(/^=/, "")];
    }
    if (FLAG_OPTIONS.has(name)) {
      if (value !== null) throw new UsageError(`unexpected argument for option '${name}'`);
      const key = FLAG_OPTIONS.get(name);
      if (ACTIONS.has(key)) return { action: key };
      parsed[key] = true;
      if (key === "noConfig") parsed.config = undefined;
      continue;
    }
    const key = VALUE_OPTIONS.get(name);
    if (key === undefined) throw new UsageError(`invalid option '${name}'`);
    if (value === null) {
      if (index + 1 >= argv.length) throw new UsageError(`missing argument for option '${name}'`);
      value = argv[++index];
    }
    if (key === "select") parsed.select = ruleList(value);
    else if (key === "ignore") parsed.ignore = [...(parsed.ignore ?? []), ...ruleList(value)];
    else if (key === "color") {
      if (!["auto", "always", "never"].includes(value)) {
        throw new UsageError(`invalid --color \`${value}\`: expected auto, always or never`);
      }
      parsed.color = value;
    } else {
      parsed[key] = value;
      if (key === "config") parsed.noConfig = false;
    }
  }
  if (parsed.paths.length === 0) throw new UsageError("no PATH given (use - to read standard input)");
  if (parsed.fix && parsed.paths.includes("-")) {
    throw new UsageError("--fix cannot write to standard input: use --diff to see the fixes");
  }
  return { action: "run", ...parsed };
}

function ruleList(text) {
  return text
    .split(",")
    .map((code) => code.trim())
    .filter((code) => code !== "");
}

/**
 * Runs the CLI.
 * @param {string[]} argv  the arguments after the program name
 * @param {{ stdout?: NodeJS.WritableStream & { isTTY?: boolean }, stderr?: NodeJS.WritableStream & { isTTY?: boolean }, stdin?: AsyncIterable<Uint8Array> }} [io]
 * @returns {Promise<number>} the exit status
 */
export async function main(argv, io = {}) {
  const { stdout = process.stdout, stderr = process.stderr, stdin = process.stdin } = io;
  let parsed;
  try {
    parsed = parseArguments(argv);
    if (parsed.action === "run") validateFlags(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`pysunset: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  switch (parsed.action) {
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
      return run(parsed, { stdout, stderr, stdin });
  }
}

/** Bad flag values are usage errors, found before anything is read (as the native CLI does). */
function validateFlags(parsed) {
  try {
    const options = {};
    if (parsed.target !== undefined) options.target = parsed.target;
    if (parsed.select !== null) options.select = parsed.select;
    if (parsed.ignore !== null) options.ignore = parsed.ignore;
    check("", options);
    render([], { format: parsed.format ?? "text" });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

function write(stream, text) {
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
}

/** A configuration error: the run stops with status 2 and this message. */
class ConfigError extends Error {}

function readConfig(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${path}: cannot read: ${error.message}`);
  }
  try {
    return parseConfig(text);
  } catch (error) {
    throw new ConfigError(`${path}: ${error.message}`);
  }
}

/**
 * The settings of each command-line path: the nearest pyproject.toml with a [tool.pysunset]
 * table above it (or the --config file, or none with --no-config), each flag given replacing
 * the configuration's value (crate/cli/configuration.rs does the same).
 */
class Resolver {
  constructor(parsed) {
    this.parsed = parsed;
    /** @type {Map<string, { root: string, config: object } | null>} directory -> what applies there */
    this.found = new Map();
    this.explicit = null;
    if (parsed.config !== undefined) {
      const config = readConfig(parsed.config);
      if (config === null) throw new ConfigError(`${parsed.config}: has no [tool.pysunset] table`);
      this.explicit = { root: dirname(resolve(parsed.config)), config };
    }
  }

  settings(path) {
    let loaded = null;
    if (this.explicit !== null) loaded = this.explicit;
    else if (!this.parsed.noConfig) {
      const absolute = resolve(path);
      loaded = this.discover(isDirectory(absolute) ? absolute : dirname(absolute));
    }
    const config = loaded?.config ?? {};
    const options = {};
    const target = this.parsed.target ?? config.target ?? undefined;
    if (target !== undefined && target !== null) options.target = target;
    const select = this.parsed.select ?? config.select ?? null;
    if (select !== null) options.select = select;
    const ignore = this.parsed.ignore ?? config.ignore ?? null;
    if (ignore !== null) options.ignore = ignore;
    return { options, loaded };
  }

  discover(start) {
    const visited = [];
    let result = null;
    for (let directory = start; ; directory = dirname(directory)) {
      if (this.found.has(directory)) {
        result = this.found.get(directory);
        break;
      }
      visited.push(directory);
      const candidate = join(directory, "pyproject.toml");
      if (isFile(candidate)) {
        const config = readConfig(candidate);
        if (config !== null) {
          result = { root: directory, config };
          break;
        }
      }
      if (dirname(directory) === directory) break;
    }
    for (const directory of visited) this.found.set(directory, result);
    return result;
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The files' bytes, in order; a file that cannot be read carries why instead. */
async function* readInputs(inputs, stdin) {
  for (const input of inputs) {
    if (input.stdin) {
      const chunks = [];
      for await (const chunk of stdin) chunks.push(chunk);
      yield { ...input, text: new Uint8Array(Buffer.concat(chunks)) };
      continue;
    }
    try {
      yield { ...input, text: new Uint8Array(await readFile(input.path)) };
    } catch (error) {
      yield { ...input, unreadable: `skipped: cannot read: ${error.message}` };
    }
  }
}

async function run(parsed, { stdout, stderr, stdin }) {
  let settings;
  try {
    const resolver = new Resolver(parsed);
    settings = parsed.paths.map((path) =>
      resolver.settings(path === "-" ? (parsed.stdinFilename ?? ".") : path),
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr.write(`pysunset: ${error.message}\n`);
    return 2;
  }

  let discovered;
  try {
    discovered = discover(parsed.paths, (path) => sourceKind(path) !== null, (path, index) => {
      const loaded = settings[index].loaded;
      if (loaded === null || loaded.config.exclude.length === 0) return false;
      const relativePath = relative(loaded.root, resolve(path));
      if (relativePath.startsWith("..") || isAbsolute(relativePath)) return false;
      return isExcluded(relativePath.split(sep).join("/"), loaded.config.exclude);
    });
  } catch (error) {
    if (!(error instanceof MissingPath)) throw error;
    stderr.write(`pysunset: ${error.message}\n`);
    return 2;
  }
  const inputs = discovered.inputs.map(({ path, index }) =>
    path === "-" ? { path: parsed.stdinFilename ?? "-", index, stdin: true } : { path, index },
  );

  // One checkFiles run per set of settings (usually one), results put back in input order.
  const groups = new Map();
  inputs.forEach((input, position) => {
    const key = JSON.stringify(settings[input.index].options);
    if (!groups.has(key)) groups.set(key, { options: settings[input.index].options, positions: [] });
    groups.get(key).positions.push(position);
  });
  const reports = new Array(inputs.length);
  const notes = new Array(inputs.length).fill(null);
  /** With --diff: the diff of each file that would change, and how many fixes it holds. */
  const diffs = [];
  const progress = new ProgressBar(stderr, inputs.length);
  let done = 0;
  try {
    for (const { options, positions } of groups.values()) {
      if (parsed.fix || parsed.diff) {
        for (const position of positions) {
          let diff;
          ({ report: reports[position], note: notes[position], diff } = await fixInput(inputs[position], options, parsed, stdin));
          if (diff !== null) diffs.push({ diff, fixed: reports[position].fixed });
          progress.update(++done);
        }
        continue;
      }
      const unreadable = [];
      async function* readable() {
        for await (const input of readInputs(positions.map((position) => inputs[position]), stdin)) {
          unreadable.push(input.unreadable ?? null);
          if (input.unreadable === undefined) yield { path: input.path, text: input.text };
          else progress.update(++done);
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
        if (unreadable[order] !== null) {
          reports[position] = { path, findings: [], problem: unreadable[order] };
          notes[position] = `${path}: ${unreadable[order]}`;
          return;
        }
        const result = results[next++];
        const report = { path, findings: result.findings };
        if (result.problem !== undefined) {
          notes[position] = `${path}: ${result.problem}`;
          if (result.problem.startsWith("skipped:")) report.problem = result.problem;
        }
        if (result.source !== undefined) report.source = result.source;
        reports[position] = report;
      });
    }
  } finally {
    progress.clear();
  }

  for (const [path, problem] of discovered.problems) stderr.write(`${path}: ${problem}\n`);
  for (const note of notes) if (note !== null) stderr.write(`${note}\n`);
  if (parsed.diff) {
    try {
      await write(stdout, diffs.map(({ diff }) => diff).join(""));
    } catch {
      return 2;
    }
    const fixes = diffs.reduce((sum, { fixed }) => sum + fixed, 0);
    stderr.write(`${wouldFix(fixes, diffs.length)}\n`);
    return diffs.length > 0 ? 1 : 0;
  }
  const renderOptions = {
    format: parsed.format ?? "text",
    color: colorOf(parsed.color, stdout),
    unsafeFixes: parsed.unsafeFixes,
  };
  const target = settings[0]?.options.target;
  if (target !== undefined) renderOptions.target = target;
  try {
    await write(stdout, render(reports, renderOptions));
  } catch {
    return 2;
  }
  const hasErrors = reports.some((report) => report.findings.some((finding) => finding.severity === "error"));
  return hasErrors && !parsed.exitZero ? 1 : 0;
}

/**
 * `--fix` and `--diff` for one file (crate/cli/mod.rs, fix_input): Python source and stubs get
 * their fixes applied and, with --fix, written back atomically in the file's own encoding
 * (with --diff, the unified diff is returned instead); the report holds what is left.
 * Other kinds of file, and files whose bytes had to be repaired, are only checked.
 */
async function fixInput(input, options, parsed, stdin) {
  const { path } = input;
  const skipped = (problem) => ({ report: { path, findings: [], problem }, note: `${path}: ${problem}`, diff: null });
  let bytes;
  try {
    if (input.stdin) {
      const chunks = [];
      for await (const chunk of stdin) chunks.push(chunk);
      bytes = new Uint8Array(Buffer.concat(chunks));
    } else {
      bytes = new Uint8Array(await readFile(path));
    }
  } catch (error) {
    return skipped(`skipped: cannot read: ${error.message}`);
  }
  const { text, problem } = decode(bytes);
  if (text === null) return skipped(problem ?? "skipped: not text");
  let note = problem === null ? null : `${path}: ${problem}`;
  const kind = sourceKind(path);
  const python = kind === null || kind === "python" || kind === "stub";
  if (!python || problem !== null) {
    if (python) {
      const notFixed = `${path}: not fixed: its bytes are not valid in its encoding`;
      note = note === null ? notFixed : `${note}\n${notFixed}`;
    }
    const result = checkFile(path, text, { ...options, includeSource: true });
    if (result.problem !== undefined) return skipped(result.problem);
    const report = { path, findings: result.findings };
    if (result.source !== undefined) report.source = result.source;
    return { report, note, diff: null };
  }
  let outcome;
  try {
    // Only the selected rules are fixed (and reported).
    outcome = fix(text, { ...options, unsafeFixes: parsed.unsafeFixes });
  } catch (error) {
    return skipped(`skipped: ${error.message}`);
  }
  let report = { path, findings: outcome.remaining, fixed: outcome.applied.length };
  let source = text;
  let diff = null;
  if (outcome.output !== text && parsed.diff) {
    diff = unifiedDiff(path, text, outcome.output);
  } else if (outcome.output !== text && !input.stdin) {
    try {
      const encoded = encodeLike(bytes, text, outcome.output);
      if (encoded === null) throw new Error("its encoding does not give back the same bytes");
      await writeAtomically(path, encoded);
      source = outcome.output;
    } catch (error) {
      note = `${path}: not fixed: ${error.message}`;
      // What was reported as fixed is still there.
      report = { path, findings: check(text, options), fixed: 0 };
    }
  }
  if (report.findings.length > 0) report.source = source;
  return { report, note, diff };
}

/** Replaces a file's bytes atomically: a temporary file beside it, with its mode, renamed over it. */
async function writeAtomically(path, bytes) {
  const { mode } = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.pysunset-${process.pid}.tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Colours when `always`, or when `auto` and stdout is a terminal and NO_COLOR is unset or empty. */
function colorOf(choice, stdout) {
  if (choice === "always") return true;
  if (choice === "never") return false;
  return stdout.isTTY === true && !process.env.NO_COLOR;
}
