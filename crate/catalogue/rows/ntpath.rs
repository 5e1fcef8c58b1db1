//! The `ntpath` rows of the catalogue (the page `docs/ntpath.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "ntpath.splitunc",
    kind: ApiKind::Function,
    deprecated_in: Some(v(1)),
    removed_in: Some(v(7)),
    withdrawn_in: None,
    replacement: "os.path.splitdrive(), which splits UNC paths since 3.1",
    why: "splitdrive learnt UNC paths",
    detection: Detection::Name,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import ntpath

share, rest = ntpath.splitunc(r"\\server\share\file")
"#,
    after: r#"import ntpath

share, rest = ntpath.splitdrive(r"\\server\share\file")
"#,
}];
