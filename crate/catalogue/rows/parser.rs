//! The `parser` rows of the catalogue (the page `docs/parser.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "parser",
    kind: ApiKind::Module,
    deprecated_in: Some(v(9)),
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "ast",
    why: "the PEG parser (3.9) has no concrete syntax tree to expose",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import parser

tree = parser.suite("x = 1")
"#,
    after: r#"import ast

tree = ast.parse("x = 1")
"#,
}];
