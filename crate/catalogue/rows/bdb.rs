//! The `bdb` rows of the catalogue (the page `docs/bdb.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "bdb.Bdb.runcall(func=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass func positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["bdb.Bdb.runcall"], keywords: &["func"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import bdb

bdb.Bdb().runcall(func=print)
"#,
    after: r#"import bdb

bdb.Bdb().runcall(print)
"#,
}];
