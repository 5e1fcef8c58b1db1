// @ts-check
// The editor: a plain one first (a textarea with line numbers, laid out as CodeMirror lays out
// its editor), which the first findings need and which costs nothing to load; right after
// them, `loadLater` brings CodeMirror (codemirror.js: highlighting, undo history, findings as
// squiggles and hover cards, search), which takes over in one task with the text, the
// selection, the scroll position, the focus and what was typed (as undo steps). The page talks
// to this object either way.

/** @typedef {import("pysunset").Finding} Finding */
/** @typedef {import("pysunset").Range} Range */
/** @typedef {import("pysunset").Edit} Edit */

/**
 * @typedef {object} EditorOptions
 * @property {(text: string) => void} onChange  called after every edit
 * @property {(finding: Finding) => Node} card  a finding's hover card
 * @property {(finding: Finding) => {name: string, apply: () => void}[]} actions
 * @property {string} label
 * @property {(finding: Finding) => Range | undefined} rangeOf  where a finding is in the document
 * @property {(finding: Finding | null) => void} quickFix  Ctrl+. (Cmd+. on macOS) on a squiggle
 */

/**
 * An edit made in the plain editor, replayed into CodeMirror's history when it takes over.
 * @typedef {{ from: number, to: number, insert: string, time: number, whole?: boolean }} PlainEdit
 */

/**
 * The offset of a position (1-based line, 1-based UTF-16 column) in `text`, clamped to its
 * line and to the text, as CodeMirror's offsets are.
 * @param {string} text
 * @param {{line: number, column: number}} position
 */
export function offsetIn(text, position) {
  let start = 0;
  for (let line = 1; line < position.line; line++) {
    const end = text.indexOf("\n", start);
    if (end < 0) break;
    start = end + 1;
  }
  const end = text.indexOf("\n", start);
  return Math.min(start + Math.max(position.column - 1, 0), end < 0 ? text.length : end);
}

/**
 * The text after applying edits ({range, content}, positions in `text`, not overlapping) to it.
 * Insertions at one place keep their order.
 * @param {string} text
 * @param {Edit[]} edits
 */
export function applyEditsToText(text, edits) {
  const changes = edits
    .map((edit, index) => ({ from: offsetIn(text, edit.range.start), to: offsetIn(text, edit.range.end), insert: edit.content, index }))
    .sort((a, b) => a.from - b.from || a.index - b.index);
  let out = "";
  let at = 0;
  for (const change of changes) {
    out += text.slice(at, change.from) + change.insert;
    at = Math.max(at, change.to);
  }
  return out + text.slice(at);
}

/**
 * The change from `before` to `after` as one replaced range (what a keystroke, a paste or a
 * cut does in a textarea).
 * @param {string} before
 * @param {string} after
 */
function changeBetween(before, after) {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { from: prefix, to: before.length - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** The line count of a text. @param {string} text */
const lineCount = (text) => {
  let lines = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
};

/**
 * Creates the editor in `parent`: the plain editor now, CodeMirror once `loadLater()` is called.
 * @param {HTMLElement} parent
 * @param {{ onChange: (text: string) => void, card: (finding: Finding) => Node,
 *   actions: (finding: Finding) => {name: string, apply: () => void}[], label: string,
 *   rangeOf?: (finding: Finding) => Range | undefined, quickFix: (finding: Finding | null) => void }} settings
 */
export function createEditor(parent, settings) {
  /** @type {EditorOptions} */
  const options = { rangeOf: (finding) => finding.range, ...settings };
  /** CodeMirror once it has taken over. @type {ReturnType<typeof import("./codemirror.js").createCodeMirror> | null} */
  let cm = null;
  /** @type {Promise<void> | null} */
  let loading = null;
  /** @type {Finding[]} */
  let findings = [];

  // The plain editor: the same box, gutters, fonts and paddings as CodeMirror's (style.css).
  const box = document.createElement("div");
  box.className = "plain-editor";
  const gutters = document.createElement("div");
  gutters.className = "plain-gutters";
  gutters.setAttribute("aria-hidden", "true");
  const numbers = document.createElement("div");
  numbers.className = "plain-numbers";
  const lint = document.createElement("div");
  lint.className = "plain-lint";
  gutters.append(numbers, lint);
  const area = document.createElement("textarea");
  area.className = "plain-content";
  area.spellcheck = false;
  area.wrap = "off";
  area.setAttribute("autocapitalize", "off");
  area.setAttribute("autocomplete", "off");
  area.setAttribute("aria-label", options.label);
  area.setAttribute("aria-describedby", "editor-help");
  box.append(gutters, area);
  parent.append(box);

  /** The text when it was last replaced (the start of the edits CodeMirror replays). */
  let base = "";
  /** @type {PlainEdit[]} */
  let edits = [];
  let shown = "";
  let lines = 0;
  let composing = false;
  /** Whether the text was set once (the first is where the history starts, not a step of it). */
  let initial = true;
  const showNumbers = () => {
    const count = lineCount(area.value);
    if (count === lines) return;
    lines = count;
    numbers.textContent = Array.from({ length: count }, (_, index) => index + 1).join("\n");
  };
  area.addEventListener("input", () => {
    const text = area.value;
    edits.push({ ...changeBetween(shown, text), time: Date.now() });
    shown = text;
    showNumbers();
    options.onChange(text);
  });
  area.addEventListener("scroll", () => (numbers.style.transform = `translateY(${-area.scrollTop}px)`));
  area.addEventListener("compositionstart", () => (composing = true));
  area.addEventListener("compositionend", () => {
    composing = false;
    if (takeOver) takeOver();
  });
  // A file dropped on the editor is the page's drop, never text inserted into the buffer.
  area.addEventListener("drop", (event) => {
    if (event.dataTransfer?.files.length) event.preventDefault();
  });
  /** Set once CodeMirror is loaded and waits for a composition (IME) to end. @type {(() => void) | null} */
  let takeOver = null;

  /** @param {string} text  @param {boolean} undoable */
  const replacePlain = (text, undoable) => {
    if (undoable && !initial) edits.push({ from: 0, to: shown.length, insert: text, time: Date.now(), whole: true });
    else {
      initial = false;
      base = text;
      edits = [];
    }
    area.value = text;
    shown = area.value;
    showNumbers();
    options.onChange(shown);
  };

  const editor = {
    /** CodeMirror's view once it has taken over, else null. */
    get view() {
      return cm?.view ?? null;
    },
    /** Whether CodeMirror has taken over. */
    get upgraded() {
      return cm !== null;
    },
    text: () => (cm ? cm.text() : area.value),
    /**
     * Replaces the whole document (a new file, a share link, "try it") as one undoable step.
     * @param {string} text
     */
    setText(text) {
      if (cm) return cm.setText(text);
      replacePlain(text, true);
      area.setSelectionRange(0, 0);
      area.scrollTop = 0;
    },
    /** Undoes the last step (a replacement made with setText is one); false before CodeMirror has taken over. */
    undo: () => Boolean(cm?.undo()),
    /**
     * Shows findings (already filtered) for the current document: as squiggles once CodeMirror
     * has taken over (the findings list shows them either way).
     * @param {Finding[]} shownFindings
     */
    setFindings(shownFindings) {
      findings = shownFindings;
      cm?.setFindings(shownFindings);
    },
    /** The diagnostics shown: [{from, to, severity, text}] (for the tests). */
    diagnostics: () => cm?.diagnostics() ?? [],
    /**
     * Moves the cursor to a finding and scrolls it into view.
     * @param {Range} range
     */
    jumpTo(range) {
      if (cm) return cm.jumpTo(range);
      const from = offsetIn(area.value, range.start);
      const to = Math.max(from, offsetIn(area.value, range.end));
      area.focus();
      area.setSelectionRange(from, to);
      const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
      area.scrollTop = Math.max(0, (range.start.line - 1) * lineHeight - area.clientHeight / 2);
    },
    /**
     * Applies edits ({range, content}) as one undo step of its own.
     * @param {Edit[]} changes
     */
    applyEdits(changes) {
      if (cm) return cm.applyEdits(changes);
      replacePlain(applyEditsToText(area.value, changes), true);
    },
    focus: () => (cm ? cm.focus() : area.focus()),
    /**
     * Loads CodeMirror (codemirror.js), which takes over from the plain editor in one task
     * (after a composition in progress ends).
     */
    loadLater() {
      loading ??= import("./codemirror.js").then(
        ({ createCodeMirror }) =>
          new Promise((resolve, reject) => {
            takeOver = () => {
              if (composing || cm) return;
              takeOver = null;
              const focused = document.activeElement === area;
              const backward = area.selectionDirection === "backward";
              box.remove();
              try {
                cm = createCodeMirror(parent, options, {
                  base,
                  edits,
                  text: area.value,
                  anchor: backward ? area.selectionEnd : area.selectionStart,
                  head: backward ? area.selectionStart : area.selectionEnd,
                  scrollTop: area.scrollTop,
                  scrollLeft: area.scrollLeft,
                  findings,
                });
              } catch (error) {
                // The plain editor stays, as it was.
                parent.replaceChildren(box);
                if (focused) area.focus();
                reject(error);
                return;
              }
              edits = [];
              if (focused) cm.focus();
              resolve(undefined);
            };
            takeOver();
          }),
      );
      return loading;
    },
  };
  return editor;
}
