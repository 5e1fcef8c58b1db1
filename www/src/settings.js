// @ts-check
// Settings (target, severities, unsafe fixes, theme), the "Use in CI" panel that turns them into
// configuration, and the session kept across reloads: the buffer, the file in the editor and the
// settings in localStorage (and sessionStorage, so each tab gets its own back after a reload),
// the dropped files in IndexedDB. "Start over" forgets all of it.
import { el } from "./dom.js";
import { clearNotices } from "./notices.js";
import { EXAMPLE, SCRATCH, SEVERITIES, TARGETS, applySettings, ciSnippets, settingsOf } from "./state.js";

/** @typedef {import("./main.js").App} App */
/** @typedef {import("./state.js").PageFile} PageFile */
/** @typedef {import("./state.js").Skipped} Skipped */

const SESSION_KEY = "pysunset-session";
const DB_NAME = "pysunset";
const DB_STORE = "session";
/** Dropped files larger than this in all are not kept across reloads (the browser's quota). */
const MAX_STORED_BYTES = 64 * 1024 * 1024;

/**
 * The session saved by the last page (this tab's first, else the latest of any tab), or null.
 * @returns {{ v: 1, code: string, current: string, settings: object } | null}
 */
export function loadSession() {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      const saved = JSON.parse(storage.getItem(SESSION_KEY) ?? "null");
      if (saved && saved.v === 1 && typeof saved.code === "string") return saved;
    } catch {
      // Storage off or damaged: try the next, else start from the example.
    }
  }
  return null;
}

/**
 * Saves the buffer and the settings (synchronously: it runs before an update's reload too).
 * @param {App} app
 */
export function saveSession(app) {
  const { state } = app;
  const code = state.current === SCRATCH ? app.editor.text() : state.files.get(SCRATCH)?.text ?? "";
  const session = JSON.stringify({ v: 1, code, current: state.current, settings: settingsOf(state) });
  for (const storage of [sessionStorage, localStorage]) {
    try {
      storage.setItem(SESSION_KEY, session);
    } catch {
      // Quota or storage off: the page still works, it just forgets on reload.
    }
  }
}

/** @returns {Promise<IDBDatabase>} */
function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Runs one request on the store.
 * @param {"readonly" | "readwrite"} mode
 * @param {(store: IDBObjectStore) => IDBRequest} use
 */
async function withStore(mode, use) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const request = use(db.transaction(DB_STORE, mode).objectStore(DB_STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The writes to IndexedDB, run one after the other in the order asked: a Start over's delete
 * runs after a save asked before it, never before. */
let writes = Promise.resolve();

/**
 * Runs `write` once the writes asked before it are done.
 * @template T
 * @param {() => Promise<T>} write
 * @returns {Promise<T>}
 */
function queued(write) {
  const next = writes.then(write, write);
  writes = next.then(
    () => {},
    () => {},
  );
  return next;
}

/**
 * Keeps the dropped files (their text, not their findings: they are checked again on load).
 * Resolves to false when they are too large to keep.
 * @param {PageFile[]} files
 * @param {Skipped[]} skipped
 */
export async function saveDrop(files, skipped) {
  const bytes = files.reduce((sum, file) => sum + file.text.length * 2, 0);
  if (bytes > MAX_STORED_BYTES) {
    await queued(() => withStore("readwrite", (store) => store.delete("drop"))).catch(() => {});
    return false;
  }
  const value = { files: files.map(({ path, text, note }) => ({ path, text, ...(note ? { note } : {}) })), skipped };
  await queued(() => withStore("readwrite", (store) => store.put(value, "drop")));
  return true;
}

/** @returns {Promise<{files: {path: string, text: string, note?: string}[], skipped: Skipped[]} | null>} */
export async function loadDrop() {
  try {
    return (await queued(() => withStore("readonly", (store) => store.get("drop")))) ?? null;
  } catch {
    return null;
  }
}

/** Forgets everything kept. */
async function forgetAll() {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      storage.removeItem(SESSION_KEY);
    } catch {
      // Nothing kept there.
    }
  }
  await queued(() => withStore("readwrite", (store) => store.delete("drop"))).catch(() => {});
}

/**
 * Puts the controls in line with the state.
 * @param {App} app
 */
export function syncControls(app) {
  /** @type {HTMLSelectElement} */ (app.$("#target")).value = app.state.target;
  for (const severity of SEVERITIES) /** @type {HTMLInputElement} */ (app.$(`#show-${severity}`)).checked = app.state.show[severity];
  /** @type {HTMLInputElement} */ (app.$("#unsafe-fixes")).checked = app.state.unsafeFixes;
  renderCi(app);
}

/**
 * The "Use in CI" panel for the current settings.
 * @param {App} app
 */
function renderCi(app) {
  const snippets = ciSnippets(app.state);
  /** @param {string} title @param {string} text */
  const block = (title, text) => {
    const copy = el("button", { type: "button", class: "copy" }, "Copy");
    copy.setAttribute("aria-label", `Copy: ${title}`);
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = "Copied";
      } catch {
        copy.textContent = "Select and copy";
      }
    });
    return el("figure", { class: "snippet" }, el("figcaption", {}, title, " ", copy), el("pre", { tabindex: "0" }, el("code", {}, text)));
  };
  app.$("#ci-snippets").replaceChildren(
    block("pyproject.toml", snippets.pyproject),
    block("The CLI (cargo install pysunset, or pip install pysunset)", snippets.cli),
    block("The npm package (no install: npx)", snippets.npm),
    block("GitHub Actions step (annotations on pull requests)", snippets.actions),
  );
}

/**
 * @param {App} app
 */
export function setUpSettings(app) {
  const select = /** @type {HTMLSelectElement} */ (app.$("#target"));
  for (const target of TARGETS) select.append(el("option", { value: target }, `Python ${target}`));
  select.addEventListener("change", () => {
    app.state.target = select.value;
    app.scheduleCheck(0);
    app.recheckDrop();
    renderCi(app);
    app.save();
  });
  for (const severity of SEVERITIES) {
    const box = /** @type {HTMLInputElement} */ (app.$(`#show-${severity}`));
    box.addEventListener("change", () => {
      app.state.show[severity] = box.checked;
      app.showFindings();
      renderCi(app);
      app.save();
    });
  }
  const unsafe = /** @type {HTMLInputElement} */ (app.$("#unsafe-fixes"));
  unsafe.addEventListener("change", () => {
    app.state.unsafeFixes = unsafe.checked;
    app.showFindings();
    renderCi(app);
    app.save();
  });
  // Start over changes the page at once, in this task: a save still pending would otherwise run
  // while the page waits for IndexedDB and write the old work back (session 14's flake). The
  // delete of the kept drop is queued after any write asked before it.
  app.$("#start-over").addEventListener("click", () => {
    const previous = app.editor.text();
    app.state.batch?.abort();
    app.cancelSave();
    for (const path of [...app.state.files.keys()]) if (path !== SCRATCH) app.state.files.delete(path);
    app.state.skipped = [];
    applySettings(app.state, { target: "3.12", show: { error: true, warning: true, info: true }, unsafeFixes: false });
    syncControls(app);
    clearNotices();
    app.$("#batch-summary").textContent = "";
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    forgetAll();
    app.replaceBuffer(EXAMPLE, "Started over: the example is back, dropped files and settings are forgotten.", previous);
  });
  syncControls(app);
}

/** @param {App} app */
export function setUpTheme(app) {
  const button = app.$("#theme");
  const media = matchMedia("(prefers-color-scheme: dark)");
  /** @param {string} theme */
  const apply = (theme) => {
    document.documentElement.dataset.theme = theme;
    const dark = theme === "dark";
    button.setAttribute("aria-pressed", String(dark));
    button.textContent = dark ? "Light theme" : "Dark theme";
  };
  /** @type {string | null} */
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
