//! The `sunau` rows of the catalogue (the page `docs/sunau.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "sunau",
        kind: ApiKind::Module,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
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
    },
    Entry {
        symbol: "sunau.openfp",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "sunau.open()",
        why: "an alias of open() kept from Python 2",
        detection: Detection::Name,
        fix: auto(Recipe::Rename { to: "open", keywords: &[] }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import sunau

audio = sunau.openfp("sound.au")
"#,
        after: r#"import sunau

audio = sunau.open("sound.au")
"#,
    },
];
