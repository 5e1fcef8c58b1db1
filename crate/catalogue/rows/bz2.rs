//! The `bz2` rows of the catalogue (the page `docs/bz2.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "bz2.BZ2File(buffering=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(0)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "leave it out (pass compresslevel= by keyword)",
    why: "ignored since 3.0",
    detection: Detection::Keyword { callables: &["bz2.BZ2File"], keywords: &["buffering"] },
    fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
    also_known_as: &[],
    before: r#"import bz2

archive = bz2.BZ2File("data.bz2", buffering=4096)
"#,
    after: r#"import bz2

archive = bz2.BZ2File("data.bz2")
"#,
}];
