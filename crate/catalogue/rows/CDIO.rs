//! The `CDIO` rows of the catalogue (the page `docs/CDIO.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "CDIO",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(6)),
    withdrawn_in: None,
    replacement: "ctypes or cffi with the system headers",
    why: "generated platform headers that were never maintained",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import CDIO

print(CDIO)
"#,
    after: r#"import fcntl

print(fcntl.ioctl)
"#,
}];
