//! The `chunk` rows of the catalogue (the page `docs/chunk.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "chunk",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI standard-chunk (a copy), or read the IFF chunk headers with struct",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import chunk

with open("sound.aiff", "rb") as f:
    header = chunk.Chunk(f)
"#,
    after: r#"import struct

with open("sound.aiff", "rb") as f:
    name, size = struct.unpack(">4sI", f.read(8))
"#,
}];
