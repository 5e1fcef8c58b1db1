//! Definitions are not uses: an attribute the code itself set earlier is read back, not taken
//! from the standard library. Ex) `module.__loader__ = loader`, then `module.__loader__`.

use super::SemanticModel;
use crate::syntax::{named_children, text};
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// How many earlier statements of one block are looked at.
const MAX_EARLIER: usize = 64;

impl<'t> SemanticModel<'t> {
    /// Whether `target` (an attribute read inside `node`, whose ancestors are `ancestors`,
    /// outermost first) reads back what an earlier statement of the same function assigned to
    /// the same expression: `hash.__loader__ = test` then `hash.__loader__`.
    pub fn assigned_earlier(&self, target: Node<'t>, node: Node<'t>, ancestors: &[Node<'t>]) -> bool {
        let spelled = text(target, self.source);
        let mut child = node;
        for parent in ancestors.iter().rev() {
            match parent.kind_name() {
                "function_definition" | "class_definition" | "lambda" => return false,
                "block" | "module" => {
                    // Listed once per block and searched by position: a block with a use in
                    // each of many statements costs n log n, not n squared.
                    let statements = self.statements_of(*parent);
                    let at =
                        statements.partition_point(|statement| statement.start_byte() < child.start_byte());
                    if statements.get(at).is_none_or(|statement| statement.id() != child.id()) {
                        child = *parent;
                        continue;
                    }
                    let assigned = statements[..at].iter().rev().take(MAX_EARLIER).any(|statement| {
                        statement.kind_name() == "expression_statement"
                            && named_children(*statement).into_iter().any(|expression| {
                                let mut current = Some(expression);
                                while let Some(assignment) = current.filter(|n| n.kind_name() == "assignment")
                                {
                                    if assignment.field(Field::Left).is_some_and(|left| {
                                        left.kind_name() == "attribute" && text(left, self.source) == spelled
                                    }) {
                                        return true;
                                    }
                                    current = assignment.field(Field::Right);
                                }
                                false
                            })
                    });
                    if assigned {
                        return true;
                    }
                }
                _ => {}
            }
            child = *parent;
        }
        false
    }
}
