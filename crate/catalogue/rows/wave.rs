//! The `wave` rows of the catalogue (the page `docs/wave.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "wave.Wave_read.getmark",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: WAVE files have no markers; delete the call",
        why:
            "WAVE files have no markers: these methods only raised or returned None, copied from the aifc API",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import wave

audio = wave.open("sound.wav")
mark = audio.getmark(1)
"#,
        after: r#"import wave

audio = wave.open("sound.wav")
frames = audio.getnframes()
"#,
    },
    Entry {
        symbol: "wave.Wave_read.getmarkers",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: WAVE files have no markers; delete the call",
        why:
            "WAVE files have no markers: these methods only raised or returned None, copied from the aifc API",
        detection: Detection::DistinctiveMethod,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import wave

audio = wave.open("sound.wav")
markers = audio.getmarkers()
"#,
        after: r#"import wave

audio = wave.open("sound.wav")
frames = audio.getnframes()
"#,
    },
    Entry {
        symbol: "wave.Wave_write.getmark",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: WAVE files have no markers; delete the call",
        why:
            "WAVE files have no markers: these methods only raised or returned None, copied from the aifc API",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import wave

audio = wave.Wave_write("out.wav")
mark = audio.getmark(1)
"#,
        after: r#"import wave

audio = wave.Wave_write("out.wav")
frames = audio.getnframes()
"#,
    },
    Entry {
        symbol: "wave.Wave_write.getmarkers",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: WAVE files have no markers; delete the call",
        why:
            "WAVE files have no markers: these methods only raised or returned None, copied from the aifc API",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import wave

audio = wave.Wave_write("out.wav")
markers = audio.getmarkers()
"#,
        after: r#"import wave

audio = wave.Wave_write("out.wav")
frames = audio.getnframes()
"#,
    },
    Entry {
        symbol: "wave.Wave_write.setmark",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: WAVE files have no markers; delete the call",
        why:
            "WAVE files have no markers: these methods only raised or returned None, copied from the aifc API",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import wave

audio = wave.Wave_write("out.wav")
audio.setmark(1, 0, "start")
"#,
        after: r#"import wave

audio = wave.Wave_write("out.wav")
frames = audio.getnframes()
"#,
    },
    Entry {
        symbol: "wave.openfp",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "wave.open()",
        why: "an alias of open() kept from Python 2",
        detection: Detection::Name,
        fix: auto(Recipe::Rename { to: "open", keywords: &[] }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import wave

audio = wave.openfp("sound.wav")
"#,
        after: r#"import wave

audio = wave.open("sound.wav")
"#,
    },
];
