// @ts-check
// The library's functions over one instance of the WebAssembly bindings, shared by the Node and
// browser entry points and their workers: argument checks with messages that name the argument,
// and WebAssembly traps turned into a plain Error that says what happened. Bytes are decoded by
// the core (decodeSource, checkFileBytes); this file only lends it `TextDecoder` for the legacy
// encodings it names (the host's half of the WHATWG Encoding Standard).

/** @typedef {typeof import("./wasm/pysunset.js")} Bindings */
/** @typedef {import("./wasm/pysunset.js").TextHost} TextHost */

/**
 * Whether an exception is a WebAssembly trap (a Rust panic, an out-of-bounds access, a stack
 * overflow), rather than an Error the core raised on purpose with a readable message.
 * @param {unknown} error
 */
export function isTrap(error) {
  if (typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError) return true;
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * What a WebAssembly trap while checking `what` is reported as.
 * @param {string} what
 * @param {string} message  the trap's
 */
export function internalError(what, message) {
  return `pysunset: internal error while checking ${what} (${message}). This is a bug in pysunset: please report it with the input that caused it`;
}

/** The WHATWG encodings of one byte per character: JavaScript can write them (see `encode`). */
const SINGLE_BYTE = new Set([
  "IBM866", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8",
  "ISO-8859-8-I", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16", "KOI8-R", "KOI8-U",
  "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1253", "windows-1254", "windows-1255",
  "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic",
]);

/** @type {Map<string, Map<string, number>>} encoding -> character -> byte */
const encoders = new Map();

/**
 * The inverse of `TextDecoder` for a single-byte encoding: each character to its byte.
 * @param {string} encoding
 */
function singleByteEncoder(encoding) {
  let table = encoders.get(encoding);
  if (table === undefined) {
    table = new Map();
    const decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(Uint8Array.from({ length: 256 }, (_, byte) => byte));
    [...decoded].forEach((character, byte) => {
      if (character !== "\uFFFD" && !table?.has(character)) table?.set(character, byte);
    });
    encoders.set(encoding, table);
  }
  return table;
}

/**
 * The host's WHATWG decoder (`TextDecoder`): the core decides the encoding (BOM, PEP 263 cookie)
 * and asks this only for encodings it does not convert itself (not UTF-8, ISO-8859-1 or
 * windows-1252). JavaScript has no encoder for legacy encodings: the single-byte ones are written
 * by inverting the decoder (the core checks that the file's own text gives back its bytes); the
 * multi-byte ones (Shift_JIS, GBK, EUC-KR, ...) cannot be written.
 * @type {TextHost}
 */
export const textHost = {
  decode(encoding, bytes) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), repaired: false };
    } catch {
      return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), repaired: true };
    }
  },
  encode(encoding, text) {
    if (!SINGLE_BYTE.has(encoding)) return null;
    const table = singleByteEncoder(encoding);
    const bytes = new Uint8Array(text.length);
    let length = 0;
    for (const character of text) {
      const byte = table.get(character);
      if (byte === undefined) return null;
      bytes[length++] = byte;
    }
    return bytes.subarray(0, length);
  },
};

/**
 * @param {Bindings} bindings  the wasm-bindgen exports, initialised
 * @param {{ ready?: () => boolean }} [host]  says whether `init()` has run (browsers)
 */
export function createApi(bindings, host = {}) {
  /** The trap that stopped this instance, if one did: its memory can no longer be trusted. */
  /** @type {string | null} */
  let broken = null;

  /**
   * Calls a binding, turning a trap into an Error that says what happened.
   * @template {keyof Bindings} Name
   * @param {Name} name
   * @param {string} what  what was being checked, for the message
   * @param {Bindings[Name] extends (...args: infer A) => unknown ? A : never} args
   * @returns {Bindings[Name] extends (...args: never[]) => infer R ? R : never}
   */
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
      return /** @type {Function} */ (bindings[name])(...args);
    } catch (error) {
      if (!isTrap(error)) throw error;
      const message = /** @type {Error} */ (error).message;
      broken = message;
      throw new Error(internalError(what, message), { cause: error });
    }
  };

  /** @type {typeof import("./index.js").check} */
  const check = (source, options) => {
    requireString(source, "check", "source");
    return call("check", "the source", source, options);
  };

  /** @type {typeof import("./index.js").sourceKind} */
  const sourceKind = (path) => {
    requireString(path, "sourceKind", "path");
    return call("sourceKind", path, path) ?? null;
  };

  /**
   * Checks one file: text (or bytes, decoded by the core as the CLIs decode them) dispatched by
   * the file's kind. Problems with the input are a value (`problem`), never an exception.
   * @type {typeof import("./index.js").checkFile}
   */
  const checkFile = (path, text, options = {}) => {
    requireString(path, "checkFile", "path");
    const { includeSource = false, ...checkOptions } = options ?? {};
    // Invalid options throw (a mistake in the caller); problems with the input are `problem`.
    if (text instanceof Uint8Array) return call("checkFileBytes", path, path, text, checkOptions, includeSource, textHost);
    if (typeof text !== "string") {
      throw new TypeError(`checkFile(path, text): \`text\` of ${path} must be a string or a Uint8Array`);
    }
    // Invalid options throw (a mistake in the caller); everything after is about the input.
    call("check", "the options", "", checkOptions);
    let findings;
    try {
      findings = call("checkFile", path, path, text, checkOptions);
    } catch (error) {
      if (broken !== null) throw error;
      return { path, findings: [], problem: `skipped: ${error instanceof Error ? error.message : String(error)}` };
    }
    /** @type {import("./index.js").FileResult} */
    const result = { path, findings };
    if (includeSource && findings.length > 0) result.source = text;
    return result;
  };

  /**
   * Throws the core's message when `options` are not valid check options.
   * @param {import("./index.js").CheckFileOptions | undefined} options
   */
  const validateOptions = (options) => {
    const { includeSource: _, ...checkOptions } = options ?? {};
    call("check", "the options", "", checkOptions);
  };

  /** @type {typeof import("./index.js").decodeSource} */
  const decodeSource = (bytes) => {
    if (!(bytes instanceof Uint8Array)) throw new TypeError("decodeSource(bytes): `bytes` must be a Uint8Array");
    return call("decodeSource", "the bytes", bytes, textHost);
  };

  return {
    check,
    checkFile,
    sourceKind,
    validateOptions,
    decodeSource,
    /** @type {typeof import("./index.js").catalogue} */
    catalogue: () => call("catalogue", "the catalogue"),
    /** @type {() => string} */
    version: () => call("version", "the version"),
    isBroken: () => broken !== null,
    /** @type {typeof import("./index.js").render} */
    render: (reports, options) => call("render", "the report", reports, options),
    /** @type {typeof import("./index.js").parseConfig} */
    parseConfig: (text) => {
      requireString(text, "parseConfig", "pyprojectText");
      return call("parseConfig", "pyproject.toml", text) ?? null;
    },
    /** @type {typeof import("./index.js").isExcluded} */
    isExcluded: (path, patterns) => {
      requireString(path, "isExcluded", "path");
      return call("isExcluded", path, path, patterns);
    },
    /** @type {typeof import("./index.js").isCheckablePath} */
    isCheckablePath: (path) => {
      requireString(path, "isCheckablePath", "path");
      return call("isCheckablePath", path, path);
    },
    /** @type {typeof import("./index.js").skippedFolder} */
    skippedFolder: (path) => {
      requireString(path, "skippedFolder", "path");
      return call("skippedFolder", path, path);
    },
    /** @type {typeof import("./index.js").skippedFolderReason} */
    skippedFolderReason: (name) => {
      requireString(name, "skippedFolderReason", "name");
      return call("skippedFolderReason", name, name) ?? null;
    },
    /** @type {typeof import("./index.js").fix} */
    fix: (source, options) => {
      requireString(source, "fix", "source");
      return call("fix", "the source", source, options);
    },
    /** @type {typeof import("./index.js").fixFile} */
    fixFile: (path, text, options) => {
      requireString(path, "fixFile", "path");
      requireString(text, "fixFile", "text");
      return call("fixFile", path, path, text, options);
    },
    /** @type {typeof import("./index.js").unifiedDiff} */
    unifiedDiff: (path, oldText, newText) => {
      requireString(path, "unifiedDiff", "path");
      requireString(oldText, "unifiedDiff", "oldText");
      requireString(newText, "unifiedDiff", "newText");
      return call("unifiedDiff", path, path, oldText, newText);
    },
  };
}

/**
 * @param {unknown} value
 * @param {string} functionName
 * @param {string} argumentName
 */
function requireString(value, functionName, argumentName) {
  if (typeof value !== "string") {
    throw new TypeError(
      `${functionName}(): \`${argumentName}\` must be a string, not ${value === null ? "null" : typeof value}`,
    );
  }
}
