//! The `IN` rows of the catalogue (the page `docs/IN.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "IN",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(6)),
    withdrawn_in: None,
    replacement: "the constants in os, socket and select, or ctypes",
    why: "generated platform headers that were never maintained",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import IN

print(IN.INADDR_ANY)
"#,
    after: r#"import socket

print(socket.INADDR_ANY)
"#,
}];
