//! The `binascii` rows of the catalogue (the page `docs/binascii.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "binascii.a2b_hqx",
        kind: ApiKind::Function,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)",
        why: "the binhex4 format went with the binhex module",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import binascii

data = binascii.a2b_hqx(text)
"#,
        after: r#"import binascii

data = binascii.a2b_base64(text)
"#,
    },
    Entry {
        symbol: "binascii.b2a_hqx",
        kind: ApiKind::Function,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)",
        why: "the binhex4 format went with the binhex module",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import binascii

text = binascii.b2a_hqx(data)
"#,
        after: r#"import binascii

text = binascii.b2a_base64(data)
"#,
    },
    Entry {
        symbol: "binascii.rlecode_hqx",
        kind: ApiKind::Function,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)",
        why: "the binhex4 format went with the binhex module",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import binascii

packed = binascii.rlecode_hqx(data)
"#,
        after: r#"import zlib

packed = zlib.compress(data)
"#,
    },
    Entry {
        symbol: "binascii.rledecode_hqx",
        kind: ApiKind::Function,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)",
        why: "the binhex4 format went with the binhex module",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import binascii

data = binascii.rledecode_hqx(packed)
"#,
        after: r#"import zlib

data = zlib.decompress(packed)
"#,
    },
];
