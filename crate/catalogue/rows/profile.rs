//! The `profile` rows of the catalogue (the page `docs/profile.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "profile.Profile.runcall(func=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass func positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["profile.Profile.runcall"], keywords: &["func"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import profile

profile.Profile().runcall(func=print)
"#,
    after: r#"import profile

profile.Profile().runcall(print)
"#,
}];
