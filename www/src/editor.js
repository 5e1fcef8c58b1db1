// @ts-check
// The CodeMirror 6 editor: Python highlighting, findings as lint diagnostics (squiggles, gutter
// marks, hover cards), and the position mapping between findings and the document.
import { Compartment, EditorState } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  highlightSpecialChars,
} from "@codemirror/view";
import { lintGutter, setDiagnostics, lintKeymap, forEachDiagnostic } from "@codemirror/lint";
// The undo history, the editing commands and their keys, indentation, bracket matching,
// highlighting and Python's grammar come after the first findings (language.js), which need
// none of them: the editor shows the text, its findings and their hover cards without them.

/**
 * The document offset of a finding's position (1-based line, 1-based UTF-16 column), clamped
 * to the document: CodeMirror also counts UTF-16 code units.
 */
/**
 * @param {import("@codemirror/state").Text} doc
 * @param {{line: number, column: number}} position
 */
export function offsetOf(doc, position) {
  const line = doc.line(Math.min(Math.max(position.line, 1), doc.lines));
  return Math.min(line.from + Math.max(position.column - 1, 0), line.to);
}

/** @typedef {import("pysunset").Finding} Finding */
/** @typedef {import("pysunset").Range} Range */
/** @typedef {import("pysunset").Edit} Edit */

/**
 * The lint diagnostics for findings; `card(finding)` renders a hover card, `rangeOf(finding)`
 * says where the finding is in the document.
 * @param {import("@codemirror/state").Text} doc
 * @param {Finding[]} findings
 * @param {{ card: (finding: Finding) => Node, actions: (finding: Finding) => {name: string, apply: () => void}[], rangeOf: (finding: Finding) => Range | undefined }} how
 * @returns {import("@codemirror/lint").Diagnostic[]}
 */
function diagnosticsOf(doc, findings, { card, actions, rangeOf }) {
  return findings.map((finding) => {
    const range = /** @type {Range} */ (rangeOf(finding));
    const from = offsetOf(doc, range.start);
    const to = Math.max(from, offsetOf(doc, range.end));
    return {
      from,
      to,
      severity: finding.severity,
      source: finding.code,
      message: finding.message,
      renderMessage: () => card(finding),
      actions: actions(finding),
    };
  });
}

/**
 * Creates the editor in `parent`. `onChange(text)` is called after every edit; `rangeOf(finding)`
 * is where a finding is in the document (default: its `range`); `quickFix(finding)` runs on
 * Ctrl+. (Cmd+. on macOS) with the cursor on a finding's squiggle.
 * @param {HTMLElement} parent
 * @param {{ onChange: (text: string) => void, card: (finding: Finding) => Node,
 *   actions: (finding: Finding) => {name: string, apply: () => void}[], label: string,
 *   rangeOf?: (finding: Finding) => Range | undefined, quickFix: (finding: Finding | null) => void }} options
 */
export function createEditor(parent, { onChange, card, actions, label, rangeOf = (finding) => finding.range, quickFix }) {
  /** @type {Finding[]} */
  let shownFindings = [];
  const later = new Compartment();
  const laterKeys = new Compartment();
  /** The parts loaded after the first findings (language.js), once they are in. @type {typeof import("./language.js") | null} */
  let deferred = null;
  /** @type {Promise<void> | null} */
  let loading = null;
  /** The finding under the cursor (the narrowest), or null. */
  const findingAtCursor = () => {
    const head = view.state.selection.main.head;
    let best = null;
    let bestSize = Infinity;
    for (const finding of shownFindings) {
      const range = rangeOf(finding);
      if (!range) continue;
      const from = offsetOf(view.state.doc, range.start);
      const to = Math.max(from, offsetOf(view.state.doc, range.end));
      if (head >= from && head <= to && to - from < bestSize) {
        best = finding;
        bestSize = to - from;
      }
    }
    return best;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        drawSelection(),
        highlightActiveLine(),
        // The history, Python's grammar, highlighting and search: loaded after the first
        // findings (loadLater, language.js).
        later.of([]),
        lintGutter(),
        keymap.of([{ key: "Mod-.", run: () => (quickFix(findingAtCursor()), true) }]),
        // Tab, the default keys and undo's (loadLater), between Ctrl+. and the lint keys.
        laterKeys.of([]),
        keymap.of(lintKeymap),
        EditorView.contentAttributes.of({ "aria-label": label, "aria-describedby": "editor-help" }),
        // Files dropped on the editor are the page's drop (checked as files), never text pasted
        // into the buffer: CodeMirror's own drop handler would insert their content too.
        EditorView.domEventHandlers({
          drop: (event) => Boolean(event.dataTransfer?.files.length),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    /**
     * Replaces the whole document (a new file, a share link, "try it") as one undoable step.
     * @param {string} text
     */
    setText(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        // (before the history is loaded there is no step to keep apart)
        annotations: deferred ? deferred.isolateHistory.of("full") : [],
      });
    },
    /** Undoes the last step (a replacement made with setText is one); nothing before the history is loaded. */
    undo: () => Boolean(deferred?.undo(view)),
    /**
     * Shows findings (already filtered) for the current document.
     * @param {Finding[]} findings
     */
    setFindings(findings) {
      shownFindings = findings;
      view.dispatch(setDiagnostics(view.state, diagnosticsOf(view.state.doc, findings, { card, actions, rangeOf })));
    },
    /** The diagnostics shown: [{from, to, severity, text}] (for the tests). */
    diagnostics() {
      /** @type {{from: number, to: number, severity: string, code: string | undefined, text: string}[]} */
      const shown = [];
      forEachDiagnostic(view.state, (diagnostic, from, to) =>
        shown.push({ from, to, severity: diagnostic.severity, code: diagnostic.source, text: view.state.sliceDoc(from, to) }),
      );
      return shown;
    },
    /**
     * Moves the cursor to a finding and scrolls it into view.
     * @param {Range} range
     */
    jumpTo(range) {
      const from = offsetOf(view.state.doc, range.start);
      const to = Math.max(from, offsetOf(view.state.doc, range.end));
      view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
      view.focus();
    },
    /**
     * Applies edits ({range, content}) as one undo step of its own.
     * @param {Edit[]} edits
     */
    applyEdits(edits) {
      const doc = view.state.doc;
      const changes = edits.map((edit) => ({
        from: offsetOf(doc, edit.range.start),
        to: offsetOf(doc, edit.range.end),
        insert: edit.content,
      }));
      view.dispatch({ changes, userEvent: "input.fix", annotations: deferred ? deferred.isolateHistory.of("full") : [] });
    },
    focus: () => view.focus(),
    /** Loads the history, the editing keys, Python's grammar and search into the editor (language.js). */
    loadLater() {
      loading ??= import("./language.js").then((parts) => {
        deferred = parts;
        view.dispatch({ effects: [later.reconfigure(parts.later()), laterKeys.reconfigure(parts.laterKeys())] });
      });
      return loading;
    },
  };
}

/**
 * The text after applying edits ({range, content}) to `text`, without an editor.
 * @param {string} text
 * @param {Edit[]} edits
 */
export function applyEditsToText(text, edits) {
  const state = EditorState.create({ doc: text });
  const changes = state.changes(
    edits.map((edit) => ({
      from: offsetOf(state.doc, edit.range.start),
      to: offsetOf(state.doc, edit.range.end),
      insert: edit.content,
    })),
  );
  return changes.apply(state.doc).toString();
}
