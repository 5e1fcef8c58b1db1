//! The `wave` rows of the catalogue (the page `docs/wave.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "wave.Wave_read.getmark",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: v(15),
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
        removed_in: v(15),
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
        removed_in: v(15),
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
        removed_in: v(15),
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
        removed_in: v(15),
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
];
