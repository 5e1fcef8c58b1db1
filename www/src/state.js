// @ts-check
// The playground's state and the pure functions over it (no DOM, no engine): what is shown,
// counted, exported, fixed, summarised and stored. The other modules render it and change it;
// tests/www/state.test.mjs runs these functions in Node.

/** @typedef {import("pysunset").Finding} Finding */
/** @typedef {"error" | "warning" | "info"} Severity */

/**
 * One file the page holds: the editor's buffer (SCRATCH) or a dropped/opened file.
 * `problem` is the engine's word on the input; `note` the reader's (bytes replaced, ...).
 * @typedef {{ path: string, text: string, findings: Finding[], problem?: string, note?: string }} PageFile
 */

/** @typedef {{ path: string, reason: string }} Skipped */

/**
 * The page's state.
 * @typedef {object} State
 * @property {string} target
 * @property {Record<Severity, boolean>} show
 * @property {boolean} unsafeFixes
 * @property {Map<string, PageFile>} files  path -> file; the scratch buffer is always there
 * @property {string} current  the path in the editor
 * @property {Skipped[]} skipped  what the last drop did not check, with why
 * @property {AbortController | null} batch  the drop or re-check running
 * @property {number} batchesDone  drops and re-checks run to the end (the tests wait on it)
 * @property {string} filter  the project view's filter text
 * @property {"file" | "rule" | "module"} groupBy  how the project view groups findings
 */

/** The targets the page offers. */
export const TARGETS = Array.from({ length: 10 }, (_, i) => `3.${12 + i}`);
/** @type {Severity[]} */
export const SEVERITIES = ["error", "warning", "info"];
/** The editor's own buffer. */
export const SCRATCH = "untitled.py";
/** What the editor holds on a first visit (and after "Start over"). */
export const EXAMPLE = `# Paste your code here, or drop files, folders or archives on the page.
import asyncore
import unittest
from distutils.core import setup

try:
    import imp
except ImportError:
    imp = None


class ServerTest(unittest.TestCase):
    def test_port(self):
        self.assertEquals(port(), 8080)  # "café" before a finding is fine too
`;

/** @returns {State} */
export function createState() {
  return {
    target: "3.12",
    show: { error: true, warning: true, info: true },
    unsafeFixes: false,
    files: new Map([[SCRATCH, { path: SCRATCH, text: EXAMPLE, findings: [] }]]),
    current: SCRATCH,
    skipped: [],
    batch: null,
    batchesDone: 0,
    filter: "",
    groupBy: "file",
  };
}

/**
 * "1 file", "2 files": a count with its noun.
 * @param {number} count
 * @param {string} one
 * @param {string} [many]
 */
export const plural = (count, one, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** @param {string} path */
export const isNotebook = (path) => /\.ipynb$/i.test(path);

/**
 * Where a finding is in the text the editor shows: a notebook's findings are positioned in
 * their cell, and the engine maps that into the .ipynb's JSON (`fileRange`).
 * @param {Finding} finding
 */
export const editorRange = (finding) => (finding.cell ? finding.fileRange : finding.range);

/**
 * The findings of the severities shown.
 * @param {State} state
 * @param {Finding[]} findings
 */
export const visible = (state, findings) => findings.filter((finding) => state.show[finding.severity]);

/** @param {Finding[]} findings */
export function severityCounts(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** "2 errors, 1 warning" (or "no findings"). @param {Record<Severity, number>} counts */
export function countText(counts) {
  return (
    SEVERITIES.filter((s) => counts[s])
      .map((s) => (s === "info" ? `${counts[s]} info` : plural(counts[s], s)))
      .join(", ") || "no findings"
  );
}

/**
 * Whether the engine did not check a file at all (its problem says "skipped:"): an invalid
 * notebook, a file too large. Other problems (bad bytes replaced) leave it checked.
 * @param {PageFile} file
 */
export const notChecked = (file) => Boolean(file.problem && file.problem.startsWith("skipped:"));

/** The dropped and opened files (not the editor's own buffer). @param {State} state */
export const droppedFiles = (state) => [...state.files.values()].filter((file) => file.path !== SCRATCH);

/** Whether files were dropped or opened: then they, not the example, are what is counted. @param {State} state */
export const hasDrop = (state) => droppedFiles(state).length > 0;

/**
 * The files that count (in the Findings count, the exports and the summary): the drop when there
 * is one, else the editor's buffer when it holds anything.
 * @param {State} state
 */
export function countedFiles(state) {
  if (hasDrop(state)) return droppedFiles(state);
  const scratch = /** @type {PageFile} */ (state.files.get(SCRATCH));
  return scratch.text.trim() ? [scratch] : [];
}

/**
 * What exports hold: the counted files with their visible findings.
 * @param {State} state
 */
export function exportReports(state) {
  return countedFiles(state).map((file) => ({
    path: file.path,
    source: file.text,
    findings: visible(state, file.findings),
    ...(file.problem ? { problem: file.problem } : {}),
  }));
}

/**
 * The summary of a drop, from the state as it is now (so it follows a change of target).
 * @param {State} state
 */
export function dropSummary(state) {
  const files = droppedFiles(state);
  const checked = files.filter((file) => !notChecked(file));
  const findings = checked.reduce((sum, file) => sum + visible(state, file.findings).length, 0);
  const withFindings = checked.filter((file) => visible(state, file.findings).length).length;
  const skipped = state.skipped.length + (files.length - checked.length);
  return { checked: checked.length, findings, withFindings, skipped };
}

/** The sentence for dropSummary. @param {ReturnType<typeof dropSummary>} summary @param {string} target */
export function summaryText(summary, target) {
  return (
    `Checked ${plural(summary.checked, "file")} at target ${target}: ${plural(summary.findings, "finding")}` +
    (summary.findings ? ` in ${plural(summary.withFindings, "file")}` : "") +
    `; ${summary.skipped.toLocaleString("en")} not checked.`
  );
}

/**
 * Whether a finding's fix is applied by "Fix" with these settings.
 * @param {Finding} finding
 * @param {boolean} unsafeFixes
 */
export const fixApplies = (finding, unsafeFixes) => Boolean(finding.fix && (unsafeFixes || finding.fix.applicability === "safe"));

/**
 * Whether "Fix all" may change a file: a finding whose fix applies with the settings, or in a
 * notebook (whose findings carry no fix of their own) a finding that is not only information.
 * @param {PageFile} file
 * @param {boolean} unsafeFixes
 */
export function mayFix(file, unsafeFixes) {
  if (isNotebook(file.path)) return file.findings.some((finding) => finding.severity !== "info");
  return file.findings.some((finding) => fixApplies(finding, unsafeFixes));
}

/** Whether a file has fixes only "unsafe fixes too" would apply. @param {PageFile} file */
export const onlyUnsafeFixes = (file) =>
  !isNotebook(file.path) && !mayFix(file, false) && file.findings.some((finding) => finding.fix?.applicability === "unsafe");

/** The module a finding is about (the first segment of its symbol). @param {Finding} finding */
export const moduleOfFinding = (finding) => finding.symbol.split(/[.:(]/)[0];

/**
 * Whether a finding matches the project view's filter: every word is in its path, code, rule,
 * symbol or message.
 * @param {string} path
 * @param {Finding} finding
 * @param {string} filter
 */
export function matchesFilter(path, finding, filter) {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = [path, finding.code, finding.rule, finding.symbol, finding.message].join(" ").toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The findings of the counted files as a flat list of rows the panel renders, grouped by file,
 * rule or module, filtered; each group a heading row followed by its findings (unless collapsed).
 * @param {State} state
 * @param {Set<string>} collapsed  the keys of collapsed groups
 * @returns {{ groups: {key: string, label: string, count: number, counts: Record<Severity, number>, collapsed: boolean, files: PageFile[]}[], rows: ({kind: "group", key: string} | {kind: "finding", file: PageFile, finding: Finding} | {kind: "file-note", file: PageFile})[], total: number }}
 */
export function projectRows(state, collapsed) {
  /** @type {Map<string, {key: string, label: string, items: {file: PageFile, finding: Finding}[], files: PageFile[]}>} */
  const groups = new Map();
  const group = (key, label) => {
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { key, label, items: [], files: [] }));
    return found;
  };
  let total = 0;
  for (const file of countedFiles(state)) {
    const shown = visible(state, file.findings).filter((finding) => matchesFilter(file.path, finding, state.filter));
    total += shown.length;
    if (state.groupBy === "file") {
      if (!shown.length && !file.problem && !file.note) continue;
      if (!shown.length && state.filter) continue;
      const entry = group(file.path, file.path);
      entry.files.push(file);
      for (const finding of shown) entry.items.push({ file, finding });
      continue;
    }
    for (const finding of shown) {
      const key = state.groupBy === "rule" ? finding.code : moduleOfFinding(finding);
      const label = state.groupBy === "rule" ? `${finding.code} ${finding.rule}` : key;
      group(key, label).items.push({ file, finding });
    }
  }
  const ordered = [...groups.values()];
  if (state.groupBy !== "file") ordered.sort((a, b) => b.items.length - a.items.length || (a.key < b.key ? -1 : 1));
  const rows = [];
  const out = [];
  for (const entry of ordered) {
    const isCollapsed = collapsed.has(entry.key);
    out.push({
      key: entry.key,
      label: entry.label,
      count: entry.items.length,
      counts: severityCounts(entry.items.map((item) => item.finding)),
      collapsed: isCollapsed,
      files: entry.files,
    });
    rows.push({ kind: /** @type {const} */ ("group"), key: entry.key });
    if (isCollapsed) continue;
    for (const file of entry.files) {
      if (file.problem || file.note || (isNotebook(file.path) && file.findings.length)) rows.push({ kind: /** @type {const} */ ("file-note"), file });
    }
    for (const item of entry.items) rows.push({ kind: /** @type {const} */ ("finding"), ...item });
  }
  return { groups: out, rows, total };
}

/**
 * The source line a finding is on (for the list), trimmed to `width` characters around it.
 * @param {string} text
 * @param {Finding} finding
 */
export function sourceLine(text, finding, width = 120) {
  const range = editorRange(finding);
  if (!range) return "";
  let start = 0;
  for (let line = 1; line < range.start.line; line++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return "";
    start = next + 1;
  }
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  let line = text.slice(start, end).replace(/\r$/, "");
  const indent = line.length - line.trimStart().length;
  line = line.trim();
  if (line.length <= width) return line;
  const column = Math.max(0, range.start.column - 1 - indent);
  const from = Math.max(0, Math.min(column - 20, line.length - width));
  return (from ? "…" : "") + line.slice(from, from + width - 1) + "…";
}

/**
 * The settings that are stored and shared.
 * @param {State} state
 */
export const settingsOf = (state) => ({ target: state.target, show: { ...state.show }, unsafeFixes: state.unsafeFixes });

/**
 * Puts saved or shared settings into the state, ignoring what is not valid.
 * @param {State} state
 * @param {any} saved
 */
export function applySettings(state, saved) {
  if (!saved || typeof saved !== "object") return;
  if (TARGETS.includes(saved.target)) state.target = saved.target;
  for (const severity of SEVERITIES) if (typeof saved.show?.[severity] === "boolean") state.show[severity] = saved.show[severity];
  if (typeof saved.unsafeFixes === "boolean") state.unsafeFixes = saved.unsafeFixes;
}

/**
 * What the "Use in CI" panel shows for the current settings: the `[tool.pysunset]` table, the
 * CLI and npm commands and a GitHub Actions step.
 * @param {State} state
 */
export function ciSnippets(state) {
  const pyproject = `[tool.pysunset]\ntarget = "${state.target}"\n`;
  const fix = state.unsafeFixes ? " --fix --unsafe-fixes" : " --fix";
  return {
    pyproject,
    cli: `pysunset .          # report (reads [tool.pysunset] from pyproject.toml)\npysunset${fix} .    # apply the fixes`,
    npm: `npx pysunset .\nnpx pysunset${fix} .`,
    actions: [
      "- uses: actions/setup-node@v4",
      "  with: { node-version: 20 }",
      "- name: Removed Python APIs (pysunset)",
      "  run: npx --yes pysunset --format github .",
    ].join("\n"),
  };
}
