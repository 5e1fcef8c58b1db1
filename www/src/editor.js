// The CodeMirror 6 editor: Python highlighting, findings as lint diagnostics (squiggles, gutter
// marks, hover cards), and the position mapping between findings and the document.
import { EditorState } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { lintGutter, setDiagnostics, lintKeymap, forEachDiagnostic } from "@codemirror/lint";
import { python } from "@codemirror/lang-python";
import { classHighlighter } from "@lezer/highlight";

/**
 * The document offset of a finding's position (1-based line, 1-based UTF-16 column), clamped
 * to the document: CodeMirror also counts UTF-16 code units.
 */
export function offsetOf(doc, position) {
  const line = doc.line(Math.min(Math.max(position.line, 1), doc.lines));
  return Math.min(line.from + Math.max(position.column - 1, 0), line.to);
}

/**
 * The lint diagnostics for findings; `card(finding)` renders a hover card, `rangeOf(finding)`
 * says where the finding is in the document.
 */
function diagnosticsOf(doc, findings, { card, actions, rangeOf }) {
  return findings.map((finding) => {
    const range = rangeOf(finding);
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
 * is where a finding is in the document (default: its `range`).
 */
export function createEditor(parent, { onChange, card, actions, label, rangeOf = (finding) => finding.range }) {
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
        highlightSelectionMatches(),
        indentUnit.of("    "),
        python(),
        syntaxHighlighting(classHighlighter),
        lintGutter(),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    /** Replaces the whole document (a new file, a share link, "try it"). */
    setText(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        annotations: isolateHistory.of("full"),
      });
    },
    /** Shows findings (already filtered) for the current document. */
    setFindings(findings) {
      view.dispatch(setDiagnostics(view.state, diagnosticsOf(view.state.doc, findings, { card, actions, rangeOf })));
    },
    /** The diagnostics shown: [{from, to, severity, text}] (for the tests). */
    diagnostics() {
      const shown = [];
      forEachDiagnostic(view.state, (diagnostic, from, to) =>
        shown.push({ from, to, severity: diagnostic.severity, code: diagnostic.source, text: view.state.sliceDoc(from, to) }),
      );
      return shown;
    },
    /** Moves the cursor to a finding and scrolls it into view. */
    jumpTo(range) {
      const from = offsetOf(view.state.doc, range.start);
      const to = Math.max(from, offsetOf(view.state.doc, range.end));
      view.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
      view.focus();
    },
    /** Applies edits ({range, content}) as one undo step of its own. */
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
}

/** The text after applying edits ({range, content}) to `text`, without an editor. */
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
