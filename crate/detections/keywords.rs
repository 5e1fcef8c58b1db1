//! `removed-parameter`: a call that passes a removed keyword parameter, such as
//! `ftplib.FTP_TLS(keyfile=k)` or `smtp.starttls(certfile=c)` on a known `smtplib.SMTP`.

use super::Context;
use crate::catalogue::{self, Detection};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::stdlib;
use crate::syntax::{named_children, text, Field, NodeExt};
use tree_sitter::Node;

/// The qualified names the called function may be known by, and the class a forwarding method
/// hands the keywords to (see [`stdlib::KEYWORD_FORWARDERS`]).
fn callee_names<'t>(checker: &Context<'_, 't>, function: Node<'t>, keywords: &[Node<'t>]) -> Vec<String> {
    if function.kind() == "attribute" {
        let (Some(object), Some(method)) = (function.field(Field::Object), function.field(Field::Attribute))
        else {
            return Vec::new();
        };
        if let Some(class) = forwarded_to(checker, text(method, checker.source), keywords) {
            return vec![class];
        }
        let receiver = checker.resolve(object);
        if let Member::Qualified(names) = checker.model.member_of(&receiver, text(method, checker.source)) {
            return names;
        }
        return Vec::new();
    }
    match checker.resolve(function) {
        Value::Qualified(name) => vec![name],
        _ => Vec::new(),
    }
}

/// `parser.add_argument(..., action=argparse.BooleanOptionalAction)`: the class that gets the
/// call's keywords, when `method` forwards them.
fn forwarded_to<'t>(checker: &Context<'_, 't>, method: &str, keywords: &[Node<'t>]) -> Option<String> {
    let (_, carrier) = stdlib::KEYWORD_FORWARDERS.iter().find(|(forwarder, _)| *forwarder == method)?;
    let value = keywords.iter().find_map(|keyword| {
        let name = keyword.field(Field::Name)?;
        (text(name, checker.source) == *carrier).then(|| keyword.field(Field::Value)).flatten()
    })?;
    match checker.resolve(value) {
        Value::Qualified(class) => Some(class),
        _ => None,
    }
}

/// Checks a `call` node's keyword arguments.
pub fn call<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(function), Some(arguments)) = (node.field(Field::Function), node.field(Field::Arguments))
    else {
        return;
    };
    let keywords: Vec<Node<'t>> = named_children(arguments)
        .into_iter()
        .filter(|argument| argument.kind() == "keyword_argument")
        .collect();
    if keywords.is_empty() {
        return;
    }
    // Cheap test first: is any keyword one that some entry removed?
    let passed: Vec<(Node<'t>, &str)> = keywords
        .iter()
        .filter_map(|keyword| keyword.field(Field::Name))
        .map(|name| (name, text(name, checker.source)))
        .filter(|(_, name)| catalogue::is_removed_keyword(name))
        .collect();
    if passed.is_empty() {
        return;
    }
    for callee in callee_names(checker, function, &keywords) {
        for entry in catalogue::keyword_entries(&callee) {
            let Detection::Keyword { keywords, .. } = entry.detection else {
                continue;
            };
            for (name_node, name) in &passed {
                if keywords.contains(name) {
                    checker.report(entry, entry.rule(), *name_node, *name_node, Failure::Call);
                }
            }
        }
    }
}
