// The Node CLI, `npx pysunset [OPTIONS] PATH...`: the native CLI's flags, configuration and
// output (rendered by the core, so both CLIs print the same bytes), on top of checkFiles.

import { readFile } from "node:fs/promises";
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { catalogue, check, checkFiles, isExcluded, parseConfig, render, sourceKind, version } from "./node.js";
import { discover, MissingPath } from "./files.js";
import { ProgressBar } from "./progress.js";

export const USAGE = `\
Usage: pysunset [OPTIONS] PATH...

Finds uses of Python standard-library APIs that were removed (or are scheduled for
removal), and says what to use instead. PATH is a file, a directory (searched
recursively for .py, .pyi and .pyw files), or - for standard input.

Options:
  -t, --target VERSION   the Python version you are moving to: 3.12 (default) to 3.21
  -f, --format FORMAT    text (default) or json
      --select CODES     report only these rules (comma-separated codes or names)
      --ignore CODES     do not report these rules
      --exit-zero        exit 0 even when errors are found
      --catalogue        print the catalogue of removed APIs as JSON and exit
  -h, --help             print this help
  -V, --version          print the version

Exit status: 1 when an error-level finding is reported, 0 otherwise, 2 on a usage error.`;

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
  ["--config", "config"],
]);

/** Options without a value, by every spelling. */
const FLAG_OPTIONS = new Map([
  ["--exit-zero", "exitZero"],
  ["-h", "help"],
  ["--help", "help"],
  ["-V", "version"],
  ["--version", "version"],
  ["--catalogue", "catalogue"],
  ["--catalog", "catalogue"],
]);

/** Parses the command line the way the native CLI's lexopt parser does. */
export function parseArguments(argv) {
  const parsed = { paths: [], select: null, ignore: [] };
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
      if (key !== "exitZero") return { action: key };
      parsed.exitZero = true;
      continue;
    }
    const key = VALUE_OPTIONS.get(name);
    if (key === undefined) throw new UsageError(`invalid option '${name}'`);
    if (value === null) {
      if (index + 1 >= argv.length) throw new UsageError(`missing argument for option '${name}'`);
      value = argv[++index];
    }
    if (key === "select") parsed.select = ruleList(value);
    else if (key === "ignore") parsed.ignore.push(...ruleList(value));
    else parsed[key] = value;
  }
  if (parsed.paths.length === 0) throw new UsageError("no PATH given (use - to read standard input)");
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
 * @param {{ stdout?: NodeJS.WriteStream, stderr?: NodeJS.WriteStream, stdin?: NodeJS.ReadStream }} [io]
 * @returns {Promise<number>} the exit status
 */
export async function main(argv, io = {}) {
  const { stdout = process.stdout, stderr = process.stderr, stdin = process.stdin } = io;
  let parsed;
  try {
    parsed = parseArguments(argv);
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

function write(stream, text) {
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolvePromise()));
  });
}

/** The `[tool.pysunset]` table that applies, and the directory its pyproject.toml is in. */
function findConfig(parsed) {
  if (parsed.config !== undefined) {
    return { config: parseConfig(readFileSync(parsed.config, "utf8")) ?? {}, root: dirname(resolve(parsed.config)) };
  }
  const first = parsed.paths.find((path) => path !== "-");
  let directory = resolve(first === undefined ? "." : isDirectory(first) ? first : dirname(first));
  for (;;) {
    const candidate = join(directory, "pyproject.toml");
    if (existsSync(candidate)) {
      const config = parseConfig(readFileSync(candidate, "utf8"));
      if (config !== null) return { config, root: directory };
    }
    const parent = dirname(directory);
    if (parent === directory) return { config: {}, root: null };
    directory = parent;
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The files' bytes, in order; a file that cannot be read carries why instead. */
async function* readInputs(inputs, stdin) {
  for (const path of inputs) {
    if (path === "-") {
      const chunks = [];
      for await (const chunk of stdin) chunks.push(chunk);
      yield { path, text: new Uint8Array(Buffer.concat(chunks)) };
      continue;
    }
    try {
      yield { path, text: new Uint8Array(await readFile(path)) };
    } catch (error) {
      yield { path, unreadable: `skipped: cannot read: ${error.message}` };
    }
  }
}

/** The settings of a run: the configuration file's, overridden by the flags. */
function settingsOf(parsed) {
  const { config, root } = findConfig(parsed);
  const options = {};
  const target = parsed.target ?? config.target;
  if (target !== undefined) options.target = target;
  const select = parsed.select ?? config.select;
  if (select !== undefined && select !== null) options.select = select;
  const ignore = [...(config.ignore ?? []), ...parsed.ignore];
  if (ignore.length > 0) options.ignore = ignore;
  return { options, exclude: config.exclude ?? [], root };
}

async function run(parsed, { stdout, stderr, stdin }) {
  const usageError = (error) => {
    stderr.write(`pysunset: ${error.message}\n\n${USAGE}\n`);
    return 2;
  };
  let settings;
  try {
    settings = settingsOf(parsed);
  } catch (error) {
    stderr.write(`pysunset: ${error.message}\n`);
    return 2;
  }
  const { options, exclude } = settings;
  const renderOptions = { format: parsed.format ?? "text" };
  if (options.target !== undefined) renderOptions.target = options.target;
  try {
    renderOptions.color = colorOf(parsed.color, stdout);
    // Bad options are usage errors, found before any file is read (as the native CLI does).
    check("", options);
    render([], { ...renderOptions, checkedFiles: 0 });
  } catch (error) {
    return usageError(error);
  }

  let discovered;
  try {
    const excluded = exclude.length > 0 ? (path) => isExcluded(path, exclude) : undefined;
    discovered = discover(parsed.paths, (path) => sourceKind(path) !== null, excluded);
  } catch (error) {
    if (!(error instanceof MissingPath)) throw error;
    stderr.write(`pysunset: ${error.message}\n`);
    return 2;
  }
  const { inputs, problems: discoveryProblems } = discovered;

  const unreadable = [];
  async function* readable() {
    for await (const input of readInputs(inputs, stdin)) {
      unreadable.push(input.unreadable ?? null);
      if (input.unreadable === undefined) yield input;
    }
  }
  const progress = new ProgressBar(stderr, inputs.length);
  let results;
  try {
    results = await checkFiles(readable(), {
      ...options,
      includeSource: true,
      onProgress: ({ done }) => progress.update(done),
    });
  } finally {
    progress.clear();
  }

  for (const [path, problem] of discoveryProblems) stderr.write(`${path}: ${problem}\n`);
  const reports = [];
  let next = 0;
  inputs.forEach((path, index) => {
    if (unreadable[index] !== null) {
      stderr.write(`${path}: ${unreadable[index]}\n`);
      return;
    }
    const result = results[next++];
    if (result.problem !== undefined) stderr.write(`${path}: ${result.problem}\n`);
    if (result.problem?.startsWith("skipped:")) return;
    const report = { path, findings: result.findings };
    if (result.source !== undefined) report.source = result.source;
    reports.push(report);
  });
  const rendered = render(reports, { ...renderOptions, checkedFiles: reports.length });
  try {
    await write(stdout, rendered);
  } catch {
    return 2;
  }
  const hasErrors = reports.some((report) => report.findings.some((finding) => finding.severity === "error"));
  return hasErrors && !parsed.exitZero ? 1 : 0;
}

/** Colours: `always`, `never`, or (`auto`, the default) when stdout is a terminal and NO_COLOR is unset. */
function colorOf(choice = "auto", stdout) {
  if (choice === "always") return true;
  if (choice === "never") return false;
  if (choice !== "auto") throw new UsageError(`invalid value '${choice}' for '--color': expected auto, always or never`);
  return stdout.isTTY === true && !process.env.NO_COLOR;
}
