//! The `mailcap` rows of the catalogue (the page `docs/mailcap.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "mailcap",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "mimetypes for types; subprocess to run a viewer",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import mailcap

caps = mailcap.getcaps()
"#,
    after: r#"import mimetypes

kind, encoding = mimetypes.guess_type("report.pdf")
"#,
}];
