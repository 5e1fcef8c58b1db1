// @ts-check
// The playground page: builds the App (the state, the editor, the engine) and wires the modules
// together: checking as you type, opening files, the hover cards, exports, share links, the docs
// companion and tabs. What each part does lives in its own module: state.js (the state and pure
// functions over it), panel.js (the findings list), batch.js (drops, the project view),
// fixdialog.js (fixes), settings.js (settings, the session kept across reloads, Use in CI),
// updates.js (the service worker), notices.js (messages that stay until dismissed).
import { loadEngine } from "./engine.js";
import { createEditor } from "./editor.js";
import { encodeState, decodeState } from "./share.js";
import { el, download, withCode } from "./dom.js";
import { notify } from "./notices.js";
import { renderPanel } from "./panel.js";
import { recheckDrop, setUpDrop } from "./batch.js";
import { previewFindingFix, setUpFixes, updateFixButtons } from "./fixdialog.js";
import { loadDrop, loadSession, saveDrop, saveSession, setUpSettings, setUpTheme, syncControls } from "./settings.js";
import { setUpServiceWorker } from "./updates.js";
import {
  EXAMPLE,
  SCRATCH,
  applySettings,
  countText,
  createState,
  droppedFiles,
  editorRange,
  exportReports,
  fixApplies,
  hasDrop,
  plural,
  settingsOf,
  severityCounts,
  visible,
} from "./state.js";

/** @typedef {import("./engine.js").Engine} Engine */
/** @typedef {import("pysunset").Finding} Finding */
/** @typedef {import("pysunset").CatalogueEntry} CatalogueEntry */

/**
 * What the modules share.
 * @typedef {object} App
 * @property {import("./state.js").State} state
 * @property {ReturnType<typeof createEditor>} editor
 * @property {Engine | null} engine  null while it loads
 * @property {Promise<Engine>} engineReady
 * @property {() => Promise<import("./engine.js").FullEngine>} fullEngine  the full engine, loaded
 *   on the first call (drops, fixes, the docs' catalogue, notebooks and large buffers)
 * @property {(selector: string) => HTMLElement} $
 * @property {(delay?: number) => void} scheduleCheck
 * @property {(path: string, finding?: Finding) => void} openFile
 * @property {() => void} showFindings
 * @property {(text: string) => void} setStatus  the status line (not announced)
 * @property {(text: string) => void} announce  the live region: counts, once each
 * @property {() => void} save  saves the session soon
 * @property {() => void} saveNow
 * @property {() => void} cancelSave  forgets a save still pending (Start over)
 * @property {() => void} dropChanged  the dropped files changed: keep them (soon)
 * @property {(symbol: string) => string | undefined} whyOf  a catalogue entry's reason, once whys.json is in
 * @property {(path: string, finding: Finding) => void} previewFindingFix
 * @property {(text: string, message: string, previous?: string) => void} replaceBuffer
 * @property {() => Promise<void>} recheckDrop
 */

/** @param {string} selector */
const $ = (selector) => {
  const found = document.querySelector(selector);
  if (!(found instanceof HTMLElement)) throw new Error(`the page has no ${selector}`);
  return found;
};

/** Timings the tests read, in ms since the navigation started (performance.now()). */
const timings = {
  script: performance.now(),
  /** @type {number | null} */ engineReady: null,
  /** @type {number | null} */ firstFindings: null,
  /** When what loads after the first findings (CodeMirror, the reasons) is in. @type {number | null} */ later: null,
  /** @type {number | null} */ lastCheckMs: null,
  checks: 0,
};

/** Which build this page is: the precache version index.html names, and the build's label. */
const BUILD = {
  version: /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="pysunset-build"]'))?.content ?? "",
  // Set by scripts/build-www.mjs (PYSUNSET_WWW_LABEL).
  label: __PYSUNSET_BUILD_LABEL__,
};

const state = createState();
/** @type {(engine: Engine) => void} */
let engineLoaded = () => {};
/** @type {(error: unknown) => void} */
let engineFailed = () => {};
/** @type {Promise<Engine>} */
const engineReady = new Promise((resolve, reject) => {
  engineLoaded = resolve;
  engineFailed = reject;
});
// Nobody may be waiting when it fails: the status line says so.
engineReady.catch(() => {});

/**
 * The catalogue's reasons (`why`), which the page's engine is built without: whys.json, fetched
 * right after the first findings (null until then).
 * @type {Record<string, string> | null}
 */
let whys = null;
let suppressCheck = false;
let checkTimer = 0;
let saveTimer = 0;
/** Whether a change is not saved yet (the save runs 300 ms after the last change, or as the page goes). */
let savePending = false;
let shareTimer = 0;
let lastAnnounced = "";
let dropDirty = false;
/** Whether the docs tab was opened by a `#docs/` link (Back then returns to the findings). */
let docsByLink = false;

/** @type {App} */
const app = {
  state,
  editor: /** @type {any} */ (null),
  engine: null,
  engineReady,
  $,
  scheduleCheck,
  openFile,
  showFindings,
  setStatus: (text) => ($("#engine-status").textContent = text),
  announce,
  save,
  saveNow,
  cancelSave: () => {
    clearTimeout(saveTimer);
    savePending = false;
    dropDirty = false;
  },
  dropChanged: () => {
    dropDirty = true;
    save();
  },
  fullEngine: async () => (await engineReady).full(),
  whyOf: (symbol) => whys?.[symbol],
  previewFindingFix: (path, finding) => previewFindingFix(app, path, finding),
  replaceBuffer,
  recheckDrop: () => recheckDrop(app),
};

// ------------------------------------------------------------------------------- checking

/** @param {number} [delay] */
function scheduleCheck(delay = 150) {
  clearTimeout(checkTimer);
  checkTimer = window.setTimeout(runCheck, delay);
}

/** Buffers larger than this are checked in a worker (the page keeps answering while it runs). */
const IN_PAGE_LIMIT = 64 * 1024;
let checkSeq = 0;
/** @type {AbortController | null} */
let workerCheck = null;

/**
 * Checks the editor's text through the npm package: in the page for a usual buffer (a few
 * milliseconds), on its worker pool (one worker) for a large one. A newer check supersedes an
 * older one still running.
 */
async function runCheck() {
  const engine = app.engine;
  if (!engine) return;
  const seq = ++checkSeq;
  const path = state.current;
  const text = app.editor.text();
  const options = { target: state.target };
  const started = performance.now();
  let result;
  workerCheck?.abort();
  workerCheck = null;
  try {
    if (text.length <= IN_PAGE_LIMIT && engine.checksInPage(path)) result = engine.checkFile(path, text, options);
    else if (text.length <= IN_PAGE_LIMIT) result = (await engine.full()).checkFile(path, text, options);
    else {
      const controller = new AbortController();
      workerCheck = controller;
      const full = await engine.full();
      [result] = await full.checkFiles([{ path, text }], { ...options, concurrency: 1, signal: controller.signal });
    }
  } catch (error) {
    if (seq === checkSeq && !(error instanceof Error && error.name === "AbortError")) {
      notify(`The check failed: ${error instanceof Error ? error.message : String(error)}`, { kind: "error", key: "check" });
    }
    return;
  }
  const file = state.files.get(path);
  if (!file || seq !== checkSeq || path !== state.current || text !== app.editor.text()) return;
  const ms = performance.now() - started;
  file.text = text;
  file.findings = result.findings;
  if (result.problem) file.problem = result.problem;
  else delete file.problem;
  timings.lastCheckMs = ms;
  timings.checks++;
  if (timings.firstFindings === null) timings.firstFindings = performance.now();
  app.setStatus(`Checked in ${ms < 1 ? "<1" : ms.toFixed(0)} ms${text.length > IN_PAGE_LIMIT ? " (in a worker)" : ""}`);
  showFindings();
  if (path !== SCRATCH) dropDirty = true;
  save();
}

/** Updates the editor's diagnostics, the findings panel and the buttons from the state. */
function showFindings() {
  const file = state.files.get(state.current);
  if (file) app.editor.setFindings(visible(state, file.findings).filter(editorRange));
  renderPanel(app);
  updateFixButtons(app);
  const counted = hasDrop(state) ? droppedFiles(state) : [state.files.get(SCRATCH)];
  const findings = counted.flatMap((f) => (f ? visible(state, f.findings) : []));
  announce(`${countText(severityCounts(findings))}${hasDrop(state) ? ` in ${plural(droppedFiles(state).length, "file")}` : ""}`);
}

/**
 * Says `text` in the live region, once: a check that finds the same counts says nothing again.
 * @param {string} text
 */
function announce(text) {
  if (text === lastAnnounced) return;
  lastAnnounced = text;
  $("#announcer").textContent = text;
}

/**
 * Opens a file in the editor (and jumps to a finding in it).
 * @param {string} path
 * @param {Finding} [finding]
 */
function openFile(path, finding) {
  if (path !== state.current) {
    const current = state.files.get(state.current);
    if (current) current.text = app.editor.text();
    state.current = path;
    const file = state.files.get(path);
    if (!file) return;
    suppressCheck = true;
    app.editor.setText(file.text);
    suppressCheck = false;
    $("#current-file").textContent = path;
    $("#back-to-scratch").hidden = path === SCRATCH;
    showFindings();
    save();
  }
  const range = finding && editorRange(finding);
  if (range) app.editor.jumpTo(range);
}

/**
 * Replaces the editor's buffer (Try it, a share link, Start over) as one undoable step, and says
 * so with an Undo that stays until dismissed.
 * @param {string} text
 * @param {string} message
 * @param {string} [previous]  the text before, when the caller replaced the file first
 */
function replaceBuffer(text, message, previous) {
  openFile(SCRATCH);
  const before = previous ?? app.editor.text();
  if (before === text) return;
  app.editor.setText(text);
  notify(message, {
    key: "replaced",
    actions: [
      {
        label: "Undo",
        run: () => {
          if (app.editor.text() === text && state.current === SCRATCH) app.editor.undo();
          if (app.editor.text() !== before) app.editor.setText(before);
          app.editor.focus();
        },
      },
    ],
  });
}

/** The hover card of a finding in the editor. @param {Finding} finding */
function card(finding) {
  const node = el(
    "div",
    { class: "card" },
    el("p", { class: "card-message" }, el("span", { class: `sev-${finding.severity} badge` }, finding.severity), " ", finding.code, ": ", withCode(finding.message)),
    ...(finding.cell ? [el("p", { class: "card-cell" }, `In cell ${finding.cell}, line ${finding.range.start.line}, column ${finding.range.start.column} of its source.`)] : []),
    el("p", {}, finding.removedIn
      ? (finding.deprecatedIn ? `Deprecated in ${finding.deprecatedIn}, removed in ${finding.removedIn}.` : `Removed in ${finding.removedIn}.`)
      : finding.withdrawnIn
        ? `Deprecated in ${finding.deprecatedIn}; ${finding.withdrawnIn} withdrew the deprecation.`
        : `Deprecated in ${finding.deprecatedIn}; no removal date yet.`),
    el("p", {}, el("strong", {}, "Instead: "), withCode(finding.replacement)),
  );
  if (finding.guard) node.append(el("p", {}, el("strong", {}, "Safe as written: "), withCode(finding.guard)));
  if (finding.fix && !finding.cell) node.append(el("p", { class: "card-hint" }, "Ctrl+. (⌘. on a Mac) with the cursor here reviews the fix."));
  node.append(el("p", {}, el("a", { href: `#docs/${encodeURIComponent(finding.symbol)}` }, `Docs: ${finding.symbol}`)));
  return node;
}

/** @param {Finding} finding */
function diagnosticActions(finding) {
  if (!finding.fix || finding.cell) return [];
  return [{ name: "Fix", apply: () => previewFindingFix(app, state.current, finding) }];
}

/** Ctrl+. on a squiggle. @param {Finding | null} finding */
function quickFix(finding) {
  if (!finding) app.setStatus("Ctrl+.: put the cursor on an underlined finding to fix it");
  else if (!finding.fix || finding.cell) app.setStatus(`${finding.code} ${finding.symbol}: no automatic fix; instead: ${finding.replacement}`);
  else if (!fixApplies(finding, true)) app.setStatus("No fix applies here");
  else previewFindingFix(app, state.current, finding);
}

// ----------------------------------------------------------------------- session, share link

function save() {
  savePending = true;
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(saveNow, 300);
  followShare();
}

function saveNow() {
  savePending = false;
  clearTimeout(saveTimer);
  saveSession(app);
  if (dropDirty) {
    dropDirty = false;
    saveDrop(droppedFiles(state), state.skipped)
      .then((kept) => {
        if (!kept) notify("The dropped files are too large to keep across a reload: drop them again after one.", { key: "not-kept" });
      })
      .catch(() => {});
  }
}

/** The share fragment follows the buffer: once shared, the link in the address bar stays current. */
function followShare() {
  if (!location.hash.startsWith("#s=")) return;
  clearTimeout(shareTimer);
  shareTimer = window.setTimeout(async () => {
    if (!location.hash.startsWith("#s=")) return;
    history.replaceState(null, "", await encodeState(shareState()));
  }, 400);
}

function shareState() {
  const code = state.current === SCRATCH ? app.editor.text() : state.files.get(SCRATCH)?.text ?? "";
  return { code, ...settingsOf(state) };
}

/** Opens a share link (or a docs link) from the fragment. */
async function restoreFromHash() {
  const hash = location.hash;
  if (hash.startsWith("#docs/")) {
    docsByLink = true;
    openDocs(decodeURIComponent(hash.slice(6)));
    return;
  }
  // Back from a docs link: back to the findings too.
  if (docsByLink) {
    docsByLink = false;
    selectTab("findings");
  }
  let shared;
  try {
    shared = await decodeState(hash);
  } catch (error) {
    notify(`${error instanceof Error ? error.message : String(error)}. The editor keeps what it had.`, { kind: "error", key: "share" });
    return;
  }
  if (!shared) return;
  const scratch = state.current === SCRATCH ? app.editor.text() : state.files.get(SCRATCH)?.text;
  const sameSettings = JSON.stringify(settingsOf(state)) === JSON.stringify({ ...settingsOf(state), ...pick(shared) });
  if (shared.code === scratch && sameSettings) return;
  applySettings(state, shared);
  syncControls(app);
  replaceBuffer(shared.code, "Opened the shared code in the editor.");
  scheduleCheck(0);
  recheckDrop(app);
}

/** The settings a share link carries. @param {any} shared */
const pick = (shared) => ({ target: shared.target, show: shared.show, unsafeFixes: shared.unsafeFixes });

function setUpShare() {
  $("#share").addEventListener("click", async () => {
    history.replaceState(null, "", await encodeState(shareState()));
    try {
      await navigator.clipboard.writeText(location.href);
      app.setStatus("Share link copied: it holds the code itself, no server sees it");
    } catch {
      app.setStatus("Share link is in the address bar: it holds the code itself, no server sees it");
    }
  });
  window.addEventListener("hashchange", () => restoreFromHash());
}

// ---------------------------------------------------------------------------------- export

const EXPORT_FILES = {
  json: ["pysunset.json", "application/json"],
  sarif: ["pysunset.sarif", "application/sarif+json"],
  markdown: ["pysunset-report.md", "text/markdown"],
};

/**
 * The report of what is counted, in the chosen format (the engine's render, from a module
 * loaded on the first export: the CLI's bytes).
 */
async function exportText() {
  const format = /** @type {"json" | "sarif" | "markdown"} */ (/** @type {HTMLSelectElement} */ ($("#export-format")).value);
  if (!app.engine) app.setStatus("Exports wait for the engine, which is loading…");
  const engine = await engineReady;
  const scratch = state.files.get(SCRATCH);
  if (scratch && state.current === SCRATCH) scratch.text = app.editor.text();
  const reports = exportReports(state);
  if (format === "markdown") {
    const { toMarkdown } = await import("./export.js");
    return { format, text: toMarkdown(reports, { target: state.target, skipped: state.skipped, version: engine.version }) };
  }
  const { render } = await import("./render.js");
  return { format, text: await render(reports, { format, target: state.target }) };
}

function setUpExport() {
  $("#export-download").addEventListener("click", async () => {
    try {
      const { format, text } = await exportText();
      const [name, type] = EXPORT_FILES[format];
      download(name, text, type);
    } catch (error) {
      notify(`The export failed: ${error instanceof Error ? error.message : String(error)}`, { kind: "error" });
    }
  });
  $("#export-copy").addEventListener("click", async () => {
    try {
      const { text } = await exportText();
      await navigator.clipboard.writeText(text);
      app.setStatus("Copied the report to the clipboard.");
    } catch (error) {
      notify(`Not copied (${error instanceof Error ? error.message : String(error)}): use Download.`, { kind: "error" });
    }
  });
}

// ------------------------------------------------------------------------------------ docs

/**
 * A JSON file of the build (the page works without it: `fallback` then).
 * @template T
 * @param {string} name
 * @param {T} fallback
 * @returns {Promise<T>}
 */
const buildData = (name, fallback) =>
  fetch(new URL(name, import.meta.url))
    .then((response) => (response.ok ? response.json() : fallback))
    .catch(() => fallback);

/** @type {Promise<void> | null} */
let loadingWhys = null;

/** Fetches the catalogue's reasons, then shows them in the findings list. */
function loadWhys() {
  loadingWhys ??= buildData("./whys.json", /** @type {Record<string, string>} */ ({})).then((loaded) => {
    whys = loaded;
    showFindings();
  });
  return loadingWhys;
}

/** An entry of the engine's catalogue with its reason, once whys.json is in. @param {CatalogueEntry} entry */
const withWhy = (entry) => (entry.why || !whys?.[entry.symbol] ? entry : { ...entry, why: whys[entry.symbol] });

/** @type {ReturnType<typeof import("./docs.js").renderDocs> | null} */
let docs = null;

async function loadDocs() {
  if (docs) return docs;
  const engine = await app.fullEngine();
  // The changes code does not show, the entries' before/after programs (which the page's
  // engine is built without: they are the docs' alone) and their reasons come with the build.
  const [behaviours, examples] = await Promise.all([
    buildData("./behaviours.json", []),
    buildData("./examples.json", /** @type {Record<string, [string, string]>} */ ({})),
    loadWhys(),
  ]);
  // The docs' code is loaded when they are first opened.
  const { renderDocs } = await import("./docs.js");
  if (docs) return docs;
  const entries = engine.catalogue().map((entry) => {
    const [before, after] = examples[entry.symbol] ?? [entry.before, entry.after];
    return { ...withWhy(entry), before, after };
  });
  docs = renderDocs($("#panel-docs"), entries, behaviours, {
    onTry: (entry) => {
      selectTab("findings");
      replaceBuffer(entry.before, `Loaded the example of ${entry.symbol} into the editor.`);
      app.editor.focus();
    },
  });
  return docs;
}

/** @param {string} symbol */
async function openDocs(symbol) {
  selectTab("docs");
  const loaded = await loadDocs();
  if (symbol && !loaded.show(symbol)) $("#docs-count").textContent = `No entry named ${symbol}`;
}

const TABS = ["findings", "docs", "ci"];

/** @param {string} name */
function selectTab(name) {
  for (const tab of TABS) {
    const selected = tab === name;
    const button = $(`#tab-${tab}`);
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    $(`#panel-${tab}`).hidden = !selected;
  }
  if (name === "docs") loadDocs();
}

function setUpTabs() {
  TABS.forEach((name, index) => {
    const button = $(`#tab-${name}`);
    button.addEventListener("click", () => selectTab(name));
    button.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
      const next = TABS[(index + (event.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length];
      selectTab(next);
      $(`#tab-${next}`).focus();
    });
  });
  // The skip link lands in the editor itself, ready to type.
  $("#skip-link").addEventListener("click", (event) => {
    event.preventDefault();
    app.editor.focus();
  });
}

// ------------------------------------------------------------------------------------ start

async function start() {
  // The engine loads (wasm compile) while the editor is built.
  const loading = loadEngine();
  setUpTheme(app);
  app.editor = createEditor($("#editor"), {
    label: "Python source to check",
    onChange: () => {
      if (!suppressCheck) {
        scheduleCheck();
        save();
      }
    },
    card,
    actions: diagnosticActions,
    rangeOf: editorRange,
    quickFix,
  });
  // The session the last visit left (this tab's first), else the example.
  const session = loadSession();
  if (session) applySettings(state, session.settings);
  /** @type {import("./state.js").PageFile} */ (state.files.get(SCRATCH)).text = session ? session.code : EXAMPLE;
  suppressCheck = true;
  app.editor.setText(session ? session.code : EXAMPLE);
  suppressCheck = false;
  setUpSettings(app);
  setUpFixes(app);
  setUpTabs();
  setUpDrop(app);
  setUpExport();
  setUpShare();
  syncControls(app);
  // A change made less than 300 ms before a reload or a close is saved as the page goes (only
  // then: a tab left open does not overwrite what a newer tab saved since).
  window.addEventListener("pagehide", () => {
    if (savePending) saveNow();
  });
  const restoring = loadDrop();
  try {
    app.engine = await loading;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    engineFailed(error);
    notify(`The engine did not load: ${message}. Reload the page; if it persists, this browser may lack WebAssembly.`, { kind: "error" });
    app.setStatus("The engine did not load");
    return;
  }
  engineLoaded(app.engine);
  timings.engineReady = performance.now();
  const label = BUILD.label ? `${BUILD.label}, ` : "";
  $("#version").textContent = `pysunset ${app.engine.version} (${label}build ${BUILD.version}).`;
  // A share link's code replaces the last session's before the first check: the first findings
  // are the shared code's (a page that checked the old buffer first showed findings of code
  // about to be replaced, and a reader of the first check could see the wrong ones).
  if (location.hash) await restoreFromHash();
  await runCheck();
  // What the first findings do not need loads now (CodeMirror, the catalogue's reasons); the
  // service worker starts once it has, so that its precache takes these files from the HTTP
  // cache rather than downloading them again.
  const later = new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => Promise.all([app.editor?.loadLater(), loadWhys()]))
    .then(() => (timings.later = performance.now()));
  const kept = await restoring;
  // A drop made while the engine loaded wins over the files kept from the last visit.
  if (kept?.files.length && !hasDrop(state) && !state.batch) {
    for (const file of kept.files) state.files.set(file.path, { ...file, findings: [] });
    state.skipped = kept.skipped ?? [];
    if (session && state.files.has(session.current) && session.current !== SCRATCH) openFile(session.current);
    await recheckDrop(app);
  }
  await later.catch(() => {});
  setUpServiceWorker(app);
}

// What the end-to-end tests read (and a person debugging in the console).
Object.assign(window, {
  pysunset: {
    state,
    timings,
    build: () => ({ ...BUILD }),
    diagnostics: () => app.editor?.diagnostics() ?? [],
    view: () => app.editor?.view,
    /** The editor's text: the plain editor's, then CodeMirror's. */
    text: () => app.editor?.text() ?? "",
    checksDone: () => timings.checks,
    engine: () => app.engine,
    /** The full engine (the npm package's whole API), loaded on the first call. */
    fullEngine: () => app.fullEngine(),
  },
});

start();
