//! The `macurl2path` rows of the catalogue (the page `docs/macurl2path.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "macurl2path",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(7)),
    withdrawn_in: None,
    replacement: "urllib.request.url2pathname() and pathname2url()",
    why: "classic Mac OS paths are long gone",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import macurl2path

path = macurl2path.url2pathname("a/b")
"#,
    after: r#"import urllib.request

path = urllib.request.url2pathname("a/b")
"#,
}];
