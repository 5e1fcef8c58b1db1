//! The `nis` rows of the catalogue (the page `docs/nis.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "nis",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI python-nis-ng, or query the directory service your system uses",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import nis

entry = nis.match("alice", "passwd.byname")
"#,
    after: r#"import pwd

entry = pwd.getpwnam("alice")
"#,
}];
