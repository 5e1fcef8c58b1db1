//! The `symtable` rows of the catalogue (the page `docs/symtable.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "symtable.Class.get_methods",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "walk the class table's children: [child.get_name() for child in table.get_children() if child.get_type() == \"function\"]",
        why: "it listed only functions defined with def in the class body, missing other kinds of methods",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import symtable

methods = symtable.Class.get_methods(table)
"#,
        after: r#"import symtable

methods = [child.get_name() for child in table.get_children() if child.get_type() == "function"]
"#,
    },
];
