//! Definitions that never run on the target: a function that a later statement of its scope
//! replaces there before anything reads it (Whoosh's `def htmlescape`, then, on Python 3,
//! `from html import escape as htmlescape`). The uses in its body are guarded.

use super::fall_through::bound_names;
use super::{ScopeId, SemanticModel};
use crate::syntax::{named_children, text};
use crate::syntax::{Field, NodeExt};
use crate::version::PythonVersion;
use tree_sitter::Node;

impl<'t> SemanticModel<'t> {
    /// Why the function `definition` (in scope `scope`) never runs on `target`: a later
    /// statement of the same block, or of a branch the target takes, binds its name again,
    /// and nothing in between reads it. `None` when it may run (a decorator, a read before the
    /// replacement, a replacement only some targets or platforms make, one in a loop, or an
    /// import of a removed API, which fails).
    pub(super) fn replaced_before_use(
        &self,
        definition: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<String> {
        let name = text(definition.field(Field::Name)?, self.source);
        // A decorator reads the function as it is defined (`@atexit.register`).
        let statement = definition.parent().filter(|parent| parent.kind() != "decorated_definition")?;
        let block = statement
            .kind()
            .eq("block")
            .then_some(statement)
            .or_else(|| (statement.kind() == "module").then_some(statement))?;
        let later = named_children(block).into_iter().filter(|s| s.start_byte() > definition.end_byte());
        for sibling in later {
            if self.reads_in_straight_line(sibling, name) {
                return None;
            }
            if self.replaces(sibling, name, scope, target, 0) {
                return Some(format!("a later binding of `{name}` that replaces it on this target"));
            }
        }
        None
    }

    /// Whether `statement` binds `name` on `target`, on every way through it: itself, or in
    /// the branch of a version check the target takes, or in a `try` body (unless it imports a
    /// removed API).
    fn replaces(
        &self,
        statement: Node<'t>,
        name: &str,
        scope: ScopeId,
        target: PythonVersion,
        depth: u8,
    ) -> bool {
        if depth > 8 {
            return false;
        }
        let mut names = Vec::new();
        bound_names(statement, self.source, &mut names);
        if names.contains(&name) {
            return !self.imports_removed(statement);
        }
        let in_block = |block: Option<Node<'t>>| {
            block.is_some_and(|block| {
                named_children(block)
                    .into_iter()
                    .any(|inner| self.replaces(inner, name, scope, target, depth + 1))
            })
        };
        match statement.kind() {
            "if_statement" => {
                let mut branches =
                    vec![(statement.field(Field::Condition), statement.field(Field::Consequence))];
                for clause in named_children(statement) {
                    match clause.kind() {
                        "elif_clause" => {
                            branches.push((clause.field(Field::Condition), clause.field(Field::Consequence)));
                        }
                        "else_clause" => branches.push((None, clause.field(Field::Body))),
                        _ => {}
                    }
                }
                // The branch the target takes: the first whose condition holds, every earlier
                // one failing (each decided by a version check).
                for (condition, block) in branches {
                    match condition.map(|condition| self.version_condition(condition, scope, target)) {
                        Some(Some(false)) => continue,
                        Some(Some(true)) | None => return in_block(block),
                        Some(None) => return false,
                    }
                }
                false
            }
            "try_statement" | "with_statement" => in_block(statement.field(Field::Body)),
            _ => false,
        }
    }

    /// Whether an import statement imports a removed API (and so fails on the target).
    fn imports_removed(&self, statement: Node<'t>) -> bool {
        let module = match statement.kind() {
            "import_from_statement" => statement.field(Field::ModuleName),
            "import_statement" => {
                statement.named_child(0).map(|name| name.field(Field::Name).unwrap_or(name))
            }
            _ => return false,
        };
        module.is_some_and(|module| (self.removed.removed_within)(text(module, self.source)).is_some())
    }

    /// Whether `statement` reads `name` as it runs: outside the bodies of the functions,
    /// lambdas and classes it defines (their reads come later, after the replacement).
    fn reads_in_straight_line(&self, statement: Node<'t>, name: &str) -> bool {
        let mut stack = vec![statement];
        while let Some(node) = stack.pop() {
            match node.kind() {
                "function_definition" | "lambda" => {
                    // Decorators and default values run at once; the body later.
                    if let Some(parameters) = node.field(Field::Parameters) {
                        stack.push(parameters);
                    }
                    continue;
                }
                "identifier" if text(node, self.source) == name && super::fall_through::is_read(node) => {
                    return true;
                }
                _ => {}
            }
            stack.extend(named_children(node));
        }
        false
    }
}
