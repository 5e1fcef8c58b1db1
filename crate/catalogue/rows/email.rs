//! The `email` rows of the catalogue (the page `docs/email.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "email.utils.localtime(isdst=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(12)),
    removed_in: v(14),
    replacement: "drop it: the time zone's rules decide daylight saving time",
    why: "ignored since 3.12: the offset comes from the system's time zone data",
    detection: Detection::Keyword { callables: &["email.utils.localtime"], keywords: &["isdst"] },
    fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
    also_known_as: &[],
    before: r#"import email.utils

now = email.utils.localtime(isdst=-1)
"#,
    after: r#"import email.utils

now = email.utils.localtime()
"#,
}];
