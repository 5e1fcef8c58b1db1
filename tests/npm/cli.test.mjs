// The Node CLI (bin/pysunset.js over dist/) against the native one (target/release/pysunset):
// the same bytes on stdout and the same exit code for every format, on the examples, the
// fixtures, stdin and a configured project; plus what only the Node CLI does (.gitignore,
// the progress bar) and the pre-commit hook's definition.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot, run } from "./helpers.mjs";

const native = join(repoRoot, "target", "release", "pysunset");
const nodeCli = join(repoRoot, "bin", "pysunset.js");
for (const path of [native, join(repoRoot, "dist", "cli.js")]) {
  if (!existsSync(path)) throw new Error(`${path} is missing: build it first (scripts/test.sh does)`);
}

const FORMATS = ["text", "json", "sarif", "github", "junit"];

function both(args, { cwd = repoRoot, input } = {}) {
  const rust = run(native, args, { cwd, input, allowFailure: true });
  const js = run("node", [nodeCli, ...args], { cwd, input, allowFailure: true });
  return { rust, js };
}

function assertSame(args, options) {
  const { rust, js } = both(args, options);
  assert.equal(js.status, rust.status, `exit status of ${args.join(" ")}\nnative: ${rust.stderr}\nnode: ${js.stderr}`);
  assert.ok(
    js.stdout.equals(rust.stdout),
    `stdout of ${args.join(" ")} differs:\n--- native\n${rust.stdout.toString("utf8").slice(0, 3000)}\n--- node\n${js.stdout.toString("utf8").slice(0, 3000)}`,
  );
  return { rust, js };
}

for (const format of FORMATS) {
  test(`--format ${format}: the same bytes and exit status as the native CLI`, () => {
    const { rust } = assertSame(["--format", format, "examples/legacy_project"]);
    assert.equal(rust.status, 1, "the example project has errors");
    assert.ok(rust.stdout.length > 200, "there is output to compare");
    assertSame(["--format", format, "--target", "3.13", "tests/fixtures"]);
    assertSame(["--format", format, "--select", "SUN001,SUN004", "--exit-zero", "tests/fixtures"]);
    assertSame(["--format", format, "-"], { input: Buffer.from("import imp\nimport asyncore\n") });
    // Standard input beside a directory: the directory's files are read by worker threads,
    // standard input by the main thread, and the output keeps the order of the command line.
    assertSame(["--format", format, "tests/fixtures/imports.py", "-", "examples/legacy_project", "tests/fixes"], {
      input: Buffer.from("import imp\n"),
    });
  });
}

// The walk of a directory run starts once the worker threads have: a path it cannot find
// must still stop the run with the native CLI's message and status, and no worker left running.
test("a missing path beside a directory: the native CLI's message and exit status", () => {
  const { rust, js } = assertSame(["tests/fixtures", "no/such/file.py", "examples/legacy_project"]);
  assert.equal(rust.status, 2);
  assert.match(rust.stderr.toString("utf8"), /no\/such\/file\.py/);
  assert.equal(js.stderr.toString("utf8"), rust.stderr.toString("utf8"));
});

test("notebooks, env text files, CI workflows and bad files: the same bytes in every format", () => {
  const root = scratch();
  try {
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "markdown", metadata: {}, source: ["# Title\n"] },
        { cell_type: "code", metadata: {}, execution_count: 1, outputs: [], source: ["%matplotlib inline\n", "import imp\n"] },
        { cell_type: "code", metadata: {}, execution_count: 2, outputs: [], source: "import asyncore\nasyncore.loop()\n" },
      ],
    };
    writeTree(root, {
      "project/analysis.ipynb": JSON.stringify(notebook, null, 1),
      "project/broken.ipynb": "{ not json",
      "project/Dockerfile": "FROM python:3.12\nENV PYTHONTHREADDEBUG=1\n",
      "project/.env": "PYTHONTHREADDEBUG=1\n",
      "project/.github/workflows/ci.yml": "env:\n  PYTHONTHREADDEBUG: 1\n",
      "project/.hidden/skipped.py": "import imp\n",
      "project/latin.py": Buffer.from("# -*- coding: latin-1 -*-\nimport imp  # caf\xe9\n", "latin1"),
      "project/invalid.py": Buffer.from("import asynchat\nx = '\xff'\n", "latin1"),
      "project/binary.py": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
      "project/clean.pyi": "def f() -> int: ...\n",
    });
    for (const format of FORMATS) {
      const { rust } = assertSame(["--format", format, "project"], { cwd: root });
      assert.equal(rust.status, 1);
      assert.match(rust.stdout.toString("utf8"), /analysis\.ipynb/);
    }
    assertSame(["--format", "json", "--stdin-filename", "nb.ipynb", "-"], {
      cwd: root,
      input: Buffer.from(JSON.stringify(notebook)),
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("--fix writes the same files and prints the same report as the native CLI; --unsafe-fixes counts the same", () => {
  const root = scratch();
  try {
    for (const side of ["native", "node"]) {
      cpSync(join(repoRoot, "tests", "fixes"), join(root, side, "fixes"), { recursive: true });
      cpSync(join(repoRoot, "examples", "legacy_project"), join(root, side, "legacy_project"), { recursive: true });
      writeTree(join(root, side), {
        "latin.py": Buffer.from("# -*- coding: latin-1 -*-\nimport unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals('\xe9', '\xe9')\n", "latin1"),
        "bom.py": Buffer.from("\xef\xbb\xbfimport unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.failUnless(True)\n", "latin1"),
      });
    }
    for (const args of [["--diff", "."], ["--diff", "--unsafe-fixes", "--select", "SUN003,SUN004", "."], ["--unsafe-fixes", "."], ["--format", "json", "--unsafe-fixes", "."], ["--fix", "--select", "SUN004", "."], ["--fix", "."], ["--fix", "--unsafe-fixes", "."]]) {
      const rust = run(native, args, { cwd: join(root, "native"), allowFailure: true });
      const js = run("node", [nodeCli, ...args], { cwd: join(root, "node"), allowFailure: true });
      assert.equal(js.status, rust.status, `${args}: ${js.stderr}`);
      assert.ok(js.stdout.equals(rust.stdout), `${args}:\n--- native\n${rust.stdout}\n--- node\n${js.stdout}`);
    }
    const listing = run("find", [".", "-type", "f"], { cwd: join(root, "native") }).stdout.toString("utf8").trim().split("\n");
    let changed = 0;
    for (const path of listing) {
      const expected = readFileSync(join(root, "native", path));
      assert.ok(readFileSync(join(root, "node", path)).equals(expected), `${path} after --fix`);
      const before = existsSync(join(repoRoot, "tests", "fixes", path.replace(/^\.\/fixes\//, "")))
        ? readFileSync(join(repoRoot, "tests", "fixes", path.replace(/^\.\/fixes\//, "")))
        : null;
      if (before !== null && !before.equals(expected)) changed += 1;
    }
    assert.ok(changed >= 5, `${changed} fixture files were changed by --fix`);
    // --diff reads standard input too.
    const alias = Buffer.from("import unittest\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n");
    const piped = assertSame(["--diff", "-"], { input: alias });
    assert.equal(piped.rust.status, 1);
    assert.match(piped.js.stdout.toString("utf8"), /^\+        self\.assertEqual\(1, 1\)$/m);
    assert.equal(piped.js.stderr.toString("utf8"), piped.rust.stderr.toString("utf8"));
    // After --fix nothing is left to fix: --diff prints nothing, in both CLIs.
    const clean = both(["--diff", "."], { cwd: join(root, "node") });
    assert.equal(clean.js.status, 0, clean.js.stderr);
    assert.equal(clean.js.stdout.length, 0);
    assert.equal(clean.js.stderr.toString("utf8"), clean.rust.stderr.toString("utf8"));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a directory run follows the project index in both CLIs: the same findings, note, --diff and --fix", () => {
  const projects = join("tests", "projects");
  for (const format of ["json", "text"]) {
    const { rust, js } = assertSame(["--format", format, "--target", "3.14", projects]);
    assert.equal(js.stderr, rust.stderr, `stderr of --format ${format}`);
  }
  // Something is followed: a use through the compat module, reported in the importing file.
  const { js: json } = both(["--format", "json", "--target", "3.14", projects]);
  const findings = JSON.parse(json.stdout.toString("utf8"));
  assert.ok(
    findings.some(({ path, symbol, range }) => path.endsWith("mypkg/reader.py") && symbol === "configparser.SafeConfigParser" && range.start.line === 8),
    "reader.py's use through .compat",
  );
  // A file alone cannot see its compat module: both CLIs say so on standard error, the same way;
  // several named files are one run (this thread checks them).
  const mypkg = join(projects, "compat_reexports", "mypkg");
  for (const args of [[join(mypkg, "reader.py")], [join(mypkg, "reader.py"), join(mypkg, "compat.py"), join(mypkg, "__init__.py")], ["--format", "json", mypkg]]) {
    const { rust, js } = assertSame(["--target", "3.14", ...args]);
    assert.equal(js.stderr, rust.stderr, `stderr of ${args.join(" ")}`);
  }
  assert.match(both(["--target", "3.14", join(mypkg, "reader.py")]).js.stderr, /^note: .*reader\.py uses names it imports from `\.compat`/m);
  // --diff and --fix through the index: the importing file is fixed where it is reported.
  const root = scratch();
  try {
    for (const side of ["native", "node"]) cpSync(join(repoRoot, projects, "compat_reexports"), join(root, side), { recursive: true });
    for (const args of [["--diff", "--target", "3.14", "."], ["--fix", "--target", "3.14", "."]]) {
      const rust = run(native, args, { cwd: join(root, "native"), allowFailure: true });
      const js = run("node", [nodeCli, ...args], { cwd: join(root, "node"), allowFailure: true });
      assert.equal(js.status, rust.status, `${args}: ${js.stderr}`);
      assert.ok(js.stdout.equals(rust.stdout), `${args}:\n--- native\n${rust.stdout}\n--- node\n${js.stdout}`);
      assert.equal(js.stderr, rust.stderr, `stderr of ${args}`);
      if (args[0] === "--diff") {
        assert.match(js.stdout.toString("utf8"), /^\+    parser = configparser\.ConfigParser\(\)/m, "reader.py's fix through .compat");
      }
    }
    const fixed = readFileSync(join(root, "node", "mypkg", "reader.py"), "utf8");
    assert.match(fixed, /parser = configparser\.ConfigParser\(\)/);
    assert.equal(fixed, readFileSync(join(root, "native", "mypkg", "reader.py"), "utf8"));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("colours, flags spelled every way, usage errors, --catalogue, --version, --help", () => {
  assertSame(["--color", "always", "examples/legacy_project"]);
  assertSame(["--color", "never", "-t3.14", "--ignore=SUN004", "--ignore", "removed-module", "examples/legacy_project"]);
  for (const args of [[], ["--target", "2.7", "a.py"], ["--format", "xml", "a.py"], ["--select", "XYZ1", "a.py"], ["--bogus", "a.py"], ["no/such/path.py"]]) {
    const { rust, js } = both(args);
    assert.equal(rust.status, 2, `native ${args}`);
    assert.equal(js.status, 2, `node ${args}: ${js.stderr}`);
    assert.ok(js.stderr.startsWith("pysunset: "), js.stderr);
  }
  assertSame(["--catalogue"]);
  assertSame(["--version"]);
  assertSame(["--help"]);
});

test("a directory run reads the modules the index summarises in their own encoding, as the native CLI", () => {
  // The workers look at each file's imports; this thread reads only the modules imported from
  // (here one in Latin-1, one with bad bytes, one not text) and summarises them; the files that
  // import from them are read again and checked with what the index found.
  const root = scratch();
  try {
    writeTree(root, {
      "pkg/__init__.py": "",
      "pkg/compat.py": Buffer.from("# -*- coding: latin-1 -*-\n# caf\xe9\nimport configparser\nRawParser = configparser.RawConfigParser\n", "latin1"),
      "pkg/damaged.py": Buffer.from("import configparser as cp\nx = '\xff'\n", "latin1"),
      "pkg/binary.py": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
      "pkg/reader.py": Buffer.from(
        "# -*- coding: latin-1 -*-\n# \xe9\nfrom .compat import configparser, RawParser\nfrom .damaged import cp\nfrom .binary import thing\n" +
          "from .missing import helper\n\nparser = configparser.SafeConfigParser()\nRawParser().readfp(f)\ncp.SafeConfigParser()\nhelper.x\n",
        "latin1",
      ),
      "pkg/alone.py": "import imp\n",
    });
    for (const format of ["json", "text"]) {
      const { rust, js } = assertSame(["--format", format, "--target", "3.14", "pkg"], { cwd: root });
      assert.equal(js.stderr, rust.stderr, `stderr of --format ${format}`);
    }
    const { js } = both(["--format", "json", "--target", "3.14", "pkg"], { cwd: root });
    const found = JSON.parse(js.stdout.toString("utf8"))
      .filter(({ path }) => path.endsWith("reader.py"))
      .map(({ symbol, range }) => `${range.start.line} ${symbol}`);
    assert.deepEqual(found, ["8 configparser.SafeConfigParser", "9 configparser.RawConfigParser.readfp", "10 configparser.SafeConfigParser"]);
    assert.match(js.stderr, /^note: .*reader\.py uses names it imports from `\.missing`/m);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

function scratch() {
  return mkdtempSync(join(tmpdir(), "pysunset-cli-"));
}

function writeTree(root, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

test("[tool.pysunset] in pyproject.toml is found by walking up, and flags override it", () => {
  const root = scratch();
  try {
    writeTree(root, {
      "pyproject.toml": '[project]\nname = "legacy"\n\n[tool.pysunset]\ntarget = "3.13"\nignore = ["SUN004"]\nexclude = ["build"]\n',
      "src/app/io.py": "import imp\nimport telnetlib\n",
      "src/app/test_x.py": "import unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n",
      "src/build/gen.py": "import asyncore\n",
    });
    for (const format of ["text", "json"]) {
      const { js } = assertSame(["--format", format, "src"], { cwd: root });
      if (format === "json") {
        const findings = JSON.parse(js.stdout.toString("utf8"));
        assert.ok(findings.some((finding) => finding.symbol === "telnetlib" && finding.severity === "error"), "target 3.13");
        assert.ok(!findings.some((finding) => finding.code === "SUN004"), "ignored by the configuration");
        assert.ok(!findings.some((finding) => finding.path.includes("build")), "excluded");
      }
    }
    assertSame(["--format", "json", "--target", "3.12", "--select", "SUN004", "src"], { cwd: root });
    assertSame(["--format", "json", "src/app/io.py"], { cwd: join(root) });
    writeFileSync(join(root, "pyproject.toml"), "[tool.pysunset]\ntarget = 3.13\n");
    const { rust, js } = both(["src"], { cwd: root });
    assert.equal(rust.status, 2);
    assert.equal(js.status, 2);
    assert.match(js.stderr, /target/, "the message names the key");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("directories honour .gitignore as the native CLI does: the repository's, nested ones, negations; named files are checked", () => {
  const root = scratch();
  try {
    writeTree(root, {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".gitignore": "build/\n*.gen.py\n!keep.gen.py\n/top_only.py\n/vendored/\n",
      "vendored/lib/v.py": "import imp\n",
      "pkg/a.py": "import imp\n",
      "pkg/b.gen.py": "import imp\n",
      "pkg/keep.gen.py": "import imp\n",
      "pkg/top_only.py": "import imp\n",
      "top_only.py": "import imp\n",
      "pkg/build/c.py": "import imp\n",
      "pkg/sub/.gitignore": "local.py\n",
      "pkg/sub/local.py": "import imp\n",
      "pkg/sub/kept.py": "import imp\n",
      "other/local.py": "import imp\n",
    });
    const paths = (args, cwd = root) =>
      JSON.parse(run("node", [nodeCli, "--format", "json", ...args], { cwd, allowFailure: true }).stdout.toString("utf8")).map(
        (finding) => finding.path,
      );
    assert.deepEqual(paths(["."]), ["./other/local.py", "./pkg/a.py", "./pkg/keep.gen.py", "./pkg/top_only.py", "./pkg/sub/kept.py"]);
    assert.deepEqual(paths(["sub"], join(root, "pkg")), ["sub/kept.py"], "rules of the repository above the directory apply");
    assert.deepEqual(paths(["pkg/b.gen.py", "pkg/build/c.py"]), ["pkg/b.gen.py", "pkg/build/c.py"], "files named are checked");
    assert.deepEqual(paths(["vendored"]), ["vendored/lib/v.py"], "a directory named is checked though ignored");
    // The native CLI walks the same way.
    for (const args of [["."], ["vendored"], ["pkg"]]) assertSame(["--format", "json", ...args], { cwd: root });
    assertSame(["--format", "json", "sub"], { cwd: join(root, "pkg") });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("outside a repository .gitignore files ignore nothing (an unpacked sdist's `lib`), as in the native CLI", () => {
  const root = scratch();
  try {
    writeTree(root, { "sdist/.gitignore": "lib\n", "sdist/pkg/lib/a.py": "import imp\n" });
    const paths = (cwd) =>
      JSON.parse(run("node", [nodeCli, "--format", "json", "."], { cwd, allowFailure: true }).stdout.toString("utf8")).map(
        (finding) => finding.path,
      );
    assert.deepEqual(paths(root), ["./sdist/pkg/lib/a.py"]);
    assertSame(["--format", "json", "."], { cwd: root });
    mkdirSync(join(root, "sdist", ".git"));
    assert.deepEqual(paths(root), [], "a repository found during the walk");
    assert.deepEqual(paths(join(root, "sdist", "pkg")), [], "a repository above the run");
    assertSame(["--format", "json", "."], { cwd: root });
    assertSame(["--format", "json", "."], { cwd: join(root, "sdist", "pkg") });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

const GIT_ENV = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
};
const hasGit = spawnSync("git", ["--version"]).status === 0;

test("tracked files are never ignored (the repository's index), as in git and the native CLI", { skip: !hasGit && "`git` is not installed" }, () => {
  // CherryPy's .gitignore has `lib` (for a virtualenv) and tracks its package `cherrypy/lib/`.
  const root = scratch();
  const repo = join(root, "repo");
  const git = (...args) => run("git", args, { cwd: repo, env: GIT_ENV });
  try {
    writeTree(repo, {
      ".gitignore": "lib\nbuild/\n*.gen.py\n",
      "a.py": "import imp\n",
      "pkg/lib/tracked.py": "import imp\n",
      "pkg/lib/untracked.py": "import imp\n",
      "pkg/lib/deep/tracked.py": "import imp\n",
      "pkg/lib/deep/untracked.py": "import imp\n",
      "build/untracked.py": "import imp\n",
      "x.gen.py": "import imp\n",
      "y.gen.py": "import imp\n",
    });
    git("init", "-q");
    git("add", ".gitignore", "a.py");
    git("add", "-f", "pkg/lib/tracked.py", "pkg/lib/deep/tracked.py", "x.gen.py");
    const paths = (args, cwd) =>
      JSON.parse(run("node", [nodeCli, "--format", "json", ...args], { cwd, allowFailure: true }).stdout.toString("utf8")).map(
        (finding) => finding.path,
      );
    const tracked = ["./a.py", "./x.gen.py", "./pkg/lib/tracked.py", "./pkg/lib/deep/tracked.py"];
    assert.deepEqual(paths(["."], repo), tracked, "index version 2");
    assert.deepEqual(paths(["."], join(repo, "pkg")), ["./lib/tracked.py", "./lib/deep/tracked.py"], "run inside");
    assert.deepEqual(paths(["repo"], root), tracked.map((path) => path.replace(".", "repo")), "a repository found during the walk");
    for (const [args, cwd] of [[["."], repo], [["."], join(repo, "pkg")], [["repo"], root]]) assertSame(["--format", "json", ...args], { cwd });
    git("update-index", "--index-version", "4");
    assert.deepEqual(paths(["."], repo), tracked, "index version 4");
    assertSame(["--format", "json", "."], { cwd: repo });
    // A worktree's `.git` is a file naming its git directory, which holds its own index.
    git("commit", "-q", "-m", "tracked");
    git("worktree", "add", "-q", "../worktree");
    writeTree(join(root, "worktree"), { "pkg/lib/untracked.py": "import imp\n", "build/untracked.py": "import imp\n", "y.gen.py": "import imp\n" });
    assert.deepEqual(paths(["."], join(root, "worktree")), tracked, "a worktree");
    assertSame(["--format", "json", "."], { cwd: join(root, "worktree") });
    // An index that cannot be read tracks nothing: the .gitignore files decide alone.
    writeFileSync(join(repo, ".git", "index"), "DIRC\0\0\0\x02\xff");
    assert.deepEqual(paths(["."], repo), ["./a.py"], "a truncated index");
    assertSame(["--format", "json", "."], { cwd: repo });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("outer .gitignore files stop at a nested repository, as in git and the native CLI", { skip: !hasGit && "`git` is not installed" }, () => {
  // git applies a repository's own .gitignore files only: an enclosing repository's say nothing inside it.
  const root = scratch();
  const outer = join(root, "outer");
  const inner = join(outer, "sub");
  try {
    writeTree(outer, {
      ".gitignore": "*.gen.py\nvendored.py\n",
      "a.py": "import imp\n",
      "b.gen.py": "import imp\n",
      "vendored.py": "import imp\n",
      "sub/.gitignore": "skip.py\n",
      "sub/a.gen.py": "import imp\n",
      "sub/skip.py": "import imp\n",
      "sub/vendored.py": "import imp\n",
      "sub/pkg/c.gen.py": "import imp\n",
    });
    run("git", ["init", "-q"], { cwd: outer, env: GIT_ENV });
    run("git", ["init", "-q"], { cwd: inner, env: GIT_ENV });
    const paths = (args, cwd) =>
      JSON.parse(run("node", [nodeCli, "--format", "json", ...args], { cwd, allowFailure: true }).stdout.toString("utf8")).map(
        (finding) => finding.path,
      );
    const inside = ["./sub/a.gen.py", "./sub/vendored.py", "./sub/pkg/c.gen.py"];
    assert.deepEqual(paths(["."], outer), ["./a.py", ...inside], "from the outer repository");
    assert.deepEqual(paths(["."], inner), ["./a.gen.py", "./vendored.py", "./pkg/c.gen.py"], "from the inner one");
    assert.deepEqual(paths(["."], join(inner, "pkg")), ["./c.gen.py"], "from inside the inner one");
    assert.deepEqual(paths(["outer"], root), ["outer/a.py", ...inside.map((path) => path.replace(".", "outer"))]);
    for (const [args, cwd] of [[["."], outer], [["."], inner], [["outer"], root]]) assertSame(["--format", "json", ...args], { cwd });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a tracked file whose name is not UTF-8 is never ignored either, as in the native CLI", { skip: !hasGit && "`git` is not installed" }, () => {
  // The index holds names as bytes: the walk must look them up as bytes too.
  const root = scratch();
  const repo = join(root, "repo");
  try {
    writeTree(repo, { ".gitignore": "*.py\n", "sub/.keep": "" });
    const latin1 = (name) => Buffer.from(name, "latin1");
    for (const name of ["caf\xe9.py", "sub/na\xefve.py", "untracked\xe9.py"]) writeFileSync(Buffer.concat([Buffer.from(`${repo}/`), latin1(name)]), "import imp\n");
    run("git", ["init", "-q"], { cwd: repo, env: GIT_ENV });
    run("git", ["add", "-f", "--", "caf?.py", "sub"], { cwd: repo, env: GIT_ENV }); // `?`: one byte, \xe9
    const listed = run("git", ["ls-files", "-z"], { cwd: repo, env: GIT_ENV }).stdout;
    assert.equal(listed.includes(latin1("caf\xe9.py")), true, "git tracks the name as bytes");
    const { js } = assertSame(["--format", "json", "."], { cwd: repo });
    assert.equal(JSON.parse(js.stdout.toString("utf8")).length, 2, "both tracked files are checked");
    assertSame(["--format", "json", "repo"], { cwd: root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a progress bar is drawn on stderr when it is a terminal, and cleared", async () => {
  const { main } = await import(join(repoRoot, "dist", "cli.js"));
  const root = scratch();
  try {
    const files = {};
    for (let index = 0; index < 250; index += 1) files[`many/f${String(index).padStart(3, "0")}.py`] = "import imp\n";
    writeTree(root, files);
    const sink = (isTTY) => {
      const stream = { isTTY, text: "", write: (chunk, callback) => ((stream.text += chunk), callback?.(), true) };
      return stream;
    };
    for (const isTTY of [true, false]) {
      const stdout = sink(false);
      const stderr = sink(isTTY);
      const status = await main(["--format", "json", join(root, "many")], { stdout, stderr });
      assert.equal(status, 1);
      assert.equal(JSON.parse(stdout.text).length, 250);
      if (isTTY) {
        assert.match(stderr.text, /\] 250\/250 files/);
        assert.ok(stderr.text.endsWith("\r\x1b[2K"), "the bar is cleared");
      } else {
        assert.equal(stderr.text, "");
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the pre-commit hook runs this package's version", () => {
  const hooks = readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8");
  const version = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version;
  assert.match(hooks, /^- id: pysunset$/m);
  assert.match(hooks, new RegExp(`^  entry: npx --yes pysunset@${version.replaceAll(".", "\\.")}$`, "m"));
  assert.match(hooks, /^  types_or: \[python, pyi, jupyter\]$/m);
});

/** Cookies (and byte order marks) the two CLIs and CPython must agree on. */
const COOKIES = [
  "utf-8", "utf8", "UTF_8", "utf-8-sig", "latin-1", "iso-8859-1", "l1", "cp1252", "windows-1252", "iso-8859-15",
  "iso8859_2", "koi8-r", "koi8_u", "cp1251", "cp866", "mac-roman", "shift_jis", "cp932", "euc-jp", "euc_kr", "cp949",
  "gbk", "gb2312", "gb18030", "big5", "iso-2022-jp", "iso-2022-kr", "hz", "utf-7", "utf-16", "utf-16-le", "utf-32",
  "klingon", "ascii", "x-user-defined",
  // CPython's names the WHATWG Encoding Standard lacks, and WHATWG's that CPython does not know.
  "cp819", "latin9", "1250", "mac-greek", "x-sjis", "windows-31j", "unicode-1-1-utf-8", "x-mac-roman",
];
/** Cookies of multi-byte legacy encodings: JavaScript has no encoder for them. */
const MULTI_BYTE = new Set(["shift_jis", "cp932", "euc-jp", "euc_kr", "cp949", "gbk", "gb2312", "gb18030", "big5", "iso-2022-jp"]);
/** Cookies CPython reads that no WHATWG decoder reads: pysunset says so and skips the file. */
const UNDECODABLE = new Set(["iso-2022-kr", "hz", "utf-7", "mac-greek"]);

/**
 * Files carrying each cookie, written by CPython with a sample its codec can encode, plus byte
 * order marks, invalid UTF-8 and binary data; and what CPython 3.11 makes of each (compile()
 * decides whether it reads the file, tokenize.detect_encoding what text it reads).
 */
function cookieFiles(root) {
  const script = `
import io, json, os, sys, tokenize
root, cookies = sys.argv[1], json.loads(sys.argv[2])
samples = ["caf\\u00e9 \\u20ac", "\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442", "\\u65e5\\u672c\\u8a9e", "\\ud55c\\uad6d\\uc5b4", "\\u4e2d\\u6587", "caf\\u00e9"]
files = {}
for cookie in cookies:
    head = "# -*- coding: %s -*-\\nimport imp\\n" % cookie
    data = (head + "s = 'plain'\\n").encode("ascii")
    try:
        for sample in samples:
            try:
                data = (head + "s = '%s'\\n" % sample).encode(cookie)
                break
            except UnicodeEncodeError:
                pass
    except LookupError:
        pass
    if cookie in ("utf-16", "utf-16-le", "utf-32"):
        data = (head + "s = 'plain'\\n").encode("ascii")
    files["cookie-%s.py" % cookie] = data
files["bom.py"] = b"\\xef\\xbb\\xbfimport imp\\ns = 'caf\\xc3\\xa9'\\n"
files["bom-cookie.py"] = b"\\xef\\xbb\\xbf# coding: utf-8\\nimport imp\\n"
files["second-line.py"] = b"#!/usr/bin/env python\\n# vim: set fileencoding=cp1252 :\\nimport imp\\ns = '\\x80'\\n"
files["after-code.py"] = b"import imp\\n# coding: latin-1\\ns = 'caf\\xe9'\\n"
files["binary.py"] = b"\\x7fELF\\x00\\x01import imp\\n"
verdicts = {}
for name, data in files.items():
    with open(os.path.join(root, name), "wb") as handle:
        handle.write(data)
    try:
        compile(data, name, "exec")
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
        verdicts[name] = {"text": text[1:] if text.startswith("\\ufeff") else text}
    except (SyntaxError, ValueError, LookupError, UnicodeDecodeError) as error:
        verdicts[name] = {"error": str(error)}
print(json.dumps(verdicts))
`;
  const result = run("python3", ["-c", script, root, JSON.stringify(COOKIES)]);
  return JSON.parse(result.stdout.toString("utf8"));
}

test("every cookie and byte order mark: both CLIs print the same, and read what CPython reads", async () => {
  const root = scratch();
  try {
    const verdicts = cookieFiles(root);
    assert.ok(Object.keys(verdicts).length >= COOKIES.length + 5);
    for (const args of [["--format", "json", "."], ["--format", "text", "--color", "never", "."]]) {
      const { rust, js } = assertSame(args, { cwd: root });
      assert.equal(js.stderr, rust.stderr, `stderr of ${args.join(" ")}`);
    }
    // --diff shows the bytes of the fixed file, in its encoding: the multi-byte ones too.
    const { rust, js } = assertSame(["--diff", "."], { cwd: root });
    assert.equal(js.stderr, rust.stderr, "stderr of --diff");
    for (const cookie of MULTI_BYTE) {
      assert.ok(rust.stdout.includes(Buffer.from(`cookie-${cookie}.py`)), `a diff of cookie-${cookie}.py`);
    }
    const { decodeSource } = await import(join(repoRoot, "dist", "node.js"));
    for (const [name, verdict] of Object.entries(verdicts)) {
      const cookie = name.replace(/^cookie-(.*)\.py$/, "$1");
      const decoded = decodeSource(new Uint8Array(readFileSync(join(root, name))));
      if (UNDECODABLE.has(cookie)) {
        assert.ok(verdict.text !== undefined, `CPython reads ${name}`);
        assert.equal(decoded.text, null, name);
        assert.match(decoded.problem, /which pysunset cannot decode \(save the file as UTF-8/, name);
      } else if (verdict.text !== undefined) {
        assert.equal(decoded.text, verdict.text, `${name}: the text CPython reads`);
        assert.equal(decoded.problem, null, name);
      } else if (name === "after-code.py") {
        // Not valid UTF-8 (the cookie comes after code): CPython refuses it; pysunset checks it
        // with the bad bytes replaced, and says so.
        assert.equal(decoded.repaired, true);
        assert.match(decoded.problem, /^not valid UTF-8 \(first bad byte at offset/);
      } else if (name !== "binary.py") {
        // CPython refuses the file: so does pysunset (with a reason), and it is not checked.
        assert.equal(decoded.text, null, `${name}: CPython says ${verdict.error}`);
        assert.match(decoded.problem, /^skipped: /, name);
      }
    }
    assert.match(decodeSource(new Uint8Array(readFileSync(join(root, "cookie-utf-16.py")))).problem, /Python refuses for source code/);
    assert.equal(decodeSource(new Uint8Array(readFileSync(join(root, "binary.py")))).problem, "skipped: binary file (contains NUL bytes)");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("file names that are not UTF-8 are opened, and shown as the native CLI shows them", () => {
  const root = scratch();
  try {
    const directory = Buffer.from(join(root, "project"));
    mkdirSync(directory);
    writeFileSync(Buffer.concat([directory, Buffer.from("/caf\xe9.py", "latin1")]), "import imp\n");
    writeFileSync(Buffer.concat([directory, Buffer.from("/ok.py")]), "import asyncore\n");
    for (const format of ["json", "text"]) {
      const { js } = assertSame(["--format", format, "project"], { cwd: root });
      assert.equal(js.stderr, "", "both files are read");
      assert.match(js.stdout.toString("utf8"), /caf\uFFFD\.py/);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("FIFOs, devices and huge files named *.py are refused at once, without reading them (Node CLI)", () => {
  const root = scratch();
  try {
    writeTree(root, { "project/ok.py": "import imp\n" });
    run("mkfifo", [join(root, "project", "fifo.py")]);
    symlinkSync("/dev/zero", join(root, "project", "zero.py"));
    // A sparse file larger than the limit: reading it whole would take 3 GB.
    run("truncate", ["-s", "3G", join(root, "project", "huge.py")]);
    const started = Date.now();
    const js = run("node", [nodeCli, "--format", "json", "project"], { cwd: root, allowFailure: true, timeout: 30000 });
    assert.ok(Date.now() - started < 30000, "the run ends");
    assert.equal(js.status, 1, js.stderr);
    assert.equal(JSON.parse(js.stdout.toString("utf8")).length, 1, "ok.py is checked");
    assert.match(js.stderr, /^project\/fifo\.py: skipped: not a regular file/m);
    assert.match(js.stderr, /^project\/zero\.py: skipped: not a regular file/m);
    assert.match(js.stderr, /^project\/huge\.py: skipped: the file is too large to check \(3072\.0 MiB; the limit is 64 MiB\)$/m);
    const named = run("node", [nodeCli, "project/fifo.py"], { cwd: root, allowFailure: true, timeout: 30000 });
    assert.match(named.stderr, /skipped: not a regular file/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("exit status 2 when there were files to check and none could be checked, in both CLIs", () => {
  const root = scratch();
  try {
    writeTree(root, { "project/binary.py": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), "empty/x.txt": "" });
    for (const args of [["project"], ["--format", "json", "project"], ["project/binary.py"], ["--diff", "project"], ["--fix", "project"]]) {
      const { js } = assertSame(args, { cwd: root });
      assert.equal(js.status, 2, `${args.join(" ")}: ${js.stderr}`);
      assert.match(js.stderr, /binary\.py: skipped: binary file/);
      assert.match(js.stderr, /^pysunset: no file could be checked$/m);
    }
    writeTree(root, { "project/fine.py": "import os\n" });
    assert.equal(assertSame(["project"], { cwd: root }).js.status, 0, "one file checked is enough");
    assert.equal(assertSame(["--diff", "project"], { cwd: root }).js.status, 0, "with --diff too");
    assert.equal(assertSame(["empty"], { cwd: root }).js.status, 0, "nothing to check is not a failure");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("control characters in file names never reach the terminal raw, in both CLIs", () => {
  const root = scratch();
  try {
    const name = "title\x1b]0;pwned\x07\nx.py";
    writeTree(root, { [`project/${name}`]: Buffer.from([0, 1, 2]), "project/ok.py": "import imp\n" });
    for (const format of ["json", "text"]) {
      const { rust, js } = assertSame(["--format", format, "project"], { cwd: root });
      assert.equal(js.status, 1);
      assert.equal(js.stderr, rust.stderr);
      assert.equal(js.stderr, "project/title\\x1b]0;pwned\\x07\\nx.py: skipped: binary file (contains NUL bytes)\n");
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("--diff quotes a name that could split its header and, on a terminal, escapes its lines, in both CLIs", () => {
  const root = scratch();
  try {
    const name = "name\x1b[2J\nx.py";
    writeTree(root, { [`project/${name}`]: "import imp  # \x1b]0;owned\x07\nimp.reload(m)\n" });
    const { js } = assertSame(["--diff", "--target", "3.12", "project"], { cwd: root });
    const piped = js.stdout.toString("utf8");
    assert.ok(piped.startsWith('--- "a/project/name\\033[2J\\nx.py"\n'), piped);
    assert.ok(piped.includes("\x1b]0;owned\x07"), "piped, the lines are the file's");
    if (spawnSync("script", ["--version"]).status !== 0) return;
    for (const command of [native, `node ${nodeCli}`]) {
      const terminal = spawnSync("script", ["-qec", `${command} --diff --target 3.12 project`, "/dev/null"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      const shown = terminal.stdout.toString("utf8");
      assert.ok(shown.includes("\\x1b]0;owned\\x07"), `${command}: ${JSON.stringify(shown)}`);
      assert.ok(!shown.includes("\x1b") && !shown.includes("\x07"), `${command}: ${JSON.stringify(shown)}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the command line is the native CLI's: the same runs and the same usage errors", () => {
  for (const args of [
    ["--fix", "--diff", "examples/legacy_project"],
    ["--diff", "--fix", "examples/legacy_project"],
    ["--format=json", "--ignore", "SUN004", "--ignore=SUN001", "examples/legacy_project"],
    ["-fjson", "-t", "3.14", "--no-config", "--config", "examples/legacy_project/pyproject.toml", "examples/legacy_project"],
  ]) {
    assertSame(args);
  }
  assertSame(["--", "-"], { input: Buffer.from("import imp\n") });
  for (const args of [["--fix", "-"], ["--format"], ["--exit-zero=yes", "a.py"], ["-x", "a.py"], ["--color", "rainbow", "a.py"]]) {
    const { rust, js } = both(args);
    assert.equal(js.status, 2, `${args.join(" ")}`);
    assert.equal(js.stderr, rust.stderr, `${args.join(" ")}`);
  }
});

test("--fix writes files in single-byte legacy encodings as the native CLI does", () => {
  const root = scratch();
  try {
    const program = (cookie, sample) =>
      `# -*- coding: ${cookie} -*-\nimport unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals('${sample}', '${sample}')\n`;
    const files = {
      "koi8.py": ["koi8-r", "Привет"],
      "cyrillic.py": ["cp1251", "Привет"],
      "central.py": ["iso-8859-2", "Łódź"],
      "mac.py": ["mac-roman", "café"],
      "greek.py": ["windows-1253", "Γειά"],
    };
    const script = `import json, sys, os
for name, (cookie, text) in json.loads(sys.argv[2]).items():
    for side in ("native", "node"):
        os.makedirs(os.path.join(sys.argv[1], side), exist_ok=True)
        with open(os.path.join(sys.argv[1], side, name), "wb") as f:
            f.write(text.encode(cookie))`;
    const texts = Object.fromEntries(Object.entries(files).map(([name, [cookie, sample]]) => [name, [cookie, program(cookie, sample)]]));
    run("python3", ["-c", script, root, JSON.stringify(texts)]);
    const rust = run(native, ["--fix", "."], { cwd: join(root, "native"), allowFailure: true });
    const js = run("node", [nodeCli, "--fix", "."], { cwd: join(root, "node"), allowFailure: true });
    assert.equal(js.status, rust.status, js.stderr);
    assert.equal(js.stderr, rust.stderr);
    assert.ok(js.stdout.equals(rust.stdout));
    for (const [name, [cookie, text]] of Object.entries(texts)) {
      const written = readFileSync(join(root, "node", name));
      assert.ok(written.equals(readFileSync(join(root, "native", name))), `${name} (${cookie})`);
      const expected = run("python3", ["-c", "import sys; sys.stdout.buffer.write(sys.argv[1].encode(sys.argv[2]))", text.replace("assertEquals", "assertEqual"), cookie]).stdout;
      assert.ok(written.equals(expected), `${name} is fixed in ${cookie}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("--fix writes files in multi-byte legacy encodings as the native CLI does, and refuses what they cannot hold", () => {
  const root = scratch();
  try {
    const program = (cookie, sample) =>
      `# -*- coding: ${cookie} -*-\nimport unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals('${sample}', '${sample}')\n`;
    const files = {
      "sjis.py": ["shift_jis", "日本語のテキスト ｶﾀｶﾅ"],
      "windows31j.py": ["cp932", "①②③ ㈱"],
      "eucjp.py": ["euc_jp", "日本語 ｶﾅ"],
      "jis.py": ["iso-2022-jp", "日本語と ASCII"],
      "korean.py": ["euc_kr", "한국어 텍스트"],
      "hangul.py": ["cp949", "한국어 코드"],
      "simplified.py": ["gbk", "中文文本"],
      "gb.py": ["gb2312", "简体中文"],
      "gb18030.py": ["gb18030", "中文 ᠮᠣᠩᠭᠣᠯ 𠀀"],
      "big5.py": ["big5", "繁體中文"],
    };
    const script = `import json, sys, os
for name, (cookie, text) in json.loads(sys.argv[2]).items():
    for side in ("native", "node"):
        os.makedirs(os.path.join(sys.argv[1], side), exist_ok=True)
        with open(os.path.join(sys.argv[1], side, name), "wb") as f:
            f.write(text.encode(cookie))`;
    const texts = Object.fromEntries(Object.entries(files).map(([name, [cookie, sample]]) => [name, [cookie, program(cookie, sample)]]));
    run("python3", ["-c", script, root, JSON.stringify(texts)]);
    // Shift_JIS's bytes ED 40 are a character the encoder writes as FA 5C: the file's bytes
    // cannot be given back, so neither CLI writes it.
    for (const side of ["native", "node"]) {
      writeFileSync(join(root, side, "nec.py"), Buffer.concat([Buffer.from("# coding: shift_jis\nimport imp\nx = '"), Buffer.from([0xed, 0x40]), Buffer.from("'\nimp.reload(x)\n")]));
    }
    const rust = run(native, ["--fix", "."], { cwd: join(root, "native"), allowFailure: true });
    const js = run("node", [nodeCli, "--fix", "."], { cwd: join(root, "node"), allowFailure: true });
    assert.equal(js.status, rust.status, js.stderr);
    assert.equal(js.stderr, rust.stderr);
    assert.ok(js.stdout.equals(rust.stdout), `${js.stdout}\n---\n${rust.stdout}`);
    assert.match(rust.stderr, /nec\.py: not fixed: its encoding does not give back the same bytes/);
    for (const [name, [cookie, text]] of Object.entries(texts)) {
      const written = readFileSync(join(root, "node", name));
      assert.ok(written.equals(readFileSync(join(root, "native", name))), `${name} (${cookie})`);
      assert.match(written.toString("latin1"), /assertEqual\(/, `${name} is fixed`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a link loop and a dangling link named *.py are reported and the rest is checked, in both CLIs", () => {
  const root = scratch();
  try {
    writeTree(root, { "project/ok.py": "import imp\n" });
    symlinkSync("loop.py", join(root, "project", "loop.py"));
    symlinkSync("missing.py", join(root, "project", "dangling.py"));
    for (const format of ["json", "text"]) {
      const { js } = assertSame(["--format", format, "project"], { cwd: root });
      assert.equal(js.status, 1);
      assert.match(js.stderr, /^project\/loop\.py: skipped: cannot read: /m);
      assert.match(js.stderr, /^project\/dangling\.py: skipped: cannot read: /m);
    }
    assertSame(["--format", "json", "project/loop.py", "project/ok.py"], { cwd: root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("--fix writes through symbolic links, keeps hard links and leaves read-only files, as the native CLI", () => {
  const root = scratch();
  const alias = "import unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n";
  try {
    for (const side of ["native", "node"]) {
      writeTree(join(root, side), { "real/target.py": alias, "real/linked.py": alias, "real/locked.py": alias });
      symlinkSync("real/target.py", join(root, side, "link.py"));
      linkSync(join(root, side, "real", "linked.py"), join(root, side, "second-name.py"));
      chmodSync(join(root, side, "real", "locked.py"), 0o444);
    }
    const rust = run(native, ["--fix", "link.py", "second-name.py", "real/locked.py"], { cwd: join(root, "native"), allowFailure: true });
    const js = run("node", [nodeCli, "--fix", "link.py", "second-name.py", "real/locked.py"], { cwd: join(root, "node"), allowFailure: true });
    assert.equal(js.status, rust.status, js.stderr);
    assert.equal(js.stderr, rust.stderr);
    assert.ok(js.stdout.equals(rust.stdout));
    const fixed = alias.replace("assertEquals", "assertEqual");
    const side = join(root, "node");
    assert.ok(lstatSync(join(side, "link.py")).isSymbolicLink(), "the link stays a link");
    assert.equal(readFileSync(join(side, "real", "target.py"), "utf8"), fixed, "its target is fixed");
    assert.equal(readFileSync(join(side, "real", "linked.py"), "utf8"), fixed, "both names see the fix");
    assert.equal(statSync(join(side, "second-name.py")).nlink, 2);
    assert.equal(readFileSync(join(side, "real", "locked.py"), "utf8"), alias, "a read-only file is left alone");
    assert.match(js.stderr, /locked\.py: not fixed: the file is read-only/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// A file that changed after the run read it is not overwritten with the fix of the old text
// (writeFixed's look before each write; the native CLI's write_fixed has a unit test). The
// change is made by the run itself, so that it falls between the read and the write every
// time: every input is read before the first is fixed (fixAll), and a file named twice, by a
// symbolic link or a hard link and by its own name, is first fixed through the name that comes
// first; the fix computed for the other name, from the bytes read before that write, is refused.
test("--fix does not overwrite a file that changed since it was read: a file named twice is fixed once", () => {
  const root = scratch();
  const alias = "import unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n";
  const fixed = alias.replace("assertEquals", "assertEqual");
  try {
    writeTree(root, { "real/target.py": alias, "real/linked.py": alias });
    symlinkSync("target.py", join(root, "real", "link.py"));
    linkSync(join(root, "real", "linked.py"), join(root, "real", "second-name.py"));
    const names = ["real/target.py", "real/link.py", "real/linked.py", "real/second-name.py"];
    const js = run("node", [nodeCli, "--fix", ...names], { cwd: root, allowFailure: true });
    const errors = js.stderr.toString("utf8");
    for (const name of ["real/link.py", "real/second-name.py"]) {
      assert.ok(errors.includes(`${name}: not fixed: the file changed while it was checked: run again\n`), errors);
    }
    assert.doesNotMatch(errors, /(target|linked)\.py: not fixed/);
    assert.equal(readFileSync(join(root, "real", "target.py"), "utf8"), fixed);
    assert.equal(readFileSync(join(root, "real", "linked.py"), "utf8"), fixed);
    assert.equal(statSync(join(root, "real", "second-name.py")).nlink, 2);
    // The refused names keep their findings, reported as not fixed.
    const text = js.stdout.toString("utf8");
    assert.match(text, /^real\/link\.py:4:14: SUN004 error: \[\*\]/m);
    assert.match(text, /^real\/second-name\.py:4:14: SUN004 error: \[\*\]/m);
    assert.match(text, /\nFixed 2 findings in 2 files\.\n/);
    assert.equal(js.status, 1, errors);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// Issue 16: a file's part of the output is rendered in chunks and written as it comes, never held
// whole (as one string, or as bytes copied from thread to thread). 100,000 findings make 140 MB
// of JSON and 97 MB of SARIF; the Node CLI before printed each as one string and aborted under
// this heap limit (`--max-old-space-size=48`: "Reached heap limit", in both cases below).
test("a file with 100,000 findings is printed under a small heap, byte for byte as the native CLI prints it", { timeout: 300000 }, () => {
  const root = scratch();
  try {
    writeTree(root, {
      "many/a_first.py": "import asyncore\n",
      "many/b_many.py": `import imp\n${"imp.reload(x)\n".repeat(100000)}`,
      "many/c_last.py": "import imp\n",
    });
    // The directory's files are checked on worker threads (the large part's chunks cross to the
    // main thread, between the parts of the files around it); the file alone on the main thread.
    for (const [format, path] of [["json", "many"], ["sarif", "many/b_many.py"]]) {
      const args = ["--no-config", "--format", format, path];
      const rust = run(native, args, { cwd: root, allowFailure: true });
      const js = run("node", ["--max-old-space-size=48", nodeCli, ...args], { cwd: root, allowFailure: true });
      assert.equal(js.status, 1, `${args.join(" ")}: ${js.stderr.slice(0, 2000)}`);
      assert.equal(js.stderr, rust.stderr);
      assert.ok(js.stdout.length > 20_000_000, `${format}: the output is large (${js.stdout.length} bytes)`);
      assert.ok(js.stdout.equals(rust.stdout), `${args.join(" ")}: the same bytes as the native CLI`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a pipe closed early on stdout (`| head`) ends the run with exit status 2, as in the native CLI", async () => {
  const root = scratch();
  try {
    // 3 MB of JSON: more than a pipe holds, written in chunks.
    writeTree(root, { "many/a.py": `import imp\n${"imp.reload(x)\n".repeat(2000)}`, "many/b.py": "import imp\n" });
    /** Runs a command whose stdout is closed after its first bytes. */
    const closedEarly = (command, args) =>
      new Promise((resolvePromise) => {
        const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (data) => (stderr += data));
        child.stdout.once("data", () => child.stdout.destroy());
        child.on("close", (status) => resolvePromise({ status, stderr }));
      });
    const args = ["--no-config", "--format", "json", "many"];
    const rust = await closedEarly(native, args);
    const js = await closedEarly("node", [nodeCli, ...args]);
    assert.equal(rust.status, 2);
    assert.equal(js.status, 2, js.stderr);
    assert.doesNotMatch(js.stderr, /Unhandled|EPIPE/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
