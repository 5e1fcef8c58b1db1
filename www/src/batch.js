// @ts-check
// Drops and opened files: read (folders walked, archives unpacked with limits), checked on the
// npm package's worker pool, and put in the state as the project the page counts; checked again
// when the target changes; cleared with Clear. A drop made while the engine loads waits for it
// (and says so) instead of being ignored.
import { dropSources, inputSources } from "./sources.js";
import { isAbort, poolSize } from "./engine.js";
import { notify } from "./notices.js";
import { resetPanel } from "./panel.js";
import { SCRATCH, dropSummary, plural, summaryText } from "./state.js";

/** @typedef {import("./main.js").App} App */
/** @typedef {import("./state.js").PageFile} PageFile */

/**
 * Checks files on the pool with a progress bar; resolves to the results, in order.
 * @param {App} app
 * @param {{path: string, text: string}[]} files
 * @param {AbortController} controller
 */
async function checkOnPool(app, files, controller) {
  const engine = await app.fullEngine();
  const progress = /** @type {HTMLProgressElement} */ (app.$("#batch-progress"));
  const label = app.$("#batch-label");
  progress.max = Math.max(files.length, 1);
  progress.value = 0;
  label.textContent = `Checking 0 of ${plural(files.length, "file")}`;
  return engine.checkFiles(files, {
    target: app.state.target,
    concurrency: poolSize(),
    signal: controller.signal,
    onProgress: ({ done, total }) => {
      progress.value = done;
      label.textContent = `Checking ${done.toLocaleString("en")} of ${plural(total ?? files.length, "file")}`;
    },
  });
}

/**
 * Starts a batch: cancels the one running, shows the progress bar.
 * @param {App} app
 */
function beginBatch(app) {
  app.state.batch?.abort();
  const controller = new AbortController();
  app.state.batch = controller;
  app.$("#batch").hidden = false;
  return controller;
}

/**
 * @param {App} app
 * @param {AbortController} controller
 */
function endBatch(app, controller) {
  if (app.state.batch === controller) {
    app.state.batch = null;
    app.$("#batch").hidden = true;
  }
}

/**
 * Reads and checks dropped or opened sources; they replace the previous drop.
 * @param {App} app
 * @param {ReturnType<typeof dropSources>} sources
 */
export async function checkSources(app, sources) {
  if (!sources.length) return;
  const controller = beginBatch(app);
  const label = app.$("#batch-label");
  const progress = /** @type {HTMLProgressElement} */ (app.$("#batch-progress"));
  progress.removeAttribute("value");
  if (!app.engine?.loaded()) label.textContent = "Waiting for the engine to load…";
  const started = performance.now();
  try {
    const engine = await app.fullEngine();
    label.textContent = "Reading files…";
    // Reading folders and archives is loaded with the first drop, not with the page.
    const { gatherFiles } = await import("./files.js");
    const { files, skipped } = await gatherFiles(sources, {
      signal: controller.signal,
      reader: engine,
      onStatus: (text) => (label.textContent = text),
    });
    if (controller.signal.aborted) throw new DOMException("cancelled", "AbortError");
    const results = await checkOnPool(app, files, controller);
    for (const path of [...app.state.files.keys()]) if (path !== SCRATCH) app.state.files.delete(path);
    files.forEach((file, index) => {
      const result = results[index];
      app.state.files.set(file.path, {
        path: file.path,
        text: file.text,
        findings: result.findings,
        ...(result.problem ? { problem: result.problem } : {}),
        ...(file.note ? { note: file.note } : {}),
      });
    });
    app.state.skipped = skipped;
    resetPanel();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!app.state.files.has(app.state.current)) app.openFile(SCRATCH);
    app.showFindings();
    app.$("#batch-summary").textContent = `${summaryText(dropSummary(app.state), app.state.target)} (${seconds} s)`;
    app.announce(summaryText(dropSummary(app.state), app.state.target));
    app.state.batchesDone++;
    app.dropChanged();
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) app.$("#batch-summary").textContent = "Cancelled: nothing was changed.";
    else notify(`The check of the dropped files failed: ${error instanceof Error ? error.message : String(error)}`, { kind: "error" });
  } finally {
    endBatch(app, controller);
  }
}

/**
 * Checks the dropped files again (after a change of target, or files restored after a reload).
 * @param {App} app
 */
export async function recheckDrop(app) {
  const files = [...app.state.files.values()].filter((file) => file.path !== SCRATCH);
  if (!files.length) return;
  const controller = beginBatch(app);
  try {
    const results = await checkOnPool(
      app,
      files.map((file) => ({ path: file.path, text: file.path === app.state.current ? app.editor.text() : file.text })),
      controller,
    );
    files.forEach((file, index) => {
      file.findings = results[index].findings;
      if (results[index].problem) file.problem = results[index].problem;
      else delete file.problem;
    });
    app.showFindings();
    app.announce(summaryText(dropSummary(app.state), app.state.target));
    app.state.batchesDone++;
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) app.$("#batch-summary").textContent = "Cancelled: the results are for the previous target.";
    else notify(`The check failed: ${error instanceof Error ? error.message : String(error)}`, { kind: "error" });
  } finally {
    endBatch(app, controller);
  }
}

/**
 * Forgets the drop: the editor's buffer is what is counted again.
 * @param {App} app
 */
export function clearDrop(app) {
  app.state.batch?.abort();
  for (const path of [...app.state.files.keys()]) if (path !== SCRATCH) app.state.files.delete(path);
  app.state.skipped = [];
  app.state.filter = "";
  /** @type {HTMLInputElement} */ (app.$("#project-filter")).value = "";
  app.$("#batch-summary").textContent = "";
  resetPanel();
  app.openFile(SCRATCH);
  app.showFindings();
  app.dropChanged();
}

/**
 * Drag and drop anywhere on the page (the editor included: CodeMirror's own file drop is
 * stopped in editor.js), the file pickers, Cancel and Clear.
 * @param {App} app
 */
export function setUpDrop(app) {
  const overlay = app.$("#drop-overlay");
  let depth = 0;
  /** @param {DragEvent} event */
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  document.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  document.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    depth = 0;
    overlay.hidden = true;
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    checkSources(app, dropSources(event.dataTransfer));
  });
  for (const id of ["#open-files", "#open-folder"]) {
    const input = /** @type {HTMLInputElement} */ (app.$(id));
    input.addEventListener("change", () => {
      checkSources(app, inputSources(input.files ?? []));
      input.value = "";
    });
  }
  app.$("#batch-cancel").addEventListener("click", () => app.state.batch?.abort());
  app.$("#project-clear").addEventListener("click", () => clearDrop(app));
  const filter = /** @type {HTMLInputElement} */ (app.$("#project-filter"));
  let timer = 0;
  filter.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      app.state.filter = filter.value;
      app.showFindings();
    }, 120);
  });
  const groupBy = /** @type {HTMLSelectElement} */ (app.$("#project-group"));
  groupBy.addEventListener("change", () => {
    app.state.groupBy = /** @type {"file" | "rule" | "module"} */ (groupBy.value);
    resetPanel();
    app.showFindings();
  });
}
