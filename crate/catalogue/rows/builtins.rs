//! The `builtins` rows of the catalogue (the page `docs/builtins.md`), sorted by symbol.

use super::prelude::*;

/// The modes with `U` that `open` took before 3.11: `U` alone or with `r` and one of `b`/`t`,
/// in any order (`"rU"`, `"rbU"`, `"brU"`).
const OPEN_MODES_WITH_U: &[&str] = &[
    "U", "rU", "Ur", "bU", "Ub", "tU", "Ut", "rbU", "rUb", "brU", "bUr", "Urb", "Ubr", "rtU", "rUt", "trU",
    "tUr", "Urt", "Utr",
];

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "bool(x=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "pass the value positionally: bool(value)",
        why: "the first parameters of the builtin types became positional-only in 3.7",
        detection: Detection::Keyword { callables: &["builtins.bool"], keywords: &["x"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"value = bool(x=1)
"#,
        after: r#"value = bool(1)
"#,
    },
    Entry {
        symbol: "builtins.bool.__invert__",
        kind: ApiKind::Method,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
    Entry {
        symbol: "float(x=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "pass the value positionally: float(value)",
        why: "the first parameters of the builtin types became positional-only in 3.7",
        detection: Detection::Keyword { callables: &["builtins.float"], keywords: &["x"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"value = float(x="1.5")
"#,
        after: r#"value = float("1.5")
"#,
    },
    Entry {
        symbol: "int(x=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "pass the value positionally: int(value)",
        why: "the first parameters of the builtin types became positional-only in 3.7",
        detection: Detection::Keyword { callables: &["builtins.int"], keywords: &["x"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"value = int(x="7")
"#,
        after: r#"value = int("7")
"#,
    },
    Entry {
        symbol: "list(sequence=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "pass the value positionally: list(value)",
        why: "the first parameters of the builtin types became positional-only in 3.7",
        detection: Detection::Keyword { callables: &["builtins.list"], keywords: &["sequence"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"value = list(sequence="ab")
"#,
        after: r#"value = list("ab")
"#,
    },
    Entry {
        symbol: "open(path, 'U')",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "drop the 'U': text mode translates newlines already (see newline=)",
        why: "universal newlines are the default of text mode since 3.0",
        detection: Detection::CallShape { callables: &["builtins.open", "io.open", "codecs.open"], shape: CallShape::Literal { index: 1, keyword: Some("mode"), values: OPEN_MODES_WITH_U } },
        fix: Remedy::Manual,
        also_known_as: &["open() / io.open() / codecs.open() / fileinput mode 'U'"],
        before: r#"with open("notes.txt", "rU") as f:
    text = f.read()
"#,
        after: r#"with open("notes.txt") as f:
    text = f.read()
"#,
    },
    Entry {
        symbol: "tuple(sequence=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "pass the value positionally: tuple(value)",
        why: "the first parameters of the builtin types became positional-only in 3.7",
        detection: Detection::Keyword { callables: &["builtins.tuple"], keywords: &["sequence"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"value = tuple(sequence="ab")
"#,
        after: r#"value = tuple("ab")
"#,
    },
];
