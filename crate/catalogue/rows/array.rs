//! The `array` rows of the catalogue (the page `docs/array.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "array.array('u')",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(3)),
    removed_in: v(16),
    replacement: "type code 'w' (Py_UCS4 on every platform, Python 3.13+)",
    why: "'u' is wchar_t, 2 or 4 bytes depending on the platform; 'w' always holds a full code point",
    detection: Detection::CallShape {
        callables: &["array.ArrayType", "array.array"],
        shape: CallShape::Literal { index: 0, values: &["u"] },
    },
    fix: Remedy::Manual,
    also_known_as: &["array.array 'u' type code"],
    before: r#"import array

letters = array.array("u", "hello")
"#,
    after: r#"import array

letters = array.array("w", "hello")
"#,
}];
