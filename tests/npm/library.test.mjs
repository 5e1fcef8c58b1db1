// The npm package's library as built in dist/ (scripts/build-npm.sh): Node ESM and CommonJS,
// checkFile's decoding, checkFiles' pool (order, progress, cancellation, crashed workers), and
// the translation of WebAssembly traps into readable errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./helpers.mjs";

const dist = join(repoRoot, "dist");
if (!existsSync(join(dist, "node.cjs"))) throw new Error("dist/ is missing: run scripts/build-npm.sh first");
const esm = await import(join(dist, "node.js"));
const cjs = createRequire(import.meta.url)(join(dist, "node.cjs"));
const { createApi } = await import(join(dist, "core.js"));
const { runPool } = await import(join(dist, "pool.js"));
const { answerFileTask, fileTasks } = await import(join(dist, "run.js"));
const { spawnHere } = await import(join(dist, "here.js"));
const { RunOutput } = await import(join(dist, "wasm", "pysunset.js"));

const LEGACY = "import imp\nimport asyncore\n\nclass T:\n    def f(self):\n        self.assertEquals(1, 1)\n";

test("require() works synchronously and agrees with import", () => {
  const viaRequire = cjs.check(LEGACY, { target: "3.13" });
  assert.equal(viaRequire.length, 3);
  assert.deepEqual(esm.check(LEGACY, { target: "3.13" }), viaRequire);
  assert.equal(cjs.version, esm.version);
  assert.match(esm.version, /^\d+\.\d+\.\d+/);
  assert.equal(typeof cjs.init, "function");
});

test("fix() applies the core's fixes, from import and require", () => {
  const source = "import unittest\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n";
  for (const api of [esm, cjs]) {
    const { output, applied, remaining } = api.fix(source);
    assert.match(output, /self\.assertEqual\(1, 1\)/);
    assert.equal(applied.length, 1);
    assert.equal(applied[0].symbol, "unittest.TestCase.assertEquals");
    assert.deepEqual(remaining, []);
  }
  assert.ok(esm.check(source)[0].fix.edits.length > 0, "findings carry their fix");
  assert.throws(() => esm.fix(source, { unsafe: true }), /unknown option `unsafe`/);
});

test("init() is harmless in Node", async () => {
  await esm.init();
  await cjs.init();
  assert.equal(esm.check("import imp\n").length, 1);
});

test("invalid options and arguments throw errors that name them", () => {
  assert.throws(() => esm.check("x", { target: "2.7" }), /invalid target version `2\.7`: expected one of 3\.12/);
  assert.throws(() => esm.check("x", { bogus: true }), /unknown option `bogus`/);
  assert.throws(() => esm.check(42), { name: "TypeError", message: /`source` must be a string, not number/ });
  assert.throws(() => esm.checkFile("a.py", 42), { name: "TypeError", message: /must be a string or a Uint8Array/ });
  assert.throws(() => esm.checkFile("a.py", "import imp\n", { target: "3.11" }), /invalid target version `3\.11`/);
});

test("checkFile decodes bytes as Python does, and says what is wrong with bad input", () => {
  const latin1 = Buffer.from("# -*- coding: latin-1 -*-\nimport imp  # caf\xe9\n", "latin1");
  const decoded = esm.checkFile("latin.py", new Uint8Array(latin1), { includeSource: true });
  assert.equal(decoded.problem, undefined);
  assert.equal(decoded.findings.length, 1);
  assert.match(decoded.source, /café/);

  const binary = esm.checkFile("a.py", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
  assert.deepEqual(binary, { path: "a.py", findings: [], problem: "skipped: binary file (contains NUL bytes)" });

  const invalid = esm.checkFile("b.py", new Uint8Array(Buffer.from("import imp\nx = '\xff'\n", "latin1")));
  assert.equal(invalid.findings.length, 1, "checked with the bad byte replaced");
  assert.match(invalid.problem, /^not valid UTF-8 \(first bad byte at offset 16;/);

  const unknown = esm.checkFile("c.py", new Uint8Array(Buffer.from("# coding: klingon\nimport imp\n")));
  assert.match(unknown.problem, /^skipped: unknown encoding `klingon`/);

  const cp1252 = esm.checkFile("d.py", new Uint8Array(Buffer.from("# coding: cp1252\nx = '\x80'\n", "latin1")), {
    includeSource: true,
  });
  assert.equal(cp1252.problem, undefined);
});

function files(count) {
  return Array.from({ length: count }, (_, index) => ({
    path: `f${index}.py`,
    text: index % 3 === 0 ? "import os\n" : `import imp\n${"x = 1\n".repeat(index)}import asynchat\n`,
  }));
}

test("checkFiles returns what check returns, in input order, with 1 and several workers", async () => {
  const input = files(40);
  const expected = input.map(({ path, text }) => ({ path, findings: esm.check(text) }));
  for (const concurrency of [1, 3]) {
    assert.deepEqual(await esm.checkFiles(input, { concurrency }), expected, `concurrency ${concurrency}`);
  }
  assert.deepEqual(await cjs.checkFiles(input, { concurrency: 2 }), expected, "CommonJS");
});

test("checkFiles follows a compat module among its files, as a directory run does; project: false checks each alone", async () => {
  const compat = "try:\n    import configparser\nexcept ImportError:\n    import ConfigParser as configparser\n\ntry:\n    import crypt\n    HAS_CRYPT = True\nexcept ImportError:\n    HAS_CRYPT = False\n";
  const project = [
    { path: "pkg/__init__.py", text: "" },
    { path: "pkg/compat.py", text: compat },
    // Bytes, decoded once by the index (a coding cookie and a byte of latin-1 in a comment).
    { path: "pkg/use.py", text: Buffer.from("# -*- coding: latin-1 -*-\n# caf\xe9\nfrom .compat import configparser\n\nparser = configparser.SafeConfigParser()\n", "latin1") },
    { path: "pkg/star.py", text: "from ._missing import x\nfrom .compat import *\n\nif HAS_CRYPT:\n    import crypt\nparser = configparser.SafeConfigParser()\n" },
    { path: "notes.ipynb", text: "not a notebook" },
  ];
  const symbols = (results) => results.map(({ path, findings }) => [path, findings.map(({ symbol, severity }) => `${symbol} ${severity}`)]);
  const expected = [
    ["pkg/__init__.py", []],
    ["pkg/compat.py", ["crypt info"]],
    ["pkg/use.py", ["configparser.SafeConfigParser error"]],
    ["pkg/star.py", ["crypt info", "configparser.SafeConfigParser error"]],
    ["notes.ipynb", []],
  ];
  const options = { target: "3.14", includeSource: true };
  for (const concurrency of [1, 2]) {
    const results = await esm.checkFiles(project, { ...options, concurrency });
    assert.deepEqual(symbols(results), expected, `concurrency ${concurrency}`);
    assert.equal(results[2].source, "# -*- coding: latin-1 -*-\n# caf\xe9\nfrom .compat import configparser\n\nparser = configparser.SafeConfigParser()\n");
    assert.match(results[4].problem ?? "", /^skipped: /, "a notebook that is not JSON");
  }
  assert.deepEqual(symbols(await cjs.checkFiles(project, options)), expected, "CommonJS");
  async function* streamed() {
    yield* project;
  }
  assert.deepEqual(symbols(await esm.checkFiles(streamed(), options)), expected, "an async iterable");
  // Each file alone, as checkFile checks it: nothing is known of `.compat`.
  const alone = await esm.checkFiles(project, { ...options, project: false });
  assert.deepEqual(alone, project.map(({ path, text }) => esm.checkFile(path, text, options)));
  assert.deepEqual(symbols(alone)[2], ["pkg/use.py", []]);
  await assert.rejects(esm.checkFiles([...project, { path: "b.py" }]), /checkFiles: file 5: `text` of b\.py must be a string or a Uint8Array/);
});

test("checkFiles reports progress and takes async iterables of bytes", async () => {
  const seen = [];
  async function* generate() {
    for (const file of files(10)) yield { path: file.path, text: new TextEncoder().encode(file.text) };
  }
  const results = await esm.checkFiles(generate(), { onProgress: (progress) => seen.push(progress) });
  assert.equal(results.length, 10);
  assert.deepEqual(
    seen.map((progress) => progress.done),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  // The files are all taken in first (for the project index): their number is known.
  assert.ok(seen.every((progress) => progress.total === 10));
  const streamed = [];
  await esm.checkFiles(generate(), { project: false, onProgress: (progress) => streamed.push(progress) });
  assert.ok(streamed.length === 10 && streamed.every((progress) => progress.total === null), "checked as they come");
  const counted = [];
  await esm.checkFiles(files(4), { onProgress: ({ total }) => counted.push(total) });
  assert.deepEqual(counted, [4, 4, 4, 4]);
});

test("checkFiles rejects bad options and bad files with messages", async () => {
  await assert.rejects(esm.checkFiles(files(2), { target: "3.9" }), /invalid target version `3\.9`/);
  await assert.rejects(esm.checkFiles(files(2), { concurrency: 0 }), /`concurrency` must be a whole number/);
  await assert.rejects(esm.checkFiles([{ path: "a.py" }]), /`text` of a\.py must be a string or a Uint8Array/);
});

function workerCount() {
  return process.getActiveResourcesInfo().filter((name) => name === "MessagePort").length;
}

test("an AbortSignal stops checkFiles with an AbortError and stops its workers", async () => {
  const before = workerCount();
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(esm.checkFiles(files(3), { signal: aborted.signal }), { name: "AbortError" });

  const controller = new AbortController();
  const many = Array.from({ length: 2000 }, (_, index) => ({ path: `m${index}.py`, text: "import imp\n".repeat(50) }));
  let last = 0;
  let busiest = 0;
  const run = esm.checkFiles(many, {
    concurrency: 2,
    signal: controller.signal,
    onProgress: ({ done }) => {
      last = done;
      busiest = Math.max(busiest, workerCount());
      if (done === 20) controller.abort();
    },
  });
  await assert.rejects(run, { name: "AbortError" });
  assert.ok(last < many.length, `stopped after ${last} files`);
  assert.equal(busiest, before + 2, "two workers ran");
  for (let wait = 0; wait < 50 && workerCount() > before; wait += 1) await new Promise((r) => setTimeout(r, 20));
  assert.equal(workerCount(), before, "the workers are gone");

  // The pool is not left in a bad state: the next run works.
  assert.equal((await esm.checkFiles(files(5), { concurrency: 2 })).length, 5);
});

test("a WebAssembly trap becomes an Error that says what happened, and the instance refuses further calls", () => {
  const bindings = {
    check: (source) => {
      if (source === "boom") throw new WebAssembly.RuntimeError("unreachable");
      return [];
    },
    catalogue: () => [],
    version: () => "0.0.0",
  };
  const api = createApi(bindings);
  assert.deepEqual(api.check("fine"), []);
  assert.throws(() => api.check("boom"), (error) => {
    assert.match(error.message, /^pysunset: internal error while checking the source \(unreachable\)\. This is a bug/);
    assert.ok(error.cause instanceof WebAssembly.RuntimeError);
    return true;
  });
  assert.ok(api.isBroken());
  assert.throws(() => api.check("fine"), /the WebAssembly instance stopped after an internal error \(unreachable\)/);
  const browserLike = createApi(bindings, { ready: () => false });
  assert.throws(() => browserLike.check("x"), /call `await init\(\)` before `check\(\)`/);
});

test("the pool replaces a worker whose instance trapped, and the other files are still checked", async () => {
  let spawned = 0;
  const spawn = () => {
    spawned += 1;
    let onAnswer;
    return {
      post: (task) =>
        queueMicrotask(() =>
          onAnswer(
            task.path === "crash.py"
              ? { id: task.id, crashed: "pysunset: internal error while checking crash.py (unreachable)" }
              : { id: task.id, result: { path: task.path, findings: [] } },
          ),
        ),
      listen: (answer) => (onAnswer = answer),
      terminate: () => {},
    };
  };
  const paths = ["a.py", "crash.py", "b.py", "c.py", "d.py"];
  const results = await runPool(
    paths.map((path) => ({ path, text: "" })),
    { options: {}, concurrency: 1, spawn },
  );
  assert.deepEqual(
    results.map((result) => result.path),
    paths,
  );
  assert.match(results[1].problem, /internal error while checking crash\.py/);
  assert.equal(spawned, 2, "one replacement worker");
});

test("the pool sends what a task kind says, transfers its buffers, records its crashed items and can start every worker first", async () => {
  const events = [];
  let spawned = 0;
  const spawn = () => {
    const worker = ++spawned;
    events.push(`spawn ${worker}`);
    let onAnswer;
    return {
      post: (message, transfer) => {
        events.push(`post ${message.name} to ${worker}${transfer ? ` with ${transfer.length}` : ""}`);
        queueMicrotask(() =>
          onAnswer(message.name === "boom" ? { id: message.id, crashed: "trapped" } : { id: message.id, result: `${message.name}!` }),
        );
      },
      listen: (answer) => (onAnswer = answer),
      terminate: () => {},
    };
  };
  const kind = {
    message: (item, options, id) => ({ message: { id, name: item.name, options }, transfer: [new ArrayBuffer(1)] }),
    crashed: (item, problem) => `${item.name}: ${problem}`,
  };
  function* items() {
    events.push("walk");
    yield* [{ name: "a" }, { name: "boom" }, { name: "b" }];
  }
  const results = await runPool(items(), { options: { x: 1 }, concurrency: 2, spawn, kind, eager: true });
  assert.deepEqual(results, ["a!", "boom: skipped: trapped", "b!"]);
  assert.deepEqual(events.slice(0, 3), ["spawn 1", "spawn 2", "walk"], "both workers start before the first item is read");
  assert.ok(events.includes("post a to 1 with 1"), events.join("\n"));
});

test("a worker holds at most `tasksPerWorker` tasks at once (9 unless the run says otherwise)", async () => {
  for (const [tasksPerWorker, held] of [[undefined, 9], [32, 32]]) {
    /** @type {object[]} */
    const pending = [];
    let most = 0;
    let onAnswer;
    const spawn = () => ({
      post: (message) => {
        pending.push(message);
        most = Math.max(most, pending.length);
      },
      listen: (answer) => (onAnswer = answer),
      terminate: () => {},
    });
    const files = Array.from({ length: 100 }, (_, index) => ({ path: `${index}.py`, text: "" }));
    const run = runPool(files, { options: {}, concurrency: 1, spawn, tasksPerWorker });
    // Answer the oldest task a turn at a time, so the pool refills between answers.
    for (let turn = 0; turn < 1000; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      const task = pending.shift();
      if (task === undefined) break;
      onAnswer({ id: task.id, result: { path: task.path, findings: [] } });
    }
    const results = await run;
    assert.equal(results.length, 100);
    assert.equal(most, held, `tasksPerWorker ${tasksPerWorker}`);
  }
});

test("the CLI's checker on the main thread answers file tasks as a worker does, in order, after they are posted", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "pysunset-here-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const files = { "a.py": "import imp\nimport asyncore\n", "b.py": "x = 1\n", "g.py": `import imp\n${"imp.reload(x)\n".repeat(3000)}` };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const settings = { options: { target: "3.13" }, render: { format: "json", target: "3.13" } };
  const tasks = Object.keys(files).map((name, id) => ({ id, kind: "file", item: { path: join(root, name), file: join(root, name), key: "json" }, settings }));
  const here = spawnHere();
  /** @type {object[]} */
  const answers = [];
  here.listen(
    (answer) => answers.push(answer),
    (error) => assert.fail(error),
  );
  for (const task of tasks) here.post(task);
  assert.equal(answers.length, 0, "nothing is answered while the tasks are posted");
  for (let wait = 0; wait < 200 && answers.filter((answer) => answer.result !== undefined).length < tasks.length; wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // What a worker thread posts for the same tasks (run.js over its thread's instance).
  const expected = [];
  for (const task of tasks) {
    const { answer } = answerFileTask(task, (message) => expected.push(message));
    expected.push(answer);
  }
  assert.ok(expected.some((message) => message.chunk !== undefined), "g.py's body comes in chunks");
  assert.deepEqual(answers, expected);
  // Stopped, it answers nothing more.
  here.terminate();
  here.post(tasks[0]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(answers.length, expected.length);
});

test("a CLI worker's answer is the file's part, transferred, a large body in chunks first; written in order between RunOutput's bytes, they are what render() prints", async (t) => {
  const root = mkdtempSync(join(tmpdir(), "pysunset-parts-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const files = {
    "a.py": "import imp\nimport asyncore\n",
    "b.py": "x = 1\n",
    "c.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: ["import imp\n"] }] }),
    "d.py": "import imp  # \xff\n",
    // 3,000 findings: a body of 0.7 to 4 MB, rendered in chunks of about 256 KiB.
    "g.py": `import imp\n${"imp.reload(x)\n".repeat(3000)}`,
    "f.py": "# coding: latin-1\nimport imp  # \xe9\n",
    "e.py": "\x00binary",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), Buffer.from(text, "latin1"));
  const options = { target: "3.13" };
  for (const format of ["text", "json", "sarif", "github", "junit"]) {
    const render = { format, target: "3.13" };
    const output = new RunOutput(render);
    const reports = [];
    /** The files' bytes, in order: what the CLI writes (js/cli.js, Parts). */
    const written = [];
    for (const [index, name] of Object.keys(files).entries()) {
      const path = join(root, name);
      // Names arrive in a worker as strings or as bytes (names that are not UTF-8).
      const file = index % 2 === 0 ? path : new Uint8Array(Buffer.from(path));
      const chunks = [];
      const post = (message, transfer) => {
        assert.equal(message.id, index);
        assert.deepEqual(transfer, [message.chunk.buffer], "a chunk is transferred");
        chunks.push(message.chunk);
      };
      const { answer, transfer } = answerFileTask({ id: index, item: { path, file, key: format }, settings: { options, render } }, post);
      assert.equal(answer.id, index);
      assert.ok(answer.result instanceof Uint8Array);
      assert.deepEqual(transfer, [answer.result.buffer], "the part is transferred");
      if (name === "g.py") {
        assert.ok(chunks.length >= 2, `${format}: the large body comes in chunks (${chunks.length})`);
        for (const chunk of chunks) assert.ok(chunk.length >= 256 * 1024 && chunk.length < 260 * 1024, `${format}: a chunk of ${chunk.length} bytes`);
      } else {
        assert.equal(chunks.length, 0, `${name}: a small part comes whole`);
      }
      if (chunks.length > 0) written.push(output.separator(), ...chunks);
      written.push(output.add(answer.result, chunks.length > 0));
      const result = esm.checkFile(path, new Uint8Array(readFileSync(path)), { ...options, includeSource: true });
      const report = { path, findings: result.findings, source: result.source };
      if (result.problem?.startsWith("skipped:")) report.problem = result.problem;
      reports.push(report);
    }
    const opening = output.holds ? output.heldOpening() : output.opening();
    assert.equal(output.holds, format === "sarif" || format === "junit");
    const text = Buffer.concat([opening, ...written, output.closing()]).toString("utf8");
    assert.equal(text, esm.render(reports, render), format);
    assert.equal(output.hasErrors, true);
    assert.equal(output.nothingChecked, false);
    assert.match(output.notes(), /d\.py: not valid UTF-8 .*\n.*e\.py: skipped: binary file \(contains NUL bytes\)\n$/s);
  }
  // A file whose worker trapped: skipped, with the message.
  const render = { format: "text" };
  const crashed = fileTasks(new Map([["k", { options, render }]])).crashed({ path: "x.py", file: "x.py", key: "k" }, "skipped: it trapped");
  const output = new RunOutput(render);
  assert.equal(output.add(crashed, false).length, 0, "no lines for a skipped file in text");
  assert.equal(output.notes(), "x.py: skipped: it trapped\n");
  assert.equal(output.nothingChecked, true);
  assert.equal(Buffer.from(output.closing()).toString("utf8"), "No findings in 0 files (target Python 3.12).\n");
  assert.throws(() => output.add(new Uint8Array([1, 2, 3]), false), /not a file's part/);
});

test("fix() refuses a string with a lone surrogate instead of changing text outside its edits", () => {
  const source = "import unittest\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals('\ud800', 'x')\n";
  for (const api of [esm, cjs]) {
    assert.throws(() => api.fix(source), /lone UTF-16 surrogate \(code unit 92, U\+D800\)/);
    assert.throws(() => api.fix(source.replace("unittest\n\n", "unittest\n\n# \udfff\n")), /code unit 19, U\+DFFF/);
  }
  // Surrogate pairs are text: kept as they are.
  const emoji = source.replace("\ud800", "\ud83d\ude00");
  const { output } = esm.fix(emoji);
  assert.equal(output, emoji.replace("assertEquals", "assertEqual"));
});

test("the walk's rules and decoding for the playground: isCheckablePath, skippedFolder, skippedFolderReason, decodeSource", () => {
  for (const api of [esm, cjs]) {
    assert.equal(api.isCheckablePath("pkg/mod.py"), true);
    assert.equal(api.isCheckablePath(".github/workflows/ci.yml"), true);
    assert.equal(api.isCheckablePath("README.md"), false);
    assert.equal(api.skippedFolderReason("__pycache__"), "a cache of compiled files");
    assert.equal(api.skippedFolderReason(".venv"), "a hidden folder");
    assert.equal(api.skippedFolderReason(".github"), null);
    assert.equal(api.skippedFolderReason("src"), null);
    assert.deepEqual(api.skippedFolder("drop/venv/lib/x.py"), { folder: "drop/venv", reason: "a virtual environment or installed packages" });
    assert.equal(api.skippedFolder("drop/.github/workflows/ci.yml"), null);
    assert.deepEqual(api.decodeSource(new Uint8Array(Buffer.from("# coding: shift_jis\nx = '\x93\xfa'\n", "latin1"))), {
      text: "# coding: shift_jis\nx = '\u65e5'\n",
      problem: null,
      repaired: false,
    });
    assert.throws(() => api.decodeSource("text"), /`bytes` must be a Uint8Array/);
  }
});

test("the CLI's workers started before the module is compiled check files once spawn() hands them the module", async (t) => {
  const { startWorkersEarly, takeEarlyWorker, stopEarlyWorkers } = await import(join(dist, "early.js"));
  const { spawn, wasmModule } = await import(join(dist, "threads.js"));
  const root = mkdtempSync(join(tmpdir(), "pysunset-early-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, "a.py"), "import imp\nimport asyncore\n");
  /** Whether a started worker waits (stopped if so, so that a failing test leaves no thread behind). */
  const waits = async () => {
    const worker = takeEarlyWorker(wasmModule);
    await worker?.terminate();
    return worker !== null;
  };
  // Only for a run that names a directory, and does not fix.
  startWorkersEarly([join(root, "a.py")], 2);
  startWorkersEarly(["--fix", root], 2);
  startWorkersEarly(["--diff", root], 2);
  assert.equal(await waits(), false, "no worker for a file, --fix or --diff");
  // Four cores: four workers (the main thread checks only on two cores or fewer), stopped when not taken.
  startWorkersEarly([root], 4);
  stopEarlyWorkers();
  assert.equal(await waits(), false, "stopped");
  // Two cores: one worker (the main thread is the other checking thread), which spawn() takes.
  startWorkersEarly(["--format", "json", root], 2);
  const handle = spawn();
  t.after(() => handle.terminate());
  assert.equal(await waits(), false, "spawn() took the one worker started");
  const settings = { options: { target: "3.13" }, render: { format: "json", target: "3.13" } };
  const task = { id: 0, kind: "file", item: { path: join(root, "a.py"), file: join(root, "a.py"), key: "json" }, settings };
  const answer = await new Promise((resolve, reject) => {
    handle.listen(resolve, reject);
    handle.post(task);
  });
  assert.deepEqual(answer, answerFileTask(task, () => assert.fail("no chunks")).answer);
});
