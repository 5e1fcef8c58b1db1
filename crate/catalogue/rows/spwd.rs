//! The `spwd` rows of the catalogue (the page `docs/spwd.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "spwd",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI python-pam for authentication",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import spwd

entry = spwd.getspnam("alice")
"#,
    after: r#"import pam

ok = pam.authenticate("alice", password)
"#,
}];
