// One truth for both CLIs: the wasm build's checkFile + render, driven the way a JS CLI drives
// them (walk the directory, read pyproject.toml with parseConfig, skip with isExcluded, pick
// files with sourceKind), print byte for byte what the native CLI prints, in every format.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { root, fixtureDir, expectations, sortExpected } from "./fixtures.mjs";

const require = createRequire(import.meta.url);
const pysunset = require(join(root, "pkg", "nodejs", "pysunset.js"));
const nativeBinary = join(root, "target", "release", "pysunset");
if (!existsSync(nativeBinary)) throw new Error(`${nativeBinary} is missing: build it first (scripts/test.sh does)`);

const SKIPPED_DIRECTORIES = ["__pycache__", "__pypackages__", "_build", "buck-out", "node_modules", "site-packages", "venv"];
const HIDDEN_ENTERED = [".github", ".circleci"];

/** The files a directory run checks, in the native CLI's order: a directory's files (sorted by
 * name), then its subdirectories, depth first. `exclude` patterns are relative to `projectRoot`. */
function discover(directory, projectRoot, exclude) {
  const relative = (path) => path.slice(projectRoot.length + 1);
  const files = [];
  const subdirectories = [];
  const names = readdirSync(directory).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const name of names) {
    const path = `${directory}/${name}`;
    if (statSync(path).isDirectory()) {
      const hidden = name.startsWith(".") && !HIDDEN_ENTERED.includes(name);
      if (!hidden && !SKIPPED_DIRECTORIES.includes(name) && !pysunset.isExcluded(relative(path), exclude)) {
        subdirectories.push(path);
      }
    } else if (pysunset.sourceKind(path) !== null && !pysunset.isExcluded(relative(path), exclude)) {
      files.push(path);
    }
  }
  return [...files, ...subdirectories.flatMap((path) => discover(path, projectRoot, exclude))];
}

function native(args, cwd = root) {
  const run = spawnSync(nativeBinary, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `native CLI failed: ${run.status} ${run.stderr}`);
  return run.stdout;
}

const project = "examples/legacy_project";
const config = pysunset.parseConfig(readFileSync(join(root, project, "pyproject.toml"), "utf8"));
const options = { target: config.target ?? undefined, select: config.select ?? undefined, ignore: config.ignore ?? undefined };
const reports = discover(join(root, project), join(root, project), config.exclude).map((absolute) => {
  const path = absolute.slice(root.length);
  const source = readFileSync(absolute, "utf8");
  return { path: path.replace(/^\//, ""), source, findings: pysunset.checkFile(path, source, options) };
});

test("the example's configuration reads as the native CLI reads it", () => {
  assert.deepEqual(config, { target: "3.12", select: null, ignore: null, exclude: ["legacy_project/_vendored"] });
  assert.equal(reports.length, 7);
  assert.ok(!reports.some((report) => report.path.includes("_vendored")));
});

for (const format of ["text", "json", "sarif", "github", "junit"]) {
  test(`render(${format}) prints the native CLI's bytes`, () => {
    const wasm = pysunset.render(reports, { format, target: options.target });
    assert.equal(wasm, native(["--format", format, project]));
    assert.ok(wasm.length > 1000);
  });
}

test("colours agree too", () => {
  const wasm = pysunset.render(reports, { format: "text", target: "3.12", color: true });
  assert.equal(wasm, native(["--color", "always", project]));
  assert.match(wasm, /\x1b\[1;31merror:\x1b\[0m/);
});

test("skipped files and counts render alike", () => {
  const skipped = { path: "bad.py", problem: "skipped: binary file (contains NUL bytes)" };
  const text = pysunset.render([...reports, skipped], { format: "text" });
  assert.match(text, /in 7 of 7 files/);
  assert.match(pysunset.render([skipped], { format: "github" }), /^::warning file=bad.py,title=pysunset::skipped: binary file/);
  assert.match(pysunset.render([], { format: "text", checkedFiles: 3 }), /^No findings in 3 files/);
  const sarif = JSON.parse(pysunset.render([skipped], { format: "sarif" }));
  assert.equal(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, `bad.py: ${skipped.problem}`);
});

test("notebooks and env text files: checkFile agrees with the native CLI, fixture by fixture", () => {
  const fixtures = ["notebooks", "env"].flatMap((directory) => {
    const base = join(fixtureDir, directory);
    return discover(base, base, []).map((path) => path.slice(fixtureDir.length + 1));
  });
  assert.ok(fixtures.includes("env/.github/workflows/ci.yml") && fixtures.includes("env/.env"), fixtures.join());
  const fromCli = JSON.parse(native(["--format", "json", "--no-config", ...fixtures], fixtureDir));
  let compared = 0;
  for (const name of fixtures) {
    const text = readFileSync(join(fixtureDir, name), "utf8");
    if (name.includes("invalid_")) {
      assert.throws(() => pysunset.checkFile(name, text), /not a valid Jupyter notebook/);
      continue;
    }
    const wasm = pysunset.checkFile(name, text).map((finding) => ({ path: name, ...finding }));
    assert.deepEqual(wasm, fromCli.filter((finding) => finding.path === name), name);
    compared += wasm.length;
  }
  assert.ok(compared >= 25, `compared ${compared}`);
});

test("env text findings sit where the fixture says", () => {
  const text = readFileSync(join(fixtureDir, "env", "Dockerfile"), "utf8");
  const found = pysunset.checkFile("Dockerfile", text).map((f) => ({ line: f.range.start.line, symbol: f.symbol, severity: f.severity, column: f.range.start.column }));
  assert.deepEqual(sortExpected(found), expectations(text));
});

test("select and ignore filter in the core, for every input kind", () => {
  const notebook = readFileSync(join(root, project, "notebooks", "explore.ipynb"), "utf8");
  const codes = (findings) => [...new Set(findings.map((f) => f.code))];
  assert.deepEqual(codes(pysunset.checkFile("n.ipynb", notebook, { select: ["SUN003"] })), ["SUN003"]);
  assert.deepEqual(codes(pysunset.checkFile("n.ipynb", notebook, { ignore: ["removed-module", "SUN002"] })), ["SUN003"]);
  assert.deepEqual(pysunset.checkFile(".env", "PYTHONTHREADDEBUG=1\n", { ignore: ["SUN006"] }), []);
  assert.throws(() => pysunset.check("x", { select: ["E501"] }), /invalid options: `select`: unknown rule `E501`: expected one of SUN001/);
});

test("sourceKind, parseConfig and isExcluded", () => {
  assert.equal(pysunset.sourceKind("a/b.py"), "python");
  assert.equal(pysunset.sourceKind("types.pyi"), "stub");
  assert.equal(pysunset.sourceKind("n.ipynb"), "notebook");
  assert.equal(pysunset.sourceKind(".github/workflows/ci.yml"), "env-text");
  assert.equal(pysunset.sourceKind("README.md"), null);
  assert.equal(pysunset.parseConfig("[project]\nname = 'x'\n"), null);
  assert.throws(() => pysunset.parseConfig("[tool.pysunset]\nselct = []\n"), /^Error: \[tool\.pysunset\] `selct`: unknown key: the keys are target, select, ignore, exclude \(line 2\)$/);
  assert.throws(() => pysunset.parseConfig("[tool.pysunset]\ntarget = '2.7'\n"), /`target`: invalid target version `2.7`/);
  assert.throws(() => pysunset.parseConfig("[tool.pysunset\n"), /invalid TOML/);
  assert.equal(pysunset.isExcluded("src/gen/x.py", ["src/**/gen"]), true);
  assert.equal(pysunset.isExcluded("lib\\build\\x.py", ["build"]), true);
  assert.equal(pysunset.isExcluded("builder/x.py", ["build"]), false);
});

test("render refuses what it cannot use, with a message", () => {
  assert.throws(() => pysunset.render([], { format: "xml" }), /invalid format `xml`: expected one of text, json, sarif, github, junit/);
  assert.throws(() => pysunset.render([], {}), /`format` is required/);
  assert.throws(() => pysunset.render([], { format: "text", colour: true }), /unknown option `colour`/);
  assert.throws(() => pysunset.render([{ path: "a.py", findings: [{ code: "SUN001" }] }], { format: "json" }), /^Error: invalid reports: missing field `symbol`/);
  assert.throws(() => pysunset.render("nope", { format: "json" }), /invalid reports/);
});
