// The playground's pure modules in Node (which has the same Blob, DecompressionStream and
// CompressionStream as the browser): tar formats (ustar prefix, PAX and GNU long names), zip
// (deflated and stored, the page's own zip writer), the limits, diffs, share links and reports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readArchive, writeZip, LIMITS, ArchiveRefused } from "../../www/src/archive.js";
import { diffLines, hunks } from "../../www/src/diff.js";
import { encodeState, decodeState } from "../../www/src/share.js";
import { toMarkdown } from "../../www/src/export.js";

async function entries(blob, kind, wanted = (path) => path.endsWith(".py")) {
  const out = [];
  await readArchive(blob, kind, {
    wanted,
    onEntry: ({ path, bytes, skipped }) => out.push(bytes ? [path, new TextDecoder().decode(bytes)] : [path, { skipped }]),
  });
  return out;
}

function python(script) {
  const dir = mkdtempSync(join(tmpdir(), "pysunset-units-"));
  try {
    execFileSync("python3", ["-c", script], { cwd: dir });
    return (name) => new Blob([readFileSync(join(dir, name))]);
  } finally {
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
}

test("tar: ustar prefixes, PAX and GNU long names, links, folders and non-Python files", async () => {
  const long = "d/".repeat(70) + "deep.py";
  const file = python(`
import io, tarfile
def add(t, name, data=b"", kind=tarfile.REGTYPE, link=""):
    info = tarfile.TarInfo(name); info.type = kind; info.size = len(data); info.linkname = link
    t.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
for fmt, name in [(tarfile.PAX_FORMAT, "pax.tar.gz"), (tarfile.GNU_FORMAT, "gnu.tar.gz"), (tarfile.USTAR_FORMAT, "ustar.tar.gz")]:
    with tarfile.open(name, "w:gz", format=fmt) as t:
        add(t, "pkg/", kind=tarfile.DIRTYPE)
        add(t, "pkg/a.py", b"import imp\\n")
        add(t, "pkg/README", b"text\\n")
        add(t, "pkg/link.py", kind=tarfile.SYMTYPE, link="a.py")
        if fmt != tarfile.USTAR_FORMAT:
            add(t, ${JSON.stringify(long)}, b"import asyncore\\n")
        else:
            add(t, "p" * 90 + "/" + "q" * 60 + ".py", b"x = 1\\n")
`);
  for (const name of ["pax.tar.gz", "gnu.tar.gz"]) {
    assert.deepEqual(await entries(file(name), "tar.gz"), [
      ["pkg/a.py", "import imp\n"],
      ["pkg/README", { skipped: null }],
      ["pkg/link.py", { skipped: "a link, not a file" }],
      [long, "import asyncore\n"],
    ], name);
  }
  const ustar = await entries(file("ustar.tar.gz"), "tar.gz");
  assert.deepEqual(ustar[3], ["p".repeat(90) + "/" + "q".repeat(60) + ".py", "x = 1\n"]);
});

test("tar: a damaged or truncated archive is refused with a message", async () => {
  const file = python(`
import io, tarfile
with tarfile.open("ok.tar", "w") as t:
    info = tarfile.TarInfo("a.py"); data = b"import imp\\n" * 100; info.size = len(data)
    t.addfile(info, io.BytesIO(data))
data = open("ok.tar", "rb").read()
open("cut.tar", "wb").write(data[:700])
bad = bytearray(data); bad[148] = ord("9"); open("bad.tar", "wb").write(bytes(bad))
`);
  await assert.rejects(entries(file("cut.tar"), "tar"), (error) => error instanceof ArchiveRefused && /ends inside a\.py/.test(error.message));
  await assert.rejects(entries(file("bad.tar"), "tar"), /bad header checksum/);
  await assert.rejects(entries(new Blob([new Uint8Array(1000).fill(7)]), "tar.gz"), /could not be decompressed/);
});

test("zip: deflated and stored entries, folders left out, other methods and encryption skipped", async () => {
  const file = python(`
import zipfile
with zipfile.ZipFile("w.whl", "w") as z:
    z.writestr("pkg/", b"")
    z.writestr(zipfile.ZipInfo("pkg/stored.py"), b"import imp\\n", compress_type=zipfile.ZIP_STORED)
    z.writestr("pkg/deflated.py", b"import asyncore\\n" * 50, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("pkg/bz.py", b"x = 1\\n", compress_type=zipfile.ZIP_BZIP2)
    z.writestr("pkg-1.0.dist-info/METADATA", b"Name: pkg\\n")
`);
  assert.deepEqual(await entries(file("w.whl"), "zip"), [
    ["pkg/stored.py", "import imp\n"],
    ["pkg/deflated.py", "import asyncore\n".repeat(50)],
    ["pkg/bz.py", { skipped: "compressed with zip method 12, which is not supported" }],
    ["pkg-1.0.dist-info/METADATA", { skipped: null }],
  ]);
  await assert.rejects(entries(new Blob(["not a zip at all"]), "zip"), /not a zip archive/);
});

test("the page's zip writer makes archives the reader and Python's zipfile read back", async () => {
  const files = [
    { path: "pkg/a.py", text: "import importlib\n" },
    { path: "pkg/ünï.py", text: "x = 'é🐍'\n" },
  ];
  const blob = writeZip(files);
  assert.deepEqual(await entries(blob, "zip"), files.map((f) => [f.path, f.text]));
  const dir = mkdtempSync(join(tmpdir(), "pysunset-zip-"));
  try {
    const path = join(dir, "fixed.zip");
    execFileSync("python3", ["-c", "import sys, pathlib; pathlib.Path(sys.argv[1]).write_bytes(sys.stdin.buffer.read())", path], {
      input: Buffer.from(await blob.arrayBuffer()),
    });
    const listed = execFileSync("python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print([ (i.filename, z.read(i).decode()) for i in z.infolist()])", path], { encoding: "utf8" });
    assert.equal(listed.trim(), `[('pkg/a.py', 'import importlib\\n'), ('pkg/ünï.py', "x = 'é🐍'\\n")]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("limits: an archive larger than the limit is refused before it is read", async () => {
  const huge = { size: LIMITS.archiveBytes + 1, stream: () => assert.fail("read"), slice: () => assert.fail("read") };
  await assert.rejects(readArchive(huge, "zip", { wanted: () => true, onEntry: () => {} }), /more than the 100 MB the playground opens/);
  await assert.rejects(readArchive(new Blob([""]), "unsupported", { wanted: () => true, onEntry: () => {} }), /not supported: use \.zip/);
});

test("diffs: changed lines with three lines of context, in hunks", () => {
  const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
  const after = before.replace("line 3", "LINE 3").replace("line 17", "LINE 17");
  const parts = hunks(diffLines(before, after));
  assert.equal(parts.length, 2);
  assert.deepEqual(parts[0].lines.map((l) => l.kind + l.text), ["  line 1", "  line 2", "-line 3", "+LINE 3", "  line 4", "  line 5", "  line 6"].map((t) => t.replace(/^  /, " ")));
  assert.equal(parts[1].header, "@@ line 14 → 14 @@");
  assert.deepEqual(diffLines("a\nb", "a\nb"), [{ kind: " ", text: "a" }, { kind: " ", text: "b" }]);
});

test("share links round-trip the state and refuse damaged ones", async () => {
  const state = { code: "import imp  # ünïcode 🐍\n".repeat(200), target: "3.14", show: { error: true, warning: false, info: true }, unsafeFixes: false };
  const hash = await encodeState(state);
  assert.match(hash, /^#s=[A-Za-z0-9_-]+$/);
  assert.ok(hash.length < state.code.length / 4, `${hash.length} characters`);
  assert.deepEqual(await decodeState(hash), { v: 1, ...state });
  assert.equal(await decodeState("#docs/asyncore"), null);
  await assert.rejects(decodeState(hash.slice(0, 40)), /damaged/);
});

test("reports: the Markdown checklist escapes what is not code", () => {
  const finding = {
    code: "SUN001", rule: "removed-module", symbol: "imp", severity: "info", message: "module `imp` was removed <here>",
    replacement: "importlib_*", removedIn: "3.12", range: { start: { line: 2, column: 5 }, end: { line: 2, column: 8 } },
  };
  const markdown = toMarkdown([{ path: "a.py", findings: [finding] }], { target: "3.12", version: "0.1.0" });
  assert.match(markdown, /- \[ \] \*\*info\*\* SUN001 at line 2, column 5: module `imp` was removed \\<here\\>  \n  instead: importlib\\_\\*/);
});

test("archive names with `..` or an absolute path are refused on the way in, with a message (issue 16)", async () => {
  const file = python(`
import io, tarfile, zipfile
names = ["ok/a.py", "../evil.py", "pkg/../../up.py", "/etc/abs.py", "C:/win.py", "..\\\\back.py", "fine/..hidden.py"]
with zipfile.ZipFile("bad.zip", "w") as z:
    for name in names:
        z.writestr(zipfile.ZipInfo(name), b"import imp\\n")
with tarfile.open("bad.tar.gz", "w:gz", format=tarfile.PAX_FORMAT) as t:
    for name in names:
        info = tarfile.TarInfo(name); data = b"import imp\\n"; info.size = len(data)
        t.addfile(info, io.BytesIO(data))
`);
  for (const [name, kind] of [["bad.zip", "zip"], ["bad.tar.gz", "tar.gz"]]) {
    const got = await entries(file(name), kind);
    const taken = got.filter(([, value]) => typeof value === "string").map(([path]) => path);
    assert.deepEqual(taken, ["ok/a.py", "fine/..hidden.py"], name);
    const refused = got.filter(([, value]) => typeof value !== "string");
    // tar drops a leading "/" itself (Python's tarfile stores "etc/abs.py"); the zip keeps it.
    assert.ok(refused.length >= 4, `${name}: ${JSON.stringify(refused)}`);
    for (const [path, value] of refused) {
      assert.match(value.skipped, /refused: the name .*outside the folder it is extracted to/, `${name}: ${path}`);
    }
  }
});

test("the zip of fixed files never holds a name with `..` or an absolute path (issue 16)", () => {
  for (const path of ["../evil.py", "a/../../b.py", "/abs.py", "C:\\x.py", "a\\..\\..\\b.py"]) {
    assert.throws(() => writeZip([{ path, text: "x\n" }]), /unsafe name/, path);
  }
});

test("a share link is capped at the file limit while it is inflated (issue 16)", async () => {
  // 10 MB of code deflates to a fragment of about 30 KB: it must not be inflated whole.
  const code = "import imp\n".repeat(1024 * 1024);
  const hash = await encodeState({ code, target: "3.12", show: { error: true, warning: true, info: true }, unsafeFixes: false });
  assert.ok(hash.length < 64 * 1024, `${hash.length} characters`);
  const started = performance.now();
  await assert.rejects(decodeState(hash), /more than the 8 MB of code/);
  assert.ok(performance.now() - started < 2000);
  // Just under the limit still opens.
  const under = "x = 1\n".repeat(Math.floor((LIMITS.fileBytes - 200) / 6));
  const ok = await encodeState({ code: under, target: "3.12", show: { error: true, warning: true, info: true }, unsafeFixes: false });
  assert.equal((await decodeState(ok)).code, under);
});
