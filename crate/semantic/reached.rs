//! Definitions reached only from code no target Python runs: a function named only in the
//! branch of a version check that fails at every target (`if six.PY2: spec = _get_argspec(f)`)
//! or in the arm of a conditional expression no target takes (`find_module = find_module_py33
//! if is_py3 else find_module_pre_py33`); a class likewise (`else: NodeFinder =
//! SentinelNodeFinder` after `if sys.version_info >= (3, 11):`). The uses in its body are guarded.

use super::version_check::Branch;
use super::SemanticModel;
use crate::syntax::{text, Field, NodeExt};
use crate::version::PythonVersion;
use tree_sitter::Node;

/// Past this many mentions of a function's name, it is not looked at (each costs a walk from
/// the root of the tree to the mention and back).
const MAX_MENTIONS: usize = 64;

/// How many functions of a file are followed to their mentions at most (each descent from the
/// root walks the statements of the blocks on its way).
const MAX_FUNCTIONS: usize = 128;

impl<'t> SemanticModel<'t> {
    /// Whether the byte `at` is inside a comment, found from the text (a comment names
    /// nothing, and a partial parse leaves out those before the first statement it keeps).
    pub(super) fn in_comment(&self, at: usize) -> bool {
        let comments =
            self.comment_spans.get_or_init(|| crate::syntax::comment_spans(self.source.as_bytes()));
        let next = comments.partition_point(|span| span.end <= at);
        comments.get(next).is_some_and(|span| span.start <= at)
    }

    /// Why the function (or class) `definition` never runs on any target: every mention of its name in
    /// the file (outside its own body and comments) sits where no target Python runs. `None`
    /// when one may run, when a mention is in a string (`__all__`), when it is decorated or not
    /// at module level, when a mention is inside a function or class body (which a partial
    /// parse may leave out: falcon's `get_argnames` naming `_get_argspec` under `if six.PY2:`
    /// is not followed), or when nothing in the file names it (other modules may). Bindings of
    /// the name (`f = None`, another `def f`) name nothing; comments are no mentions.
    pub(super) fn reached_only_where_no_target_runs(&self, definition: Node<'t>) -> Option<String> {
        // Once per function, not once per finding in its body.
        if let Some(known) = self.reached.borrow().get(&definition.id()) {
            return known.clone();
        }
        // Each function costs a descent from the root to each mention, through its blocks'
        // statements: past a number of functions, the rest are not followed (linear time).
        let reached = match self.reached.borrow().len() < MAX_FUNCTIONS {
            true => self.reached_only_from_dead_code(definition),
            false => None,
        };
        self.reached.borrow_mut().insert(definition.id(), reached.clone());
        reached
    }

    /// [`SemanticModel::reached_only_where_no_target_runs`], worked out.
    fn reached_only_from_dead_code(&self, definition: Node<'t>) -> Option<String> {
        self.parent(definition).filter(|parent| matches!(parent.kind_name(), "block" | "module"))?;
        // Module-level functions and classes only (a class's methods run only where it is
        // named, executing's `SentinelNodeFinder`): a method is called through its receiver and by name
        // from elsewhere (a visitor's dispatch), a nested function may escape as a value.
        let mut above = self.parent(definition);
        while let Some(node) = above {
            if matches!(node.kind_name(), "function_definition" | "class_definition" | "lambda") {
                return None;
            }
            above = self.parent(node);
        }
        let name = text(definition.field(Field::Name)?, self.source);
        // Not in comments ([`SemanticModel::in_comment`]).
        let offsets: Vec<usize> =
            self.mentions_of_function(name)?.iter().copied().filter(|&at| !self.in_comment(at)).collect();
        if offsets.len() > MAX_MENTIONS {
            return None;
        }
        let mut dead = 0;
        for start in offsets {
            let end = start + name.len();
            if definition.byte_range().contains(&start) {
                continue;
            }
            let node = self.root.descendant_for_byte_range(start, end)?;
            if node.kind_name() == "comment" {
                continue;
            }
            if node.kind_name() != "identifier" || node.start_byte() != start || node.end_byte() != end {
                return None;
            }
            // A binding of the name (another definition, an assignment's target) calls nothing.
            let binds = self.parent(node).is_some_and(|parent| match parent.kind_name() {
                "function_definition" | "class_definition" => parent.field(Field::Name) == Some(node),
                "assignment" => parent.field(Field::Left) == Some(node),
                _ => false,
            });
            if binds {
                continue;
            }
            if !self.in_code_no_target_runs(node, definition.start_byte()) {
                return None;
            }
            dead += 1;
        }
        (dead > 0).then(|| format!("`{name}` is named only in code that no target Python runs"))
    }

    /// Whether no target Python runs the code at `node`, a mention in module-level code: an
    /// enclosing branch of an `if` that none runs, or an arm of a conditional expression none
    /// takes. `false` inside a function or class body: a partial parse may leave such code out
    /// (a mention there must count the same in both). `use_at`: the definition the mention
    /// names (a branch that holds it is not dead for it).
    fn in_code_no_target_runs(&self, node: Node<'t>, use_at: usize) -> bool {
        let mut ancestors = Vec::new();
        let mut current = node;
        while let Some(parent) = self.parent(current) {
            if matches!(parent.kind_name(), "function_definition" | "class_definition" | "lambda") {
                return false;
            }
            ancestors.push(parent);
            current = parent;
        }
        let scope = self.module;
        let mut child = node;
        ancestors.into_iter().any(|parent| {
            let dead = match parent.kind_name() {
                "block" => Branch::of_block(parent, |node| self.parent(node))
                    .is_some_and(|branch| self.branch_runs_nowhere(branch, scope, use_at)),
                "conditional_expression" => match crate::syntax::conditional_parts(parent) {
                    Some([body, condition, orelse])
                        if body.id() == child.id() || orelse.id() == child.id() =>
                    {
                        let holds = orelse.id() == child.id();
                        PythonVersion::targets()
                            .all(|target| self.version_condition(condition, scope, target) == Some(holds))
                    }
                    _ => false,
                },
                _ => false,
            };
            child = parent;
            dead
        })
    }
}
