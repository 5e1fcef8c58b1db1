// The Node CLI's cache of V8's compiled WebAssembly code (js/code-cache.js): where it is, what it
// trusts, and that it changes nothing of the output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, run } from "./helpers.mjs";

const nodeCli = join(repoRoot, "bin", "pysunset.js");
const MAGIC = "pysunset wasm code 1\n";
const posix = process.platform !== "win32";

/** A run of the Node CLI over standard input with its cache in `folder` ("" turns it off). */
function check(folder, input = "import imp\nimport asyncore\n") {
  return run("node", [nodeCli, "--format", "json", "-"], {
    input: Buffer.from(input),
    allowFailure: true,
    env: { PYSUNSET_CACHE_DIR: folder },
  });
}

/** The cache files in `folder`. */
function cacheFiles(folder) {
  return readdirSync(folder).filter((name) => /^wasm-[0-9a-f]{32}\.bin$/.test(name));
}

/** Whether a cache file's digest matches its contents. */
function digestMatches(path) {
  const bytes = readFileSync(path);
  const header = Buffer.byteLength(MAGIC) + 32;
  const digest = createHash("sha256").update(bytes.subarray(header)).digest();
  return bytes.subarray(0, Buffer.byteLength(MAGIC)).toString() === MAGIC && digest.equals(bytes.subarray(Buffer.byteLength(MAGIC), header));
}

test("the CLI keeps V8's compiled code in PYSUNSET_CACHE_DIR, privately, and the next run loads it", () => {
  const root = mkdtempSync(join(tmpdir(), "pysunset-code-cache-"));
  try {
    const folder = join(root, "cache");
    const without = check("");
    assert.equal(without.status, 1, without.stderr);
    const first = check(folder);
    assert.equal(first.status, 1, first.stderr);
    assert.ok(first.stdout.equals(without.stdout), "the cache changes nothing of the output");
    assert.equal(first.stderr, without.stderr);
    const files = cacheFiles(folder);
    assert.equal(files.length, 1, `one cache file: ${readdirSync(folder)}`);
    const file = join(folder, files[0]);
    assert.ok(digestMatches(file));
    if (posix) {
      assert.equal(statSync(folder).mode & 0o777, 0o700);
      assert.equal(statSync(file).mode & 0o777, 0o600);
    }
    // A run that loaded the cache and optimised nothing more leaves the file as it is; one that
    // could not load it writes it again (a new file renamed into place).
    const before = statSync(file);
    const second = check(folder);
    assert.ok(second.stdout.equals(without.stdout));
    const after = statSync(file);
    assert.equal(after.ino, before.ino, "the second run loaded the cache");
    assert.equal(after.mtimeMs, before.mtimeMs);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a cache file that is corrupt, or that others may write to, is not loaded: it is written again", () => {
  const root = mkdtempSync(join(tmpdir(), "pysunset-code-cache-"));
  try {
    const folder = join(root, "cache");
    const expected = check("").stdout;
    check(folder);
    const file = join(folder, cacheFiles(folder)[0]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(file, bytes);
    assert.ok(!digestMatches(file));
    const corrupt = check(folder);
    assert.ok(corrupt.stdout.equals(expected), "a corrupt cache changes nothing of the output");
    assert.ok(digestMatches(file), "the corrupt file was replaced");
    if (posix) {
      chmodSync(file, 0o666);
      const open = check(folder);
      assert.ok(open.stdout.equals(expected));
      assert.equal(statSync(file).mode & 0o777, 0o600, "a file others may write to was replaced by a private one");
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the library API never uses the cache", () => {
  const root = mkdtempSync(join(tmpdir(), "pysunset-code-cache-"));
  try {
    const folder = join(root, "cache");
    const script = `
      import { checkFile, checkFiles } from ${JSON.stringify(join(repoRoot, "dist", "node.js"))};
      const one = checkFile("a.py", "import imp\\n");
      const many = await checkFiles([{ path: "b.py", text: "import asyncore\\n" }], { concurrency: 1 });
      console.log(one.findings.length, many[0].findings.length);`;
    writeFileSync(join(root, "library.mjs"), script);
    const result = run("node", [join(root, "library.mjs")], { env: { PYSUNSET_CACHE_DIR: folder } });
    assert.equal(result.stdout.toString().trim(), "1 1");
    assert.ok(!existsSync(folder), "no cache folder was made");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
