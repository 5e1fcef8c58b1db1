//! The `io` rows of the catalogue (the page `docs/io.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "io.OpenWrapper",
    kind: ApiKind::Alias,
    deprecated_in: Some(v(10)),
    removed_in: Some(v(12)),
    withdrawn_in: None,
    replacement: "open() (or io.open)",
    why: "an alias of open() kept for the pure-Python io implementation; open() itself is the function now",
    detection: Detection::Name,
    fix: rename("open"),
    also_known_as: &[],
    before: r#"import io

with io.OpenWrapper("notes.txt") as f:
    text = f.read()
"#,
    after: r#"with open("notes.txt") as f:
    text = f.read()
"#,
}];
