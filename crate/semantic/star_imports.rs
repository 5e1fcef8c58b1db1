//! The modules a file star-imports (`from M import *`), found once per file: a detection asks
//! for every bare name that only a star import can have bound, so a walk of the module per
//! name would take time quadratic in the file.

use super::SemanticModel;
use crate::semantic::dotted_text;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// How deep under the module a star import is looked for: in `try`, `if`, `with` and `else`
/// blocks.
const MAX_DEPTH: usize = 4;

impl<'t> SemanticModel<'t> {
    /// The modules of the file's absolute star imports (`from M import *`), at module level or
    /// in the blocks of its `try`, `if` and `with` statements: sorted, each once.
    pub fn star_imported_modules(&self) -> &[String] {
        self.star_imports.get_or_init(|| {
            let mut modules = Vec::new();
            if !self.has_star_import {
                return modules;
            }
            star_modules(self.root, self.source, 0, &mut modules);
            modules.sort_unstable();
            modules.dedup();
            modules
        })
    }
}

/// Whether the `import_from_statement` `node` imports `*`.
pub(super) fn is_star_import(node: Node<'_>, source: &str) -> bool {
    // Most have no `*` in their text: no walk of their children.
    source.as_bytes()[node.byte_range()].contains(&b'*')
        && node.named_children(&mut node.walk()).any(|part| part.kind_name() == "wildcard_import")
}

/// Adds the modules of the star imports among `parent`'s statements to `modules`.
fn star_modules(parent: Node<'_>, source: &str, depth: usize, modules: &mut Vec<String>) {
    let mut cursor = parent.walk();
    for child in parent.named_children(&mut cursor) {
        match child.kind_name() {
            "import_from_statement" => {
                let star = is_star_import(child, source);
                match child.field(Field::ModuleName) {
                    Some(module) if star && module.kind_name() == "dotted_name" => {
                        modules.push(dotted_text(module, source));
                    }
                    _ => {}
                }
            }
            "try_statement" | "if_statement" | "with_statement" | "block" | "else_clause"
            | "except_clause" | "elif_clause" | "finally_clause"
                if depth < MAX_DEPTH =>
            {
                star_modules(child, source, depth + 1, modules);
            }
            _ => {}
        }
    }
}
