//! The `builtins` rows of the catalogue (the page `docs/builtins.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "builtins.bool.__invert__",
        kind: ApiKind::Method,
        deprecated_in: Some(v(12)),
        removed_in: v(16),
        replacement: "not x for the logical negation, or ~int(x) when the integer -2 or -1 is really wanted",
        why: "~True is -2, not False: bool inherits int's bitwise inversion, which is almost always a mistake for not",
        detection: Detection::UnaryOperator { operator: "~", operand: Operand::Bool },
        fix: Remedy::Manual,
        also_known_as: &["~ (bitwise inversion) on bool", "~True", "~False"],
        before: r#"def flipped(enabled):
    return ~bool(enabled)
"#,
        after: r#"def flipped(enabled):
    return not enabled
"#,
    },
];
