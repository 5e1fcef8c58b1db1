// Runs the fix fixtures (tests/fixes/NAME.py -> NAME.fixed.py) through the WebAssembly package
// in Node, and checks that fix() agrees with the native CLI's --diff and keeps what it must.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root, targetOf } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
const nodePackage = join(root, "pkg", "nodejs", "pysunset.js");
const nativeBinary = join(root, "target", "release", "pysunset");
for (const path of [nodePackage, nativeBinary]) {
  if (!existsSync(path)) throw new Error(`${path} is missing: build it first (scripts/test.sh does)`);
}
const pysunset = require(nodePackage);
const fixDir = join(root, "tests", "fixes");
const fixtures = readdirSync(fixDir)
  .filter((name) => name.endsWith(".py") && !name.endsWith(".fixed.py"))
  .sort();

/** The options a fixture's first lines ask for (`target=3.13`, `unsafe`). */
function optionsOf(source) {
  const header = source.split("\n").slice(0, 5).find((line) => line.includes("pysunset-fixture:")) ?? "";
  return { target: targetOf(source), unsafeFixes: /\bunsafe\b/.test(header) };
}

test("there are fix fixtures", () => {
  assert.ok(fixtures.length >= 8, `found ${fixtures.length}`);
});

for (const name of fixtures) {
  test(`fix fixture ${name} gives its .fixed.py (wasm)`, () => {
    const source = readFileSync(join(fixDir, name), "utf8");
    const expected = readFileSync(join(fixDir, name.replace(/\.py$/, ".fixed.py")), "utf8");
    const options = optionsOf(source);
    const result = pysunset.fix(source, options);
    assert.equal(result.output, expected);
    assert.ok(result.applied.length > 0, "something was fixed");
    for (const finding of result.applied) {
      assert.ok(finding.fix, `${finding.symbol} was applied, so it had a fix`);
      assert.ok(options.unsafeFixes || finding.fix.applicability === "safe", finding.symbol);
    }
    // The output is a fixed point, and what remains is not fixable with these options.
    const again = pysunset.fix(result.output, options);
    assert.equal(again.output, result.output);
    assert.deepEqual(again.remaining, result.remaining);
    for (const finding of result.remaining) {
      assert.ok(!finding.fix || (!options.unsafeFixes && finding.fix.applicability === "unsafe"), finding.symbol);
    }
    // CRLF line endings and a byte order mark come back as they were.
    const crlf = pysunset.fix(`\ufeff${source.replaceAll("\n", "\r\n")}`, options);
    assert.equal(crlf.output, `\ufeff${expected.replaceAll("\n", "\r\n")}`);
  });
}

test("fix() agrees with the native CLI's --diff", () => {
  for (const name of fixtures) {
    const source = readFileSync(join(fixDir, name), "utf8");
    const options = optionsOf(source);
    const args = ["--diff", "--target", options.target, ...(options.unsafeFixes ? ["--unsafe-fixes"] : []), name];
    const run = spawnSync(nativeBinary, args, { cwd: fixDir, encoding: "utf8" });
    assert.equal(run.status, 1, `${name}: --diff exits 1 when there is something to fix: ${run.stderr}`);
    const fixed = pysunset.fix(source, options);
    assert.match(run.stderr, new RegExp(`Would fix ${fixed.applied.length} finding`), name);
    // Every line the wasm build adds is a line the native diff adds.
    const added = run.stdout.split("\n").filter((line) => line.startsWith("+") && !line.startsWith("+++"));
    const sourceLines = new Set(source.split("\n"));
    const newLines = fixed.output.split("\n").filter((line) => !sourceLines.has(line));
    for (const line of newLines) assert.ok(added.includes(`+${line}`), `${name}: ${line}`);
  }
});

test("findings carry their fix, and the catalogue says which entries have one", () => {
  const [finding] = pysunset.check("import unittest\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n");
  assert.deepEqual(finding.fix, {
    applicability: "safe",
    message: "replace `assertEquals` with `assertEqual`",
    edits: [
      {
        range: { start: { line: 5, column: 14, offset: 78 }, end: { line: 5, column: 26, offset: 90 } },
        content: "assertEqual",
      },
    ],
  });
  const [module] = pysunset.check("import asyncore\n");
  assert.equal("fix" in module, false, "a finding without a fix has no fix field");
  const entries = pysunset.catalogue();
  const bySymbol = new Map(entries.map((entry) => [entry.symbol, entry]));
  assert.equal(bySymbol.get("unittest.TestCase.assertEquals").fix, "safe");
  assert.equal(bySymbol.get("asyncio.iscoroutinefunction").fix, "unsafe");
  assert.equal(bySymbol.get("asyncore").fix, null);
  assert.ok(entries.filter((entry) => entry.fix === "safe").length >= 50);
});

test("fix() rejects bad options with a readable error", () => {
  assert.throws(() => pysunset.fix("x = 1\n", { unsafe: true }), /unknown option `unsafe`.*unsafeFixes/);
  assert.throws(() => pysunset.fix("x = 1\n", { target: "2.7" }), /invalid target version/);
  assert.throws(() => pysunset.fix("import imp\0"), /binary/);
  const untouched = pysunset.fix("import os\n");
  assert.deepEqual(untouched, { output: "import os\n", applied: [], remaining: [] });
  const guarded = "try:\n    import imp\nexcept ImportError:\n    imp = None\n";
  assert.equal(pysunset.fix(guarded).output, guarded, "info findings get no fix");
});

test("fixFile() fixes a Python file as fix() does, and the same code as notebook cells the same way", () => {
  let notebooks = 0;
  for (const name of fixtures) {
    const source = readFileSync(join(fixDir, name), "utf8");
    const options = optionsOf(source);
    const expected = pysunset.fix(source, options);
    assert.deepEqual(pysunset.fixFile(name, source, options), expected, name);
    // The fixture as a notebook: three lines a cell (every cell ends with a newline, so the
    // cells joined are the program), a markdown cell between code cells.
    const lines = source.split(/(?<=\n)/);
    if (!source.endsWith("\n") || lines.some((line) => /^\s*[%!?]/.test(line) || /\?\s*$/.test(line))) continue;
    const cells = [];
    for (let at = 0; at < lines.length; at += 3) {
      cells.push({ cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: lines.slice(at, at + 3) });
      if (at === 0) cells.push({ cell_type: "markdown", metadata: {}, source: ["Prose, not code: self.assertEquals(a, b)"] });
    }
    const notebook = JSON.stringify({ cells, metadata: { kernelspec: { language: "python", name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
    const result = pysunset.fixFile(`${name}.ipynb`, notebook, options);
    const parsed = JSON.parse(result.output);
    assert.equal(parsed.cells.length, cells.length, name);
    assert.deepEqual(parsed.cells[1], cells[1], `${name}: the markdown cell is untouched`);
    const code = parsed.cells.filter((cell) => cell.cell_type === "code");
    assert.equal(code.map((cell) => cell.source.join("")).join(""), expected.output, name);
    assert.equal(result.applied.length, expected.applied.length, name);
    assert.ok(result.applied.every((finding) => finding.cell >= 1 && !("fix" in finding)), name);
    notebooks++;
  }
  assert.ok(notebooks >= fixtures.length / 2, `${notebooks} of ${fixtures.length} fixtures checked as notebooks`);
});
