// Share links: the editor's content and the settings, deflated (CompressionStream) and encoded
// as base64url in the URL fragment, which browsers never send to a server.

const PREFIX = "s=";

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

/** The state in a fragment, or null when the fragment is not a share link. Throws if damaged. */
export async function decodeState(hash) {
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(PREFIX)) return null;
  let json;
  try {
    json = new TextDecoder().decode(
      await through(fromBase64Url(fragment.slice(PREFIX.length)), new DecompressionStream("deflate-raw")),
    );
  } catch {
    throw new Error("this share link is damaged (it may have been cut off when it was copied)");
  }
  const state = JSON.parse(json);
  if (!state || state.v !== 1 || typeof state.code !== "string") throw new Error("this share link is not one the playground made");
  return state;
}
