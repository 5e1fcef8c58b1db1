// @ts-check
// The Node CLI's cache of compiled WebAssembly code. V8 compiles the module's functions on first
// use with its baseline compiler (Liftoff) and again, optimised, with TurboFan once they run hot;
// Node keeps none of it between runs, so every run of the CLI paid both again: on CPython's Lib
// about half of a run's CPU (docs/guide/speed.md). Node 20 has no API for V8's own WebAssembly
// code cache (the one browsers use), but V8's test intrinsics `%SerializeWasmModule` and
// `%DeserializeWasmModule` (behind --allow-natives-syntax) write and read it: the optimised
// code of every function TurboFan compiled, which V8 loads only when its header names the same
// V8 version, CPU features and flags. The CLI (bin/pysunset.js) turns the cache on before the
// module is compiled and saves it after a run; the library API never uses it.
//
// The cache is a file per module build (named by the SHA-256 of the .wasm's bytes, Node's V8
// version and the architecture) in the user's cache folder: `PYSUNSET_CACHE_DIR`, else
// `$XDG_CACHE_HOME/pysunset`, `~/Library/Caches/pysunset` (macOS), `%LOCALAPPDATA%\pysunset`
// (Windows), `~/.cache/pysunset`; `PYSUNSET_CACHE_DIR=` (empty) turns it off. Since it holds
// machine code, it is read only from a folder and file owned by the user and writable by no one
// else, and only when the SHA-256 of its contents, stored at its start, matches; it is written
// to a new file renamed into place. Any failure means no cache: the module is compiled as before.
// Writing a cache file removes the files of other builds not written for 30 days.

import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { arch, homedir, platform } from "node:os";
import { basename, dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";

/** The start of a cache file. */
const MAGIC = Buffer.from("pysunset wasm code 1\n");

/** The bytes of a SHA-256 digest. */
const DIGEST = 32;

/** The names of cache files (and of those being written). */
const CACHE_FILE = /^wasm-[0-9a-f]{32}\.bin(\.\d+\.tmp)?$/;

/** How long another build's cache file is kept after it was last written. */
const KEPT_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The cache in use: the file, and the size of the code it held (a later run writes the cache
 * again only when it has more optimised code). Null when the cache is off.
 * @type {{ file: string, module: WebAssembly.Module | null, loaded: number } | null}
 */
let cache = null;

/**
 * The V8 versions (major.minor) whose intrinsics the cache was tested with: Node 20 (11.3), 22
 * (12.4) and 24 (13.6). The intrinsics are V8's test functions, which a V8 may change: one that
 * took other arguments would abort the process (a V8 CHECK), so another V8 compiles as before.
 */
const TESTED_V8 = ["11.3", "12.4", "13.6"];

/** The intrinsics, once the cache is on. */
/** @type {{ serialize: (module: WebAssembly.Module) => ArrayBuffer | undefined, deserialize: (code: ArrayBuffer, wire: Uint8Array) => WebAssembly.Module | undefined } | null} */
let intrinsics = null;

/**
 * The folder of the cache, or null when it is off.
 * @param {NodeJS.ProcessEnv} env
 */
export function cacheFolder(env = process.env) {
  const own = env.PYSUNSET_CACHE_DIR;
  if (own !== undefined) return own === "" ? null : own;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "pysunset");
  if (platform() === "darwin") return join(homedir(), "Library", "Caches", "pysunset");
  if (platform() === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "pysunset");
  return join(homedir(), ".cache", "pysunset");
}

/**
 * Turns the cache on for this process: `compileModule` then looks in it. Call before the
 * package's modules load (they compile the module as they load). Does nothing when the cache
 * is off or this Node's V8 lacks the intrinsics.
 */
export function useCodeCache() {
  if (cacheFolder() === null || !TESTED_V8.includes(process.versions.v8.split(".").slice(0, 2).join("."))) return;
  try {
    setFlagsFromString("--allow-natives-syntax");
    intrinsics = {
      serialize: /** @type {any} */ (new Function("module", "return %SerializeWasmModule(module);")),
      deserialize: /** @type {any} */ (new Function("code", "wire", "return %DeserializeWasmModule(code, wire);")),
    };
  } catch {
    intrinsics = null;
  }
}

/**
 * The module of `wire` (the .wasm's bytes): from the cache when it is on and holds code for
 * this build, else compiled.
 * @param {Uint8Array<ArrayBuffer>} wire
 * @returns {WebAssembly.Module}
 */
export function compileModule(wire) {
  const folder = intrinsics === null ? null : cacheFolder();
  if (folder === null || intrinsics === null) return new WebAssembly.Module(wire);
  const key = createHash("sha256").update(wire).update(process.versions.v8).update(arch()).digest("hex").slice(0, 32);
  cache = { file: join(folder, `wasm-${key}.bin`), module: null, loaded: 0 };
  const code = readCache(cache.file);
  let module;
  if (code !== null) {
    try {
      module = intrinsics.deserialize(code, wire);
    } catch {
      module = undefined;
    }
  }
  if (module instanceof WebAssembly.Module) cache.loaded = /** @type {ArrayBuffer} */ (code).byteLength;
  else module = new WebAssembly.Module(wire);
  cache.module = module;
  return module;
}

/**
 * Writes the module's compiled code to the cache, when the cache is on and this run's code is
 * larger than what it loaded (a run optimises more of the module than the runs before it, never
 * less: loaded code stays optimised). Call once the run's checks are over; errors are ignored.
 */
export function saveCodeCache() {
  if (cache === null || cache.module === null || intrinsics === null) return;
  const { file, module, loaded } = cache;
  cache = null;
  let temporary = null;
  try {
    const code = intrinsics.serialize(module);
    // A few functions more are not worth writing a megabyte for.
    if (!(code instanceof ArrayBuffer) || code.byteLength <= loaded + loaded / 16) return;
    const folder = /** @type {string} */ (cacheFolder());
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedPrivately(statSync(folder))) return;
    const digest = createHash("sha256").update(new Uint8Array(code)).digest();
    temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([MAGIC, digest, new Uint8Array(code)]), { mode: 0o600, flag: "wx" });
    renameSync(temporary, file);
    temporary = null;
    removeOld(folder, basename(file));
  } catch {
    // No cache this time.
  } finally {
    if (temporary !== null) rmSync(temporary, { force: true });
  }
}

/**
 * The compiled code in a cache file, or null when there is none, it is not the user's own or
 * its digest does not match.
 * @param {string} file
 * @returns {ArrayBuffer | null}
 */
function readCache(file) {
  let descriptor;
  try {
    descriptor = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const stats = fstatSync(descriptor);
    const header = MAGIC.length + DIGEST;
    if (!stats.isFile() || !ownedPrivately(stats) || !ownedPrivately(statSync(dirname(file))) || stats.size <= header) return null;
    const bytes = Buffer.allocUnsafeSlow(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(descriptor, bytes, length, bytes.length - length, null);
      if (read === 0) return null;
      length += read;
    }
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const code = bytes.subarray(header);
    const digest = createHash("sha256").update(code).digest();
    if (!digest.equals(bytes.subarray(MAGIC.length, header))) return null;
    return code.buffer.slice(code.byteOffset, code.byteOffset + code.byteLength);
  } catch {
    return null;
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Removes the cache files (and files left half-written) in `folder` other than `kept` that were
 * last written over `KEPT_FOR_MS` ago: other builds of the module, other versions of Node.
 * @param {string} folder
 * @param {string} kept
 */
function removeOld(folder, kept) {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    if (name === kept || !CACHE_FILE.test(name)) continue;
    const path = join(folder, name);
    try {
      if (now - statSync(path).mtimeMs > KEPT_FOR_MS) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile.
    }
  }
}

/**
 * Whether a file or folder belongs to this user and no one else may write to it (always true
 * where Node has no user ids: Windows).
 * @param {import("node:fs").Stats} stats
 */
function ownedPrivately(stats) {
  if (typeof process.getuid !== "function") return true;
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}
