// Files in the playground, in Chromium: a folder from the folder picker and from a drop
// (directory entries), a real sdist from PyPI (tests/browser/sdist/) and a wheel (.whl), notebooks,
// files that are skipped with a reason, hostile file names, a zip bomb, a tar bomb and a 200 MB
// archive refused, progress and cancel on a big folder, and every fixture of tests/fixtures/
// checked through the page's worker pool with the same results as the native CLI.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { start, screenshot, mainThreadTasks } from "./harness.mjs";
import { asExpected, expectations, fixtureDir, fixtureFiles, readFixture, root, targetOf } from "../wasm/fixtures.mjs";

let browser;
let page;
let work;
const HOSTILE = "<img src=x onerror=alert(1)>.py";

function write(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), "pysunset-files-"));
  const proj = join(work, "proj");
  write(join(proj, "pkg", "__init__.py"), "import imp\n");
  write(join(proj, "pkg", "server.py"), "import asyncore\n\nclass H(asyncore.dispatcher):\n    pass\n");
  write(join(proj, "pkg", "latin.py"), Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\nname = '"), Buffer.from([0xe9]), Buffer.from("'; import imp\n")]));
  write(join(proj, "README.md"), "# not Python\n");
  write(join(proj, "Dockerfile"), "FROM python:3.12\nENV PYTHONTHREADDEBUG=1\n");
  write(join(proj, "blob.py"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  write(join(proj, ".git", "config"), "[core]\n");
  write(join(proj, "__pycache__", "server.cpython-311.pyc"), Buffer.from([0x0d, 0x0d, 0, 0]));
  write(join(proj, HOSTILE), "import asyncore  # <script>alert(1)</script>\n");
  write(
    join(proj, "analysis.ipynb"),
    JSON.stringify({
      cells: [
        { cell_type: "markdown", source: ["# import asyncore is prose here"] },
        { cell_type: "code", source: ["%matplotlib inline\n", "import os\n", "import imp\n"] },
        { cell_type: "code", source: "from distutils.core import setup\n" },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    }),
  );
  browser = await start();
  page = await browser.open();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const batches = () => page.evaluate(() => window.pysunset.state.batchesDone);
async function waitBatch(count) {
  await page.waitForFunction((n) => window.pysunset.state.batchesDone > n, count, { timeout: 60000 });
}
const results = () =>
  page.evaluate(() =>
    Object.fromEntries(
      [...window.pysunset.state.files.values()]
        .filter((file) => file.path !== "untitled.py")
        .map((file) => [file.path, file.findings.map((f) => `${f.cell ? `cell ${f.cell} ` : ""}${f.range.start.line}:${f.range.start.column} ${f.symbol} ${f.severity}`)]),
    ),
  );
/** The findings panel's rows of one file (its notes and its findings). */
const fileGroup = (path) => page.locator(`#findings [data-file="${path.replace(/["\\]/g, "\\$&")}"]`);
const skipped = () => page.evaluate(() => Object.fromEntries(window.pysunset.state.skipped.map((s) => [s.path, s.reason])));

const EXPECTED_PROJECT = {
  "proj/analysis.ipynb": ["cell 2 3:8 imp error", "cell 3 1:6 distutils error"],
  [`proj/${HOSTILE}`]: ["1:8 asyncore error"],
  "proj/pkg/__init__.py": ["1:8 imp error"],
  "proj/pkg/latin.py": ["2:20 imp error"],
  "proj/pkg/server.py": ["1:8 asyncore error", "3:9 asyncore.dispatcher error"],
};

function assertProjectSkipped(reasons) {
  assert.match(reasons["proj/README.md"], /not a (Python file|file pysunset reads)/);
  assert.match(reasons["proj/blob.py"], /binary/);
  assert.match(reasons["proj/.git/"], /folder not checked/);
  assert.match(reasons["proj/__pycache__/"], /folder not checked/);
}

test("a folder from the folder picker: Python files and notebooks checked, the rest listed with reasons", async () => {
  const count = await batches();
  await page.setInputFiles("#open-folder", join(work, "proj"));
  await waitBatch(count);
  const found = await results();
  // asyncore.dispatcher may or may not be reported besides the module, by catalogue version.
  found["proj/pkg/server.py"] = found["proj/pkg/server.py"].filter((f) => !f.includes("dispatcher"));
  // Env text files are read too (the engine's sourceKind classifies them).
  const expected = { ...EXPECTED_PROJECT, "proj/pkg/server.py": ["1:8 asyncore error"], "proj/Dockerfile": ["2:5 PYTHONTHREADDEBUG error"] };
  assert.deepEqual(found, expected);
  assertProjectSkipped(await skipped());
  // Hostile names are text: no element was made from them.
  assert.equal(await page.locator("#findings img, #skipped img, #findings script").count(), 0);
  assert.equal(await page.locator("#findings .file-group h3 .path", { hasText: HOSTILE }).count(), 1);
  await screenshot(page, "folder");
});

test("a folder dropped on the page is walked through its directory entries", async () => {
  const count = await batches();
  const tree = {
    "app/main.py": "from imp import reload\n",
    "app/sub/deep/util.py": "import unittest\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n",
    "app/notes.txt": "text\n",
    "app/node_modules/x/y.py": "import imp\n",
  };
  await page.evaluate((files) => {
    // A directory entry tree like the one Chromium gives for a dropped folder.
    const dirs = new Map();
    const dirEntry = (fullPath) => {
      if (!dirs.has(fullPath)) {
        const children = [];
        dirs.set(fullPath, {
          isFile: false,
          isDirectory: true,
          name: fullPath.split("/").pop(),
          fullPath,
          children,
          createReader() {
            let done = false;
            return { readEntries: (ok) => setTimeout(() => ok(done ? [] : ((done = true), children))) };
          },
        });
        const parent = fullPath.slice(0, fullPath.lastIndexOf("/"));
        if (parent) dirEntry(parent).children.push(dirs.get(fullPath));
      }
      return dirs.get(fullPath);
    };
    for (const [path, text] of Object.entries(files)) {
      const fullPath = "/" + path;
      const name = path.split("/").pop();
      const file = new File([text], name);
      dirEntry(fullPath.slice(0, fullPath.lastIndexOf("/"))).children.push({
        isFile: true,
        isDirectory: false,
        name,
        fullPath,
        file: (ok) => setTimeout(() => ok(file)),
      });
    }
    const transfer = new DataTransfer();
    transfer.items.add(new File([""], "app"));
    const original = DataTransferItem.prototype.webkitGetAsEntry;
    DataTransferItem.prototype.webkitGetAsEntry = () => dirs.get("/app");
    document.querySelector("#editor").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    DataTransferItem.prototype.webkitGetAsEntry = original;
  }, tree);
  await waitBatch(count);
  assert.deepEqual(await results(), {
    "app/main.py": ["1:6 imp error"],
    "app/sub/deep/util.py": ["4:14 unittest.TestCase.assertEquals error"],
  });
  const reasons = await skipped();
  assert.match(reasons["app/notes.txt"], /not a (Python file|file pysunset reads)/);
  assert.match(reasons["app/node_modules/"], /folder not checked/);
});

test("a real sdist from PyPI (.tar.gz, as downloaded) and a wheel (.whl), dropped as files", async () => {
  // lockfile 0.9.1 as PyPI serves it (tests/browser/sdist/README.md says where it comes from).
  const sdist = join(root, "tests", "browser", "sdist", "lockfile-0.9.1.tar.gz");
  const top = "lockfile-0.9.1.tar.gz/lockfile-0.9.1";
  // The wheel is made here (a zip with the .whl name).
  const base = join(work, "wheel");
  write(join(base, "legacy", "__init__.py"), "import asynchat\n");
  execFileSync("python3", ["-m", "zipfile", "-c", join(work, "legacy_pkg-1.0-py3-none-any.whl"), join(base, "legacy")]);
  const archives = [sdist, join(work, "legacy_pkg-1.0-py3-none-any.whl")].map((path) => ({
    name: path.split("/").pop(),
    base64: readFileSync(path).toString("base64"),
  }));
  const count = await batches();
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of files) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, archives);
  await waitBatch(count);
  const found = await results();
  // What the native CLI reports on the extracted release (checked by hand: these lines are
  // `from distutils.core import setup` and `self.failUnless...(` calls in the test scaffold).
  assert.deepEqual(found[`${top}/setup.py`], ["5:6 distutils error"]);
  assert.deepEqual(found[`${top}/test/scaffold.py`], [
    "104:35 unittest.TestCase.failUnlessRaises error",
    "333:22 unittest.TestCase.failUnless error",
    "422:14 unittest.TestCase.failUnlessEqual error",
    "429:14 unittest.TestCase.failUnlessEqual error",
  ]);
  // `if not hasattr(threading, "current_thread"): threading.current_thread = threading.currentThread`
  // (and the same for getName): undated deprecations (SUN008) under a feature test, so info.
  assert.deepEqual(found[`${top}/lockfile/__init__.py`], ["65:32 threading.currentThread info", "67:50 threading.Thread.getName info"]);
  assert.deepEqual(found[`${top}/test/compliancetest.py`], ["248:7 threading.Thread.setDaemon warning"]);
  for (const clean of ["lockfile/sqlitelockfile.py", "doc/conf.py"]) {
    assert.deepEqual(found[`${top}/${clean}`], [], clean);
  }
  assert.deepEqual(found["legacy_pkg-1.0-py3-none-any.whl/legacy/__init__.py"], ["1:8 asynchat error"]);
  const reasons = await skipped();
  for (const other of ["PKG-INFO", "LICENSE", "README", "doc/lockfile.rst", "2.4.diff"]) {
    assert.match(reasons[`${top}/${other}`] ?? "", /not a (Python file|file pysunset reads)/, other);
  }
  // The same findings as the native CLI on the extracted files, file by file.
  const native = join(root, "target", "release", "pysunset");
  const extracted = join(work, "sdist");
  mkdirSync(extracted, { recursive: true });
  execFileSync("tar", ["-xzf", sdist, "-C", extracted]);
  const run = spawnSync(native, ["--format", "json", "lockfile-0.9.1"], { cwd: extracted, encoding: "utf8" });
  assert.equal(run.status, 1, run.stderr);
  const cli = JSON.parse(run.stdout).map((f) => `${f.path} ${f.range.start.line}:${f.range.start.column} ${f.symbol} ${f.severity}`);
  const onPage = Object.entries(found)
    .filter(([path]) => path.startsWith(`${top}/`))
    .flatMap(([path, list]) => list.map((item) => `${path.slice("lockfile-0.9.1.tar.gz/".length)} ${item}`));
  assert.deepEqual(onPage.sort(), cli.sort());
  // A finding in an archive opens the file in the editor at its position.
  await fileGroup(`${top}/setup.py`).locator("button.finding", { hasText: "distutils" }).click();
  assert.equal(await page.textContent("#current-file"), `${top}/setup.py`);
  const selected = await page.evaluate(() => {
    const { state } = window.pysunset.view();
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
  assert.equal(selected, "distutils.core");
  await page.click("#back-to-scratch");
});

test("a dropped notebook: findings are squiggles in its JSON, and a click selects exactly the name, escapes and non-ASCII before it", async () => {
  // On the finding's line of the file: `\"`, `\\\"` and `\u00e9` escapes (one character of the
  // cell each, two, four and six of the file), a raw `é` and a `😀` (two UTF-16 units).
  const notebook = String.raw`{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Caf\u00e9 \"notes\": import asyncore"]},
  {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [], "source": [
    "import unittest\n",
    "s = \"caf\u00e9 \\\"😀\\\"\"; t = 'é'; import imp\n",
    "class T(unittest.TestCase):\n",
    "    def test(self): self.assertEquals(s, \"\u00e9😀\")\n"
  ]}
 ],
 "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
  const path = "caf\u00e9 notes.ipynb";
  const count = await batches();
  await page.evaluate(({ text, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { text: notebook, name: path });
  await waitBatch(count);
  // Cell-relative positions in the panel, as Jupyter shows them.
  assert.deepEqual((await results())[path], ["cell 2 2:36 imp error", "cell 2 4:26 unittest.TestCase.assertEquals error"]);
  const selection = () =>
    page.evaluate(() => {
      const { state } = window.pysunset.view();
      const { from, to } = state.selection.main;
      return { from, to, text: state.sliceDoc(from, to) };
    });
  // The offsets JavaScript counts (UTF-16) in the file's own text.
  const imp = notebook.indexOf("import imp") + "import ".length;
  const alias = notebook.indexOf("assertEquals");
  const group = fileGroup(path);
  await group.locator("button.finding", { hasText: /module imp was removed/ }).click();
  assert.equal(await page.textContent("#current-file"), path);
  assert.equal(await page.evaluate(() => window.pysunset.view().state.doc.toString()), notebook);
  assert.deepEqual(await selection(), { from: imp, to: imp + 3, text: "imp" });
  await group.locator("button.finding", { hasText: "assertEquals" }).click();
  assert.deepEqual(await selection(), { from: alias, to: alias + 12, text: "assertEquals" });
  // Squiggles and gutter marks at the same places, with hover cards naming the cell.
  const shown = await page.evaluate(() => window.pysunset.diagnostics());
  assert.deepEqual(shown.map(({ from, to, text }) => ({ from, to, text })), [
    { from: imp, to: imp + 3, text: "imp" },
    { from: alias, to: alias + 12, text: "assertEquals" },
  ]);
  assert.equal(await page.locator(".cm-lint-marker-error").count(), 2);
  await page.locator(".cm-lintRange-error", { hasText: /^imp$/ }).hover();
  const hover = page.locator(".cm-tooltip .card");
  await hover.waitFor();
  assert.match(await hover.textContent(), /module imp was removed in Python 3\.12.*In cell 2, line 2, column 36 of its source\./);
  await screenshot(page, "notebook-finding");
  await page.mouse.move(0, 0);
  // No Fix on single findings in a notebook (their edits would be positions in the cells), and
  // the panel says why and what to use: Fix all, which fixes the cells and writes the JSON.
  assert.equal(await group.locator("button.fix-one").count(), 0);
  assert.match(await group.locator(".no-fix").textContent(), /No Fix on single findings in notebooks.*Fix all in this file/);
  assert.equal(await page.isVisible("#fix-file"), true);
  // Typing in the notebook's JSON checks it again, and the squiggles follow.
  await page.evaluate(() => {
    const view = window.pysunset.view();
    const at = view.state.doc.toString().indexOf("s = ");
    view.dispatch({ changes: { from: at, insert: "é = 1; " }, userEvent: "input.type" });
  });
  await page.waitForFunction((from) => window.pysunset.diagnostics()[0]?.from === from, imp + 7);
  assert.deepEqual((await page.evaluate(() => window.pysunset.diagnostics())).map((d) => d.text), ["imp", "assertEquals"]);
  // Fix all: a diff of the JSON, then a notebook that is still valid, with only the alias line changed.
  const before = await page.evaluate(() => window.pysunset.view().state.doc.toString());
  const checks = await page.evaluate(() => window.pysunset.checksDone());
  await page.click("#fix-file");
  await page.locator("#fix-dialog").waitFor();
  assert.deepEqual(await page.locator("#fix-diff .del").allTextContents(), [`-     "    def test(self): self.assertEquals(s, \\"\\u00e9😀\\")\\n"\n`]);
  // The changed line is written anew (JSON as serde_json writes it: `é` as it is); the others keep their escapes.
  assert.deepEqual(await page.locator("#fix-diff .add").allTextContents(), [`+     "    def test(self): self.assertEqual(s, \\"é😀\\")\\n"\n`]);
  await screenshot(page, "notebook-fix-diff");
  await page.click("#fix-apply");
  const after = await page.evaluate(() => window.pysunset.view().state.doc.toString());
  assert.equal(after, before.replace(String.raw`self.assertEquals(s, \"\u00e9😀\")`, String.raw`self.assertEqual(s, \"é😀\")`));
  assert.ok(after.includes(String.raw`"# Caf\u00e9 \"notes\": import asyncore"`));
  const cells = JSON.parse(after).cells.map((cell) => cell.source.join(""));
  assert.match(cells[1], /self\.assertEqual\(s, "é😀"\)\n$/);
  await page.waitForFunction((n) => window.pysunset.checksDone() > n && window.pysunset.diagnostics().length > 0, checks, { timeout: 10000 }).catch(() => {});
  assert.deepEqual(
    { diagnostics: (await page.evaluate(() => window.pysunset.diagnostics())).map((d) => d.text), findings: (await results())[path] },
    { diagnostics: ["imp"], findings: ["cell 2 2:43 imp error"] },
  );
  await page.click("#back-to-scratch");
});

test("a zip bomb, a zip that lies about its sizes, a tar bomb and a 200 MB archive are refused with a clear message, quickly", async () => {
  // 300 MB of zeros deflate to about 300 KB; the tar holds 270 MB of zeros.
  execFileSync("python3", [
    "-c",
    `import zipfile, tarfile, io
with zipfile.ZipFile(${JSON.stringify(join(work, "bomb.zip"))}, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("bomb.py", "w", force_zip64=False) as f:
        for _ in range(300):
            f.write(bytes(1 << 20))
class Zeros(io.RawIOBase):
    def __init__(self, n): self.n = n
    def readable(self): return True
    def readinto(self, b):
        k = min(len(b), self.n); b[:k] = bytes(k); self.n -= k; return k
# A zip whose directory says its entry is 100 bytes, while it inflates to 20 MB.
with zipfile.ZipFile(${JSON.stringify(join(work, "liar.zip"))}, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("liar.py", b"#" * (20 << 20))
data = bytearray(open(${JSON.stringify(join(work, "liar.zip"))}, "rb").read())
cd = data.rfind(b"PK\\x01\\x02")
data[cd + 24:cd + 28] = (100).to_bytes(4, "little")
lh = data.find(b"PK\\x03\\x04")
data[lh + 22:lh + 26] = (100).to_bytes(4, "little")
open(${JSON.stringify(join(work, "liar.zip"))}, "wb").write(data)
with tarfile.open(${JSON.stringify(join(work, "bomb.tar.gz"))}, "w:gz", compresslevel=1) as t:
    info = tarfile.TarInfo("bomb/zeros.bin"); info.size = 270 << 20
    t.addfile(info, io.BufferedReader(Zeros(info.size)))
`,
  ]);
  execFileSync("truncate", ["-s", "200M", join(work, "huge.tar.gz")]);
  const count = await batches();
  const started = Date.now();
  await page.setInputFiles("#open-files", ["bomb.zip", "liar.zip", "bomb.tar.gz", "huge.tar.gz"].map((name) => join(work, name)));
  await waitBatch(count);
  const seconds = (Date.now() - started) / 1000;
  const reasons = await skipped();
  assert.match(reasons["bomb.zip"], /expand to 300 MB, more than the 256 MB limit \(a zip bomb\?\): nothing was extracted/);
  assert.match(reasons["liar.zip"], /liar\.py expands to more than its declared size \(a zip bomb\?\): the archive was refused/);
  assert.match(reasons["bomb.tar.gz"], /expands to more than 256 MB \(a tar bomb\?\)/);
  assert.match(reasons["huge.tar.gz"], /the archive is 200 MB, more than the 100 MB the playground opens/);
  // The page answered all along.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  console.log(`# bombs and the 200 MB archive refused in ${seconds.toFixed(1)} s`);
});

test("a big folder shows progress with counts, and cancel leaves the previous results", async () => {
  const big = join(work, "big");
  for (let i = 0; i < 2000; i++) write(join(big, `m${String(i).padStart(4, "0")}.py`), `import os\nimport imp\n${"x = 1\n".repeat(200)}`);
  const before = await results();
  await page.setInputFiles("#open-folder", big);
  await page.waitForFunction(() => /^Checking [1-9][\d,]* of 2,000 files/.test(document.querySelector("#batch-label").textContent), null, { timeout: 60000 });
  assert.equal(await page.isVisible("#batch-progress"), true);
  await screenshot(page, "progress");
  await page.click("#batch-cancel");
  await page.waitForFunction(() => document.querySelector("#batch-summary").textContent.startsWith("Cancelled"));
  assert.equal(await page.isVisible("#batch"), false);
  assert.deepEqual(await results(), before);
  // The pool comes back for the next drop, which runs to the end; the page keeps answering:
  // no task of its main thread computes for long. Measured in the thread's CPU time (Chromium's
  // trace): wall-clock gaps also count the time a loaded machine leaves the thread waiting for
  // a core (375 to 3,300 ms here at load 20, for the same work).
  const count = await batches();
  const tasks = await mainThreadTasks(page, async () => {
    await page.setInputFiles("#open-folder", big);
    await waitBatch(count);
  });
  const found = await results();
  assert.equal(Object.keys(found).length, 2000);
  assert.ok(Object.values(found).every((list) => list.length === 1 && list[0] === "2:8 imp error"));
  assert.match(await page.textContent("#batch-summary"), /^Checked 2,000 files at target 3\.12: 2,000 findings in 2,000 files; 0 not checked\. \([\d.]+ s\)$/);
  const [longest] = tasks;
  console.log(
    `# ${await page.textContent("#batch-summary")}; the main thread's longest task meanwhile: ${longest.cpu.toFixed(0)} ms of CPU ` +
      `(${longest.wall.toFixed(0)} ms of wall-clock time; ${tasks.length} tasks, ${tasks.filter((t) => t.cpu > 50).length} over 50 ms of CPU)`,
  );
  assert.ok(tasks.length > 100, `only ${tasks.length} main-thread tasks were traced`);
  assert.ok(longest.cpu < 1000, `a task of the page computed for ${longest.cpu} ms`);
});

test("download fixed files: a diff of every file that changes, then a zip of the fixed files", async () => {
  const folder = join(work, "fixable");
  const test = (name) => `import unittest\n\n\nclass ${name}(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n`;
  write(join(folder, "test_a.py"), test("A"));
  write(join(folder, "sub", "test_b.py"), test("B"));
  write(join(folder, "clean.py"), "import os\n");
  const count = await batches();
  await page.setInputFiles("#open-folder", folder);
  await waitBatch(count);
  await page.click("#fix-download");
  await page.locator("#fix-dialog").waitFor();
  assert.deepEqual((await page.locator("#fix-diff h3.path").allTextContents()).sort(), ["fixable/sub/test_b.py", "fixable/test_a.py"]);
  assert.equal(await page.locator("#fix-diff .add").count(), 2);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#fix-apply")]);
  assert.equal(download.suggestedFilename(), "pysunset-fixed.zip");
  const listing = execFileSync(
    "python3",
    ["-c", "import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({i.filename: z.read(i).decode() for i in z.infolist()}))", await download.path()],
    { encoding: "utf8" },
  );
  const fixed = (name) => test(name).replace("assertEquals(", "assertEqual(");
  assert.deepEqual(JSON.parse(listing), { "fixable/sub/test_b.py": fixed("B"), "fixable/test_a.py": fixed("A") });
});

test("archive entries named with .. or an absolute path are refused on the way in, never in the fixed zip (issue 16)", async () => {
  const folder = join(work, "evil");
  mkdirSync(folder, { recursive: true });
  execFileSync("python3", ["-c", `
import io, tarfile, zipfile
body = b"import unittest\\n\\n\\nclass A(unittest.TestCase):\\n    def test(self):\\n        self.assertEquals(1, 1)\\n"
with zipfile.ZipFile("evil.zip", "w") as z:
    for name in ["ok/test_a.py", "../../escape.py", "/abs/path.py"]:
        z.writestr(name, body)
with tarfile.open("evil.tar.gz", "w:gz") as t:
    for name in ["ok/test_b.py", "pkg/../../../up.py"]:
        info = tarfile.TarInfo(name); info.size = len(body); t.addfile(info, io.BytesIO(body))
`], { cwd: folder });
  const count = await batches();
  await page.setInputFiles("#open-files", [join(folder, "evil.zip"), join(folder, "evil.tar.gz")]);
  await waitBatch(count);
  assert.deepEqual(Object.keys(await results()).sort(), ["evil.tar.gz/ok/test_b.py", "evil.zip/ok/test_a.py"]);
  const reasons = await skipped();
  for (const name of ["evil.zip/../../escape.py", "evil.zip//abs/path.py", "evil.tar.gz/pkg/../../../up.py"]) {
    assert.match(reasons[name] ?? "", /^refused: the name has .*outside the folder it is extracted to/, name);
  }
  await page.click("#fix-download");
  await page.locator("#fix-dialog").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#fix-apply")]);
  const names = JSON.parse(
    execFileSync("python3", ["-c", "import sys, zipfile, json; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))", await download.path()], { encoding: "utf8" }),
  );
  assert.deepEqual(names.sort(), ["evil.tar.gz/ok/test_b.py", "evil.zip/ok/test_a.py"]);
});

test("every fixture, checked by the page's worker pool, reports what it expects and what the CLI reports", async () => {
  const byTarget = new Map();
  for (const name of fixtureFiles()) {
    const target = targetOf(readFixture(name));
    byTarget.set(target, [...(byTarget.get(target) ?? []), name]);
  }
  const native = join(root, "target", "release", "pysunset");
  let compared = 0;
  for (const [target, names] of byTarget) {
    const folder = join(work, `fixtures-${target}`);
    for (const name of names) cpSync(join(fixtureDir, name), join(folder, name));
    const checks = await page.evaluate(() => window.pysunset.checksDone());
    await page.selectOption("#target", target);
    await page.waitForFunction((n) => window.pysunset.checksDone() > n, checks);
    // The change of target checks the previous drop again: let it end first.
    await page.waitForFunction(() => !window.pysunset.state.batch);
    const count = await batches();
    await page.setInputFiles("#open-folder", folder);
    await waitBatch(count);
    const files = await page.evaluate(() => Object.fromEntries([...window.pysunset.state.files].map(([path, file]) => [path, file.findings])));
    for (const name of names) {
      const findings = files[`fixtures-${target}/${name}`];
      assert.ok(findings, `${name} was not checked`);
      const expected = expectations(readFixture(name));
      assert.deepEqual(asExpected(findings, expected), expected, `${name} at ${target}`);
    }
    // The page's JSON export is byte for byte what the native CLI prints.
    await page.selectOption("#export-format", "json");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-download")]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8")).filter((f) => f.path !== "untitled.py");
    if (existsSync(native)) {
      const run = spawnSync(native, ["--format", "json", "--target", target, `fixtures-${target}`], { cwd: work, encoding: "utf8", maxBuffer: 1 << 26 });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const sortKey = (f) => `${f.path} ${String(f.range.start.offset).padStart(8, "0")} ${f.code} ${f.symbol}`;
      const sorted = (list) => [...list].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
      assert.deepEqual(sorted(exported), sorted(JSON.parse(run.stdout)), `page and CLI differ at ${target}`);
    }
    compared += exported.length;
  }
  assert.ok(compared > 50, `compared ${compared} findings`);
  console.log(`# ${compared} fixture findings identical in the page and ${existsSync(native) ? "the native CLI" : "(no native CLI built)"}`);
  await page.selectOption("#target", "3.12");
});

test("no request left 127.0.0.1 and nothing failed", () => {
  assert.deepEqual(browser.requests.filter((url) => !url.startsWith(browser.url) && !/^(blob|data):/.test(url)), []);
  assert.deepEqual(browser.errors, []);
});
