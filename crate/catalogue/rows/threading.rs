//! The `threading` rows of the catalogue (the page `docs/threading.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "threading.RLock(*args, **kwargs)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(14)),
    removed_in: v(15),
    replacement: "call threading.RLock() without arguments",
    why: "the arguments were accepted and ignored by the Python implementation, and rejected by the C one",
    detection: Detection::CallShape { callables: &["threading.RLock"], shape: CallShape::AnyArgument },
    fix: Remedy::Manual,
    also_known_as: &["threading.RLock() with arguments"],
    before: r#"import threading

lock = threading.RLock(True)
"#,
    after: r#"import threading

lock = threading.RLock()
"#,
}];
