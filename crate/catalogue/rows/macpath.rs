//! The `macpath` rows of the catalogue (the page `docs/macpath.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "macpath",
    kind: ApiKind::Module,
    deprecated_in: Some(v(7)),
    removed_in: Some(v(8)),
    withdrawn_in: None,
    replacement: "os.path (posixpath on macOS)",
    why: "classic Mac OS paths are long gone",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import macpath

path = macpath.join("a", "b")
"#,
    after: r#"import os.path

path = os.path.join("a", "b")
"#,
}];
