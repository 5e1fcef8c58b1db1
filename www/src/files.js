// @ts-check
// Files from a drop, a file picker or a folder picker, turned into what the engine checks
// ({path, text}) and what it does not ({path, reason}): nothing is dropped silently.
import { ArchiveRefused, LIMITS, archiveKind, readArchive } from "./archive.js";

/** Folders the CLI does not descend into either. */
const IGNORED_FOLDERS = new Set(["__pycache__", "node_modules", "site-packages", "venv"]);
/** At most this many files are taken from one drop. */
export const MAX_FILES = 50000;

/** The folder of a path that is not looked into, or null. */
function ignoredFolder(path) {
  const parts = path.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if ((part.startsWith(".") && part !== "." && part !== "..") || IGNORED_FOLDERS.has(part)) {
      return parts.slice(0, i + 1).join("/") + "/";
    }
  }
  return null;
}

/** Walks folder entries without recursion, yielding {file, path}. */
async function* walkEntries(roots) {
  const stack = [...roots];
  while (stack.length) {
    const entry = stack.pop();
    const path = entry.fullPath ? entry.fullPath.replace(/^\//, "") : entry.name;
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      yield { file, path };
    } else if (entry.isDirectory) {
      if (ignoredFolder(path + "/x")) {
        yield { folder: path + "/" };
        continue;
      }
      const reader = entry.createReader();
      const children = [];
      for (;;) {
        const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        children.push(...batch);
      }
      children.sort((a, b) => (a.name < b.name ? 1 : -1));
      stack.push(...children);
    }
  }
}

/**
 * Reads sources into {files: [{path, text, note?}], skipped: [{path, reason}]}.
 * `onStatus(text)` reports progress while archives are read; `signal` cancels; `sourceKind` is
 * the engine's, which says which files pysunset reads.
 * @param {{entry?: any, file?: any, path?: string}[]} sources
 * @param {{ onStatus?: (text: string) => void, signal?: AbortSignal, sourceKind: (path: string) => string | null }} options
 */
export async function gatherFiles(sources, { onStatus = () => {}, signal, sourceKind }) {
  // The engine's own classification (Python, stubs, notebooks, env text files).
  /** @param {string} path */
  const isCheckable = (path) => sourceKind(path) !== null;
  const notChecked = "not a file pysunset reads (Python, stub, notebook or env text)";
  const reasonNotChecked = (path) =>
    ignoredFolder(path) ? "in a folder that is not checked (hidden, cache or environment)" : notChecked;
  const files = [];
  const skipped = [];
  const ignored = new Map();
  const skip = (path, reason) => skipped.push({ path, reason });
  const take = (path, bytes) => {
    const decoded = decodeText(bytes, path);
    if (decoded.reason) skip(path, decoded.reason);
    else files.push({ path, text: decoded.text, ...(decoded.note ? { note: decoded.note } : {}) });
  };
  const plain = [];
  for (const source of sources) {
    if (source.entry) {
      for await (const found of walkEntries([source.entry])) {
        if (found.folder) ignored.set(found.folder, "folder not checked (hidden, cache or environment)");
        else plain.push(found);
        if (plain.length > MAX_FILES) break;
      }
    } else plain.push(source);
  }
  let seen = 0;
  for (const { file, path } of plain) {
    if (signal?.aborted) break;
    if (++seen > MAX_FILES) {
      skip(`${plain.length - MAX_FILES} more files`, `only the first ${MAX_FILES} files of a drop are read`);
      break;
    }
    const folder = ignoredFolder(path);
    if (folder) {
      ignored.set(folder, "folder not checked (hidden, cache or environment)");
      continue;
    }
    const kind = archiveKind(path);
    if (kind) {
      onStatus(`Reading ${path}`);
      try {
        await readArchive(file, kind, {
          wanted: (inner) => isCheckable(inner) && !ignoredFolder(inner),
          signal,
          onEntry: ({ path: inner, bytes, skipped: reason }) => {
            const full = `${path}/${inner}`;
            if (bytes) take(full, bytes);
            else if (reason) skip(full, reason);
            else if (archiveKind(inner)) skip(full, "an archive inside an archive: open it on its own");
            else skip(full, reasonNotChecked(inner));
          },
        });
      } catch (error) {
        skip(path, error instanceof ArchiveRefused ? error.message : `could not be read: ${error.message}`);
      }
      continue;
    }
    if (!isCheckable(path)) {
      skip(path, reasonNotChecked(path));
      continue;
    }
    if (file.size > LIMITS.fileBytes) {
      skip(path, `larger than ${LIMITS.fileBytes / (1024 * 1024)} MB`);
      continue;
    }
    try {
      take(path, new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      skip(path, `could not be read: ${error.message}`);
    }
  }
  for (const [folder, reason] of ignored) skip(folder, reason);
  return { files, skipped };
}

/**
 * Bytes to text the way Python reads source: UTF-8 (a BOM is dropped), or the encoding a PEP 263
 * coding cookie names; binary files are refused; bad bytes are replaced, with a note.
 */
export function decodeText(bytes, path) {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) && !/\.ipynb$/i.test(path)) return { reason: "binary, not text (it contains NUL bytes)" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: a coding cookie on line 1 or 2 may name the encoding.
  }
  const firstLines = new TextDecoder("latin1").decode(head).split("\n").slice(0, 2).join("\n");
  const cookie = firstLines.match(/^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m);
  if (cookie) {
    const decoder = decoderFor(cookie[1]);
    if (!decoder) return { reason: `its coding cookie names an encoding this browser does not know (${cookie[1]})` };
    return { text: decoder.decode(bytes) };
  }
  return {
    text: new TextDecoder("utf-8").decode(bytes),
    note: "not valid UTF-8: checked with the bad bytes replaced",
  };
}

/** A TextDecoder for a Python codec name (latin-1, iso8859_15, cp1252, utf_8, shift_jis, ...). */
function decoderFor(codec) {
  const name = codec.toLowerCase().replace(/_/g, "-");
  const candidates = [name];
  let match;
  if (/^(latin-?1|iso-?8859-?1|l1)$/.test(name)) candidates.push("iso-8859-1");
  else if ((match = name.match(/^iso-?8859-?(\d+)$/))) candidates.push(`iso-8859-${match[1]}`);
  else if ((match = name.match(/^(?:cp|windows-?)(125\d)$/))) candidates.push(`windows-${match[1]}`);
  else if (/^utf-?8(-sig)?$/.test(name)) candidates.push("utf-8");
  else if (name === "cp932" || name === "ms932") candidates.push("shift_jis");
  else if (name === "cp936") candidates.push("gbk");
  for (const label of candidates) {
    try {
      return new TextDecoder(label);
    } catch {
      // Not a label this browser knows: try the next spelling.
    }
  }
  return null;
}
