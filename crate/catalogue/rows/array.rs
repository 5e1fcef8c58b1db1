//! The `array` rows of the catalogue (the page `docs/array.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "array.array('u')",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
        replacement: "type code 'w' (Py_UCS4 on every platform, Python 3.13+)",
        why: "'u' is wchar_t, 2 or 4 bytes depending on the platform; 'w' always holds a full code point",
        detection: Detection::CallShape {
            callables: &["array.ArrayType", "array.array"],
            shape: CallShape::Literal { index: 0, keyword: None, values: &["u"] },
        },
        fix: Remedy::Manual,
        also_known_as: &["array.array 'u' type code"],
        before: r#"import array

letters = array.array("u", "hello")
"#,
        after: r#"import array

letters = array.array("w", "hello")
"#,
    },
    Entry {
        symbol: "array.array.fromstring",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "array.frombytes()",
        why: "named for Python 2's str; frombytes (3.2) is the same method",
        detection: Detection::Method,
        fix: rename("frombytes"),
        also_known_as: &[],
        before: r#"import array

values = array.array("b")
values.fromstring(b"\x01\x02")
"#,
        after: r#"import array

values = array.array("b")
values.frombytes(b"\x01\x02")
"#,
    },
    Entry {
        symbol: "array.array.tostring",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "array.tobytes()",
        why: "named for Python 2's str; tobytes (3.2) is the same method",
        detection: Detection::Method,
        fix: rename("tobytes"),
        also_known_as: &[],
        before: r#"import array

data = array.array("b", [1, 2]).tostring()
"#,
        after: r#"import array

data = array.array("b", [1, 2]).tobytes()
"#,
    },
];
