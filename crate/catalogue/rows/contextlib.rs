//! The `contextlib` rows of the catalogue (the page `docs/contextlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "contextlib.ExitStack.callback(callback=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass callback positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["contextlib.ExitStack.callback"], keywords: &["callback"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import contextlib

with contextlib.ExitStack() as stack:
    stack.callback(callback=print)
"#,
    after: r#"import contextlib

with contextlib.ExitStack() as stack:
    stack.callback(print)
"#,
}];
