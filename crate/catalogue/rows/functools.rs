//! The `functools` rows of the catalogue (the page `docs/functools.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "functools.partialmethod(func=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass func positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["functools.partialmethod"], keywords: &["func"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import functools

class C:
    double = functools.partialmethod(func=pow, exp=2)
"#,
    after: r#"import functools

class C:
    double = functools.partialmethod(pow, exp=2)
"#,
}];
