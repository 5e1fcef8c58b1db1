//! Names a test replaces with a stand-in while it runs: inside a function decorated with
//! `mock.patch("datetime.datetime")` (or `mock.patch.object(datetime, "datetime")`,
//! testfixtures' `replace("datetime.datetime", test_datetime())`), or in the body of a `with`
//! of one, `datetime.datetime.utcnow()` calls the stand-in, not the standard library.

use super::guards::Site;
use super::resolve::Value;
use super::{BindingKind, ScopeId, SemanticModel};
use crate::syntax::{parts, string_value, text, Field, NodeExt};
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

impl<'t> SemanticModel<'t> {
    /// Whether the use of `symbol` at `site` reaches a stand-in a patch decorator or `with`
    /// around it put in the place of `symbol` (or of an object `symbol` is a member of) for
    /// the time the code runs, on `target`.
    ///
    /// The use must reach the replaced name at run time: through a module above it
    /// (`datetime.datetime.utcnow()` after `import datetime`) or through a name imported while
    /// the patch is in place (`from datetime import datetime` in the patched function). A name
    /// bound before (`from datetime import datetime` at module level) still holds the original.
    /// A patch whose target is gone on `target` fails instead (unless it may create it,
    /// `create=True`), and a name inside a removed module cannot be patched at all.
    pub fn reaches_stand_in(&self, site: &Site<'_, 't>, symbol: &str, target: PythonVersion) -> bool {
        let Some(root) = root_identifier(site.node) else {
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
            let (region, patches): (Node<'t>, Vec<Node<'t>>) = match parent.kind_name() {
                "decorated_definition" => {
                    let definition = parent.field(Field::Definition);
                    let body = definition.and_then(|definition| definition.field(Field::Body));
                    let inside = site.ancestors.get(index + 2).copied().unwrap_or(site.node);
                    match body {
                        Some(body)
                            if body.id() == inside.id() && child.kind_name() == "function_definition" =>
                        {
                            let decorators =
                                parts(*parent).into_iter().filter(|part| part.kind_name() == "decorator");
                            (body, decorators.filter_map(crate::syntax::first_part).collect())
                        }
                        _ => continue,
                    }
                }
                "with_statement" => match parent.field(Field::Body) {
                    Some(body) if body.id() == child.id() => (body, with_values(*parent)),
                    _ => continue,
                },
                _ => continue,
            };
            let scope = site.scopes[index];
            let reached = patches
                .into_iter()
                .filter_map(|patch| self.patched_name(patch, scope, target))
                .any(|patched| {
                    let above =
                        patched.strip_prefix(bound.as_str()).is_some_and(|rest| rest.starts_with('.'));
                    covers(&patched, symbol)
                        && (above || covers(&patched, bound) && region.byte_range().contains(&binding.offset))
                });
            if reached {
                return true;
            }
        }
        false
    }

    /// The dotted name a patch call (`mock.patch("a.b", ...)`, `mock.patch.object(a, "b")`)
    /// replaces, when the patch succeeds on `target`.
    fn patched_name(&self, call: Node<'t>, scope: ScopeId, target: PythonVersion) -> Option<String> {
        if call.kind_name() != "call" {
            return None;
        }
        let Value::Qualified(patcher) = self.resolve(call.field(Field::Function)?, scope) else {
            return None;
        };
        let &(_, takes_object) = PATCHERS.iter().find(|(name, _)| *name == patcher)?;
        let arguments = parts(call.field(Field::Arguments)?);
        let mut positional = arguments.iter().filter(|argument| argument.kind_name() != "keyword_argument");
        let patched = if takes_object {
            let Value::Qualified(object) = self.resolve(*positional.next()?, scope) else {
                return None;
            };
            format!("{object}.{}", string_value(*positional.next()?, self.source)?)
        } else {
            string_value(*positional.next()?, self.source)?.to_string()
        };
        // The patch imports the target's module and reads the name from it first.
        let creates = arguments.iter().any(|argument| {
            argument.kind_name() == "keyword_argument"
                && argument.field(Field::Name).is_some_and(|name| text(name, self.source) == "create")
                && argument.field(Field::Value).is_some_and(|value| text(value, self.source) == "True")
        });
        let gone = |name: &str| (self.removed.removed_in)(name).is_some_and(|removed| removed <= target);
        match (self.removed.removed_within)(&patched) {
            Some(removed) if gone(removed) && !(removed == patched && creates) => None,
            _ => Some(patched),
        }
    }
}

/// Whether the dotted name `name` is `patched` or a member of it.
fn covers(patched: &str, name: &str) -> bool {
    name.strip_prefix(patched).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// The context managers a `with` statement enters. Ex) `a` and `b` in `with a, b as c:`.
fn with_values(statement: Node<'_>) -> Vec<Node<'_>> {
    let mut values = Vec::new();
    for clause in parts(statement).into_iter().filter(|part| part.kind_name() == "with_clause") {
        for item in parts(clause) {
            if let Some(value) = item.field(Field::Value) {
                values.push(value);
            }
        }
    }
    values
}

/// The name a use reads first: `datetime` in `datetime.datetime.utcnow()`.
fn root_identifier(node: Node<'_>) -> Option<Node<'_>> {
    let mut node = node;
    for _ in 0..64 {
        node = match node.kind_name() {
            "identifier" => return Some(node),
            "attribute" => node.field(Field::Object)?,
            "call" => node.field(Field::Function)?,
            _ => return None,
        };
    }
    None
}
