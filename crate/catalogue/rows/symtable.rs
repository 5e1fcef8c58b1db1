//! The `symtable` rows of the catalogue (the page `docs/symtable.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "symtable.Class.get_methods",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
    Entry {
        symbol: "symtable.SymbolTable.has_exec",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "nothing: exec is a function, so the answer was always False",
        why: "exec is not a statement in Python 3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import symtable

table = symtable.symtable("x = 1", "<s>", "exec")
print(table.has_exec())
"#,
        after: r#"import symtable

table = symtable.symtable("x = 1", "<s>", "exec")
print(table.has_children())
"#,
    },
];
