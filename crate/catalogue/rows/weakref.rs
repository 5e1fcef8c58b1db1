//! The `weakref` rows of the catalogue (the page `docs/weakref.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "weakref.finalize(obj=, func=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass obj and func positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["weakref.finalize"], keywords: &["obj", "func"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import weakref

class C:
    pass

note = weakref.finalize(obj=C(), func=print)
"#,
    after: r#"import weakref

class C:
    pass

note = weakref.finalize(C(), print)
"#,
}];
