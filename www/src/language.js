// @ts-check
// What the editor loads after the first findings, which need none of it: the undo history and
// the editing commands with their keys (Tab indents, the default keymap), indentation after a
// colon, bracket matching, highlighting with Python's grammar, and search (Ctrl+F, the
// selection's other matches). It is about half of CodeMirror's bytes.
import { keymap } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";

export { isolateHistory, undo } from "@codemirror/commands";

/** The extensions, for the editor's compartment placed before its keymaps. */
export const later = () => [
  history(),
  indentOnInput(),
  bracketMatching(),
  indentUnit.of("    "),
  syntaxHighlighting(classHighlighter),
  python(),
  highlightSelectionMatches(),
  keymap.of(searchKeymap),
];

/** The editing keys, for the compartment between the page's Ctrl+. and the lint keys. */
export const laterKeys = () => keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]);
