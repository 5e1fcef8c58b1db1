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
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory, undo } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { lintGutter, setDiagnostics, lintKeymap, forEachDiagnostic } from "@codemirror/lint";
import { classHighlighter } from "@lezer/highlight";

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
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        // Python's grammar and search: loaded after the first findings (loadLater, language.js).
        later.of([]),
        indentUnit.of("    "),
        syntaxHighlighting(classHighlighter),
        lintGutter(),
        keymap.of([
          { key: "Mod-.", run: () => (quickFix(findingAtCursor()), true) },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
          ...lintKeymap,
        ]),
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
        annotations: isolateHistory.of("full"),
      });
    },
    /** Undoes the last step (a replacement made with setText is one). */
    undo: () => undo(view),
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
      view.dispatch({ changes, userEvent: "input.fix", annotations: isolateHistory.of("full") });
    },
    focus: () => view.focus(),
    /** Loads Python's grammar and search into the editor (language.js). */
    async loadLater() {
      const { later: extensions } = await import("./language.js");
      view.dispatch({ effects: later.reconfigure(extensions()) });
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
