// CPython's Korean and Big5 codecs (euc_kr, cp949, big5, cp950, big5hkscs) in every cookie
// spelling: the Node CLI reads every two-byte sequence (and EUC-KR's make-up sequences) as
// CPython does, the same text and the same first bad byte (tests/support/cpython_decode.py
// gives CPython's answers; tests/decoding.rs holds the native CLI to them), and both CLIs print
// the same for the same files, with a fix written back in the file's encoding.
// Needs target/release/pysunset and dist/ (scripts/build-npm.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, run } from "./helpers.mjs";

const native = join(repoRoot, "target", "release", "pysunset");
const nodeCli = join(repoRoot, "bin", "pysunset.js");
if (!existsSync(native)) throw new Error(`${native} is missing: build it first (scripts/test.sh does)`);
const { decodeSource } = await import(join(repoRoot, "dist", "node.js"));

/** @type {{ cookie: string, file: string, text: string | null, first_bad: number | null }[]} */
const cases = JSON.parse(run("python3", [join(repoRoot, "tests", "support", "cpython_decode.py")]).stdout.toString("utf8"));

test("every two-byte sequence in every Korean and Big5 cookie: the text CPython reads", () => {
  assert.ok(cases.length > 20);
  for (const { cookie, file, text, first_bad: firstBad } of cases) {
    const decoded = decodeSource(new Uint8Array(Buffer.from(file, "hex")));
    if (text === null) {
      assert.equal(decoded.text, null, cookie);
      assert.match(decoded.problem, /unknown encoding/, cookie);
      continue;
    }
    assert.equal(typeof decoded.text, "string", `${cookie}: ${decoded.problem}`);
    if (decoded.text !== text) {
      const chars = [...decoded.text];
      const expected = [...text];
      const at = chars.findIndex((c, index) => c !== expected[index]);
      assert.fail(`${cookie}: character ${at} is ${JSON.stringify(chars.slice(at - 2, at + 4).join(""))} for CPython's ${JSON.stringify(expected.slice(at - 2, at + 4).join(""))}`);
    }
    if (firstBad === null) assert.equal(decoded.problem, null, cookie);
    else assert.match(decoded.problem, new RegExp(`^not valid \\w+ \\(first bad byte at offset ${firstBad};`), cookie);
  }
});

test("both CLIs print the same for them, and fix them into the same bytes", () => {
  const root = mkdtempSync(join(tmpdir(), "pysunset-decoding-"));
  try {
    for (const [index, { cookie, file }] of cases.entries()) {
      // Each file with a fixable use after its sequences.
      const bytes = Buffer.concat([Buffer.from(file, "hex"), Buffer.from("\nimport imp\nimp.reload(x)\n")]);
      writeFileSync(join(root, `case${index}-${cookie}.py`), bytes);
    }
    for (const args of [["--format", "json", "."], ["--diff", "."]]) {
      const rust = run(native, args, { cwd: root, allowFailure: true });
      const js = run(process.execPath, [nodeCli, ...args], { cwd: root, allowFailure: true });
      assert.equal(js.status, rust.status, args.join(" "));
      assert.ok(js.stdout.equals(rust.stdout), `stdout of ${args.join(" ")} differs`);
      assert.equal(js.stderr, rust.stderr, `stderr of ${args.join(" ")}`);
    }
    // The valid files are fixed (by each CLI in a copy): the same bytes.
    const valid = cases.flatMap(({ text, first_bad: firstBad }, index) => (text !== null && firstBad === null ? [index] : []));
    assert.ok(valid.length >= 5);
    const fixed = (cli) => {
      for (const index of valid) {
        const { cookie, file } = cases[index];
        writeFileSync(join(root, `valid${index}.py`), Buffer.concat([Buffer.from(file, "hex"), Buffer.from(`\nimport imp\nimp.reload(x)\n# ${cookie}\n`)]));
      }
      run(cli[0], [...cli.slice(1), "--fix", ...valid.map((index) => `valid${index}.py`)], { cwd: root, allowFailure: true });
      return valid.map((index) => readFileSync(join(root, `valid${index}.py`)));
    };
    const byRust = fixed([native]);
    const byJs = fixed([process.execPath, nodeCli]);
    byRust.forEach((bytes, at) => {
      assert.ok(bytes.includes(Buffer.from("importlib.reload(x)")), `${cases[valid[at]].cookie}: fixed by the native CLI`);
      assert.ok(bytes.equals(byJs[at]), `${cases[valid[at]].cookie}: the same bytes`);
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
