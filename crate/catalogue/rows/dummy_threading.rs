//! The `dummy_threading` rows of the catalogue (the page `docs/dummy_threading.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "dummy_threading",
    kind: ApiKind::Module,
    deprecated_in: Some(v(7)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "threading",
    why: "every platform has threads since 3.7",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import dummy_threading as threading

lock = threading.Lock()
"#,
    after: r#"import threading

lock = threading.Lock()
"#,
}];
