//! The `TYPES` rows of the catalogue (the page `docs/TYPES.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "TYPES",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(6)),
    withdrawn_in: None,
    replacement: "ctypes or cffi with the system headers",
    why: "generated platform headers that were never maintained",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import TYPES

print(TYPES.FD_SETSIZE)
"#,
    after: r#"import select

print(select.select)
"#,
}];
