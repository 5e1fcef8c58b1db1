//! The `unicodedata` rows of the catalogue (the page `docs/unicodedata.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "unicodedata.ucnhash_CAPI",
    kind: ApiKind::Attribute,
    deprecated_in: None,
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "nothing: an internal capsule",
    why: "the capsule is private to the unicode_escape codec",
    detection: Detection::Name,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import unicodedata

print(unicodedata.ucnhash_CAPI)
"#,
    after: r#"import unicodedata

print(unicodedata.name("a"))
"#,
}];
