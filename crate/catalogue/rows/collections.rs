//! The `collections` rows of the catalogue (the page `docs/collections.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "collections.abc.ByteString",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(17),
        replacement: "collections.abc.Buffer (3.12+), or a union such as bytes | bytearray | memoryview",
        why: "its meaning was never clear (bytes only? bytearray? memoryview?) and type checkers treated it inconsistently",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("collections.abc.Buffer is a different protocol (it also accepts memoryview and arrays)"),
        also_known_as: &[],
        before: r#"from collections.abc import ByteString

def size(data: ByteString) -> int:
    return len(data)
"#,
        after: r#"from collections.abc import Buffer

def size(data: Buffer) -> int:
    return len(memoryview(data))
"#,
    },
];
