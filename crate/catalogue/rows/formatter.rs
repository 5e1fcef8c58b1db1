//! The `formatter` rows of the catalogue (the page `docs/formatter.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "formatter",
    kind: ApiKind::Module,
    deprecated_in: Some(v(4)),
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "copy the classes you need into your project",
    why: "unused since 3.4",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import formatter

writer = formatter.NullWriter()
"#,
    after: r#"class NullWriter:
    def flush(self):
        pass
"#,
}];
