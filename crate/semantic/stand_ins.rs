//! Names a test replaces with a stand-in while it runs: inside a function decorated with
//! `mock.patch("datetime.datetime")` (or `mock.patch.object(datetime, "datetime")`,
//! testfixtures' `replace("datetime.datetime", test_datetime())`), or in the body of a `with`
//! of one, `datetime.datetime.utcnow()` calls the stand-in, not the standard library.

use super::guards::{root_name, with_item_call, Site};
use super::resolve::Value;
use super::{BindingKind, ScopeId, SemanticModel};
use crate::qualified_name::QualifiedName;
use crate::syntax::{first_part, parts, string_value, text, Field, NodeExt};
use crate::version::PythonVersion;
use tree_sitter::Node;

/// The callables that replace the name their target names while a test runs, by qualified
/// name, and whether each takes the target as an object and an attribute name
/// (`patch.object(datetime, "datetime")`) rather than a dotted string.
const PATCHERS: &[(&str, bool)] = &[
    ("mock.patch", false),
    ("mock.patch.object", true),
    ("testfixtures.Replace", false),
    ("testfixtures.replace", false),
    ("unittest.mock.patch", false),
    ("unittest.mock.patch.object", true),
];

/// How many decorators of a definition, or items of a `with`, are looked at for patches.
const MAX_PATCHES: usize = super::guards::MAX_WITH_ITEMS;

impl<'t> SemanticModel<'t> {
    /// Whether the use of `symbol` at `site` reaches a stand-in that a patch decorator or
    /// `with` around it put in the place of `symbol` (or of an object `symbol` is a member
    /// of) while the code runs, on `target`.
    ///
    /// The use must reach the replaced name at run time: through a module above it
    /// (`datetime.datetime.utcnow()` after `import datetime`) or through a name imported while
    /// the patch is in place (`from datetime import datetime` in the patched function). A name
    /// bound before (`from datetime import datetime` at module level) still holds the original.
    /// A patch whose name is gone on `target` fails instead, unless it may create the name
    /// (`create=True`) and its module is still there. Only the first [`MAX_PATCHES`]
    /// decorators or `with` items are looked at (each finding asks, and a definition may carry
    /// thousands of decorators).
    pub fn reaches_stand_in(&self, site: &Site<'_, 't>, symbol: &str, target: PythonVersion) -> bool {
        let Some(root) = root_name(site.node) else {
            return false;
        };
        let use_scope = site.scopes.last().copied().unwrap_or(self.module);
        let Some((_, binding)) = self.lookup(text(root, self.source), use_scope, root.start_byte()) else {
            return false;
        };
        let BindingKind::Import(bound) = &binding.kind else {
            return false;
        };
        for (index, parent) in site.ancestors.iter().enumerate() {
            let child = site.ancestors.get(index + 1).copied().unwrap_or(site.node);
            // The decorators patch the function's body (not its defaults); a `with`, its body.
            let (region, items) = match parent.kind_name() {
                "decorated_definition" if child.kind_name() == "function_definition" => {
                    (child.field(Field::Body), Some(*parent))
                }
                "with_statement" => (parent.field(Field::Body), first_part(*parent)),
                _ => continue,
            };
            let inside = site.ancestors.get(index + 2).copied().unwrap_or(site.node);
            let (Some(region), Some(items)) = (region, items) else {
                continue;
            };
            if region.id() != child.id() && region.id() != inside.id() {
                continue;
            }
            let bound_inside = region.byte_range().contains(&binding.offset);
            // Lazily: a definition may carry thousands of decorators.
            let mut cursor = items.walk();
            for item in items.named_children(&mut cursor).take(MAX_PATCHES) {
                let call = match item.kind_name() {
                    "decorator" => first_part(item),
                    _ => with_item_call(item),
                };
                let Some((name, creates)) = call.and_then(|call| self.patched_name(call, site.scopes[index]))
                else {
                    continue;
                };
                let works = match (self.removed.removed_within)(&name) {
                    Some(removed) => {
                        (self.removed.removed_in)(removed).is_none_or(|version| version > target)
                            || removed == name && creates
                    }
                    None => true,
                };
                let patched = QualifiedName::new(&name);
                let above = patched.strip_prefix(bound).is_some();
                if works
                    && QualifiedName::new(symbol).starts_with(&name)
                    && (above || bound_inside && QualifiedName::new(bound).starts_with(&name))
                {
                    return true;
                }
            }
        }
        false
    }

    /// The name a patch call (`mock.patch("a.b", ...)`, `mock.patch.object(a, "b")`) replaces,
    /// and whether it may create the name where it is missing (`create=True`).
    fn patched_name(&self, call: Node<'t>, scope: ScopeId) -> Option<(String, bool)> {
        if call.kind_name() != "call" {
            return None;
        }
        let Value::Qualified(patcher) = self.resolve(call.field(Field::Function)?, scope) else {
            return None;
        };
        let &(_, takes_object) = PATCHERS.iter().find(|(name, _)| *name == patcher)?;
        let mut creates = false;
        let mut positional = Vec::new();
        for argument in parts(call.field(Field::Arguments)?) {
            if argument.kind_name() != "keyword_argument" {
                positional.push(argument);
            } else if argument.field(Field::Name).is_some_and(|name| text(name, self.source) == "create") {
                creates =
                    argument.field(Field::Value).is_some_and(|value| text(value, self.source) == "True");
            }
        }
        let name = if takes_object {
            let Value::Qualified(object) = self.resolve(*positional.first()?, scope) else {
                return None;
            };
            format!("{object}.{}", string_value(*positional.get(1)?, self.source)?)
        } else {
            string_value(*positional.first()?, self.source)?.to_string()
        };
        Some((name, creates))
    }
}
