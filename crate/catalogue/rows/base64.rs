//! The `base64` rows of the catalogue (the page `docs/base64.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "base64.decodestring",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "base64.decodebytes()",
        why: "named for Python 2's str; decodebytes (3.1) is the same function under its right name",
        detection: Detection::Name,
        fix: rename("decodebytes"),
        also_known_as: &[],
        before: r#"import base64

data = base64.decodestring(b"ZGF0YQ==\n")
"#,
        after: r#"import base64

data = base64.decodebytes(b"ZGF0YQ==\n")
"#,
    },
    Entry {
        symbol: "base64.encodestring",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "base64.encodebytes()",
        why: "named for Python 2's str; encodebytes (3.1) is the same function under its right name",
        detection: Detection::Name,
        fix: rename("encodebytes"),
        also_known_as: &[],
        before: r#"import base64

text = base64.encodestring(b"data")
"#,
        after: r#"import base64

text = base64.encodebytes(b"data")
"#,
    },
];
