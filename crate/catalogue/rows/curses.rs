//! The `curses` rows of the catalogue (the page `docs/curses.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "curses.wrapper(func=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass func positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["curses.wrapper"], keywords: &["func"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import curses

curses.wrapper(func=print)
"#,
    after: r#"import curses

curses.wrapper(print)
"#,
}];
