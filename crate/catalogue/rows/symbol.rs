//! The `symbol` rows of the catalogue (the page `docs/symbol.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "symbol",
    kind: ApiKind::Module,
    deprecated_in: Some(v(9)),
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "ast, or token",
    why: "the PEG parser (3.9) has no grammar symbols to number",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import symbol

print(symbol.sym_name)
"#,
    after: r#"import token

print(token.tok_name)
"#,
}];
