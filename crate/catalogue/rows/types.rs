//! The `types` rows of the catalogue (the page `docs/types.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "types.CodeType.co_lnotab",
    kind: ApiKind::Attribute,
    deprecated_in: Some(v(12)),
    removed_in: Some(v(15)),
    withdrawn_in: None,
    replacement: "code.co_lines() (line ranges of the bytecode, PEP 626)",
    why: "the compressed line-number table could not describe 3.10+ bytecode; co_lines() replaced it",
    detection: Detection::DistinctiveMethod,
    fix: Remedy::ManualBecause("co_lines() yields (start, end, line) triples, not the packed byte string"),
    also_known_as: &["codeobject.co_lnotab"],
    before: r#"def line_table(function):
    return function.__code__.co_lnotab
"#,
    after: r#"def line_table(function):
    return list(function.__code__.co_lines())
"#,
}];
