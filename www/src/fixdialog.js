// @ts-check
// Fixes, always reviewed as a diff first: one finding's fix, all of a file's, or the fixed
// dropped files as a download. The dialog returns focus to where it was opened from (never to
// <body>), whether it is applied or cancelled.
import { applyEditsToText } from "./editor.js";
import { el, download } from "./dom.js";
import { notify } from "./notices.js";
import { SCRATCH, droppedFiles, isNotebook, mayFix, plural } from "./state.js";

/** @typedef {import("./main.js").App} App */
/** @typedef {import("pysunset").Finding} Finding */

/** @type {(() => void) | null} */
let pendingFix = null;
/** @type {HTMLElement | null} */
let returnFocus = null;

/**
 * Shows the diff of `changes` and runs `onApply` if the person applies it.
 * @param {App} app
 * @param {string} title
 * @param {string} summary
 * @param {{path: string, before: string, after: string}[]} changes
 * @param {() => void} onApply
 */
async function showDiff(app, title, summary, changes, onApply) {
  // The diff is loaded with the first fix, not with the page.
  const { diffLines, hunks } = await import("./diff.js");
  app.$("#fix-title").textContent = title;
  app.$("#fix-summary").textContent = summary;
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
  app.$("#fix-diff").replaceChildren(...blocks);
  pendingFix = onApply;
  const active = document.activeElement;
  returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
  /** @type {HTMLDialogElement} */ (app.$("#fix-dialog")).showModal();
}

/**
 * @param {App} app
 * @param {boolean} apply
 */
function closeFixDialog(app, apply) {
  const action = pendingFix;
  pendingFix = null;
  /** @type {HTMLDialogElement} */ (app.$("#fix-dialog")).close();
  if (apply && action) action();
  // Applying changes the editor: focus goes there. Cancel goes back where the person was (a
  // Fix button re-rendered in the meantime is gone: then the editor too).
  const back = returnFocus;
  returnFocus = null;
  if (!apply && back && back.isConnected) back.focus();
  else app.editor.focus();
}

/**
 * The engine's fix of a whole file: `fix` for Python, `fixFile` for notebooks.
 * @param {App} app
 * @param {string} path
 * @param {string} text
 */
async function fixText(app, path, text) {
  const engine = await app.fullEngine();
  const options = { target: app.state.target, unsafeFixes: app.state.unsafeFixes };
  return isNotebook(path) ? engine.fixFile(path, text, options) : engine.fix(text, options);
}

/**
 * The diff of one finding's fix, then the edit (one undoable step).
 * @param {App} app
 * @param {string} path
 * @param {Finding} finding
 */
export function previewFindingFix(app, path, finding) {
  if (!finding.fix) return;
  if (path !== app.state.current) app.openFile(path, finding);
  const before = app.editor.text();
  const file = app.state.files.get(path);
  if (!file || before !== file.text) {
    // The fix's positions are those of the text last checked.
    app.setStatus("The code changed since the last check: the fix is ready again in a moment");
    app.scheduleCheck(0);
    return;
  }
  const fix = finding.fix;
  const after = applyEditsToText(before, fix.edits);
  showDiff(app, "Review the fix", `${fix.message} (${fix.applicability})`, [{ path, before, after }], () => {
    app.editor.applyEdits(fix.edits);
  });
}

/** @param {App} app */
async function previewFileFix(app) {
  const before = app.editor.text();
  const path = app.state.current;
  const result = await fixText(app, path, before);
  if (result.output === before) {
    notify(
      app.state.unsafeFixes
        ? "No fix applies to this file at this target."
        : "No safe fix applies to this file at this target: tick “unsafe fixes too” to see the unsafe ones.",
    );
    return;
  }
  const remaining = result.remaining.length ? `; ${plural(result.remaining.length, "finding")} need a hand` : "";
  showDiff(app, "Review the fixes", `${plural(result.applied.length, "fix", "fixes")} in ${path}${remaining}`, [{ path, before, after: result.output }], () => {
    if (app.state.current === path) app.editor.setText(result.output);
  });
}

/** @param {App} app */
async function previewDownloadFixed(app) {
  const changes = [];
  for (const file of droppedFiles(app.state)) {
    if (!mayFix(file, app.state.unsafeFixes)) continue;
    const text = file.path === app.state.current ? app.editor.text() : file.text;
    const fixed = await fixText(app, file.path, text);
    if (fixed.output !== text) changes.push({ path: file.path, before: text, after: fixed.output });
  }
  if (!changes.length) {
    notify("No fix applies to these files at this target.");
    return;
  }
  showDiff(app, "Download the fixed files", `${plural(changes.length, "file")} change`, changes, () => {
    /** @param {string} path */
    const type = (path) => (isNotebook(path) ? "application/x-ipynb+json" : "text/x-python");
    if (changes.length === 1) download(changes[0].path.split("/").pop() ?? "fixed.py", changes[0].after, type(changes[0].path));
    else import("./archive.js").then(({ writeZip }) => download("pysunset-fixed.zip", writeZip(changes.map((change) => ({ path: change.path, text: change.after })))));
  });
}

/**
 * Shows "Fix all in this file" and "Download fixed files" only where a fix would apply with the
 * settings (not when only unsafe fixes exist and "unsafe fixes too" is off).
 * @param {App} app
 */
export function updateFixButtons(app) {
  const file = app.state.files.get(app.state.current);
  app.$("#fix-file").hidden = !file || !mayFix(file, app.state.unsafeFixes);
  app.$("#fix-download").hidden = !droppedFiles(app.state).some((f) => f.path !== SCRATCH && mayFix(f, app.state.unsafeFixes));
}

/** @param {App} app */
export function setUpFixes(app) {
  app.$("#fix-file").addEventListener("click", () => previewFileFix(app));
  app.$("#fix-download").addEventListener("click", () => previewDownloadFixed(app));
  app.$("#fix-apply").addEventListener("click", () => closeFixDialog(app, true));
  app.$("#fix-cancel").addEventListener("click", () => closeFixDialog(app, false));
  // Esc closes the dialog without a click: focus goes back all the same.
  app.$("#fix-dialog").addEventListener("cancel", (event) => {
    event.preventDefault();
    closeFixDialog(app, false);
  });
}
