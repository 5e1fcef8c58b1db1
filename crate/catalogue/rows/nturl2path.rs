//! The `nturl2path` rows of the catalogue (the page `docs/nturl2path.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "nturl2path",
    kind: ApiKind::Module,
    deprecated_in: Some(v(14)),
    removed_in: Some(v(19)),
    withdrawn_in: None,
    replacement: "urllib.request.url2pathname() and pathname2url()",
    why: "an implementation detail of urllib.request on Windows",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import nturl2path

path = nturl2path.url2pathname("///C:/data/file.txt")
"#,
    after: r#"import urllib.request

path = urllib.request.url2pathname("///C:/data/file.txt")
"#,
}];
