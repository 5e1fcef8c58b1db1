//! The `_gestalt` rows of the catalogue (the page `docs/_gestalt.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_gestalt",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(4)),
    withdrawn_in: None,
    replacement: "platform.mac_ver()",
    why: "a macOS-only helper of platform.mac_ver",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import _gestalt

print(_gestalt.gestalt("sysv"))
"#,
    after: r#"import platform

print(platform.mac_ver())
"#,
}];
