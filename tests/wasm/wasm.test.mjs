// Runs the fixtures through the WebAssembly package in Node, and checks that the results are
// identical to the native CLI's JSON, field by field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { asExpected, expectations, fixtureDir, fixtureFiles, readFixture, root, targetOf } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
const nodePackage = join(root, "pkg", "nodejs", "pysunset.js");
const webPackage = join(root, "pkg", "web", "pysunset.js");
const nativeBinary = join(root, "target", "release", "pysunset");
for (const path of [nodePackage, webPackage, nativeBinary]) {
  if (!existsSync(path)) throw new Error(`${path} is missing: build it first (scripts/test.sh does)`);
}
const pysunset = require(nodePackage);
const files = fixtureFiles();

test("there are fixtures to run", () => {
  assert.ok(files.length >= 10, `found ${files.length}`);
});

for (const name of files) {
  test(`fixture ${name} reports exactly what it expects (wasm)`, () => {
    const source = readFixture(name);
    const expected = expectations(source);
    const findings = pysunset.check(source, { target: targetOf(source) });
    assert.deepEqual(asExpected(findings, expected), expected);
  });
}

test("the wasm build and the native CLI return identical findings", () => {
  const byTarget = new Map();
  for (const name of files) {
    const target = targetOf(readFixture(name));
    byTarget.set(target, [...(byTarget.get(target) ?? []), name]);
  }
  let compared = 0;
  for (const [target, names] of byTarget) {
    const run = spawnSync(nativeBinary, ["--format", "json", "--target", target, ...names], {
      cwd: fixtureDir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(run.status === 0 || run.status === 1, `native CLI failed: ${run.status} ${run.stderr}`);
    const native = JSON.parse(run.stdout);
    for (const name of names) {
      const wasm = pysunset.check(readFixture(name), { target }).map((finding) => ({ path: name, ...finding }));
      const fromCli = native.filter((finding) => finding.path === name);
      assert.deepEqual(wasm, fromCli, `${name} at ${target}`);
      compared += wasm.length;
    }
  }
  assert.ok(compared > 50, `compared ${compared} findings`);
});

test("the web target loads with initSync and agrees", async () => {
  const web = await import(webPackage);
  web.initSync({ module: readFileSync(join(root, "pkg", "web", "pysunset_bg.wasm")) });
  const source = readFixture("imports.py");
  assert.deepEqual(web.check(source, {}), pysunset.check(source));
});

test("findings carry every field, in camelCase", () => {
  const [finding] = pysunset.check("import asyncore\n");
  assert.deepEqual(Object.keys(finding).sort(), [
    "code", "deprecatedIn", "kind", "message", "range", "removedIn", "replacement", "rule", "severity", "symbol", "url",
  ]);
  assert.equal(finding.code, "SUN001");
  assert.equal(finding.symbol, "asyncore");
  assert.equal(finding.removedIn, "3.12");
  assert.equal(finding.deprecatedIn, "3.6");
  assert.deepEqual(finding.range, {
    start: { line: 1, column: 8, offset: 7 },
    end: { line: 1, column: 16, offset: 15 },
  });
});

test("columns are UTF-16 code units, offsets UTF-8 bytes", () => {
  const source = 'x = "𝄞é"; import imp\n';
  const [finding] = pysunset.check(source);
  assert.equal(finding.range.start.column, source.indexOf("imp", 12) + 1);
  assert.equal(finding.range.start.offset, Buffer.byteLength(source.slice(0, source.indexOf("imp", 12))));
});

test("a byte order mark is read past; columns count it as JavaScript does", () => {
  const [finding] = pysunset.check("\ufeffimport imp\n");
  assert.equal(finding.symbol, "imp");
  assert.equal(finding.range.start.column, 9);
});

test("the target option changes severities", () => {
  const source = "from typing import io\n";
  assert.equal(pysunset.check(source, { target: "3.12" })[0].severity, "warning");
  assert.equal(pysunset.check(source, { target: "3.13" })[0].severity, "error");
  assert.equal(pysunset.check(source, { target: "py313" })[0].severity, "error");
});

test("bad options and inputs are errors with a readable message, not traps", () => {
  assert.throws(() => pysunset.check("x", { target: "2.7" }), /invalid target version `2.7`.*3\.12/);
  assert.throws(() => pysunset.check("x", { targt: "3.12" }), /invalid options: unknown option `targt`/);
  assert.throws(() => pysunset.check("x", { target: 312 }), /invalid options/);
  assert.throws(() => pysunset.check("import imp\0\n"), /binary/);
  assert.deepEqual(pysunset.check(""), []);
  assert.deepEqual(pysunset.check("import asyncore", null).length, 1);
});

test("deep nesting and long inputs neither crash nor hang", () => {
  const deep = `import imp\nx = ${"(".repeat(100000)}1${")".repeat(100000)}\n`;
  assert.equal(pysunset.check(deep).length, 1);
  // The module name inside the parentheses is read too (it was, by recursion: a trap, "memory
  // access out of bounds", when the stack ran out).
  const named = `import importlib\nimportlib.import_module(${"(".repeat(100000)}'imp'${")".repeat(100000)})\n`;
  assert.equal(pysunset.check(named).length, 1);
  // A name read in the condition of the branch that binds it (fuzz seed 43), and a chain of
  // such names: questions about names asked inside one another are bounded like the rest.
  const cycle = "import imp\ndef f():\n    if context is None:\n        context = 1\n        imp.reload(m)\n";
  assert.equal(pysunset.check(cycle).length, 2);
  let chain = "import imp\ndef f():\n";
  for (let link = 0; link < 20000; link++) chain += `    if c${link} > 1:\n        c${link + 1} = 1\n`;
  chain += "    if c20000 > 1:\n        imp.reload(m)\n";
  assert.equal(pysunset.check(chain).length, 2);
  const wide = "import asyncore\n" + "self.assertEquals(1, 1)\n".repeat(20000);
  const findings = pysunset.check(wide);
  assert.equal(findings.length, 20001);
  // After the big inputs the module still works.
  assert.equal(pysunset.check("import imp").length, 1);
});

test("a file whose error recovery grows with its square is given up on with the native message", () => {
  // After an unclosed `{`, tree-sitter's error recovery over conditional expressions grows
  // with the square of the lines (fuzz seed 41): 20,000 lines would take minutes. The parse
  // budget counts parser operations, so the wasm build stops where the native one does.
  const broken = `import imp\n{a, b = 1\n${"x = 0 if a else b\n".repeat(20000)}`;
  const start = Date.now();
  assert.throws(() => pysunset.check(broken), /error recovery went past \d+ operations.*given up on/);
  assert.ok(Date.now() - start < 120000, `${Date.now() - start} ms`);
  // A small one parses whole, and the module still works after.
  assert.equal(pysunset.check(`import imp\n{a, b = 1\n${"x = 0 if a else b\n".repeat(500)}`).length, 1);
});

test("the catalogue lists every entry with its facts", () => {
  const entries = pysunset.catalogue();
  const asyncore = entries.find((entry) => entry.symbol === "asyncore");
  assert.equal(asyncore.removedIn, "3.12");
  assert.equal(asyncore.code, "SUN001");
  const setLoader = entries.find((entry) => entry.symbol === "importlib.util.set_loader");
  assert.deepEqual(setLoader.alsoKnownAs, ["importlib.util.set_loader_wrapper"]);
  assert.ok(entries.length >= 40);
  assert.match(pysunset.version(), /^\d+\.\d+\.\d+$/);
});
