#!/usr/bin/env node
// A tiny static file server for the playground (www/dist by default), on 127.0.0.1 only.
//   node scripts/serve.mjs [DIR]      PORT=8000 picks the port (default: a free one)
// Prints the URL on stdout. Serves .wasm as application/wasm; compresses when the browser asks:
// brotli from the FILE.br that build-www.mjs writes (as static hosts serve precompressed
// copies), else gzip (FILE.gz, or on the fly); answers a revalidation of an unchanged file
// with 304 (ETag).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".wasm", ".svg", ".txt", ".md"]);

/** What `decode` makes of `bytes`, or null when they are not what it reads. */
function decodedOrNull(decode, bytes) {
  try {
    return decode(bytes);
  } catch {
    return null;
  }
}

/** Whether an Accept-Encoding header accepts `coding` (named, and not with `q=0`). */
export function accepts(header, coding) {
  return (header ?? "").split(",").some((part) => {
    const [name, ...parameters] = part.trim().toLowerCase().split(";");
    if (name.trim() !== coding) return false;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Starts the server; resolves to {server, url}. `onResponse({status, path, bytes, reload})` sees
 * every response (bytes as sent, after compression).
 */
export async function serve(directory, { port = 0, onResponse = () => {} } = {}) {
  const root = resolve(directory);
  /** By file and content: the body to send for each coding (null: no fresh brotli copy). */
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const send = (status, body, headers = {}) => {
      // `cache-control: no-cache` marks a reload, such as a service worker's precache fetch.
      onResponse({ status, path: request.url, bytes: body?.length ?? 0, reload: request.headers["cache-control"] === "no-cache" });
      response.writeHead(status, { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache", ...headers });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "method not allowed\n");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(403, "forbidden\n");
    let body;
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      body = await readFile(file);
    } catch {
      return send(404, "not found\n", { "Content-Type": "text/plain; charset=utf-8" });
    }
    const extension = extname(file);
    const headers = { "Content-Type": TYPES[extension] ?? "application/octet-stream", Vary: "Accept-Encoding" };
    const digest = createHash("sha256").update(body).digest("hex");
    const accepted = request.headers["accept-encoding"];
    // Brotli only from a precompressed copy (quality 11 takes seconds on the engine), gzip
    // from one or on the fly.
    const key = `${file}:${digest}`;
    if (COMPRESSIBLE.has(extension) && !compressed.has(key)) {
      // Keyed by the content, and only a copy that holds this file: a FILE.br or FILE.gz left
      // from another build (same name, maybe the same size) is never sent.
      const fresh = async (suffix, decode) => {
        const copy = await readFile(`${file}${suffix}`).catch(() => null);
        return copy && decodedOrNull(decode, copy)?.equals(body) ? copy : null;
      };
      const br = await fresh(".br", brotliDecompressSync);
      const gzip = (await fresh(".gz", gunzipSync)) ?? gzipSync(body, { level: 6 });
      compressed.set(key, { br, gzip });
    }
    const copies = compressed.get(key);
    const coding = !copies ? null : copies.br && accepts(accepted, "br") ? "br" : accepts(accepted, "gzip") ? "gzip" : null;
    // A validator, as static hosts send: a browser revalidating its copy (Cache-Control:
    // no-cache) gets 304 and no body when the file has not changed.
    headers.ETag = `"${digest.slice(0, 32)}${coding ? `-${coding}` : ""}"`;
    if ((request.headers["if-none-match"] ?? "").split(/\s*,\s*/).includes(headers.ETag)) return send(304, undefined, headers);
    if (coding) {
      body = copies[coding];
      headers["Content-Encoding"] = coding;
    }
    headers["Content-Length"] = String(body.length);
    send(200, body, headers);
  });
  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolveListen);
  });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const directory = process.argv[2] ?? join(fileURLToPath(new URL("..", import.meta.url)), "www", "dist");
  const port = Number(process.env.PORT ?? 0);
  try {
    await stat(join(directory, "index.html"));
  } catch {
    console.error(`serve: ${directory}/index.html is missing: run bash scripts/build-www.sh first`);
    process.exit(1);
  }
  const { url } = await serve(directory, { port }).catch((error) => {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${error.message} (set PORT to another port)`);
    process.exit(1);
  });
  console.log(url);
  console.error(`serve: serving ${directory} at ${url} (Ctrl-C stops)`);
}
