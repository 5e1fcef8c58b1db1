// The library's functions over one instance of the WebAssembly bindings, shared by the Node and
// browser entry points and their workers: argument checks with messages that name the argument,
// bytes decoded to text, and WebAssembly traps turned into a plain Error that says what happened.

import { decode } from "./decode.js";

/**
 * Whether an exception is a WebAssembly trap (a Rust panic, an out-of-bounds access, a stack
 * overflow), rather than an Error the core raised on purpose with a readable message.
 */
function isTrap(error) {
  if (typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError) return true;
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * @param {Record<string, Function>} bindings  the wasm-bindgen exports, initialised
 * @param {{ ready?: () => boolean }} [host]  says whether `init()` has run (browsers)
 */
export function createApi(bindings, host = {}) {
  /** The trap that stopped this instance, if one did: its memory can no longer be trusted. */
  let broken = null;

  const call = (name, what, ...args) => {
    if (host.ready && !host.ready()) {
      throw new Error(`pysunset: call \`await init()\` before \`${name}()\` (it loads the WebAssembly module)`);
    }
    if (broken !== null) {
      throw new Error(
        `pysunset: the WebAssembly instance stopped after an internal error (${broken}); ` +
          "restart the program (or use checkFiles, whose workers are replaced after such an error)",
      );
    }
    try {
      return bindings[name](...args);
    } catch (error) {
      if (!isTrap(error)) throw error;
      broken = error.message;
      throw new Error(
        `pysunset: internal error while checking ${what} (${error.message}). This is a bug in pysunset: ` +
          "please report it with the input that caused it",
        { cause: error },
      );
    }
  };

  /** Checks Python source text. */
  const check = (source, options) => {
    requireString(source, "check", "source");
    return call("check", "the source", source, options);
  };

  /** What kind of input a path names, by its name; null when pysunset does not check such files. */
  const sourceKind = (path) => {
    requireString(path, "sourceKind", "path");
    return call("sourceKind", path, path) ?? null;
  };

  /**
   * Checks one file: text (or bytes, decoded as the native CLI does) dispatched by the file's
   * kind. Problems with the input are a value (`problem`), never an exception.
   */
  const checkFile = (path, text, options = {}) => {
    requireString(path, "checkFile", "path");
    const { includeSource = false, ...checkOptions } = options ?? {};
    let source = text;
    let problem = null;
    if (text instanceof Uint8Array) {
      ({ text: source, problem } = decode(text));
      if (source === null) return { path, findings: [], problem };
    } else if (typeof text !== "string") {
      throw new TypeError(`checkFile(path, text): \`text\` of ${path} must be a string or a Uint8Array`);
    }
    // Invalid options throw (a mistake in the caller); everything after is about the input.
    call("check", "the options", "", checkOptions);
    let findings;
    try {
      findings = call("checkFile", path, path, source, checkOptions);
    } catch (error) {
      if (broken !== null) throw error;
      return { path, findings: [], problem: `skipped: ${error instanceof Error ? error.message : String(error)}` };
    }
    const result = { path, findings };
    if (problem !== null) result.problem = problem;
    if (includeSource && findings.length > 0) result.source = source;
    return result;
  };

  /** Throws the core's message when `options` are not valid check options. */
  const validateOptions = (options) => {
    const { includeSource: _, ...checkOptions } = options ?? {};
    call("check", "the options", "", checkOptions);
  };

  /** @type {Record<string, Function>} */
  const api = {
    check,
    checkFile,
    sourceKind,
    validateOptions,
    catalogue: () => call("catalogue", "the catalogue"),
    version: () => call("version", "the version"),
    isBroken: () => broken !== null,
  };
  api.render = (reports, options) => call("render", "the report", reports, options);
  api.parseConfig = (text) => {
    requireString(text, "parseConfig", "pyprojectText");
    return call("parseConfig", "pyproject.toml", text) ?? null;
  };
  api.isExcluded = (path, patterns) => {
    requireString(path, "isExcluded", "path");
    return call("isExcluded", path, path, patterns);
  };
  api.fix = (source, options) => {
    requireString(source, "fix", "source");
    return call("fix", "the source", source, options);
  };
  api.fixFile = (path, text, options) => {
    requireString(path, "fixFile", "path");
    requireString(text, "fixFile", "text");
    return call("fixFile", path, path, text, options);
  };
  api.unifiedDiff = (path, oldText, newText) => {
    requireString(path, "unifiedDiff", "path");
    requireString(oldText, "unifiedDiff", "oldText");
    requireString(newText, "unifiedDiff", "newText");
    return call("unifiedDiff", path, path, oldText, newText);
  };
  return api;
}

function requireString(value, functionName, argumentName) {
  if (typeof value !== "string") {
    throw new TypeError(
      `${functionName}(): \`${argumentName}\` must be a string, not ${value === null ? "null" : typeof value}`,
    );
  }
}
