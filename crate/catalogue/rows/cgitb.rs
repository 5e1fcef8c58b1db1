//! The `cgitb` rows of the catalogue (the page `docs/cgitb.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "cgitb",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "the traceback module (or logging's exception handling); PyPI copy: standard-cgitb",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import cgitb

cgitb.enable()
"#,
    after: r#"import faulthandler

faulthandler.enable()
"#,
}];
