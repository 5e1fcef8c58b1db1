//! `removed-parameter` for argument shapes: a call whose arguments are no longer accepted,
//! such as `typing.TypedDict("TD", x=int)`, `sqlite3.connect(path, 5.0)` or `shlex.split(None)`.

use crate::catalogue::{self, CallShape, Detection};
use crate::checker::Checker;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::syntax::{named_children, string_value, text, Field, NodeExt};
use tree_sitter::Node;

/// The arguments of a call, sorted out.
struct Arguments<'t> {
    positional: Vec<Node<'t>>,
    /// Keyword arguments, by name.
    keywords: Vec<(&'t str, Node<'t>)>,
    /// `*args` among the arguments.
    list_splat: bool,
    /// `**kwargs` among the arguments.
    dictionary_splat: bool,
}

fn arguments<'t>(node: Node<'t>, source: &'t str) -> Arguments<'t> {
    let mut sorted = Arguments {
        positional: Vec::new(),
        keywords: Vec::new(),
        list_splat: false,
        dictionary_splat: false,
    };
    for argument in named_children(node) {
        match argument.kind() {
            "comment" => {}
            "keyword_argument" => {
                if let Some(name) = argument.field(Field::Name) {
                    sorted.keywords.push((text(name, source), argument));
                }
            }
            "list_splat" => sorted.list_splat = true,
            "dictionary_splat" => sorted.dictionary_splat = true,
            _ => sorted.positional.push(argument),
        }
    }
    sorted
}

/// Whether `node` is the literal `value` (`None`, or a string with that value).
fn is_literal(node: Node<'_>, value: &str, source: &str) -> bool {
    match node.kind() {
        "none" => value == "None",
        "parenthesized_expression" => {
            node.named_child(0).is_some_and(|inner| is_literal(inner, value, source))
        }
        _ => value != "None" && string_value(node, source) == Some(value),
    }
}

/// The argument that has the shape, if the call has it: where the finding goes.
fn matching<'t>(shape: CallShape, call: &Arguments<'t>, source: &str) -> Option<Option<Node<'t>>> {
    let unpacked = call.list_splat || call.dictionary_splat;
    match shape {
        CallShape::KeywordOtherThan(allowed) => {
            call.keywords.iter().find(|(name, _)| !allowed.contains(name)).map(|(_, node)| Some(*node))
        }
        CallShape::PositionalMoreThan(count) => call.positional.get(count).map(|node| Some(*node)),
        CallShape::AnyArgument => {
            let first = call.positional.first().copied().or(call.keywords.first().map(|(_, node)| *node));
            first.map(Some)
        }
        CallShape::MissingOrNone { index, allowed } => {
            if unpacked || call.keywords.iter().any(|(name, _)| !allowed.contains(name)) {
                return None;
            }
            match call.positional.get(index) {
                None => Some(None),
                Some(node) if is_literal(*node, "None", source) => Some(Some(*node)),
                Some(_) => None,
            }
        }
        CallShape::Literal { index, values } => {
            if call.list_splat && call.positional.len() <= index {
                return None;
            }
            let node = *call.positional.get(index)?;
            values.iter().any(|value| is_literal(node, value, source)).then_some(Some(node))
        }
        CallShape::FloatLiteral => {
            call.positional.iter().find(|node| node.kind() == "float").map(|node| Some(*node))
        }
        CallShape::StringLiteral { index } => {
            let node = *call.positional.get(index)?;
            string_value(node, source).is_some().then_some(Some(node))
        }
        CallShape::StringLacking { index, prefix } => {
            let node = *call.positional.get(index)?;
            string_value(node, source).is_some_and(|value| !value.starts_with(prefix)).then_some(Some(node))
        }
    }
}

/// The qualified names the called function may be known by: a function or class, or a method
/// of an instance whose class is known (with the classes it inherits the method from).
fn callee_names<'t>(checker: &Checker<'_, 't>, function: Node<'t>) -> Vec<String> {
    if function.kind() == "attribute" {
        if let (Some(object), Some(method)) =
            (function.field(Field::Object), function.field(Field::Attribute))
        {
            let receiver = checker.resolve(object);
            if matches!(receiver, Value::Instance(_)) {
                if let Member::Qualified(names) =
                    checker.model.member_of(&receiver, text(method, checker.source))
                {
                    return names;
                }
                return Vec::new();
            }
        }
    }
    match checker.resolve(function) {
        Value::Qualified(name) => vec![name],
        _ => Vec::new(),
    }
}

/// Checks a `call` node's arguments against the call shapes of its callee.
pub fn call<'t>(checker: &mut Checker<'_, 't>, node: Node<'t>) {
    let (Some(function), Some(argument_list)) = (node.field(Field::Function), node.field(Field::Arguments))
    else {
        return;
    };
    let name = match function.kind() {
        "identifier" => function,
        "attribute" => match function.field(Field::Attribute) {
            Some(name) => name,
            None => return,
        },
        _ => return,
    };
    if !catalogue::is_call_shape_name(text(name, checker.source)) || argument_list.kind() != "argument_list" {
        return;
    }
    let entries: Vec<&'static catalogue::Entry> = callee_names(checker, function)
        .iter()
        .flat_map(|callee| catalogue::call_shape_entries(callee).iter().copied())
        .collect();
    if entries.is_empty() {
        return;
    }
    let call = arguments(argument_list, checker.source);
    for entry in entries {
        let Detection::CallShape { shape, .. } = entry.detection else {
            continue;
        };
        if let Some(argument) = matching(shape, &call, checker.source) {
            // The offending argument, or the whole call when the problem is one left out.
            let (first, last) = argument.map_or((node, node), |argument| (argument, argument));
            checker.report(entry, entry.rule(), first, last, Failure::Call);
        }
    }
}
