// Which files a run of the Node CLI checks: the files named, and under the directories named the
// files pysunset reads, in the native CLI's order and with its rules (crate/cli/files.rs), less
// the configuration's exclusions and what .gitignore files ignore (those of the directory's
// repository above it, and those found inside it).

import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";

/** Directory names never entered (as in the native CLI); hidden directories are skipped too. */
const EXCLUDED_DIRECTORIES = new Set([
  "__pycache__",
  "__pypackages__",
  "_build",
  "buck-out",
  "node_modules",
  "site-packages",
  "venv",
]);

/** Hidden directories that hold files pysunset reads (CI workflows); other hidden ones are skipped. */
const HIDDEN_ENTERED = new Set([".github", ".circleci"]);

/** A path on the command line that does not exist. */
export class MissingPath extends Error {
  constructor(path) {
    super(`${path}: no such file or directory`);
    this.path = path;
  }
}

/**
 * @param {string[]} paths  as given on the command line ("-" is standard input)
 * @param {(path: string) => boolean} isChecked  whether a file found in a directory is checked
 * @param {(path: string, index: number) => boolean} [isExcluded]  the configured exclusions of
 *   the `index`-th path, for the files and directories found under it
 * @param {{ gitignore?: boolean }} [walk]  `gitignore: false` walks as if there were no .gitignore files
 * @returns {{ inputs: { path: string, index: number }[], problems: [string, string][] }}
 *   inputs: the paths ("-" for stdin), each with the index of the command-line path it came from
 */
export function discover(paths, isChecked, isExcluded = () => false, { gitignore = true } = {}) {
  const inputs = [];
  const problems = [];
  for (const [index, path] of paths.entries()) {
    if (path === "-") {
      inputs.push({ path, index });
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new MissingPath(path);
    }
    if (!stats.isDirectory()) {
      inputs.push({ path, index });
      continue;
    }
    const excluded = (child) => isExcluded(child, index);
    const rules = gitignore ? new GitignoreStack(path) : NO_RULES;
    const pending = [path];
    while (pending.length > 0) {
      const directory = pending.pop();
      let entries;
      try {
        entries = readdirSync(directory, { withFileTypes: true });
      } catch (error) {
        problems.push([directory, `skipped: cannot read directory: ${error.message}`]);
        continue;
      }
      rules.enter(directory);
      entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
      const subdirectories = [];
      for (const entry of entries) {
        const child = joinLikeRust(directory, entry.name);
        if (entry.isDirectory()) {
          const hidden = entry.name.startsWith(".") && !HIDDEN_ENTERED.has(entry.name);
          if (hidden || EXCLUDED_DIRECTORIES.has(entry.name)) continue;
          if (excluded(child) || rules.ignores(child, true)) continue;
          subdirectories.push(child);
        } else if (isChecked(child) && !isDirectory(child)) {
          // Broken links and unreadable files are kept: reading them reports why.
          if (excluded(child) || rules.ignores(child, false)) continue;
          inputs.push({ path: child, index });
        }
      }
      pending.push(...subdirectories.reverse());
    }
  }
  return { inputs, problems };
}

/** `directory/name` as Rust's `Path::join` spells it (no normalisation: `./x` stays `./x`). */
function joinLikeRust(directory, name) {
  return directory.endsWith("/") ? `${directory}${name}` : `${directory}/${name}`;
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const NO_RULES = { enter() {}, ignores: () => false };

/**
 * The .gitignore files that apply under one directory tree: those from the repository's root
 * (the nearest ancestor holding `.git`) down to the tree, except those that ignore the tree
 * itself, and those inside it as the walk enters them. A deeper file's rules take precedence
 * over a shallower one's, as in git.
 */
class GitignoreStack {
  constructor(top) {
    /** @type {Map<string, import("ignore").Ignore>} absolute directory -> its rules */
    this.byDirectory = new Map();
    const absoluteTop = resolve(top);
    const ancestors = [];
    for (let directory = dirname(absoluteTop); ; directory = dirname(directory)) {
      ancestors.push(directory);
      if (existsSync(join(directory, ".git")) || dirname(directory) === directory) break;
    }
    if (!existsSync(join(ancestors.at(-1), ".git"))) ancestors.length = 0; // not in a repository
    for (const directory of ancestors.reverse()) {
      // A directory named on the command line is checked even when a .gitignore above it
      // ignores it (as ripgrep and ruff do): such a file does not apply inside it.
      const rules = this.read(directory);
      if (rules && !rules.ignores(`${relative(directory, absoluteTop).split(sep).join("/")}/`)) {
        this.byDirectory.set(directory, rules);
      }
    }
  }

  read(absoluteDirectory) {
    try {
      return ignore().add(readFileSync(join(absoluteDirectory, ".gitignore"), "utf8"));
    } catch {
      return null;
    }
  }

  load(absoluteDirectory) {
    const rules = this.read(absoluteDirectory);
    if (rules) this.byDirectory.set(absoluteDirectory, rules);
  }

  enter(directory) {
    const absolute = resolve(directory);
    if (!this.byDirectory.has(absolute)) this.load(absolute);
  }

  /** Whether git would ignore `path` (a directory when `isDirectory`). */
  ignores(path, isDirectory) {
    const absolute = resolve(path);
    // Deepest .gitignore first: the first one that says ignored or re-included decides.
    for (let directory = dirname(absolute); ; directory = dirname(directory)) {
      const rules = this.byDirectory.get(directory);
      if (rules) {
        const relativePath = relative(directory, absolute).split(sep).join("/") + (isDirectory ? "/" : "");
        const verdict = rules.test(relativePath);
        if (verdict.ignored) return true;
        if (verdict.unignored) return false;
      }
      if (dirname(directory) === directory) return false;
    }
  }
}
