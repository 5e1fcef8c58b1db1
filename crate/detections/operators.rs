//! `removed-method` for operators: a unary operator applied to an operand of a type that no
//! longer accepts it, such as `~True` (bool's bitwise inversion, deprecated in 3.12).

use super::needs::{Ids, Needs, PYTHON_KEYWORDS};
use super::Context;
use super::{Detector, Rows, Visit};
use crate::catalogue::{self, Operand};
use crate::catalogue::{Detection, Entry};
use crate::qualified_name::QualifiedName;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::stdlib;
use crate::syntax::Kind;
use crate::syntax::{text, Field, NodeExt};
use tree_sitter::Node;

/// How many brackets around an operand are looked through.
const MAX_PARENTHESES: usize = 16;

/// This module's detector: unary operators applied to operands they no longer accept.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::UnaryOperator { .. }),
        needs,
        describe,
    }),
    visit: Some(Visit { nodes: &[Kind::UnaryOperator], check, own_rows_only: true }),
};

/// Where uses of a unary operator are found, in words.
fn describe(entry: &Entry) -> String {
    let Detection::UnaryOperator { operator, operand } = entry.detection else {
        return String::new();
    };
    format!("where `{operator}` is applied to {}", operand_in_words(operand))
}

/// The operand in words, for the documentation.
fn operand_in_words(operand: Operand) -> String {
    match operand {
        Operand::Bool => {
            let calls: Vec<String> = stdlib::BOOL_RESULTS
                .iter()
                .map(|name| format!("`{}()`", QualifiedName::new(name).last()))
                .collect();
            format!(
                "the literal `True` or `False`, a `not` expression, or a call of {} (comparisons such as `~(a == b)` are left alone: NumPy and pandas overload them)",
                calls.join(", ")
            )
        }
    }
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    unary_operator(context, node);
}

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
        if node.kind_name() != "parenthesized_expression" {
            break;
        }
        let Some(inner) = crate::syntax::first_part(node) else {
            return false;
        };
        node = inner;
    }
    match operand {
        Operand::Bool => match node.kind_name() {
            "true" | "false" | "not_operator" => true,
            "call" => node.field(Field::Function).is_some_and(|function| {
                matches!(checker.resolve(function), Value::Qualified(name) if stdlib::BOOL_RESULTS.contains(&name.as_str()))
            }),
            _ => false,
        },
    }
}

/// What a file must show for a use of a unary operator: the operator, followed by a word an
/// operand of the type can start with.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let Detection::UnaryOperator { operator, operand } = entry.detection else {
        unreachable!("only unary-operator entries are detected by operators.rs")
    };
    let words = operand.leading_words();
    let names = words.iter().filter(|word| !PYTHON_KEYWORDS.contains(word)).map(|word| id(word)).collect();
    Needs::Operand { operator: id(operator), leading: words.into_iter().map(&mut *id).collect(), names }
}
