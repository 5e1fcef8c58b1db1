//! The `DLFCN` rows of the catalogue (the page `docs/DLFCN.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "DLFCN",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(6)),
    withdrawn_in: None,
    replacement: "os.RTLD_* constants",
    why: "generated platform headers that were never maintained",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import DLFCN

print(DLFCN.RTLD_NOW)
"#,
    after: r#"import os

print(os.RTLD_NOW)
"#,
}];
