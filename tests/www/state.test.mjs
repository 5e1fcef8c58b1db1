// The playground's state functions (www/src/state.js) in Node, with findings from the npm
// package itself (dist/, scripts/build-npm.sh): what is counted, exported and summarised once
// files are dropped, which files Fix all may change, the project view's rows, plurals, source
// lines, the settings kept and the Use in CI snippets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  EXAMPLE,
  SCRATCH,
  applySettings,
  ciSnippets,
  countText,
  countedFiles,
  createState,
  dropSummary,
  exportReports,
  mayFix,
  onlyUnsafeFixes,
  plural,
  projectRows,
  sourceLine,
  summaryText,
} from "../../www/src/state.js";

const distEntry = fileURLToPath(new URL("../../dist/node.js", import.meta.url));
const pysunset = existsSync(distEntry) ? await import(distEntry) : null;
const needsDist = pysunset ? {} : { skip: "dist/ is not built (bash scripts/build-npm.sh)" };

/** A state with the example in the editor and `files` dropped, checked by the package. */
function withDrop(files, target = "3.12") {
  const state = createState();
  state.target = target;
  state.files.get(SCRATCH).findings = pysunset.check(EXAMPLE, { target });
  for (const { path, text } of files) state.files.set(path, { path, text, ...pysunset.checkFile(path, text, { target }) });
  return state;
}

test("plurals and counts", () => {
  assert.equal(plural(1, "file"), "1 file");
  assert.equal(plural(2, "file"), "2 files");
  assert.equal(plural(0, "finding"), "0 findings");
  assert.equal(plural(1, "fix", "fixes"), "1 fix");
  assert.equal(plural(12345, "file"), "12,345 files");
  assert.equal(countText({ error: 1, warning: 2, info: 3 }), "1 error, 2 warnings, 3 info");
  assert.equal(countText({ error: 0, warning: 0, info: 0 }), "no findings");
});

test("once files are dropped, the example leaves the counts and the exports", needsDist, () => {
  const alone = createState();
  alone.files.get(SCRATCH).findings = pysunset.check(EXAMPLE);
  assert.deepEqual(countedFiles(alone).map((f) => f.path), [SCRATCH]);
  const state = withDrop([{ path: "a.py", text: "import imp\n" }]);
  assert.deepEqual(countedFiles(state).map((f) => f.path), ["a.py"]);
  assert.deepEqual(exportReports(state).map((r) => [r.path, r.findings.length]), [["a.py", 1]]);
  const rendered = JSON.parse(pysunset.render(exportReports(state), { format: "json" }));
  assert.deepEqual(rendered.map((f) => f.path), ["a.py"]);
});

test("the drop summary: an invalid notebook is not checked; it follows the target", needsDist, () => {
  const files = [
    { path: "nb.ipynb", text: "{ not json" },
    { path: "cgi_user.py", text: "import cgi\n" },
  ];
  const at312 = withDrop(files, "3.12");
  assert.deepEqual(dropSummary(at312), { checked: 1, findings: 1, withFindings: 1, skipped: 1 });
  assert.equal(summaryText(dropSummary(at312), "3.12"), "Checked 1 file at target 3.12: 1 finding in 1 file; 1 not checked.");
  at312.show.warning = false;
  assert.equal(dropSummary(at312).findings, 0, "cgi is a warning at 3.12");
  const at313 = withDrop(files, "3.13");
  at313.show.warning = false;
  assert.equal(dropSummary(at313).findings, 1, "and an error at 3.13");
});

test("Fix all only where a fix applies with the settings", needsDist, () => {
  const unsafeOnly = { path: "u.py", text: "import email.utils\n\nnow = email.utils.localtime(isdst=-1)\n" };
  const safe = { path: "s.py", text: "import unittest\nclass T(unittest.TestCase):\n    def t(self):\n        self.assertEquals(1, 1)\n" };
  const state = withDrop([unsafeOnly, safe]);
  const u = state.files.get("u.py");
  assert.equal(mayFix(u, false), false);
  assert.equal(onlyUnsafeFixes(u), true);
  assert.equal(mayFix(u, true), true);
  assert.equal(mayFix(state.files.get("s.py"), false), true);
});

test("the project view: by file, rule and module; filtered; collapsed groups keep their heading", needsDist, () => {
  const state = withDrop([
    { path: "one.py", text: "import imp\nimport asyncore\n" },
    { path: "two.py", text: "import imp\n" },
  ]);
  const byFile = projectRows(state, new Set());
  assert.deepEqual(byFile.groups.map((g) => [g.label, g.count]), [["one.py", 2], ["two.py", 1]]);
  assert.equal(byFile.total, 3);
  state.groupBy = "module";
  assert.deepEqual(projectRows(state, new Set()).groups.map((g) => [g.label, g.count]), [["imp", 2], ["asyncore", 1]]);
  state.groupBy = "rule";
  assert.deepEqual(projectRows(state, new Set()).groups.map((g) => g.key), ["SUN001"]);
  state.groupBy = "file";
  state.filter = "asyncore";
  assert.equal(projectRows(state, new Set()).total, 1);
  state.filter = "";
  const collapsed = projectRows(state, new Set(["one.py"]));
  assert.deepEqual(collapsed.rows.map((row) => row.kind), ["group", "group", "finding"]);
});

test("the source line of a finding, trimmed around it", needsDist, () => {
  const text = `x = 1\n    import imp  # indented\n`;
  const [finding] = pysunset.check(text);
  assert.equal(sourceLine(text, finding), "import imp  # indented");
  const long = `value = ${"a + ".repeat(80)}imp.reload(x)\n`;
  const [use] = pysunset.check(`import imp\n${long}`).filter((f) => f.symbol === "imp.reload");
  const shown = sourceLine(`import imp\n${long}`, use, 60);
  assert.ok(shown.length <= 61 && shown.includes("imp.reload"), shown);
});

test("settings: only valid values are taken from storage or a share link", () => {
  const state = createState();
  applySettings(state, { target: "3.99", show: { error: "yes", info: false }, unsafeFixes: 1 });
  assert.equal(state.target, "3.12");
  assert.deepEqual(state.show, { error: true, warning: true, info: false });
  assert.equal(state.unsafeFixes, false);
  applySettings(state, { target: "3.14", unsafeFixes: true });
  assert.equal(state.target, "3.14");
  assert.equal(state.unsafeFixes, true);
});

test("Use in CI: a [tool.pysunset] table the package reads back, and the commands", needsDist, () => {
  const state = createState();
  state.target = "3.15";
  state.unsafeFixes = true;
  const snippets = ciSnippets(state);
  assert.deepEqual(pysunset.parseConfig(snippets.pyproject), { target: "3.15", select: null, ignore: null, exclude: [] });
  assert.match(snippets.cli, /pysunset --fix --unsafe-fixes \./);
  assert.match(snippets.npm, /^npx pysunset \./);
  assert.match(snippets.actions, /run: npx --yes pysunset --format github \./);
});

test("no catalogue entry's why stops mid-sentence", { ...needsDist }, () => {
  const dangling = pysunset.catalogue().filter((entry) => /\b(since|in|the|a|an|of|and|or|to|by|for|with)$/.test(entry.why.trim()));
  assert.deepEqual(dangling.map((entry) => entry.symbol), []);
});
