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

/** @typedef {Map<number, number[]>} MultiByteTable code point -> bytes */

/**
 * The characters `TextDecoder` gives for each of `sequences` (byte sequences in the order of the
 * encoding's index pointers), inverted: each code point to the first sequence that gives it, as
 * the Encoding Standard's encoders choose ("index pointer": the first). One decoder call for
 * them all, a newline after each (no sequence ends inside another's bytes). `skip` leaves out
 * sequences the encoder never writes. `last` names code points whose last sequence is written.
 * @param {string} encoding
 * @param {number[][]} sequences
 * @param {MultiByteTable} table  filled
 * @param {{ skip?: (index: number) => boolean, last?: Set<number> }} [rules]
 */
function invertDecoder(encoding, sequences, table, rules = {}) {
  const bytes = new Uint8Array(sequences.reduce((sum, sequence) => sum + sequence.length + 1, 0));
  let at = 0;
  for (const sequence of sequences) {
    bytes.set(sequence, at);
    bytes[at + sequence.length] = 0x0a;
    at += sequence.length + 1;
  }
  const decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes).split("\n");
  if (decoded.length !== sequences.length + 1) throw new Error(`pysunset: cannot build an encoder for ${encoding}`);
  sequences.forEach((sequence, index) => {
    const text = decoded[index];
    const code = text.codePointAt(0);
    if (code === undefined || code === 0xfffd || text.length !== String.fromCodePoint(code).length) return;
    if (rules.skip?.(index)) return;
    if (!table.has(code) || rules.last?.has(code)) table.set(code, sequence);
  });
}

/**
 * Every sequence of a lead byte in `leads` and a trail byte in `trails`, in pointer order.
 * @param {[number, number][]} leads  inclusive ranges
 * @param {[number, number][]} trails  inclusive ranges
 */
function pairs(leads, trails) {
  /** @type {number[][]} */
  const all = [];
  for (const [leadFrom, leadTo] of leads) {
    for (let lead = leadFrom; lead <= leadTo; lead++) {
      for (const [trailFrom, trailTo] of trails) {
        for (let trail = trailFrom; trail <= trailTo; trail++) all.push([lead, trail]);
      }
    }
  }
  return all;
}

/** ASCII, one byte each. */
function asciiTable() {
  /** @type {MultiByteTable} */
  const table = new Map();
  for (let code = 0; code < 0x80; code++) table.set(code, [code]);
  return table;
}

/**
 * The Encoding Standard's encoders of the multi-byte encodings other than ISO-2022-JP (whose
 * encoder has states: see `encodeIso2022Jp`) and the Korean and Big5 ones (CPython's codecs,
 * which the core reads and writes itself: `crate/inputs/cpython_codecs.rs`), as tables built from `TextDecoder`'s answers for
 * every byte sequence, with the standard's rules for the sequences and code points the encoder
 * treats otherwise than the inverse of the decoder.
 * @type {Record<string, () => MultiByteTable>}
 */
const MULTI_BYTE = {
  Shift_JIS() {
    const table = asciiTable();
    table.set(0x80, [0x80]);
    invertDecoder("Shift_JIS", pairs([[0x81, 0x9f], [0xe0, 0xfc]], [[0x40, 0x7e], [0x80, 0xfc]]), table, {
      // Pointers 8272-8835 (NEC's selection of IBM's extensions) are never written; 8836-10715
      // are the decoder's private use area, which the encoder does not have.
      skip: (pointer) => (pointer >= 8272 && pointer <= 8835) || (pointer >= 8836 && pointer <= 10715),
    });
    for (let code = 0xff61; code <= 0xff9f; code++) table.set(code, [code - 0xff61 + 0xa1]);
    return japaneseExtras(table);
  },
  "EUC-JP"() {
    const table = asciiTable();
    invertDecoder("EUC-JP", pairs([[0xa1, 0xfe]], [[0xa1, 0xfe]]), table);
    for (let code = 0xff61; code <= 0xff9f; code++) table.set(code, [0x8e, code - 0xff61 + 0xa1]);
    return japaneseExtras(table);
  },
  GBK() {
    const table = chineseTable();
    table.set(0x20ac, [0x80]);
    return table;
  },
  gb18030() {
    const table = chineseTable();
    // The four-byte sequences of the Basic Multilingual Plane (pointers 0-39419); those of the
    // other planes are computed (`encodeGb18030`).
    /** @type {number[][]} */
    const fours = [];
    for (let pointer = 0; pointer < 39420; pointer++) fours.push(fourBytes(pointer));
    /** @type {MultiByteTable} */
    const four = new Map();
    invertDecoder("gb18030", fours, four);
    for (const [code, bytes] of four) if (!table.has(code)) table.set(code, bytes);
    // U+FFFD is a character of gb18030 (the decoder's answer for bad bytes too, so the inverse
    // leaves it out): its four bytes, if this decoder reads them as it.
    const replacement = fourBytes(39417);
    if (new TextDecoder("gb18030", { fatal: true }).decode(Uint8Array.from(replacement)) === "\uFFFD") table.set(0xfffd, replacement);
    return table;
  },
};

/**
 * The private use code points that gb18030-2022 moved from eighteen two-byte sequences to
 * four-byte ones, which the Encoding Standard's encoders still write as those two bytes (the
 * decoder reads them as the standard characters).
 * @type {[number, number, number][]} code point, lead, trail
 */
const GB18030_2005_PRIVATE_USE = [
  [0xe78d, 0xa6, 0xd9], [0xe78e, 0xa6, 0xda], [0xe78f, 0xa6, 0xdb], [0xe790, 0xa6, 0xdc], [0xe791, 0xa6, 0xdd],
  [0xe792, 0xa6, 0xde], [0xe793, 0xa6, 0xdf], [0xe794, 0xa6, 0xec], [0xe795, 0xa6, 0xed], [0xe796, 0xa6, 0xf3],
  [0xe81e, 0xfe, 0x59], [0xe826, 0xfe, 0x61], [0xe82b, 0xfe, 0x66], [0xe82c, 0xfe, 0x67], [0xe832, 0xfe, 0x6d],
  [0xe843, 0xfe, 0x7e], [0xe854, 0xfe, 0x90], [0xe864, 0xfe, 0xa0],
];

/**
 * What Shift_JIS and EUC-JP write otherwise than their decoders read: U+00A5 and U+203E as the
 * bytes of `\\` and `~`, U+2212 as U+FF0D.
 * @param {MultiByteTable} table
 */
function japaneseExtras(table) {
  table.set(0xa5, [0x5c]);
  table.set(0x203e, [0x7e]);
  const minus = table.get(0xff0d);
  if (minus !== undefined) table.set(0x2212, minus);
  return table;
}

/** GBK's and gb18030's two-byte sequences (U+E5E5 is never written). */
function chineseTable() {
  const table = asciiTable();
  invertDecoder("gb18030", pairs([[0x81, 0xfe]], [[0x40, 0x7e], [0x80, 0xfe]]), table);
  table.delete(0xe5e5);
  for (const [code, lead, trail] of GB18030_2005_PRIVATE_USE) table.set(code, [lead, trail]);
  return table;
}

/**
 * gb18030's four bytes for a four-byte pointer.
 * @param {number} pointer
 */
function fourBytes(pointer) {
  const fourth = pointer % 10;
  const third = Math.floor(pointer / 10) % 126;
  const second = Math.floor(pointer / 1260) % 10;
  const first = Math.floor(pointer / 12600);
  return [first + 0x81, second + 0x30, third + 0x81, fourth + 0x30];
}

/** @type {Map<string, MultiByteTable>} */
const multiByteTables = new Map();

/**
 * `text` in a multi-byte encoding, or null when a character has no bytes there.
 * @param {string} encoding  a key of MULTI_BYTE
 * @param {string} text
 */
function encodeMultiByte(encoding, text) {
  const table = encodeTable(encoding);
  /** @type {number[]} */
  const bytes = [];
  for (const character of text) {
    const code = /** @type {number} */ (character.codePointAt(0));
    let sequence = table.get(code);
    if (sequence === undefined && encoding === "gb18030" && code >= 0x10000) sequence = fourBytes(189000 + code - 0x10000);
    if (sequence === undefined) return null;
    for (const byte of sequence) bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** The ISO-2022-JP code points of the halfwidth katakana U+FF61-U+FF9F (their fullwidth forms). */
function fullwidthKatakana(/** @type {number} */ code) {
  if (code === 0xff9e) return 0x309b;
  if (code === 0xff9f) return 0x309c;
  return /** @type {number} */ (String.fromCodePoint(code).normalize("NFKC").codePointAt(0));
}

/**
 * `text` in ISO-2022-JP, as the Encoding Standard's encoder writes it (ASCII, JIS-Roman for
 * U+00A5 and U+203E, JIS X 0208 for the rest, back to ASCII at the end), or null when a
 * character has no bytes there.
 * @param {string} text
 */
function encodeIso2022Jp(text) {
  let jis = multiByteTables.get("ISO-2022-JP");
  if (jis === undefined) {
    // JIS X 0208 as EUC-JP writes it, each byte less 0x80.
    jis = new Map();
    for (const [code, bytes] of encodeTable("EUC-JP")) {
      if (bytes.length === 2 && bytes[0] !== 0x8e) jis.set(code, [bytes[0] - 0x80, bytes[1] - 0x80]);
    }
    multiByteTables.set("ISO-2022-JP", jis);
  }
  const [ASCII, ROMAN, JIS] = [0, 1, 2];
  let state = ASCII;
  /** @type {number[]} */
  const bytes = [];
  for (const character of text) {
    let code = /** @type {number} */ (character.codePointAt(0));
    if (state !== JIS && (code === 0x0e || code === 0x0f || code === 0x1b)) return null;
    if (state === ASCII && code < 0x80) {
      bytes.push(code);
      continue;
    }
    if (state === ROMAN && ((code < 0x80 && code !== 0x5c && code !== 0x7e) || code === 0xa5 || code === 0x203e)) {
      bytes.push(code === 0xa5 ? 0x5c : code === 0x203e ? 0x7e : code);
      continue;
    }
    if (code < 0x80) {
      if (code === 0x0e || code === 0x0f || code === 0x1b) return null;
      bytes.push(0x1b, 0x28, 0x42, code);
      state = ASCII;
      continue;
    }
    if (code === 0xa5 || code === 0x203e) {
      bytes.push(0x1b, 0x28, 0x4a, code === 0xa5 ? 0x5c : 0x7e);
      state = ROMAN;
      continue;
    }
    if (code === 0x2212) code = 0xff0d;
    if (code >= 0xff61 && code <= 0xff9f) code = fullwidthKatakana(code);
    const pair = jis.get(code);
    if (pair === undefined) return null;
    if (state !== JIS) bytes.push(0x1b, 0x24, 0x42);
    state = JIS;
    bytes.push(...pair);
  }
  if (state !== ASCII) bytes.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(bytes);
}

/**
 * The table of a multi-byte encoding, built on first use.
 * @param {string} encoding  a key of MULTI_BYTE
 */
function encodeTable(encoding) {
  let table = multiByteTables.get(encoding);
  if (table === undefined) {
    table = MULTI_BYTE[encoding]();
    multiByteTables.set(encoding, table);
  }
  return table;
}

/**
 * The host's WHATWG decoder (`TextDecoder`): the core decides the encoding (BOM, PEP 263 cookie)
 * and asks this only for encodings it does not convert itself (not UTF-8 or CPython's single-byte
 * codecs). JavaScript has no encoder for legacy encodings: they are written by inverting
 * the decoder (tables built on first use from `TextDecoder`'s answers, with the Encoding
 * Standard's rules where its encoders differ from that inverse), and the core checks that the
 * file's own text gives back its bytes.
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
    if (encoding === "ISO-2022-JP") return encodeIso2022Jp(text);
    if (Object.hasOwn(MULTI_BYTE, encoding)) return encodeMultiByte(encoding, text);
    return null;
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
  const call = (name, what, ...args) => guarded(name, what, () => /** @type {Function} */ (bindings[name])(...args));

  /**
   * Runs `work` (calls into the instance), turning a trap into an Error that says what happened.
   * @template T
   * @param {string} name  the function called, for the message when the module is not loaded
   * @param {string} what  what was being checked, for the message
   * @param {() => T} work
   * @returns {T}
   */
  const guarded = (name, what, work) => {
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
      return work();
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

  /**
   * The project index of `checkFiles`' files at `paths` on this thread (the main thread's
   * `ProjectRun`, its calls guarded as the others), or null when the engine has none (the
   * playground's) or fewer than two of the files are Python modules (each is checked alone).
   * @param {string[]} paths
   */
  const projectRun = (paths) => {
    // An engine built without the project index (the playground's) checks each file alone.
    if (typeof bindings.ProjectRun !== "function") return null;
    const what = "the project index of the files";
    /** @type {import("./wasm/pysunset.js").ProjectRun} */
    const project = guarded("checkFiles", what, () => new bindings.ProjectRun(paths));
    if (!guarded("checkFiles", what, () => project.hasModules)) {
      project.free();
      return null;
    }
    /** @type {<T>(work: () => T) => T} */
    const run = (work) => guarded("checkFiles", what, work);
    return {
      /** @param {number} index @param {string} path @param {Uint8Array} scan */
      addScanned: (index, path, scan) => run(() => project.addScanned(index, path, scan)),
      wanted: () => run(() => project.wanted()),
      /** @param {number} index */
      askedOf: (index) => run(() => project.askedOf(index)),
      /** @param {number} index @param {Uint8Array} summary */
      addSummary: (index, summary) => run(() => project.addSummary(index, summary)),
      finish: () => run(() => project.finish()),
      /** @param {number} index */
      factsOf: (index) => run(() => project.factsOf(index)),
      free: () => project.free(),
    };
  };

  /** This thread's look at the modules of the `checkFiles` run it works for (a worker's). */
  /** @type {import("./wasm/pysunset.js").ProjectScanner | null} */
  let scanner = null;

  /**
   * A task of a `checkFiles` run with a project index, in a worker: a file looked at for the
   * index and checked unless it imports from the run (`look`: `{ deferred, scan, result? }`),
   * a module summarised with what the index asks of it (`asked`: `{ summary }`), or a file
   * checked with what the index knows of it (`facts`: its `FileResult`). `paths`, the run's,
   * come with the worker's first task of the run.
   * @param {{ path: string, text: string | Uint8Array, options?: import("./index.js").CheckFileOptions,
   *   index: number, look?: boolean, asked?: Uint8Array, facts?: Uint8Array, paths?: string[] }} task
   */
  const checkInRun = ({ path, text, options, index, look, asked, facts, paths }) => {
    const { includeSource = false, ...checkOptions } = options ?? {};
    const [string, bytes] = typeof text === "string" ? [text, undefined] : [undefined, text];
    if (paths !== undefined) {
      scanner?.free();
      scanner = guarded("checkFiles", "the project index of the files", () => new bindings.ProjectScanner(paths));
    }
    const run = /** @type {import("./wasm/pysunset.js").ProjectScanner} */ (scanner);
    if (asked !== undefined) {
      return { summary: guarded("checkFiles", path, () => run.summarize(index, path, string, bytes, textHost, asked)) };
    }
    if (look) {
      return guarded("checkFiles", path, () => run.checkFileInRun(index, path, string, bytes, checkOptions, includeSource, textHost));
    }
    return call("checkFileWithFacts", path, path, string, bytes, checkOptions, includeSource, textHost, facts ?? new Uint8Array(0));
  };

  /** @type {typeof import("./index.js").decodeSource} */
  const decodeSource = (bytes) => {
    if (!(bytes instanceof Uint8Array)) throw new TypeError("decodeSource(bytes): `bytes` must be a Uint8Array");
    return call("decodeSource", "the bytes", bytes, textHost);
  };

  return {
    check,
    checkFile,
    checkInRun,
    projectRun,
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
