//! The `cProfile` rows of the catalogue (the page `docs/cProfile.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "cProfile.Profile.runcall(func=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    replacement: "pass func positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["cProfile.Profile.runcall"], keywords: &["func"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import cProfile

cProfile.Profile().runcall(func=print)
"#,
    after: r#"import cProfile

cProfile.Profile().runcall(print)
"#,
}];
