//! The `tempfile` rows of the catalogue (the page `docs/tempfile.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "tempfile.SpooledTemporaryFile.softspace",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "nothing: files have no softspace in Python 3",
        why: "a Python 2 print statement detail",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tempfile

spool = tempfile.SpooledTemporaryFile()
print(spool.softspace)
"#,
        after: r#"import tempfile

spool = tempfile.SpooledTemporaryFile()
print(spool.closed)
"#,
    },
    Entry {
        symbol: "tempfile._TemporaryFileWrapper",
        kind: ApiKind::Class,
        deprecated_in: Some(v(16)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "tempfile.TemporaryFileWrapper (public since 3.16)",
        why: "the class was made public under its own name",
        detection: Detection::Name,
        fix: auto(Recipe::Rename { to: "TemporaryFileWrapper", keywords: &[] }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import tempfile

if isinstance(handle, tempfile._TemporaryFileWrapper):
    print("temporary")
"#,
        after: r#"import tempfile

if isinstance(handle, tempfile.TemporaryFileWrapper):
    print("temporary")
"#,
    },
];
