// @ts-check
// The CodeMirror 6 editor, loaded after the first findings (which need none of it: until then
// the page's plain editor, editor.js, holds the text): Python highlighting, the undo history
// and the editing keys, indentation, bracket matching, search, and findings as lint
// diagnostics (squiggles, gutter marks, hover cards). It takes over from the plain editor with
// its text, selection, scroll position, focus and the edits made in it (as undo steps).
import { EditorState, Transaction } from "@codemirror/state";
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
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory, undo } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";

/** @typedef {import("pysunset").Finding} Finding */
/** @typedef {import("pysunset").Range} Range */
/** @typedef {import("pysunset").Edit} Edit */
/** @typedef {import("./editor.js").EditorOptions} EditorOptions */
/** @typedef {import("./editor.js").PlainEdit} PlainEdit */

/**
 * The document offset of a finding's position (1-based line, 1-based UTF-16 column), clamped
 * to the document: CodeMirror also counts UTF-16 code units.
 * @param {import("@codemirror/state").Text} doc
 * @param {{line: number, column: number}} position
 */
function offsetOf(doc, position) {
  const line = doc.line(Math.min(Math.max(position.line, 1), doc.lines));
  return Math.min(line.from + Math.max(position.column - 1, 0), line.to);
}

/**
 * The lint diagnostics for findings.
 * @param {import("@codemirror/state").Text} doc
 * @param {Finding[]} findings
 * @param {EditorOptions} options
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
 * Creates the CodeMirror editor in `parent` from the plain editor's state: `base` (its text
 * when it was last replaced) and `edits` (what was typed since, replayed as undo steps with
 * their times, so they group as if typed here), then its selection and scroll position.
 * @param {HTMLElement} parent
 * @param {EditorOptions} options
 * @param {{ base: string, edits: PlainEdit[], text: string, anchor: number, head: number, scrollTop: number, scrollLeft: number, findings: Finding[] }} from
 */
export function createCodeMirror(parent, options, from) {
  const { onChange, card, actions, label, rangeOf, quickFix } = options;
  /** @type {Finding[]} */
  let shownFindings = [];
  let replaying = true;
  /** The finding under the cursor (the narrowest), or null. */
  const findingAtCursor = () => {
    const head = view.state.selection.main.head;
    let best = null;
    let bestSize = Infinity;
    for (const finding of shownFindings) {
      const range = rangeOf(finding);
      if (!range) continue;
      const start = offsetOf(view.state.doc, range.start);
      const end = Math.max(start, offsetOf(view.state.doc, range.end));
      if (head >= start && head <= end && end - start < bestSize) {
        best = finding;
        bestSize = end - start;
      }
    }
    return best;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: from.base,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of("    "),
        syntaxHighlighting(classHighlighter),
        python(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        lintGutter(),
        keymap.of([{ key: "Mod-.", run: () => (quickFix(findingAtCursor()), true) }]),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        keymap.of(lintKeymap),
        EditorView.contentAttributes.of({ "aria-label": label, "aria-describedby": "editor-help" }),
        // Files dropped on the editor are the page's drop (checked as files), never text pasted
        // into the buffer: CodeMirror's own drop handler would insert their content too.
        EditorView.domEventHandlers({
          drop: (event) => Boolean(event.dataTransfer?.files.length),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !replaying) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  // What was typed in the plain editor, as undo steps.
  for (const edit of from.edits) {
    view.dispatch({
      changes: { from: edit.from, to: edit.to, insert: edit.insert },
      userEvent: edit.whole ? "input.replace" : edit.insert ? "input.type" : "delete",
      annotations: [Transaction.time.of(edit.time), ...(edit.whole ? [isolateHistory.of("full")] : [])],
    });
  }
  // (a replay that does not give the same text would be a defect: the text wins, not undoable)
  if (view.state.doc.toString() !== from.text) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: from.text }, annotations: Transaction.addToHistory.of(false) });
  }
  replaying = false;
  const length = view.state.doc.length;
  // The line at the top of the plain editor's view is at the top of this one (CodeMirror measures
  // its lines later: a pixel offset would land elsewhere in a long text).
  const lineHeight = parseFloat(getComputedStyle(view.contentDOM).lineHeight) || 20;
  const top = view.state.doc.line(Math.min(view.state.doc.lines, Math.floor(from.scrollTop / lineHeight) + 1)).from;
  view.dispatch({
    selection: { anchor: Math.min(from.anchor, length), head: Math.min(from.head, length) },
    effects: from.scrollTop > 0 ? EditorView.scrollIntoView(top, { y: "start", yMargin: 0 }) : [],
  });
  view.scrollDOM.scrollLeft = from.scrollLeft;

  const editor = {
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
      view.dispatch(setDiagnostics(view.state, diagnosticsOf(view.state.doc, findings, options)));
    },
    /** The diagnostics shown: [{from, to, severity, text}] (for the tests). */
    diagnostics() {
      /** @type {{from: number, to: number, severity: string, code: string | undefined, text: string}[]} */
      const shown = [];
      forEachDiagnostic(view.state, (diagnostic, start, end) =>
        shown.push({ from: start, to: end, severity: diagnostic.severity, code: diagnostic.source, text: view.state.sliceDoc(start, end) }),
      );
      return shown;
    },
    /**
     * Moves the cursor to a finding and scrolls it into view.
     * @param {Range} range
     */
    jumpTo(range) {
      const start = offsetOf(view.state.doc, range.start);
      const end = Math.max(start, offsetOf(view.state.doc, range.end));
      view.dispatch({ selection: { anchor: start, head: end }, effects: EditorView.scrollIntoView(start, { y: "center" }) });
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
  };
  editor.setFindings(from.findings);
  return editor;
}
