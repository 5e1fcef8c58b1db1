//! The `aifc` rows of the catalogue (the page `docs/aifc.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "aifc",
        kind: ApiKind::Module,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "PyPI standard-aifc (a copy), or an audio library such as soundfile",
        why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import aifc

with aifc.open("sound.aiff") as audio:
    frames = audio.readframes(1024)
"#,
        after: r#"import soundfile

frames, rate = soundfile.read("sound.aiff")
"#,
    },
    Entry {
        symbol: "aifc.openfp",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "aifc.open()",
        why: "an alias of open() kept from Python 2",
        detection: Detection::Name,
        fix: auto(Recipe::Rename { to: "open", keywords: &[] }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import aifc

audio = aifc.openfp("sound.aiff")
"#,
        after: r#"import aifc

audio = aifc.open("sound.aiff")
"#,
    },
];
