// @ts-check
// Which files a run of the Node CLI checks: the files named, and under the directories named the
// files the core's walk rules read (isCheckablePath; folders skippedFolderReason names are not
// entered), in the native CLI's order (crate/cli/files.rs), less the configuration's exclusions
// and what .gitignore files ignore (those of the directory's repository above it, and those found
// inside it) unless the repository's index tracks it. Names found in directories are kept as bytes (Buffers), so names that are not UTF-8
// can be opened; they are shown as the native CLI shows them (invalid bytes as U+FFFD).

import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import { messageOf } from "./read.js";
import { gitdirOf, TrackedPaths } from "./wasm/pysunset.js";

/** A path on the command line that does not exist. */
export class MissingPath extends Error {
  /** @param {string} path */
  constructor(path) {
    super(`${path}: no such file or directory`);
    this.path = path;
  }
}

/**
 * What the walk asks the core: which files are read and which folders are entered.
 * @typedef {object} WalkRules
 * @property {(path: string) => boolean} isCheckablePath
 * @property {(name: string) => string | null} skippedFolderReason
 */

/**
 * One input: `file` is what to open (a Buffer for names found in directories), `path` how it is
 * shown, `index` the command-line path it came from; standard input has `file` null.
 * @typedef {{ file: Buffer | string | null, path: string, index: number }} Input
 */

/**
 * The inputs of a run, all found at once: see `walk`.
 * @param {string[]} paths  as given on the command line ("-" is standard input)
 * @param {WalkRules} rules
 * @param {(path: string, index: number) => boolean} [isExcluded]
 * @param {{ gitignore?: boolean }} [options]
 * @returns {{ inputs: Input[], problems: [string, string][] }}
 */
export function discover(paths, rules, isExcluded = () => false, options = {}) {
  /** @type {[string, string][]} */
  const problems = [];
  const inputs = [...walk(paths, rules, isExcluded, options, problems)];
  return { inputs, problems };
}

/**
 * The inputs of a run, one at a time as the walk finds them, so that checking can start before
 * the walk ends. Every path is looked at first: a missing one throws `MissingPath` here, before
 * anything is found.
 * @param {string[]} paths  as given on the command line ("-" is standard input)
 * @param {WalkRules} rules
 * @param {(path: string, index: number) => boolean} [isExcluded]  the configured exclusions of
 *   the `index`-th path, for the files and directories found under it (`path` absolute)
 * @param {{ gitignore?: boolean }} [options]  `gitignore: false` walks as if there were no .gitignore files
 * @param {[string, string][]} [problems]  gets the directories that could not be read, and why
 * @returns {Generator<Input, void, undefined>}
 */
export function walk(paths, rules, isExcluded = () => false, { gitignore = true } = {}, problems = []) {
  const kinds = paths.map((path) => {
    if (path === "-") return "stdin";
    const stats = statOrNull(path);
    if (stats === null) throw new MissingPath(path);
    return stats.isDirectory() ? "directory" : "file";
  });
  return found(paths, kinds, rules, isExcluded, gitignore, problems);
}

/**
 * @param {string[]} paths
 * @param {string[]} kinds  what each path is
 * @param {WalkRules} rules
 * @param {(path: string, index: number) => boolean} isExcluded
 * @param {boolean} gitignore
 * @param {[string, string][]} problems
 * @returns {Generator<Input, void, undefined>}
 */
function* found(paths, kinds, rules, isExcluded, gitignore, problems) {
  for (const [index, path] of paths.entries()) {
    if (kinds[index] !== "directory") {
      yield { file: kinds[index] === "stdin" ? null : path, path, index };
      continue;
    }
    /** @param {Buffer} child */
    const excluded = (child) => {
      const shown = child.toString("utf8");
      // A name that is not UTF-8 matches no pattern (the native CLI matches text only).
      return isUtf8(child, shown) && isExcluded(resolve(shown), index);
    };
    const gitignores = gitignore ? new GitignoreStack(path) : NO_RULES;
    try {
      // Each directory with whether git ignores it (then only its tracked paths are walked).
      /** @type {[Buffer, boolean][]} */
      const pending = [[Buffer.from(path), false]];
      while (pending.length > 0) {
        const [directory, ignored] = /** @type {[Buffer, boolean]} */ (pending.pop());
        const shownDirectory = directory.toString("utf8");
        let entries;
        try {
          entries = readdirSync(directory, { withFileTypes: true, encoding: "buffer" });
        } catch (error) {
          problems.push([shownDirectory, `skipped: cannot read directory: ${messageOf(error)}`]);
          continue;
        }
        gitignores.enter(shownDirectory);
        entries.sort((a, b) => Buffer.compare(a.name, b.name));
        /** @type {[Buffer, boolean][]} */
        const subdirectories = [];
        for (const entry of entries) {
          const child = joinLikeRust(directory, entry.name);
          const shown = child.toString("utf8");
          if (entry.isDirectory()) {
            if (rules.skippedFolderReason(entry.name.toString("utf8")) !== null) continue;
            if (excluded(child)) continue;
            const verdict = gitignores.verdict(child, shown, true, ignored);
            if (verdict !== IGNORED) subdirectories.push([child, verdict === TRACKED]);
          } else if (rules.isCheckablePath(shown) && (entry.isFile() || !isDirectory(child))) {
            // Broken links, unreadable files and files that are not regular are kept: reading them says why.
            if (excluded(child) || gitignores.verdict(child, shown, false, ignored) === IGNORED) continue;
            yield { file: child, path: shown, index };
          }
        }
        pending.push(...subdirectories.reverse());
      }
    } finally {
      gitignores.free();
    }
  }
}

/**
 * `directory/name` as Rust's `Path::join` spells it (no normalisation: `./x` stays `./x`).
 * @param {Buffer} directory
 * @param {Buffer} name
 */
function joinLikeRust(directory, name) {
  return directory.at(-1) === 0x2f ? Buffer.concat([directory, name]) : Buffer.concat([directory, SLASH, name]);
}

const SLASH = Buffer.from("/");

/**
 * @param {Buffer} bytes
 * @param {string} text  `bytes` decoded
 */
function isUtf8(bytes, text) {
  return !text.includes("\uFFFD") || Buffer.from(text, "utf8").equals(bytes);
}

/**
 * The names of the absolute path that `path` (bytes, relative to the working directory or absolute)
 * stands for, `.` and `..` resolved as `path.resolve` resolves them (POSIX: `/` separates names).
 * @param {Buffer} path
 */
function namesOf(path) {
  const absolute = path[0] === 0x2f ? path : Buffer.concat([Buffer.from(process.cwd()), SLASH, path]);
  /** @type {Buffer[]} */
  const names = [];
  for (let start = 0; start <= absolute.length; ) {
    const slash = absolute.indexOf(0x2f, start);
    const end = slash === -1 ? absolute.length : slash;
    const name = absolute.subarray(start, end);
    if (name.length === 2 && name[0] === 0x2e && name[1] === 0x2e) names.pop();
    else if (name.length > 0 && !(name.length === 1 && name[0] === 0x2e)) names.push(name);
    start = end + 1;
  }
  return names;
}

/**
 * What `stat` says of a path (links followed), or null when it cannot say (missing, a link loop,
 * no permission).
 * @param {Buffer | string} path
 */
function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** @param {Buffer | string} path */
function isDirectory(path) {
  return statOrNull(path)?.isDirectory() ?? false;
}

/** What git makes of a path the walk finds: not ignored. */
const KEPT = "kept";
/**
 * Ignored, but tracked (a file) or holding a tracked path (a directory, whose untracked paths
 * stay ignored): git ignores no tracked file.
 */
const TRACKED = "tracked";
/** Ignored. */
const IGNORED = "ignored";

/** @typedef {typeof KEPT | typeof TRACKED | typeof IGNORED} Verdict */

const NO_RULES = {
  enter() {},
  /** @returns {Verdict} */
  verdict: () => KEPT,
  free() {},
};

/**
 * The .gitignore files that apply under one directory tree: those from the repository's root
 * (the nearest ancestor holding `.git`) down to the tree, except those that ignore the tree
 * itself, and those inside it as the walk enters them. A deeper file's rules take precedence
 * over a shallower one's, as in git. And the paths each repository's index tracks, which are
 * never ignored (crate/inputs/git_index.rs reads the index; crate/cli/files.rs walks the same way).
 */
class GitignoreStack {
  /** @param {string} top */
  constructor(top) {
    /** @type {Map<string, import("ignore").Ignore>} absolute directory -> its rules */
    this.byDirectory = new Map();
    const absoluteTop = resolve(top);
    const ancestors = [];
    for (let directory = dirname(absoluteTop); ; directory = dirname(directory)) {
      ancestors.push(directory);
      if (existsSync(join(directory, ".git")) || dirname(directory) === directory) break;
    }
    const topRoot = /** @type {string} */ (ancestors.at(-1));
    /** Whether the tree's top is inside a repository (an ancestor holds `.git`). */
    this.topInRepository = existsSync(join(topRoot, ".git"));
    /** @type {string[]} the repository roots: the top's, then those the walk finds inside the tree */
    this.roots = this.topInRepository ? [topRoot] : [];
    /** @type {Map<string, TrackedPaths>} the paths each repository root's index tracks, read when first needed */
    this.tracked = new Map();
    /** @type {Set<string>} the repository roots the walk found inside the tree */
    this.rootsInside = new Set();
    if (!this.topInRepository) ancestors.length = 0; // not in a repository
    for (const directory of ancestors.reverse()) {
      // A directory named on the command line is checked even when a .gitignore above it
      // ignores it (as ripgrep and ruff do): such a file does not apply inside it.
      const rules = this.read(directory);
      if (rules && !rules.ignores(`${relative(directory, absoluteTop).split(sep).join("/")}/`)) {
        this.byDirectory.set(directory, rules);
      }
    }
  }

  /** @param {string} absoluteDirectory */
  read(absoluteDirectory) {
    try {
      return ignore().add(readFileSync(join(absoluteDirectory, ".gitignore"), "utf8"));
    } catch {
      return null;
    }
  }

  /**
   * Reads the .gitignore of a directory the walk enters, when that directory is inside a
   * repository: outside one (an unpacked sdist, say) git, ripgrep and ruff ignore such files.
   * @param {string} directory
   */
  enter(directory) {
    const absolute = resolve(directory);
    if (existsSync(join(absolute, ".git"))) {
      this.rootsInside.add(absolute);
      this.roots.push(absolute);
    }
    // Outside the top's repository, `roots` holds only the roots found inside the tree.
    const inRepository =
      this.topInRepository || this.roots.some((root) => absolute === root || absolute.startsWith(root + sep));
    if (!inRepository || this.byDirectory.has(absolute)) return;
    const rules = this.read(absolute);
    if (rules) this.byDirectory.set(absolute, rules);
  }

  /**
   * What git makes of a path the walk found (a directory when `isDirectory`), in a directory it
   * ignores (`inIgnored`) or not.
   * @param {Buffer} bytes  the path as walked
   * @param {string} path  `bytes` decoded
   * @param {boolean} isDirectory
   * @param {boolean} inIgnored
   * @returns {Verdict}
   */
  verdict(bytes, path, isDirectory, inIgnored) {
    if (!inIgnored && !this.ignores(path, isDirectory)) return KEPT;
    return this.isTracked(bytes, path, isDirectory) ? TRACKED : IGNORED;
  }

  /**
   * Whether the index of the repository the path is in tracks it (a file) or a path under it (a
   * directory). The index holds names as bytes: a name that is not UTF-8 is looked up as its bytes.
   * @param {Buffer} bytes  the path as walked
   * @param {string} path  `bytes` decoded
   * @param {boolean} isDirectory
   */
  isTracked(bytes, path, isDirectory) {
    const absolute = resolve(path);
    let root = null;
    for (const candidate of this.roots) {
      if (absolute.startsWith(candidate + sep) || (candidate === sep && absolute !== sep)) {
        if (root === null || candidate.length > root.length) root = candidate;
      }
    }
    if (root === null) return false;
    let tracked = this.tracked.get(root);
    if (tracked === undefined) {
      tracked = readTrackedPaths(root);
      this.tracked.set(root, tracked);
    }
    const relativePath = isUtf8(bytes, path)
      ? Buffer.from(relative(root, absolute).split(sep).join("/"))
      : Buffer.concat(namesOf(bytes).slice(root.split(sep).filter(Boolean).length).flatMap((name, at) => (at === 0 ? [name] : [SLASH, name])));
    return isDirectory ? tracked.holdsTracked(relativePath) : tracked.isTracked(relativePath);
  }

  /** Frees the indexes read (they live in the WebAssembly module's memory). */
  free() {
    for (const tracked of this.tracked.values()) tracked.free();
    this.tracked.clear();
  }

  /**
   * Whether a .gitignore ignores `path` (a directory when `isDirectory`).
   * @param {string} path
   * @param {boolean} isDirectory
   */
  ignores(path, isDirectory) {
    // No .gitignore so far (a tree outside any repository): nothing to resolve.
    if (this.byDirectory.size === 0) return false;
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
      // A repository's own .gitignore files are the last that apply: those of an enclosing
      // repository say nothing inside it, as in git.
      if (this.rootsInside.has(directory) || dirname(directory) === directory) return false;
    }
  }
}

/**
 * The paths the index of the repository at `root` tracks: `root/.git` is the git directory, or a
 * file naming it (worktrees, submodules). Nothing when the index cannot be read.
 * @param {string} root  absolute
 */
function readTrackedPaths(root) {
  const dotGit = join(root, ".git");
  let gitdir = dotGit;
  if (!isDirectory(dotGit)) {
    const named = gitdirOf(readTextOr(dotGit, ""));
    gitdir = named == null ? "" : resolve(root, named);
  }
  if (gitdir === "") return new TrackedPaths(new Uint8Array(), "");
  // A worktree's configuration is its repository's, in the common directory.
  const commondir = readTextOr(join(gitdir, "commondir"), null);
  const common = commondir === null ? gitdir : resolve(gitdir, commondir.replace(/[\r\n]+$/, ""));
  let index;
  try {
    index = readFileSync(join(gitdir, "index"));
  } catch {
    index = new Uint8Array();
  }
  return new TrackedPaths(index, readTextOr(join(common, "config"), ""));
}

/**
 * The text of a file, or `otherwise` when it cannot be read.
 * @template T
 * @param {string} path
 * @param {T} otherwise
 */
function readTextOr(path, otherwise) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return otherwise;
  }
}
