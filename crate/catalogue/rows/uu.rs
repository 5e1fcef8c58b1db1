//! The `uu` rows of the catalogue (the page `docs/uu.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "uu",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "base64 (uuencoding is obsolete)",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import uu

uu.encode("photo.jpg", "photo.uu")
"#,
    after: r#"import base64

with open("photo.jpg", "rb") as f:
    encoded = base64.b64encode(f.read())
"#,
}];
