//! The `audioop` rows of the catalogue (the page `docs/audioop.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "audioop",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI audioop-lts (a copy), or numpy for sample arithmetic",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import audioop

louder = audioop.mul(fragment, 2, 2.0)
"#,
    after: r#"import numpy

louder = (numpy.frombuffer(fragment, dtype=numpy.int16) * 2).tobytes()
"#,
}];
