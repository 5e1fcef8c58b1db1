//! The `imghdr` rows of the catalogue (the page `docs/imghdr.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "imghdr",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI filetype, puremagic or python-magic (or Pillow's Image.open(...).format)",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import imghdr

kind = imghdr.what("photo.jpg")
"#,
    after: r#"import filetype

kind = filetype.guess_extension("photo.jpg")
"#,
}];
