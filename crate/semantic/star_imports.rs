//! The modules a file star-imports (`from M import *`), found once per file: a detection asks
//! for every bare name that only a star import can have bound, so a walk of the module per
//! name would take time quadratic in the file. A class such an import binds is what the bare
//! name holds (`from datetime import *`, then `datetime.utcnow()`).

use super::SemanticModel;
use crate::semantic::dotted_text;
use crate::stdlib;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// How deep under the module a star import is looked for: in `try`, `if`, `with` and `else`
/// blocks.
const MAX_DEPTH: usize = 4;

impl<'t> SemanticModel<'t> {
    /// The modules of the file's star imports (`from M import *`), at module level or in the
    /// blocks of its `try`, `if` and `with` statements: sorted, each once. A relative one is
    /// spelled as written (`.compat`): no standard-library module, but it may bind any name.
    pub fn star_imported_modules(&self) -> &[String] {
        self.star_imports.get_or_init(|| {
            let mut modules = Vec::new();
            star_modules(self.root, self.source, 0, &mut modules);
            modules.sort_unstable();
            modules.dedup();
            modules
        })
    }

    /// The standard-library class that the file's star import binds to the bare name `name`
    /// (`datetime.datetime` for `datetime` after `from datetime import *`), when the file
    /// star-imports that module alone ([`stdlib::STAR_EXPORTED_CLASSES`]).
    pub(super) fn star_imported_class(&self, name: &str) -> Option<String> {
        let [module] = self.star_imported_modules() else {
            return None;
        };
        stdlib::star_exported_class(module, name).then(|| format!("{module}.{name}"))
    }
}

/// Adds the modules of the star imports among `parent`'s statements to `modules`.
fn star_modules(parent: Node<'_>, source: &str, depth: usize, modules: &mut Vec<String>) {
    let mut cursor = parent.walk();
    for child in parent.named_children(&mut cursor) {
        match child.kind_name() {
            "import_from_statement" => {
                let star =
                    child.named_children(&mut child.walk()).any(|part| part.kind_name() == "wildcard_import");
                match child.field(Field::ModuleName) {
                    Some(module) if star && module.kind_name() == "dotted_name" => {
                        modules.push(dotted_text(module, source));
                    }
                    Some(module) if star => modules.push(crate::syntax::text(module, source).to_string()),
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
