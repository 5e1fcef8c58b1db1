// The types of the pysunset package, for ESM (index.d.ts) and CommonJS (index.d.cts, the same
// text pointing at ./types.cjs). The finding, option and catalogue types are the ones the Rust
// core declares for wasm-bindgen (the TYPES section of crate/wasm.rs, which scripts/build-npm.sh
// copies to types.d.ts), re-exported here.

import type {
  ApiKind,
  Applicability,
  CatalogueEntry,
  CheckOptions,
  Config,
  DecodedSource,
  Edit,
  FileReport,
  FileResult,
  Finding,
  Fix,
  FixOptions,
  FixResult,
  Format,
  Position,
  Range,
  RenderOptions,
  RuleCode,
  RuleName,
  Severity,
  SkippedFolder,
  SourceKind,
} from "./types.js";

export type {
  ApiKind,
  Applicability,
  CatalogueEntry,
  CheckOptions,
  Config,
  DecodedSource,
  Edit,
  FileReport,
  FileResult,
  Finding,
  Fix,
  FixOptions,
  FixResult,
  Format,
  Position,
  Range,
  RenderOptions,
  RuleCode,
  RuleName,
  Severity,
  SkippedFolder,
  SourceKind,
};

/**
 * The type of instances of the global class `Name` where the program's libraries declare it
 * (`Response` and `WebAssembly.Module` come with the DOM library, not with Node's types), else never:
 * the types work with `lib: ["dom"]` and with `types: ["node"]` alike.
 */
type GlobalInstance<Name extends string> = typeof globalThis extends { [K in Name]: { prototype: infer T } } ? T : never;
type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer T } } } ? T : never;

/** What `init()` accepts: where to load the module from (a URL, a fetch Response), its bytes, or the compiled module. */
export type InitInput = URL | string | ArrayBuffer | ArrayBufferView | GlobalInstance<"Response"> | WasmModule;

/**
 * Loads the WebAssembly module that ships inside the package (or `input`). Needed once before
 * the synchronous functions in browsers and bundlers; in Node the module is loaded on import and
 * this resolves at once. Safe to call more than once.
 */
export function init(input?: InitInput): Promise<void>;

/** The version of pysunset (of the package and of its WebAssembly module, which agree). */
export const version: string;

/**
 * Checks Python source text and returns its findings in source order.
 * @throws {Error} for invalid options, with a message naming the option and the allowed values.
 */
export function check(source: string, options?: CheckOptions): Finding[];

/** Options of `checkFile` and `checkFiles`. */
export interface CheckFileOptions extends CheckOptions {
  /** Also return the decoded text (`source`) of files with findings, as `render` wants it. */
  includeSource?: boolean;
}

/**
 * Checks one file, dispatched by its name (`.py`, `.pyi`, `.ipynb`, and the text files where
 * removed environment variables hide). Bytes are decoded as Python does (UTF-8, or the PEP 263
 * coding cookie). Problems with the input are returned as `problem`, never thrown.
 * @throws {Error} for invalid options only.
 */
export function checkFile(path: string, text: string | Uint8Array, options?: CheckFileOptions): FileResult;

/** What kind of input pysunset takes a path for, by its name; null when it does not check it. */
export function sourceKind(path: string): SourceKind | null;

/** One file for `checkFiles`. */
export interface FileInput {
  path: string;
  /** The text, or the file's bytes (decoded as `checkFile` does). */
  text: string | Uint8Array;
}

/** How far `checkFiles` has got, after each file. */
export interface Progress {
  /** Files checked so far. */
  done: number;
  /**
   * Files in all: known before the first is checked, as the files are all taken in first
   * (`project`); with `project: false`, null for an iterable whose length is unknown.
   */
  total: number | null;
  /** The file just checked. */
  path: string;
}

/** Options of `checkFiles`. */
export interface CheckFilesOptions extends CheckFileOptions {
  /** Called after each file. An exception thrown here rejects `checkFiles`. */
  onProgress?: (progress: Progress) => void;
  /** Stops the run: `checkFiles` rejects with an `AbortError` and its workers are stopped. */
  signal?: AbortSignal;
  /** How many workers to run (default: one per core). */
  concurrency?: number;
  /**
   * Follow what the files import from one another, as a directory run of the CLIs does
   * (default true): `from .compat import configparser` binds `configparser` to what the
   * `compat` module among `files` binds it to (docs/guide/projects.md). The files are then all
   * taken in (an iterable is read to its end) before the first is checked. `false` checks each
   * file alone, as `checkFile` does.
   */
  project?: boolean;
}

/**
 * Checks many files on a pool of workers (worker threads in Node, Web Workers in browsers),
 * following what they import from one another (see `project`).
 * Results come in the order of `files`.
 * @throws {Error} (rejects) for invalid options; with a DOMException named "AbortError" when `signal` aborts.
 */
export function checkFiles(
  files: Iterable<FileInput> | AsyncIterable<FileInput>,
  options?: CheckFilesOptions,
): Promise<FileResult[]>;

/** Every entry of the catalogue of removed APIs, with its documentation and examples. */
export function catalogue(): CatalogueEntry[];

/**
 * Renders the findings of a run in one of the CLI's formats: exactly the bytes the native CLI
 * prints for the same reports.
 * @throws {Error} for an unknown format or target.
 */
export function render(reports: FileReport[], options: RenderOptions): string;

/**
 * Reads the `[tool.pysunset]` table of a pyproject.toml; null when the file has none.
 * @throws {Error} with a message naming the key that is wrong.
 */
export function parseConfig(pyprojectText: string): Config | null;

/** Whether `path` matches one of the `exclude` patterns of a configuration. */
export function isExcluded(path: string, patterns: string[]): boolean;

/**
 * Applies the fixes of the findings that have one (`Finding.fix`), the unsafe ones only with
 * `unsafeFixes: true`, until nothing changes; the output is parsed again before it is returned.
 * @throws {Error} for invalid options or input that is not text.
 */
export function fix(source: string, options?: FixOptions): FixResult;

/**
 * `fix` for a file, dispatched by its name as `checkFile` is: a notebook's cells are fixed
 * together and written back into its JSON; Python source as `fix` does.
 * @throws {Error} for invalid options or a notebook that is not valid.
 */
export function fixFile(path: string, text: string, options?: FixOptions): FixResult;

/**
 * A unified diff of `oldText` and `newText` with three lines of context, headed `a/PATH` and
 * `b/PATH`: what the CLIs' `--diff` prints for a file ("" when the texts are equal).
 */
export function unifiedDiff(path: string, oldText: string, newText: string): string;

/**
 * A file's bytes as text, the way Python reads source and the CLIs read files: a UTF-8 byte
 * order mark, a PEP 263 coding cookie on line 1 or 2 (`# -*- coding: cp1252 -*-`), UTF-8
 * otherwise. `text` is null for binary data (NUL bytes) and cookies naming encodings that cannot
 * be read; `problem` says why, or that bad bytes were replaced with U+FFFD (`repaired`).
 */
export function decodeSource(bytes: Uint8Array): DecodedSource;

/**
 * Whether a directory walk checks the file at `path`, by its name (Python, stubs, notebooks and
 * the env text files): what the CLIs read in directories.
 */
export function isCheckablePath(path: string): boolean;

/**
 * Why a directory walk does not enter a folder named `name` (one path component): hidden
 * folders (except `.github` and `.circleci`), caches, virtual environments, installed packages
 * and build output; null when it does enter it.
 */
export function skippedFolderReason(name: string): string | null;

/**
 * The first folder of a relative path (`/` or `\` between names) that a directory walk does not
 * enter, with why; null when the walk reaches the file (the file's own name is not looked at).
 */
export function skippedFolder(path: string): SkippedFolder | null;
