//! The `sunau` rows of the catalogue (the page `docs/sunau.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "sunau",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: v(13),
    replacement: "PyPI standard-sunau (a copy), or an audio library such as soundfile",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import sunau

with sunau.open("sound.au") as audio:
    frames = audio.readframes(1024)
"#,
    after: r#"import soundfile

frames, rate = soundfile.read("sound.au")
"#,
}];
