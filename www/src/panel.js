// @ts-check
// The findings panel: the project view of what is counted (the drop when there is one, else the
// editor's buffer), grouped by file, rule or module, filtered, each group collapsible. Every
// finding is actionable where it is listed: where it is, its source line, what to use instead (as
// code), why, the docs link and Fix. Long lists are virtualised: rows are rendered in blocks as
// they scroll near the view, so 50,000 findings cost what the screen shows.
import { el, withCode } from "./dom.js";
import { countText, dropSummary, hasDrop, isNotebook, notChecked, plural, projectRows, sourceLine, summaryText } from "./state.js";

/** @typedef {import("./main.js").App} App */
/** @typedef {import("./state.js").PageFile} PageFile */
/** @typedef {import("pysunset").Finding} Finding */

/** Rows per rendered block. */
const BLOCK = 40;
/** A block's height before it is rendered (px per row): close enough that the scrollbar is right. */
const ROW_ESTIMATE = 92;

/** Groups the person collapsed, by key (kept across renders). */
const collapsed = new Set();
/** @type {IntersectionObserver | null} */
let observer = null;

/** Why a notebook's findings have no Fix button of their own. */
const NOTEBOOK_NO_FIX =
  "No Fix on single findings in notebooks: a fix's edits are positions in Python code, and the cells are JSON strings. " +
  "“Fix all in this file” fixes the cells together and writes them back into the notebook (the diff shows its JSON).";

/**
 * Renders the panel from the state.
 * @param {App} app
 */
export function renderPanel(app) {
  const { state } = app;
  const { groups, rows, total } = projectRows(state, collapsed);
  const byKey = new Map(groups.map((group) => [group.key, group]));
  const list = app.$("#findings");
  observer?.disconnect();
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const block = /** @type {HTMLElement & {rows?: typeof rows}} */ (entry.target);
        observer?.unobserve(block);
        fill(app, block, block.rows ?? [], byKey);
      }
    },
    { rootMargin: "600px 0px" },
  );
  const blocks = [];
  for (let start = 0; start < rows.length; start += BLOCK) {
    const block = /** @type {HTMLElement & {rows?: typeof rows}} */ (el("div", { class: "block" }));
    block.rows = rows.slice(start, start + BLOCK);
    if (start === 0) fill(app, block, block.rows, byKey);
    else {
      block.style.minHeight = `${block.rows.length * ROW_ESTIMATE}px`;
      observer.observe(block);
    }
    blocks.push(block);
  }
  if (!blocks.length) {
    const why = state.filter
      ? `No finding matches “${state.filter}”. Clear the filter, or search by path, rule code (SUN001), module or message.`
      : `No findings at target ${state.target} for the severities shown.`;
    blocks.push(el("p", { class: "empty" }, why));
  }
  list.replaceChildren(...blocks);
  list.setAttribute("aria-busy", "false");
  app.$("#findings-count").textContent = String(total);
  app.$("#findings-count").setAttribute("aria-label", plural(total, "finding"));
  const drop = hasDrop(state);
  app.$("#project-bar").hidden = !drop;
  app.$("#project-clear").hidden = !drop;
  if (drop) app.$("#batch-summary").textContent = summaryText(dropSummary(state), state.target);
  renderSkipped(app);
}

/**
 * Renders a block's rows into it.
 * @param {App} app
 * @param {HTMLElement} block
 * @param {ReturnType<typeof projectRows>["rows"]} rows
 * @param {Map<string, ReturnType<typeof projectRows>["groups"][number]>} groups
 */
function fill(app, block, rows, groups) {
  const nodes = [];
  for (const row of rows) {
    if (row.kind === "group") {
      const group = /** @type {ReturnType<typeof projectRows>["groups"][number]} */ (groups.get(row.key));
      nodes.push(groupHead(app, group));
    } else if (row.kind === "file-note") {
      const file = row.file;
      const notes = el("div", { class: "file-notes", "data-file": file.path });
      if (file.problem) notes.append(el("p", { class: notChecked(file) ? "problem" : "note" }, notChecked(file) ? `Not checked: ${file.problem.replace(/^skipped: /, "")}` : file.problem));
      if (file.note) notes.append(el("p", { class: "note" }, file.note));
      if (isNotebook(file.path) && file.findings.length) notes.append(el("p", { class: "note no-fix" }, NOTEBOOK_NO_FIX));
      nodes.push(notes);
    } else nodes.push(findingItem(app, row.file, row.finding));
  }
  block.replaceChildren(...nodes);
  block.style.minHeight = "";
}

/**
 * @param {App} app
 * @param {ReturnType<typeof projectRows>["groups"][number]} group
 */
function groupHead(app, group) {
  const byFile = app.state.groupBy === "file";
  const toggle = el(
    "button",
    { type: "button", class: "group-toggle", "aria-expanded": String(!group.collapsed) },
    el("span", { class: byFile ? "path" : "group-label" }, group.label),
  );
  toggle.addEventListener("click", () => {
    if (collapsed.has(group.key)) collapsed.delete(group.key);
    else collapsed.add(group.key);
    renderPanel(app);
    /** @type {HTMLElement | null} */ (app.$("#findings").querySelector(`[data-group="${CSS.escape(group.key)}"] .group-toggle`))?.focus();
  });
  return el(
    "div",
    { class: "file-group", "data-group": group.key },
    el("h3", {}, toggle, el("span", { class: "counts" }, countText(group.counts))),
  );
}

/**
 * One finding, with everything needed to act on it.
 * @param {App} app
 * @param {PageFile} file
 * @param {Finding} finding
 */
function findingItem(app, file, finding) {
  const { line, column } = finding.range.start;
  const where = finding.cell ? `cell ${finding.cell}, ${line}:${column}` : `${line}:${column}`;
  const jump = el(
    "button",
    { type: "button", class: `finding sev-${finding.severity}`, "data-line": line, "data-column": column, "data-code": finding.code },
    el("span", { class: "where" }, app.state.groupBy === "file" ? where : `${file.path} ${where}`),
    " ",
    el("span", { class: "code" }, finding.code),
    " ",
    el("span", { class: "message" }, withCode(finding.message)),
  );
  jump.addEventListener("click", () => app.openFile(file.path, finding));
  const source = sourceLine(file.text, finding);
  const item = el("div", { class: "finding-item", "data-file": file.path }, jump);
  if (source) item.append(el("pre", { class: "source-line", "aria-label": "Source line" }, el("code", {}, source)));
  const instead = el("p", { class: "instead" }, "Instead: ");
  instead.append(/`/.test(finding.replacement) ? withCode(finding.replacement) : el("code", {}, finding.replacement));
  item.append(instead);
  if (finding.guard) item.append(el("p", { class: "guard" }, "Safe as written: ", withCode(finding.guard)));
  const why = app.whyOf(finding.symbol);
  const actions = el("p", { class: "finding-actions" });
  if (why) {
    const details = el("details", { class: "why" }, el("summary", {}, "Why"), el("p", {}, withCode(why)));
    item.append(details);
  }
  const docs = el("a", { href: `#docs/${encodeURIComponent(finding.symbol)}`, class: "docs-link" }, "Docs");
  docs.setAttribute("aria-label", `Docs: ${finding.symbol}`);
  actions.append(docs);
  if (finding.fix && !finding.cell) {
    const fix = el("button", { type: "button", class: "fix-one" }, finding.fix.applicability === "unsafe" ? "Fix (unsafe)" : "Fix");
    fix.setAttribute("aria-label", `Fix ${finding.code} at line ${line} of ${file.path}: ${finding.fix.message}`);
    fix.addEventListener("click", () => app.previewFindingFix(file.path, finding));
    actions.append(" ", fix);
  }
  item.append(actions);
  return item;
}

/** @param {App} app */
function renderSkipped(app) {
  const { state } = app;
  const box = app.$("#skipped");
  box.hidden = !state.skipped.length;
  app.$("#skipped-count").textContent = plural(state.skipped.length, "file");
  app.$("#skipped-list").replaceChildren(
    ...state.skipped.slice(0, 5000).map((item) => el("li", {}, el("span", { class: "path" }, item.path), ": ", item.reason)),
  );
}

/** Forgets collapsed groups (a new drop). */
export function resetPanel() {
  collapsed.clear();
}
