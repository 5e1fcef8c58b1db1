//! The `pydoc` rows of the catalogue (the page `docs/pydoc.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "pydoc.Scanner",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "nothing: an internal class",
        why: "an internal helper of the old interfaces",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pydoc

print(pydoc.Scanner)
"#,
        after: r#"import pydoc

print(pydoc.Helper)
"#,
    },
    Entry {
        symbol: "pydoc.gui",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "pydoc.browse(), or python -m pydoc -b",
        why: "the Tk and old HTTP interfaces gave way to the browser one (3.2)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pydoc

pydoc.gui()
"#,
        after: r#"import pydoc

pydoc.browse()
"#,
    },
    Entry {
        symbol: "pydoc.ispackage",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "test the folder yourself: os.path.isfile(os.path.join(path, \"__init__.py\"))",
        why: "an undocumented helper pydoc no longer needs; namespace packages made its answer wrong",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pydoc

if pydoc.ispackage("src/app"):
    print("package")
"#,
        after: r#"import os

if os.path.isfile(os.path.join("src/app", "__init__.py")):
    print("package")
"#,
    },
    Entry {
        symbol: "pydoc.serve",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "pydoc.browse(), or python -m pydoc -b",
        why: "the Tk and old HTTP interfaces gave way to the browser one (3.2)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pydoc

pydoc.serve(8080)
"#,
        after: r#"import pydoc

pydoc.browse(8080)
"#,
    },
];
