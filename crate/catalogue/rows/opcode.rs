//! The `opcode` rows of the catalogue (the page `docs/opcode.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "opcode.ENABLE_SPECIALIZATION",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing public: _opcode.ENABLE_SPECIALIZATION is internal",
        why: "an undocumented internal flag that 3.12 exposed by accident",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import opcode

specializing = opcode.ENABLE_SPECIALIZATION
"#,
        after: r#"import sys

specializing = sys.implementation.name == "cpython"
"#,
    },
    Entry {
        symbol: "opcode.MAX_PSEUDO_OPCODE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing: pseudo-opcodes are compiler internals",
        why: "an undocumented compiler detail that 3.12 exposed by accident",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import opcode

limit = opcode.MAX_PSEUDO_OPCODE
"#,
        after: r#"import opcode

limit = max(opcode.opmap.values())
"#,
    },
    Entry {
        symbol: "opcode.MIN_PSEUDO_OPCODE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing: pseudo-opcodes are compiler internals",
        why: "an undocumented compiler detail that 3.12 exposed by accident",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import opcode

start = opcode.MIN_PSEUDO_OPCODE
"#,
        after: r#"import opcode

start = min(opcode.opmap.values())
"#,
    },
    Entry {
        symbol: "opcode.is_pseudo",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing: test `op in opcode.opmap.values()` for real opcodes",
        why: "an undocumented compiler helper that 3.12 exposed by accident",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import opcode

real = not opcode.is_pseudo(op)
"#,
        after: r#"import opcode

real = op in opcode.opmap.values()
"#,
    },
];
