// @ts-check
// Reading a file's bytes for the Node CLI, as the native CLI reads them (crate/cli/mod.rs,
// read_file): regular files only (links followed; a FIFO is opened without blocking and refused,
// as are devices), at most the core's size limit plus one byte. Synchronous: the worker threads
// that check files read them, one at a time, and a blocking read there costs the main thread
// nothing (and far less than a promise per open, stat, read and close).

import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { maxSourceBytes, unreadableFile } from "./wasm/pysunset.js";

/** The most bytes read of one file: the core's limit, plus one to know a file is larger. */
/** @type {number | undefined} */
let readLimit;

/** The buffer `readBytes` reads into when asked to reuse one: as large as the largest file read. */
let scratch = Buffer.alloc(0);

/**
 * The bytes of a file, or why there are none (`skipped: ...`, the core's message).
 * @param {Buffer | string} file
 * @param {boolean} [reuse]  read into this thread's scratch buffer: the bytes are valid until
 *   the next such read (a worker hands them to the core at once), and a run of thousands of
 *   files allocates no buffer per file
 * @returns {{ bytes: Uint8Array } | { unreadable: string }}
 */
export function readBytes(file, reuse = false) {
  let descriptor;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { unreadable: `skipped: cannot read: ${messageOf(error)}` };
  }
  try {
    const stats = fstatSync(descriptor);
    const limit = (readLimit ??= maxSourceBytes() + 1);
    const refused = unreadableFile(stats.isFile(), stats.size);
    if (refused !== undefined) return { unreadable: refused };
    // The file may have grown since: read until its end or past the limit.
    const wanted = Math.min(stats.size + 1, limit);
    if (reuse && scratch.length < wanted) scratch = Buffer.allocUnsafeSlow(wanted);
    let buffer = reuse ? scratch : Buffer.allocUnsafe(wanted);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= limit) break;
        const larger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, limit));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
        if (reuse) scratch = larger;
      }
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    const tooLarge = unreadableFile(true, length);
    if (tooLarge !== undefined) return { unreadable: tooLarge };
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { unreadable: `skipped: cannot read: ${messageOf(error)}` };
  } finally {
    closeSync(descriptor);
  }
}

/** @param {unknown} error */
export function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
