//! `removed-method` for operators: a unary operator applied to an operand of a type that no
//! longer accepts it, such as `~True` (bool's bitwise inversion, deprecated in 3.12).

use super::Context;
use crate::catalogue::{self, Operand};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::stdlib;
use crate::syntax::{text, Field, NodeExt};
use tree_sitter::Node;

/// How many brackets around an operand are looked through.
const MAX_PARENTHESES: usize = 16;

/// Checks a `unary_operator` node.
pub fn unary_operator<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(operator), Some(argument)) = (node.field(Field::Operator), node.field(Field::Argument)) else {
        return;
    };
    let operator = text(operator, checker.source);
    let matching: Vec<_> = catalogue::unary_operator_entries(operator)
        .filter(|(_, operand)| is_operand(checker, *operand, argument))
        .map(|(entry, _)| entry)
        .collect();
    for entry in matching {
        checker.report(entry, entry.rule(), node, node, Failure::Call);
    }
}

/// Whether `node` is visibly an operand of the kind `operand`.
fn is_operand<'t>(checker: &Context<'_, 't>, operand: Operand, node: Node<'t>) -> bool {
    let mut node = node;
    for _ in 0..MAX_PARENTHESES {
        if node.kind() != "parenthesized_expression" {
            break;
        }
        let Some(inner) = node.named_child(0) else {
            return false;
        };
        node = inner;
    }
    match operand {
        Operand::Bool => match node.kind() {
            "true" | "false" | "not_operator" => true,
            "call" => node.field(Field::Function).is_some_and(|function| {
                matches!(checker.resolve(function), Value::Qualified(name) if stdlib::BOOL_RESULTS.contains(&name.as_str()))
            }),
            _ => false,
        },
    }
}
