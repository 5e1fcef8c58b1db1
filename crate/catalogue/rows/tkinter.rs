//! The `tkinter` rows of the catalogue (the page `docs/tkinter.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "tkinter.font.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter.font

print(tkinter.font.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "tkinter.tix",
        kind: ApiKind::Module,
        deprecated_in: Some(v(6)),
        removed_in: v(13),
        replacement: "tkinter.ttk (themed widgets)",
        why: "the Tix Tk extension is unmaintained; ttk offers the same widgets",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter.tix as tix

root = tix.Tk()
"#,
        after: r#"import tkinter
from tkinter import ttk

root = tkinter.Tk()
combo = ttk.Combobox(root)
"#,
    },
    Entry {
        symbol: "tkinter.ttk.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tkinter.ttk

print(tkinter.ttk.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
