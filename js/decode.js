// Bytes of a file to text, the way the native CLI reads them (crate/cli/decode.rs): UTF-8 by
// default, a PEP 263 coding cookie where one is declared, and a refusal for binary data.
// The messages are the native CLI's, so both CLIs say the same thing about the same file.

const NUL_SNIFF_BYTES = 8192;
const UTF8_NAMES = new Set(["utf-8", "utf8", "utf-8-sig", "utf8-sig"]);
const LATIN1_NAMES = new Set(["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1"]);

/**
 * @typedef {{ text: string | null, problem: string | null }} Decoded
 * `text` is null when the bytes cannot be checked (binary data, an unknown encoding); `problem`
 * says why, or that invalid bytes were replaced with U+FFFD and the file was checked all the same.
 */

/**
 * @param {Uint8Array} bytes
 * @returns {Decoded}
 */
export function decode(bytes) {
  if (bytes.subarray(0, NUL_SNIFF_BYTES).includes(0)) {
    return { text: null, problem: "skipped: binary file (contains NUL bytes)" };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const cookie = codingCookie(bytes);
  const name = cookie === null ? null : cookie.toLowerCase().replaceAll("_", "-");
  if (name === null || UTF8_NAMES.has(name)) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), problem: null };
    } catch {
      return {
        text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
        problem: repaired("UTF-8", validUtf8Prefix(bytes)),
      };
    }
  }
  if (LATIN1_NAMES.has(name)) return { text: singleByte(bytes, (byte) => byte), problem: null };
  const label = name.startsWith("x-") ? name.slice(2) : name;
  let encoding;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return { text: null, problem: `skipped: unknown encoding \`${name}\` in the coding cookie (PEP 263)` };
  }
  if (encoding === "windows-1252") {
    // Node 20's TextDecoder reads windows-1252 as ISO-8859-1; the WHATWG table differs at 0x80-0x9F.
    return { text: singleByte(bytes, (byte) => WINDOWS_1252_HIGH[byte - 0x80] ?? byte), problem: null };
  }
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), problem: null };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const firstBad = text.indexOf("\uFFFD");
    return { text, problem: repaired(encoding, new TextEncoder().encode(text.slice(0, Math.max(firstBad, 0))).length) };
  }
}

function repaired(encoding, firstInvalid) {
  return `not valid ${encoding} (first bad byte at offset ${firstInvalid}; declare the encoding with a PEP 263 coding cookie): checked with the bad bytes replaced`;
}

/** Code points of windows-1252's bytes 0x80-0x9F (the WHATWG index). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function singleByte(bytes, codePoint) {
  const units = new Uint16Array(bytes.length);
  for (let at = 0; at < bytes.length; at += 1) units[at] = codePoint(bytes[at]);
  let text = "";
  for (let at = 0; at < units.length; at += 0x8000) text += String.fromCharCode(...units.subarray(at, at + 0x8000));
  return text;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence (Rust's `valid_up_to`). */
function validUtf8Prefix(bytes) {
  const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || at + length > bytes.length) return at;
    if (length > 1) {
      try {
        fatal.decode(bytes.subarray(at, at + length));
      } catch {
        return at;
      }
    }
    at += length;
  }
  return at;
}

/**
 * The encoding named by a PEP 263 cookie on the first or second line (the second only when the
 * first is blank or a comment, as CPython reads it).
 * @param {Uint8Array} bytes
 * @returns {string | null}
 */
function codingCookie(bytes) {
  const firstEnd = bytes.indexOf(0x0a);
  const first = bytes.subarray(0, firstEnd === -1 ? bytes.length : firstEnd);
  const inFirst = cookieInLine(first);
  if (inFirst !== null) return inFirst;
  let start = 0;
  while (start < first.length && [0x20, 0x09, 0x0c, 0x0d].includes(first[start])) start += 1;
  if (!(start === first.length || first[start] === 0x23)) return null;
  if (firstEnd === -1) return null;
  const secondEnd = bytes.indexOf(0x0a, firstEnd + 1);
  return cookieInLine(bytes.subarray(firstEnd + 1, secondEnd === -1 ? bytes.length : secondEnd));
}

function cookieInLine(lineBytes) {
  let line;
  try {
    line = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(lineBytes);
  } catch {
    return null;
  }
  const trimmed = line.replace(/^[ \t\f]*/, "");
  if (!trimmed.startsWith("#")) return null;
  const comment = trimmed.slice(1);
  const at = comment.indexOf("coding");
  if (at === -1) return null;
  const rest = comment.slice(at + "coding".length);
  if (!(rest.startsWith(":") || rest.startsWith("="))) return null;
  const name = /^[ \t]*([A-Za-z0-9._-]*)/.exec(rest.slice(1))[1];
  return name === "" ? null : name;
}

/**
 * The bytes of `text` in the encoding `original` was read in (its byte order mark kept), for
 * writing fixed source back; null when that encoding would not give back `original` byte for
 * byte outside the edits. UTF-8 and ISO-8859-1 are written; other cookies' encodings are not
 * (the native CLI writes every encoding it reads).
 * @param {Uint8Array} original  the file's bytes
 * @param {string} originalText  what they decoded to
 * @param {string} text  the new text
 * @returns {Uint8Array | null}
 */
export function encodeLike(original, originalText, text) {
  const hasBom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  const body = hasBom ? original.subarray(3) : original;
  let encode = null;
  let utf8 = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // not UTF-8: the coding cookie says what it is
  }
  if (utf8 === originalText) {
    encode = (value) => new TextEncoder().encode(value);
  } else {
    const cookie = codingCookie(body);
    if (cookie !== null && LATIN1_NAMES.has(cookie.toLowerCase().replaceAll("_", "-"))) {
      encode = (value) => {
        const bytes = new Uint8Array(value.length);
        for (let at = 0; at < value.length; at += 1) {
          const unit = value.charCodeAt(at);
          if (unit > 0xff) return null;
          bytes[at] = unit;
        }
        return bytes;
      };
    }
  }
  if (encode === null) return null;
  const again = encode(originalText);
  if (again === null || again.length !== body.length || again.some((byte, at) => byte !== body[at])) return null;
  const encoded = encode(text);
  if (encoded === null) return null;
  if (!hasBom) return encoded;
  const withBom = new Uint8Array(encoded.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(encoded, 3);
  return withBom;
}
