// @ts-check
// Archives read in the browser, with limits: .zip and .whl (central directory parsed here,
// entries inflated by the browser's DecompressionStream), .tar, .tar.gz and .tgz (gunzipped as a
// stream, tar headers parsed here). Nothing is read whole into memory before it is counted, so a
// zip bomb or a huge archive ends with a clear message instead of a frozen tab.

/** The limits; each says what to do when it is hit. */
export const LIMITS = {
  /** An archive larger than this is refused before it is read. */
  archiveBytes: 100 * 1024 * 1024,
  /** The total size of what an archive expands to (every byte of a tar stream counts). */
  expandedBytes: 256 * 1024 * 1024,
  /** Entries of an archive (files, folders, links). */
  entries: 20000,
  /** One file's size: larger files are skipped (they are generated, not written). */
  fileBytes: 8 * 1024 * 1024,
};

/** An archive that is refused as a whole, with the reason. */
export class ArchiveRefused extends Error {
  constructor(message) {
    super(message);
    this.name = "ArchiveRefused";
  }
}

const MB = (bytes) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Why an entry's name is refused, or null: an absolute path (`/x`, `\\x`, `C:x`) or a `..`
 * segment (either separator) would make a naive extractor write outside its folder, so such
 * entries are never taken from an archive, nor written into the zip of fixed files.
 */
export function unsafeName(path) {
  if (/^[/\\]/.test(path) || /^[A-Za-z]:/.test(path)) return "an absolute path";
  if (path.split(/[/\\]/).includes("..")) return "a `..` segment";
  return null;
}

const refusedName = (path) =>
  `refused: the name has ${unsafeName(path)}, which would write outside the folder it is extracted to`;

/** The kind of archive a file name says it is, or null. */
export function archiveKind(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".zip") || lower.endsWith(".whl") || lower.endsWith(".egg")) return "zip";
  if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) return "tar.gz";
  if (lower.endsWith(".tar")) return "tar";
  if (/\.(tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|7z|rar)$/.test(lower)) return "unsupported";
  return null;
}

/**
 * Reads an archive (a Blob). `wanted(path)` says whether an entry's bytes are needed; the others
 * are listed without being inflated (zip) or skipped over (tar). Calls `onEntry({path, bytes})`
 * for wanted files and `onEntry({path, skipped})` for the rest. Throws ArchiveRefused.
 */
export async function readArchive(blob, kind, { wanted, onEntry, signal }) {
  if (kind === "unsupported") {
    throw new ArchiveRefused("this archive format is not supported: use .zip, .whl, .tar, .tar.gz or .tgz");
  }
  if (blob.size > LIMITS.archiveBytes) {
    throw new ArchiveRefused(
      `the archive is ${MB(blob.size)}, more than the ${MB(LIMITS.archiveBytes)} the playground opens: ` +
        "unpack it and drop the folder, or run the pysunset CLI on it",
    );
  }
  if (kind === "zip") return readZip(blob, { wanted, onEntry, signal });
  const stream = kind === "tar.gz" ? blob.stream().pipeThrough(new DecompressionStream("gzip")) : blob.stream();
  return readTar(stream, { wanted, onEntry, signal });
}

// ---------------------------------------------------------------------------------------- zip

const u16 = (view, at) => view.getUint16(at, true);
const u32 = (view, at) => view.getUint32(at, true);
const bytesOf = async (blob, start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer());

async function readZip(blob, { wanted, onEntry, signal }) {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  const tailStart = Math.max(0, blob.size - 22 - 65535);
  const tail = await bytesOf(blob, tailStart, blob.size);
  const tailView = new DataView(tail.buffer);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32(tailView, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveRefused("not a zip archive (no central directory): is the file complete?");
  const count = u16(tailView, eocd + 10);
  const directorySize = u32(tailView, eocd + 12);
  const directoryOffset = u32(tailView, eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ArchiveRefused("ZIP64 archives are not supported: unpack it and drop the folder");
  }
  if (count > LIMITS.entries) {
    throw new ArchiveRefused(`the archive has ${count} entries, more than the ${LIMITS.entries} allowed`);
  }
  if (directoryOffset + directorySize > blob.size) throw new ArchiveRefused("the zip central directory is damaged");
  const directory = await bytesOf(blob, directoryOffset, directoryOffset + directorySize);
  const view = new DataView(directory.buffer);
  const names = new TextDecoder("utf-8");
  const entries = [];
  let declared = 0;
  for (let at = 0, index = 0; index < count; index++) {
    if (at + 46 > directory.length || u32(view, at) !== 0x02014b50) {
      throw new ArchiveRefused("the zip central directory is damaged");
    }
    const flags = u16(view, at + 8);
    const method = u16(view, at + 10);
    const compressedSize = u32(view, at + 20);
    const size = u32(view, at + 24);
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    const localOffset = u32(view, at + 42);
    const path = names.decode(directory.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith("/")) continue;
    if (unsafeName(path)) {
      onEntry({ path, skipped: refusedName(path) });
      continue;
    }
    entries.push({ path, flags, method, compressedSize, size, localOffset });
    if (wanted(path)) declared += size;
  }
  if (declared > LIMITS.expandedBytes) {
    throw new ArchiveRefused(
      `the archive's Python files expand to ${MB(declared)}, more than the ${MB(LIMITS.expandedBytes)} limit ` +
        "(a zip bomb?): nothing was extracted",
    );
  }
  let expanded = 0;
  for (const entry of entries) {
    if (signal?.aborted) return;
    if (!wanted(entry.path)) {
      onEntry({ path: entry.path, skipped: null });
      continue;
    }
    if (entry.flags & 1) {
      onEntry({ path: entry.path, skipped: "encrypted in the archive" });
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      onEntry({ path: entry.path, skipped: `compressed with zip method ${entry.method}, which is not supported` });
      continue;
    }
    if (entry.size > LIMITS.fileBytes) {
      onEntry({ path: entry.path, skipped: `larger than ${MB(LIMITS.fileBytes)} (${MB(entry.size)})` });
      continue;
    }
    const header = new DataView((await bytesOf(blob, entry.localOffset, entry.localOffset + 30)).buffer);
    if (header.byteLength < 30 || u32(header, 0) !== 0x04034b50) {
      onEntry({ path: entry.path, skipped: "damaged entry in the archive" });
      continue;
    }
    const dataStart = entry.localOffset + 30 + u16(header, 26) + u16(header, 28);
    const data = blob.slice(dataStart, dataStart + entry.compressedSize);
    // The declared size may lie: inflate no more than it says (and no more than the budget).
    const cap = Math.min(entry.size, LIMITS.expandedBytes - expanded);
    const bytes =
      entry.method === 0
        ? new Uint8Array(await data.arrayBuffer())
        : await collect(data.stream().pipeThrough(new DecompressionStream("deflate-raw")), cap, entry.path);
    expanded += bytes.length;
    onEntry({ path: entry.path, bytes });
  }
}

/** Reads a stream to its end, refusing more than `cap` bytes. */
async function collect(stream, cap, path) {
  const reader = stream.getReader();
  const parts = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        throw new ArchiveRefused(`${path} expands to more than its declared size (a zip bomb?): the archive was refused`);
      }
      parts.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused(`${path} could not be inflated: ${error.message}`);
  }
  return concat(parts, total);
}

function concat(parts, total) {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------- tar

/** Reads exact byte counts from a stream, counting every byte against the expansion limit. */
class StreamReader {
  constructor(stream) {
    this.reader = stream.getReader();
    this.buffer = new Uint8Array(0);
    this.total = 0;
  }

  async fill(n) {
    if (this.buffer.length >= n) return true;
    const parts = [this.buffer];
    let length = this.buffer.length;
    let ended = false;
    while (length < n) {
      const { done, value } = await this.reader.read();
      if (done) {
        ended = true;
        break;
      }
      this.total += value.length;
      if (this.total > LIMITS.expandedBytes) {
        throw new ArchiveRefused(
          `the archive expands to more than ${MB(LIMITS.expandedBytes)} (a tar bomb?): it was refused`,
        );
      }
      parts.push(value);
      length += value.length;
    }
    this.buffer = concat(parts, length);
    return !ended;
  }

  async read(n) {
    if (!(await this.fill(n))) return null;
    const out = this.buffer.slice(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  async skip(n) {
    while (n > 0) {
      if (!this.buffer.length && !(await this.fill(1))) return;
      const step = Math.min(n, this.buffer.length);
      this.buffer = this.buffer.subarray(step);
      n -= step;
    }
  }

  cancel() {
    this.reader.cancel().catch(() => {});
  }
}

const text = (bytes) => new TextDecoder("utf-8").decode(bytes);
const field = (header, start, length) => {
  const slice = header.subarray(start, start + length);
  const end = slice.indexOf(0);
  return text(end < 0 ? slice : slice.subarray(0, end));
};

function octal(header, start, length) {
  if (header[start] & 0x80) {
    // Base-256 (GNU) for sizes that do not fit in octal.
    let value = 0;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + header[i];
    return value;
  }
  const digits = field(header, start, length).trim();
  return digits ? parseInt(digits, 8) : 0;
}

/** PAX extended header records: "LEN key=value\n" each. */
function paxRecords(bytes) {
  const records = {};
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(text(bytes.subarray(at, space)), 10);
    if (!(length > 0)) break;
    const record = text(bytes.subarray(space + 1, at + length - 1));
    const equals = record.indexOf("=");
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return records;
}

async function readTar(stream, { wanted, onEntry, signal }) {
  const input = new StreamReader(stream);
  let entries = 0;
  let longName = null;
  let paxPath = null;
  try {
    for (;;) {
      if (signal?.aborted) return;
      let header;
      try {
        header = await input.read(512);
      } catch (error) {
        if (error instanceof ArchiveRefused) throw error;
        throw new ArchiveRefused(`the archive could not be decompressed: ${error.message}`);
      }
      if (!header || header.every((byte) => byte === 0)) return;
      if (++entries > LIMITS.entries) {
        throw new ArchiveRefused(`the archive has more than ${LIMITS.entries} entries: it was refused`);
      }
      const checksum = octal(header, 148, 8);
      let sum = 0;
      for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
      if (sum !== checksum) throw new ArchiveRefused("not a tar archive (bad header checksum): is the file complete?");
      const size = octal(header, 124, 12);
      const type = String.fromCharCode(header[156] || 48);
      const padded = Math.ceil(size / 512) * 512;
      if (type === "L" || type === "x") {
        if (size > 1024 * 1024) throw new ArchiveRefused("the archive has an oversized long-name header");
        const data = (await input.read(padded))?.subarray(0, size) ?? new Uint8Array(0);
        if (type === "L") longName = field(data, 0, data.length);
        else paxPath = paxRecords(data).path ?? null;
        continue;
      }
      const prefix = text(header.subarray(257, 263)).startsWith("ustar") ? field(header, 345, 155) : "";
      const name = field(header, 0, 100);
      const path = paxPath ?? longName ?? (prefix ? `${prefix}/${name}` : name);
      longName = paxPath = null;
      if (type === "g" || type === "5") {
        await input.skip(padded);
        continue;
      }
      if (unsafeName(path)) {
        onEntry({ path, skipped: refusedName(path) });
        await input.skip(padded);
        continue;
      }
      if (type !== "0" && type !== "7") {
        onEntry({ path, skipped: type === "1" || type === "2" ? "a link, not a file" : "not a regular file" });
        await input.skip(padded);
        continue;
      }
      if (!wanted(path)) {
        onEntry({ path, skipped: null });
        await input.skip(padded);
      } else if (size > LIMITS.fileBytes) {
        onEntry({ path, skipped: `larger than ${MB(LIMITS.fileBytes)} (${MB(size)})` });
        await input.skip(padded);
      } else {
        const data = await input.read(padded);
        if (!data) throw new ArchiveRefused(`the archive ends inside ${path}: is the file complete?`);
        onEntry({ path, bytes: data.subarray(0, size) });
      }
    }
  } finally {
    input.cancel();
  }
}

// ------------------------------------------------------------------------------ zip writing

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE), as zip entries and PNG chunks carry it. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip archive (stored, not compressed) of text files: [{path, text}] -> Blob. Throws on an
 * unsafe name (absolute or with `..`): such a name is refused when read, so it never gets here.
 */
export function writeZip(files) {
  for (const file of files) {
    const problem = unsafeName(file.path);
    if (problem) throw new Error(`unsafe name in the zip: ${file.path} (${problem})`);
  }
  const encoder = new TextEncoder();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.path);
    const data = encoder.encode(file.text);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x0800, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const size = centrals.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Blob([...locals, ...centrals, end], { type: "application/zip" });
}
