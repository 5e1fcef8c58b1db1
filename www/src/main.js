// The playground page: wires the editor, the engine workers, drops, exports, fixes, share links,
// the docs companion, themes and the service worker together.
import { Engine, CancelledError } from "./engine.js";
import { createEditor, applyEditsToText } from "./editor.js";
import { dropSources, inputSources, gatherFiles } from "./files.js";
import { toJson, toMarkdown, toSarif } from "./export.js";
import { encodeState, decodeState } from "./share.js";
import { diffLines, hunks } from "./diff.js";
import { renderDocs, docsId } from "./docs.js";
import { writeZip } from "./archive.js";
import { el, download, withCode } from "./dom.js";

const $ = (selector) => document.querySelector(selector);
const TARGETS = Array.from({ length: 10 }, (_, i) => `3.${12 + i}`);
const SEVERITIES = ["error", "warning", "info"];
const SCRATCH = "untitled.py";
const EXAMPLE = `# Paste your code here, or drop files, folders or archives on the page.
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
/** Findings rendered in the panel before a "show more" button (the page stays light). */
const RENDER_STEP = 300;
let renderLimit = RENDER_STEP;

const state = {
  target: "3.12",
  show: { error: true, warning: true, info: true },
  unsafeFixes: false,
  /** path -> {path, text, findings, problem?, note?}; the scratch buffer is always there. */
  files: new Map([[SCRATCH, { path: SCRATCH, text: EXAMPLE, findings: [] }]]),
  current: SCRATCH,
  skipped: [],
  batch: null,
  /** Batches (drops, opened files) checked to the end, cancelled ones not counted. */
  batchesDone: 0,
};
/** Timings the tests read, in ms since the navigation started (performance.now()). */
const timings = { script: performance.now(), engineReady: null, firstFindings: null, lastCheckMs: null, checks: 0 };

let engine = null;
let editor = null;
let docs = null;
let catalogue = null;

// ------------------------------------------------------------------------------- checking

let checkTimer = 0;
let checkSeq = 0;
let checkInFlight = false;
let checkAgain = false;

function scheduleCheck(delay = 150) {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(runCheck, delay);
}

/** Checks the editor's text on the editor worker; at most one check runs, the latest waits. */
async function runCheck() {
  if (!engine) return;
  if (checkInFlight) {
    checkAgain = true;
    return;
  }
  checkInFlight = true;
  const seq = ++checkSeq;
  const path = state.current;
  const text = editor.text();
  try {
    let findings;
    let ms;
    if (isNotebook(path) || engine.has("checkFile")) {
      const answer = await engine.call("checkBatch", { files: [{ path, text }], options: options() });
      findings = answer.results[0].findings;
      state.files.get(path).problem = answer.results[0].problem;
      ms = answer.ms;
    } else {
      const answer = await engine.call("check", { source: text, options: options() });
      findings = answer.value;
      ms = answer.ms;
    }
    const file = state.files.get(path);
    if (file && seq === checkSeq && path === state.current && text === editor.text()) {
      file.text = text;
      file.findings = findings;
      timings.lastCheckMs = ms;
      timings.checks++;
      if (timings.firstFindings === null) timings.firstFindings = performance.now();
      setStatus(`Checked in ${ms < 1 ? "<1" : ms.toFixed(0)} ms`);
      showFindings();
    }
  } catch (error) {
    setStatus(`The check failed: ${error.message}`);
  } finally {
    checkInFlight = false;
    if (checkAgain) {
      checkAgain = false;
      runCheck();
    }
  }
}

function options() {
  return { target: state.target };
}

const visible = (findings) => findings.filter((finding) => state.show[finding.severity]);
const isNotebook = (path) => /\.ipynb$/i.test(path);

/**
 * Where a finding is in the text the editor shows: a notebook's findings are positioned in
 * their cell, and the engine maps that into the .ipynb's JSON (`fileRange`, escapes counted).
 */
const editorRange = (finding) => (finding.cell ? finding.fileRange : finding.range);

/** Why a notebook's findings have no Fix button of their own (the engine offers none there). */
const NOTEBOOK_NO_FIX =
  "No Fix on single findings in notebooks: a fix's edits are positions in Python code, and the cells are JSON strings.";
const NOTEBOOK_FIX_ALL = " “Fix all in this file” fixes the cells together and writes them back into the notebook (the diff shows its JSON).";
const NOTEBOOK_NO_FIX_ALL = " Edit the cells in Jupyter (each finding says what to use instead).";

/** Whether the engine can fix a whole file of this path (notebooks need its `fixFile`). */
const canFixFile = (path) => Boolean(engine?.has(isNotebook(path) ? "fixFile" : "fix"));

/** The engine's fix of a whole file: `fix` for Python, `fixFile` for notebooks. */
async function fixText(path, text) {
  const options = { target: state.target, unsafeFixes: state.unsafeFixes };
  const answer = isNotebook(path) ? await engine.call("fixFile", { path, text, options }) : await engine.call("fix", { source: text, options });
  return answer.value;
}

/** Updates the editor's diagnostics and the findings panel from the state. */
function showFindings() {
  const file = state.files.get(state.current);
  // Findings without a place in the editor's text (a notebook checked by an engine too old to
  // map cells into the file) are listed in the panel only.
  editor.setFindings(visible(file.findings).filter(editorRange));
  renderFindingsPanel();
  updateFixButtons();
}

function setStatus(text) {
  $("#engine-status").textContent = text;
}

// ------------------------------------------------------------------------- findings panel

function severityCounts(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function countText(counts) {
  return SEVERITIES.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === "info" ? "" : "s"}`).join(", ") || "no findings";
}

function renderFindingsPanel() {
  const container = $("#findings");
  const groups = [];
  let rendered = 0;
  let total = 0;
  for (const file of state.files.values()) {
    const shown = visible(file.findings);
    total += shown.length;
    // Past the limit only the count goes on: the page stays light with thousands of files.
    if (rendered >= renderLimit || (!shown.length && !file.problem && !file.note)) continue;
    const section = el("section", { class: "file-group" });
    const heading = el("h3", {}, el("span", { class: "path" }, file.path), el("span", { class: "counts" }, countText(severityCounts(shown))));
    section.append(heading);
    if (file.problem) section.append(el("p", { class: "problem" }, `Not checked: ${file.problem}`));
    if (file.note) section.append(el("p", { class: "note" }, file.note));
    if (isNotebook(file.path) && shown.length) {
      section.append(el("p", { class: "note no-fix" }, NOTEBOOK_NO_FIX + (canFixFile(file.path) ? NOTEBOOK_FIX_ALL : NOTEBOOK_NO_FIX_ALL)));
    }
    for (const severity of SEVERITIES) {
      const ofSeverity = shown.filter((finding) => finding.severity === severity);
      if (!ofSeverity.length || rendered >= renderLimit) continue;
      const list = el("ul", { class: "finding-list", "aria-label": `${file.path}: ${severity}` });
      for (const finding of ofSeverity.slice(0, renderLimit - rendered)) list.append(findingItem(file, finding));
      rendered += list.childElementCount;
      section.append(el("h4", { class: `sev sev-${severity}` }, `${severity} (${ofSeverity.length})`), list);
    }
    groups.push(section);
  }
  if (rendered < total) {
    const more = el("button", { type: "button", class: "show-more" }, `Show ${Math.min(RENDER_STEP, total - rendered)} more (${rendered} of ${total} shown; exports hold them all)`);
    more.addEventListener("click", () => {
      renderLimit += RENDER_STEP;
      renderFindingsPanel();
    });
    groups.push(more);
  }
  if (!groups.length) groups.push(el("p", { class: "empty" }, `No findings at target ${state.target} for the severities shown.`));
  container.replaceChildren(...groups);
  $("#findings-count").textContent = String(total);
  renderSkipped();
}

function findingItem(file, finding) {
  const { line, column } = finding.range.start;
  const where = finding.cell ? `cell ${finding.cell}, ${line}:${column}` : `${line}:${column}`;
  const jump = el(
    "button",
    { type: "button", class: `finding sev-${finding.severity}`, "data-line": line, "data-column": column, "data-code": finding.code },
    el("span", { class: "where" }, where),
    " ",
    el("span", { class: "code" }, finding.code),
    " ",
    el("span", { class: "message" }, withCode(finding.message)),
  );
  jump.addEventListener("click", () => openFile(file.path, finding));
  const item = el("li", {}, jump, el("p", { class: "instead" }, `instead: ${finding.replacement}`));
  if (finding.fix && !finding.cell) {
    const fix = el("button", { type: "button", class: "fix-one" }, finding.fix.applicability === "unsafe" ? "Fix (unsafe)" : "Fix");
    fix.setAttribute("aria-label", `Fix ${finding.code} at line ${line} of ${file.path}: ${finding.fix.message}`);
    fix.addEventListener("click", () => previewFindingFix(file.path, finding));
    item.append(fix);
  }
  return item;
}

function renderSkipped() {
  const box = $("#skipped");
  box.hidden = !state.skipped.length;
  $("#skipped-count").textContent = String(state.skipped.length);
  $("#skipped-list").replaceChildren(
    ...state.skipped.slice(0, 5000).map((item) => el("li", {}, el("span", { class: "path" }, item.path), ": ", item.reason)),
  );
}

/** Opens a file in the editor (and jumps to a finding in it). */
function openFile(path, finding) {
  if (path !== state.current) {
    const current = state.files.get(state.current);
    if (current) current.text = editor.text();
    state.current = path;
    const file = state.files.get(path);
    suppressCheck = true;
    editor.setText(file.text);
    suppressCheck = false;
    $("#current-file").textContent = path;
    $("#back-to-scratch").hidden = path === SCRATCH;
    showFindings();
  }
  const range = finding && editorRange(finding);
  if (range) editor.jumpTo(range);
}

let suppressCheck = false;

/** The hover card of a finding in the editor. */
function card(finding) {
  const node = el(
    "div",
    { class: "card" },
    el("p", { class: "card-message" }, el("span", { class: `sev-${finding.severity} badge` }, finding.severity), " ", finding.code, ": ", withCode(finding.message)),
    ...(finding.cell ? [el("p", { class: "card-cell" }, `In cell ${finding.cell}, line ${finding.range.start.line}, column ${finding.range.start.column} of its source.`)] : []),
    el("p", {}, finding.deprecatedIn ? `Deprecated in ${finding.deprecatedIn}, removed in ${finding.removedIn}.` : `Removed in ${finding.removedIn}.`),
    el("p", {}, el("strong", {}, "Instead: "), finding.replacement),
  );
  if (finding.guard) node.append(el("p", {}, el("strong", {}, "Safe as written: "), withCode(finding.guard)));
  node.append(el("p", {}, el("a", { href: `#docs/${encodeURIComponent(finding.symbol)}` }, `Docs: ${finding.symbol}`)));
  return node;
}

function diagnosticActions(finding) {
  if (!finding.fix || finding.cell) return [];
  return [{ name: "Fix", apply: () => previewFindingFix(state.current, finding) }];
}

// ---------------------------------------------------------------------------------- fixes

let pendingFix = null;

function showDiff(title, summary, changes, onApply) {
  $("#fix-title").textContent = title;
  $("#fix-summary").textContent = summary;
  const blocks = [];
  for (const change of changes) {
    if (changes.length > 1) blocks.push(el("h3", { class: "path" }, change.path));
    for (const hunk of hunks(diffLines(change.before, change.after))) {
      const pre = el("pre", { class: "hunk" }, el("span", { class: "hunk-header" }, hunk.header + "\n"));
      for (const line of hunk.lines) {
        const cls = line.kind === "+" ? "add" : line.kind === "-" ? "del" : "ctx";
        pre.append(el("span", { class: cls }, `${line.kind} ${line.text}\n`));
      }
      blocks.push(pre);
    }
  }
  $("#fix-diff").replaceChildren(...blocks);
  pendingFix = onApply;
  $("#fix-dialog").showModal();
}

function closeFixDialog(apply) {
  const action = pendingFix;
  pendingFix = null;
  $("#fix-dialog").close();
  if (apply && action) action();
}

function previewFindingFix(path, finding) {
  if (path !== state.current) openFile(path, finding);
  const before = editor.text();
  if (before !== state.files.get(path).text) {
    // The fix's positions are those of the text last checked.
    setStatus("The code changed since the last check: the fix is ready again in a moment");
    scheduleCheck(0);
    return;
  }
  const after = applyEditsToText(before, finding.fix.edits);
  showDiff("Review the fix", `${finding.fix.message} (${finding.fix.applicability})`, [{ path, before, after }], () => {
    editor.applyEdits(finding.fix.edits);
  });
}

async function previewFileFix() {
  const before = editor.text();
  const path = state.current;
  const result = await fixText(path, before);
  if (result.output === before) {
    setStatus("No fix applies to this file at this target");
    return;
  }
  const remaining = result.remaining.length ? `; ${result.remaining.length} findings need a hand` : "";
  showDiff("Review the fixes", `${result.applied.length} fixes in ${path}${remaining}`, [{ path, before, after: result.output }], () => {
    if (state.current === path) editor.setText(result.output);
  });
}

async function previewDownloadFixed() {
  const changes = [];
  // The dropped files (the editor's own buffer has "Fix all in this file").
  for (const file of state.files.values()) {
    if (file.path === SCRATCH || !mayFix(file)) continue;
    const text = file.path === state.current ? editor.text() : file.text;
    const fixed = await fixText(file.path, text);
    if (fixed.output !== text) changes.push({ path: file.path, before: text, after: fixed.output });
  }
  if (!changes.length) {
    setStatus("No fix applies to these files at this target");
    return;
  }
  showDiff("Download the fixed files", `${changes.length} files change`, changes, () => {
    const type = (path) => (isNotebook(path) ? "application/x-ipynb+json" : "text/x-python");
    if (changes.length === 1) download(changes[0].path.split("/").pop(), changes[0].after, type(changes[0].path));
    else download("pysunset-fixed.zip", writeZip(changes.map((change) => ({ path: change.path, text: change.after }))));
  });
}

/**
 * Whether "Fix all" may change a file: a finding with a fix, or in a notebook (whose findings
 * carry none) any finding that is not guarded, when the engine can fix notebooks.
 */
function mayFix(file) {
  if (!canFixFile(file.path)) return false;
  if (isNotebook(file.path)) return file.findings.some((finding) => finding.severity !== "info");
  return file.findings.some((finding) => finding.fix);
}

function updateFixButtons() {
  const canFix = engine?.has("fix");
  const file = state.files.get(state.current);
  $("#fix-file").hidden = !mayFix(file);
  $("#fix-download").hidden = !canFix || ![...state.files.values()].some((f) => f.path !== SCRATCH && mayFix(f));
  $("#unsafe-row").hidden = !canFix;
}

// --------------------------------------------------------------------------- drop and open

async function checkSources(sources) {
  if (!sources.length || !engine) return;
  state.batch?.abort();
  const controller = new AbortController();
  state.batch = controller;
  renderLimit = RENDER_STEP;
  const label = $("#batch-label");
  const progress = $("#batch-progress");
  $("#batch").hidden = false;
  progress.removeAttribute("value");
  label.textContent = "Reading files…";
  $("#batch-summary").textContent = "";
  const started = performance.now();
  try {
    const { files, skipped } = await gatherFiles(sources, {
      signal: controller.signal,
      sourceKind: engine.sourceKind,
      onStatus: (text) => (label.textContent = text),
    });
    if (controller.signal.aborted) throw new CancelledError();
    progress.max = Math.max(files.length, 1);
    progress.value = 0;
    label.textContent = `Checking 0 of ${files.length} files`;
    const results = await engine.checkFiles(files, options(), {
      signal: controller.signal,
      onProgress: ({ done, total, findings }) => {
        progress.value = done;
        label.textContent = `Checking ${done} of ${total} files: ${findings} findings`;
      },
    });
    // Replace the previous drop (the scratch buffer stays).
    for (const path of [...state.files.keys()]) if (path !== SCRATCH) state.files.delete(path);
    files.forEach((file, index) => {
      const result = results[index];
      state.files.set(file.path, { path: file.path, text: file.text, findings: result.findings, problem: result.problem, note: file.note });
    });
    state.skipped = skipped;
    state.lastDrop = sources;
    const found = results.reduce((sum, result) => sum + result.findings.length, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    $("#batch-summary").textContent = `Checked ${files.length} files in ${seconds} s on ${engine.poolSize} workers: ${found} findings; ${skipped.length} not checked.`;
    if (!state.files.has(state.current)) openFile(SCRATCH);
    showFindings();
    state.batchesDone++;
  } catch (error) {
    if (error instanceof CancelledError || controller.signal.aborted) $("#batch-summary").textContent = "Cancelled: nothing was changed.";
    else $("#batch-summary").textContent = `The check failed: ${error.message}`;
  } finally {
    if (state.batch === controller) {
      state.batch = null;
      $("#batch").hidden = true;
    }
  }
}

/** Checks the dropped files again (after a change of target). */
function recheckDrop() {
  const paths = [...state.files.keys()].filter((path) => path !== SCRATCH);
  if (!paths.length) return;
  const files = paths.map((path) => state.files.get(path));
  const controller = new AbortController();
  state.batch?.abort();
  state.batch = controller;
  $("#batch").hidden = false;
  const progress = $("#batch-progress");
  progress.max = files.length;
  progress.value = 0;
  engine
    .checkFiles(
      files.map((file) => ({ path: file.path, text: file.path === state.current ? editor.text() : file.text })),
      options(),
      {
        signal: controller.signal,
        onProgress: ({ done, total, findings }) => {
          progress.value = done;
          $("#batch-label").textContent = `Checking ${done} of ${total} files: ${findings} findings`;
        },
      },
    )
    .then((results) => {
      files.forEach((file, index) => {
        file.findings = results[index].findings;
        file.problem = results[index].problem;
      });
      showFindings();
      state.batchesDone++;
    })
    .catch(() => ($("#batch-summary").textContent = "Cancelled: the results are for the previous target."))
    .finally(() => {
      if (state.batch === controller) {
        state.batch = null;
        $("#batch").hidden = true;
      }
    });
}

function setUpDrop() {
  const overlay = $("#drop-overlay");
  let depth = 0;
  document.addEventListener("dragenter", (event) => {
    if (![...(event.dataTransfer?.types ?? [])].includes("Files")) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  document.addEventListener("dragover", (event) => {
    if ([...(event.dataTransfer?.types ?? [])].includes("Files")) event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    depth = 0;
    overlay.hidden = true;
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    checkSources(dropSources(event.dataTransfer));
  });
  for (const id of ["#open-files", "#open-folder"]) {
    const input = $(id);
    input.addEventListener("change", () => {
      checkSources(inputSources(input.files));
      input.value = "";
    });
  }
  $("#batch-cancel").addEventListener("click", () => state.batch?.abort());
}

// ---------------------------------------------------------------------------------- export

async function exportText(format) {
  if (state.current) state.files.get(state.current).text = editor.text();
  const reports = [...state.files.values()]
    .filter((file) => file.path !== SCRATCH || file.text.trim())
    .map((file) => ({ path: file.path, findings: visible(file.findings), ...(file.problem ? { problem: file.problem } : {}) }));
  if ((format === "json" || format === "sarif") && engine.has("render")) {
    const withSource = reports.map((report) => ({ ...report, source: state.files.get(report.path).text }));
    return engine.call("render", { reports: withSource, options: { format, target: state.target } });
  }
  if (format === "json") return toJson(reports);
  if (format === "sarif") return toSarif(reports, { version: engine.version, target: state.target });
  return toMarkdown(reports, { target: state.target, skipped: state.skipped, version: engine.version });
}

const EXPORT_FILES = { json: ["pysunset.json", "application/json"], sarif: ["pysunset.sarif", "application/sarif+json"], markdown: ["pysunset-report.md", "text/markdown"] };

function setUpExport() {
  $("#export-download").addEventListener("click", async () => {
    const format = $("#export-format").value;
    const [name, type] = EXPORT_FILES[format];
    download(name, await exportText(format), type);
  });
  $("#export-copy").addEventListener("click", async () => {
    const text = await exportText($("#export-format").value);
    try {
      await navigator.clipboard.writeText(text);
      $("#batch-summary").textContent = "Copied to the clipboard.";
    } catch {
      $("#batch-summary").textContent = "The browser did not allow copying: use Download.";
    }
  });
}

// ----------------------------------------------------------------------------------- share

function shareState() {
  return { code: editor.text(), target: state.target, show: state.show, unsafeFixes: state.unsafeFixes };
}

async function restoreFromHash() {
  const hash = location.hash;
  if (hash.startsWith("#docs/")) {
    // Before the engine is up, start() opens the docs once it is.
    if (engine) openDocs(decodeURIComponent(hash.slice(6)));
    return false;
  }
  let shared;
  try {
    shared = await decodeState(hash);
  } catch (error) {
    setStatus(error.message);
    return false;
  }
  if (!shared) return false;
  applyShared(shared);
  return true;
}

/** Puts a share link's (or a reload's) code, target and settings into the page. */
function applyShared(shared) {
  if (TARGETS.includes(shared.target)) state.target = shared.target;
  for (const severity of SEVERITIES) if (typeof shared.show?.[severity] === "boolean") state.show[severity] = shared.show[severity];
  state.unsafeFixes = shared.unsafeFixes === true;
  syncControls();
  openFile(SCRATCH);
  editor.setText(typeof shared.code === "string" ? shared.code : EXAMPLE);
}

function setUpShare() {
  $("#share").addEventListener("click", async () => {
    const hash = await encodeState(shareState());
    history.replaceState(null, "", hash);
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus("Share link copied: it holds the code itself, no server sees it");
    } catch {
      setStatus("Share link is in the address bar: it holds the code itself, no server sees it");
    }
  });
  window.addEventListener("hashchange", () => restoreFromHash());
}

// ------------------------------------------------------------------------------------ docs

async function loadDocs() {
  if (docs) return docs;
  catalogue ??= await engine.call("catalogue");
  // The changes code does not show come with the build; the docs work without them.
  const behaviours = await fetch(new URL("./behaviours.json", import.meta.url))
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => []);
  if (docs) return docs;
  docs = renderDocs($("#panel-docs"), catalogue, behaviours, {
    onTry: (entry) => {
      openFile(SCRATCH);
      editor.setText(entry.before);
      selectTab("findings");
      editor.focus();
    },
  });
  return docs;
}

async function openDocs(symbol) {
  selectTab("docs");
  const loaded = await loadDocs();
  if (symbol && !loaded.show(symbol)) $("#docs-count").textContent = `No entry named ${symbol}`;
}

function selectTab(name) {
  for (const tab of ["findings", "docs"]) {
    const selected = tab === name;
    const button = $(`#tab-${tab}`);
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`#panel-${tab}`).hidden = !selected;
  }
  if (name === "docs") loadDocs();
}

function setUpTabs() {
  const tabs = ["findings", "docs"];
  tabs.forEach((name, index) => {
    const button = $(`#tab-${name}`);
    button.addEventListener("click", () => selectTab(name));
    button.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
      const next = tabs[(index + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      selectTab(next);
      $(`#tab-${next}`).focus();
    });
  });
}

// ------------------------------------------------------------------------ settings, themes

function syncControls() {
  $("#target").value = state.target;
  for (const severity of SEVERITIES) $(`#show-${severity}`).checked = state.show[severity];
  $("#unsafe-fixes").checked = state.unsafeFixes;
}

function setUpSettings() {
  const select = $("#target");
  for (const target of TARGETS) select.append(el("option", { value: target }, `Python ${target}`));
  select.addEventListener("change", () => {
    state.target = select.value;
    scheduleCheck(0);
    recheckDrop();
  });
  for (const severity of SEVERITIES) {
    $(`#show-${severity}`).addEventListener("change", (event) => {
      state.show[severity] = event.target.checked;
      showFindings();
    });
  }
  $("#unsafe-fixes").addEventListener("change", (event) => (state.unsafeFixes = event.target.checked));
  $("#fix-file").addEventListener("click", previewFileFix);
  $("#fix-download").addEventListener("click", previewDownloadFixed);
  $("#fix-apply").addEventListener("click", () => closeFixDialog(true));
  $("#fix-cancel").addEventListener("click", () => closeFixDialog(false));
  $("#fix-dialog").addEventListener("close", () => (pendingFix = null));
  $("#back-to-scratch").addEventListener("click", () => openFile(SCRATCH));
  syncControls();
}

function setUpTheme() {
  const button = $("#theme");
  const media = matchMedia("(prefers-color-scheme: dark)");
  const apply = (theme) => {
    document.documentElement.dataset.theme = theme;
    const dark = theme === "dark";
    button.setAttribute("aria-pressed", String(dark));
    button.textContent = dark ? "Light theme" : "Dark theme";
  };
  let saved = null;
  try {
    saved = localStorage.getItem("pysunset-theme");
  } catch {
    // Storage may be off; the system's preference still applies.
  }
  apply(saved ?? (media.matches ? "dark" : "light"));
  media.addEventListener("change", (event) => saved ?? apply(event.matches ? "dark" : "light"));
  button.addEventListener("click", () => {
    saved = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    apply(saved);
    try {
      localStorage.setItem("pysunset-theme", saved);
    } catch {
      // Not remembered, still applied.
    }
  });
}

/** Which build this page is: the precache version index.html names, and the build's label. */
const BUILD = {
  version: document.querySelector('meta[name="pysunset-build"]')?.content ?? "",
  // Set by scripts/build-www.mjs (PYSUNSET_WWW_LABEL), compiled into app.js and worker.js alike.
  label: __PYSUNSET_BUILD_LABEL__,
};
/** Where the editor's code waits across the reload that moves a page to a new version. */
const RELOAD_KEY = "pysunset-reload-state";

/** Keeps the scratch buffer and the settings for the page that loads after an update. */
function saveForReload() {
  const scratch = state.current === SCRATCH ? editor.text() : state.files.get(SCRATCH).text;
  try {
    sessionStorage.setItem(RELOAD_KEY, JSON.stringify({ ...shareState(), code: scratch }));
  } catch {
    // Storage may be off: the page still updates, with the example.
  }
}

/** The state saveForReload kept, once (null when there is none). */
function takeReloadState() {
  try {
    const saved = sessionStorage.getItem(RELOAD_KEY);
    sessionStorage.removeItem(RELOAD_KEY);
    return saved ? JSON.parse(saved) : null;
  } catch {
    return null;
  }
}

function setUpServiceWorker() {
  const status = $("#offline-status");
  if (!("serviceWorker" in navigator)) return;
  // A page is moved to a new version as a whole: when a new worker takes over from the one that
  // controlled it (this tab's "Reload to update" or another tab's), it reloads, so it never
  // fetches a file of the new build while running the old one. The first worker taking over a
  // page loaded from the network (no controller yet) changes nothing for it.
  let controlled = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    const replaced = controlled;
    controlled = true;
    if (!replaced || reloading) return;
    reloading = true;
    saveForReload();
    location.reload();
  });
  navigator.serviceWorker
    .register("./sw.js")
    .then((registration) => {
      // Browsers under automation may block service workers and answer with nothing.
      if (!registration) return null;
      const offer = () => {
        const waiting = registration.waiting;
        if (!waiting || !navigator.serviceWorker.controller || $("#update-now")) return;
        const button = el("button", { type: "button", id: "update-now" }, "Reload to update");
        button.addEventListener("click", () => {
          button.disabled = true;
          button.textContent = "Updating…";
          waiting.postMessage({ type: "skip-waiting" });
        });
        status.replaceChildren(
          "Works offline. A new version is ready: ",
          button,
          " (every playground tab reloads; the code in the editor is kept, dropped files need dropping again).",
        );
      };
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => installing.state === "installed" && offer());
      });
      offer();
      // A tab left open for days still hears of new versions.
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
      return navigator.serviceWorker.ready;
    })
    .then((ready) => {
      if (ready && !status.textContent) status.textContent = "Works offline.";
    })
    .catch((error) => (status.textContent = `Offline mode unavailable: ${error.message}`));
}

// ------------------------------------------------------------------------------------ start

async function start() {
  // The engine loads (wasm compile, worker start) while the editor is built.
  const enginePromise = Engine.start();
  setUpTheme();
  editor = createEditor($("#editor"), {
    label: "Python source to check",
    onChange: () => {
      if (!suppressCheck) scheduleCheck();
    },
    card,
    actions: diagnosticActions,
    rangeOf: editorRange,
  });
  setUpSettings();
  setUpTabs();
  setUpDrop();
  setUpExport();
  setUpShare();
  suppressCheck = true;
  editor.setText(EXAMPLE);
  suppressCheck = false;
  const afterUpdate = takeReloadState();
  if (afterUpdate) applyShared(afterUpdate);
  const restored = afterUpdate ? Promise.resolve(true) : restoreFromHash();
  try {
    engine = await enginePromise;
  } catch (error) {
    setStatus(`The engine did not load: ${error.message}. Reload the page; if it persists, this browser may lack WebAssembly.`);
    return;
  }
  timings.engineReady = performance.now();
  const label = BUILD.label ? `${BUILD.label}, ` : "";
  $("#version").textContent = `pysunset ${engine.version} (${label}build ${BUILD.version}).`;
  await restored;
  runCheck();
  if (location.hash.startsWith("#docs/")) openDocs(decodeURIComponent(location.hash.slice(6)));
  setUpServiceWorker();
}

// What the end-to-end tests read (and a person debugging in the console).
window.pysunset = {
  state,
  timings,
  build: () => ({ ...BUILD, worker: engine?.buildLabel ?? null }),
  diagnostics: () => editor?.diagnostics() ?? [],
  view: () => editor?.view,

  capabilities: () => [...(engine?.capabilities ?? [])],
  checksDone: () => timings.checks,
};

start();
