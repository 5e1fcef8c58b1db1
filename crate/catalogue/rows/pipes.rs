//! The `pipes` rows of the catalogue (the page `docs/pipes.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "pipes",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "subprocess (and shlex.quote for quoting)",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import pipes

command = "ls " + pipes.quote(path)
"#,
    after: r#"import shlex

command = "ls " + shlex.quote(path)
"#,
}];
