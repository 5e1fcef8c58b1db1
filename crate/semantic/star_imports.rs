//! The modules a file star-imports (`from M import *`), found once per file: a detection asks
//! for every bare name that only a star import can have bound, so a walk of the module per
//! name would take time quadratic in the file. A class such an import binds is what the bare
//! name holds (`from datetime import *`, then `datetime.utcnow()`), and so is a function whose
//! result's class is known (`from logging import *`, then `getLogger().warn(...)`).

use super::SemanticModel;
use crate::hash::HashSet;
use crate::semantic::dotted_text;
use crate::stdlib;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// How deep under the module a star import is looked for: in `try`, `if`, `with` and `else`
/// blocks.
const MAX_DEPTH: usize = 4;

/// What the file's star imports are, found once per file.
#[derive(Default)]
pub(super) struct StarImports<'t> {
    /// The modules star-imported, sorted, each once.
    modules: Vec<String>,
    /// The names that a `def` or `class` anywhere in the text defines, found when first asked:
    /// the prefilter may leave such a definition unparsed, and then the name reads as unbound
    /// in the tree although the file binds it.
    defined: std::cell::OnceCell<HashSet<&'t str>>,
}

impl<'t> SemanticModel<'t> {
    fn star_imports(&self) -> &StarImports<'t> {
        self.star_imports.get_or_init(|| {
            let mut modules = Vec::new();
            if !self.has_star_import {
                return StarImports::default();
            }
            star_modules(self.root, self.source, 0, &mut modules);
            modules.sort_unstable();
            modules.dedup();
            StarImports { modules, defined: std::cell::OnceCell::new() }
        })
    }

    /// The modules of the file's star imports (`from M import *`), at module level or in the
    /// blocks of its `try`, `if` and `with` statements: sorted, each once. A relative one is
    /// spelled as written (`.compat`): no standard-library module, but it may bind any name.
    pub fn star_imported_modules(&self) -> &[String] {
        &self.star_imports().modules
    }

    /// The standard-library class or function that the file's star import binds to the bare
    /// name `name` (`datetime.datetime` for `datetime` after `from datetime import *`), when the
    /// file star-imports that module alone ([`stdlib::STAR_EXPORTED_KNOWN`]) and defines no
    /// function or class of that name, parsed or not.
    pub(super) fn star_imported_name(&self, name: &str) -> Option<String> {
        let imports = self.star_imports();
        let [module] = imports.modules.as_slice() else {
            return None;
        };
        let known = stdlib::star_exported_known(module, name)
            && !imports.defined.get_or_init(|| defined_names(self.source)).contains(name);
        known.then(|| format!("{module}.{name}"))
    }
}

/// The names after `def` and `class` keywords in `source` (in strings and comments too: a
/// name too many only makes the caller more careful).
fn defined_names(source: &str) -> HashSet<&str> {
    let bytes = source.as_bytes();
    let is_word = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
    let mut defined = HashSet::default();
    for keyword in ["def", "class"] {
        for (at, _) in source.match_indices(keyword) {
            let end = at + keyword.len();
            let after_word = at > 0 && is_word(bytes[at - 1]);
            if after_word || !bytes.get(end).is_some_and(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let start = end + bytes[end..].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
            let stop = start + bytes[start..].iter().take_while(|&&b| is_word(b)).count();
            if stop > start {
                defined.insert(&source[start..stop]);
            }
        }
    }
    defined
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
