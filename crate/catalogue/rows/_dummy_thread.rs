//! The `_dummy_thread` rows of the catalogue (the page `docs/_dummy_thread.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_dummy_thread",
    kind: ApiKind::Module,
    deprecated_in: Some(v(7)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "_thread",
    why: "every platform has threads since 3.7",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import _dummy_thread as thread

lock = thread.allocate_lock()
"#,
    after: r#"import _thread as thread

lock = thread.allocate_lock()
"#,
}];
