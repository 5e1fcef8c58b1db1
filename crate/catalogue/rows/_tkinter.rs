//! The `_tkinter` rows of the catalogue (the page `docs/_tkinter.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_tkinter.TkappType.split",
    kind: ApiKind::Method,
    deprecated_in: Some(v(9)),
    removed_in: Some(v(11)),
    withdrawn_in: None,
    replacement: "tk.splitlist()",
    why: "split() guessed at nesting; splitlist() splits one level as Tcl does",
    detection: Detection::Method,
    fix: Remedy::ManualBecause("splitlist splits one level as Tcl does; split guessed at nested lists"),
    also_known_as: &[],
    before: r#"import _tkinter

parts = _tkinter.TkappType.split(interpreter, "a b")
"#,
    after: r#"import _tkinter

parts = _tkinter.TkappType.splitlist(interpreter, "a b")
"#,
}];
