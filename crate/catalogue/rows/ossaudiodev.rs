//! The `ossaudiodev` rows of the catalogue (the page `docs/ossaudiodev.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "ossaudiodev",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI audio libraries such as pygame, sounddevice or pyalsaaudio",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import ossaudiodev

device = ossaudiodev.open("w")
"#,
    after: r#"import sounddevice

sounddevice.play(samples, 44100)
"#,
}];
