//! The `sndhdr` rows of the catalogue (the page `docs/sndhdr.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "sndhdr",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI filetype, puremagic or python-magic",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import sndhdr

info = sndhdr.what("sound.wav")
"#,
    after: r#"import filetype

kind = filetype.guess_mime("sound.wav")
"#,
}];
