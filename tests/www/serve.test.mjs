// scripts/serve.mjs, the playground's server: which coding each browser gets (brotli from a
// precompressed copy, gzip from one or on the fly, none), that a copy left from another build is
// never sent, and the 304 answer to a revalidation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { get } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { accepts, serve } from "../../scripts/serve.mjs";

/** GET `path` with `headers`; resolves to {status, headers, body} with the body as sent. */
function fetchRaw(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

test("Accept-Encoding is read as browsers and proxies write it", () => {
  assert.ok(accepts("gzip, deflate, br, zstd", "br"));
  assert.ok(accepts("gzip, deflate, br, zstd", "gzip"));
  assert.ok(accepts("BR;q=0.5", "br"));
  assert.ok(!accepts("gzip, br;q=0", "br"));
  assert.ok(!accepts("gzip", "br"));
  assert.ok(!accepts("brotli", "br"));
  assert.ok(!accepts(undefined, "gzip"));
});

test("brotli from a fresh precompressed copy, gzip otherwise, and never a stale copy", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "pysunset-serve-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const engine = Buffer.from("(module) ".repeat(2000));
  const script = Buffer.from("console.log('page');\n".repeat(200));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(dir, "engine.wasm"), engine);
  writeFileSync(join(dir, "engine.wasm.br"), brotliCompressSync(engine));
  writeFileSync(join(dir, "app.js"), script);
  // Copies of an older app.js: neither may be sent for today's.
  writeFileSync(join(dir, "app.js.br"), brotliCompressSync(Buffer.from("old();\n")));
  writeFileSync(join(dir, "app.js.gz"), gzipSync(Buffer.from("old();\n")));
  const sent = [];
  const { server, url } = await serve(dir, { onResponse: (response) => sent.push(response) });
  t.after(() => new Promise((resolve) => server.close(resolve)));

  const chromium = { "Accept-Encoding": "gzip, deflate, br, zstd" };
  const wasm = await fetchRaw(`${url}engine.wasm`, chromium);
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers["content-encoding"], "br");
  assert.equal(wasm.headers["content-type"], "application/wasm");
  assert.equal(wasm.headers.vary, "Accept-Encoding");
  assert.ok(brotliDecompressSync(wasm.body).equals(engine));
  assert.equal(Number(wasm.headers["content-length"]), wasm.body.length);
  assert.equal(sent.at(-1).bytes, wasm.body.length, "onResponse counts the bytes as sent");

  const gzipOnly = await fetchRaw(`${url}engine.wasm`, { "Accept-Encoding": "gzip, deflate" });
  assert.equal(gzipOnly.headers["content-encoding"], "gzip");
  assert.ok(gunzipSync(gzipOnly.body).equals(engine));
  assert.notEqual(gzipOnly.headers.etag, wasm.headers.etag, "each coding has its own validator");

  const plain = await fetchRaw(`${url}engine.wasm`, {});
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.ok(plain.body.equals(engine));

  const stale = await fetchRaw(`${url}app.js`, chromium);
  assert.equal(stale.headers["content-encoding"], "gzip", "a stale .br is not sent: gzip made on the fly");
  assert.ok(gunzipSync(stale.body).equals(script), "and not the stale .gz either");

  const again = await fetchRaw(`${url}engine.wasm`, { ...chromium, "If-None-Match": wasm.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
});
