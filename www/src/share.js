// @ts-check
// Share links: the editor's content and the settings, deflated (CompressionStream) and encoded
// as base64url in the URL fragment, which browsers never send to a server.

const PREFIX = "s=";
/** The most code a share link may hold: the playground's file limit (8 MB). */
export const MAX_SHARED_CODE = 8 * 1024 * 1024;
/** The most its JSON may inflate to: the code with every newline escaped, plus the settings. */
const MAX_SHARED_JSON = 2 * MAX_SHARED_CODE + 4096;

const tooLarge = "this share link holds more than the 8 MB of code the playground opens: it was not opened";

/** A share link whose JSON inflates past MAX_SHARED_JSON. */
class TooLarge extends Error {}

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function through(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fragment ("#s=...") that restores `state` ({code, target, severities, unsafeFixes}). */
export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, ...state }));
  return `#${PREFIX}${toBase64Url(await through(json, new CompressionStream("deflate-raw")))}`;
}

/**
 * Inflates `bytes`, reading at most `cap` bytes of output: a small fragment can inflate to
 * gigabytes, so the stream is cancelled as soon as it passes the cap (never held whole).
 * @param {Uint8Array} bytes
 * @param {number} cap
 */
async function inflateCapped(bytes, cap) {
  const reader = new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (bytes)]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The state in a fragment, or null when the fragment is not a share link. Throws if damaged or too large. */
export async function decodeState(hash) {
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(PREFIX)) return null;
  let json;
  try {
    json = new TextDecoder().decode(await inflateCapped(fromBase64Url(fragment.slice(PREFIX.length)), MAX_SHARED_JSON));
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new Error(tooLarge);
    }
    throw new Error("this share link is damaged (it may have been cut off when it was copied)");
  }
  const state = JSON.parse(json);
  if (!state || state.v !== 1 || typeof state.code !== "string") throw new Error("this share link is not one the playground made");
  if (state.code.length > MAX_SHARED_CODE) throw new Error(tooLarge);
  return state;
}
