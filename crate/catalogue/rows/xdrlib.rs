//! The `xdrlib` rows of the catalogue (the page `docs/xdrlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "xdrlib",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI standard-xdrlib (a copy), or struct for fixed layouts",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import xdrlib

packer = xdrlib.Packer()
packer.pack_int(42)
"#,
    after: r#"import struct

data = struct.pack(">i", 42)
"#,
}];
