//! The `enum` rows of the catalogue (the page `docs/enum.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "enum.Enum._convert",
    kind: ApiKind::Method,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "enum.Enum._convert_ (private; better: build the enum with the functional API)",
    why: "renamed to the private _convert_ in 3.8",
    detection: Detection::Method,
    fix: rename("_convert_"),
    also_known_as: &[],
    before: r#"import enum

Signals = enum.IntEnum._convert("Signals", "signal", lambda name: name.startswith("SIG"))
"#,
    after: r#"import enum

Signals = enum.IntEnum._convert_("Signals", "signal", lambda name: name.startswith("SIG"))
"#,
}];
