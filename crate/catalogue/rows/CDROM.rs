//! The `CDROM` rows of the catalogue (the page `docs/CDROM.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "CDROM",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(6)),
    withdrawn_in: None,
    replacement: "ctypes or cffi with the system headers",
    why: "generated platform headers that were never maintained",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import CDROM

print(CDROM.CDROMEJECT)
"#,
    after: r#"import fcntl

print(fcntl.ioctl)
"#,
}];
