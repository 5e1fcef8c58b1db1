//! The `_pyio` rows of the catalogue (the page `docs/_pyio.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_pyio.OpenWrapper",
    kind: ApiKind::Alias,
    deprecated_in: Some(v(10)),
    removed_in: Some(v(12)),
    withdrawn_in: None,
    replacement: "_pyio.open (or the builtin open())",
    why: "an alias of open() kept for the pure-Python io implementation; open() itself is the function now",
    detection: Detection::Name,
    fix: auto(Recipe::Rename { to: "open", keywords: &[] }, Shape::Called, Safe),
    also_known_as: &[],
    before: r#"import _pyio

with _pyio.OpenWrapper("notes.txt") as f:
    text = f.read()
"#,
    after: r#"import _pyio

with _pyio.open("notes.txt") as f:
    text = f.read()
"#,
}];
