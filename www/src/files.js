// @ts-check
// Files from a drop, a file picker or a folder picker, turned into what the engine checks
// ({path, text}) and what it does not ({path, reason}): nothing is dropped silently.
import { ArchiveRefused, LIMITS, archiveKind, readArchive } from "./archive.js";

/** At most this many files are taken from one drop. */
export const MAX_FILES = 50000;

/**
 * What the page asks the engine (the npm package) while it reads a drop: the CLIs' own walk
 * rules and decoding, so the page reads a folder as `pysunset DIR` does.
 * @typedef {Pick<typeof import("pysunset"), "decodeSource" | "skippedFolder" | "isCheckablePath">} Reader
 */

/**
 * The folder of a path that is not looked into, as "folder/", with why; or null.
 * @param {Reader} reader
 * @param {string} path
 */
function skippedFolderOf(reader, path) {
  const skipped = reader.skippedFolder(path);
  return skipped ? { folder: `${skipped.folder.replace(/\/$/, "")}/`, reason: `folder not checked: ${skipped.reason}` } : null;
}

/** Walks folder entries without recursion, yielding {file, path}. */
/**
 * @param {any[]} roots
 * @param {Reader} reader
 */
async function* walkEntries(roots, reader) {
  const stack = [...roots];
  while (stack.length) {
    const entry = stack.pop();
    const path = entry.fullPath ? entry.fullPath.replace(/^\//, "") : entry.name;
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      yield { file, path };
    } else if (entry.isDirectory) {
      const skipped = skippedFolderOf(reader, `${path}/x`);
      if (skipped) {
        yield skipped;
        continue;
      }
      const entries = entry.createReader();
      const children = [];
      for (;;) {
        const batch = await new Promise((resolve, reject) => entries.readEntries(resolve, reject));
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
 * `onStatus(text)` reports progress while archives are read; `signal` cancels; `reader` is the
 * engine, which says which files pysunset reads, which folders it skips, and decodes bytes.
 * @param {{entry?: any, file?: any, path?: string}[]} sources
 * @param {{ onStatus?: (text: string) => void, signal?: AbortSignal, reader: Reader }} options
 */
export async function gatherFiles(sources, { onStatus = () => {}, signal, reader }) {
  // The engine's own classification (Python, stubs, notebooks, env text files).
  /** @param {string} path */
  const isCheckable = (path) => reader.isCheckablePath(path);
  /** @param {string} path */
  const ignoredFolder = (path) => skippedFolderOf(reader, path);
  const notChecked = "not a file pysunset reads (Python, stub, notebook or env text)";
  /** @param {string} path */
  const reasonNotChecked = (path) => ignoredFolder(path)?.reason ?? notChecked;
  const files = [];
  const skipped = [];
  const ignored = new Map();
  const skip = (path, reason) => skipped.push({ path, reason });
  /**
   * Decodes a file as the CLIs do (BOM, PEP 263 cookie, binary data refused, bad bytes replaced
   * with a note), through the engine.
   * @param {string} path
   * @param {Uint8Array} bytes
   */
  const take = (path, bytes) => {
    const decoded = reader.decodeSource(bytes);
    if (decoded.text === null) skip(path, decoded.problem ?? "could not be decoded");
    else files.push({ path, text: decoded.text, ...(decoded.problem ? { note: decoded.problem } : {}) });
  };
  const plain = [];
  for (const source of sources) {
    if (source.entry) {
      for await (const found of walkEntries([source.entry], reader)) {
        if ("folder" in found) ignored.set(found.folder, found.reason);
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
      ignored.set(folder.folder, folder.reason);
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
