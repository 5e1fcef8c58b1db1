// @ts-check
// What the editor loads after the first findings: Python's grammar (highlighting, indentation
// after a colon) and search (Ctrl+F, the selection's other matches). The first findings need
// none of it, and it is a third of CodeMirror's bytes.
import { keymap } from "@codemirror/view";
import { python } from "@codemirror/lang-python";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";

/** The extensions, for the editor's compartment. */
export const later = () => [python(), highlightSelectionMatches(), keymap.of(searchKeymap)];
