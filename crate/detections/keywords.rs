//! `removed-parameter`: a call that passes a removed keyword parameter, such as
//! `ftplib.FTP_TLS(keyfile=k)` or `smtp.starttls(certfile=c)` on a known `smtplib.SMTP`.

use super::needs::{Ids, Needs};
use super::Context;
use super::{quoted, Detector, Rows, Visit};
use crate::catalogue::Entry;
use crate::catalogue::{self, Detection};
use crate::qualified_name::QualifiedName;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::stdlib;
use crate::syntax::Kind;
use crate::syntax::{named_children, text, Field, NodeExt};
use tree_sitter::Node;

/// The qualified names the called function may be known by, and the class a forwarding method
/// hands the keywords to (see [`stdlib::KEYWORD_FORWARDERS`]).
fn callee_names<'t>(checker: &Context<'_, 't>, function: Node<'t>, keywords: &[Node<'t>]) -> Vec<String> {
    if function.kind_name() == "attribute" {
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
        // A class of another module of the project (`from .locks import Lock`) is its base's.
        Value::Qualified(name) if name.starts_with('.') || !checker.model.project.is_empty() => {
            let base = constructed_base(checker, &Value::Qualified(name.clone()));
            std::iter::once(name).chain(base).collect()
        }
        Value::Qualified(name) => vec![name],
        class @ Value::LocalClass(_) => constructed_base(checker, &class).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// The one class from outside the project whose `__init__` a call of `class`, a class of the
/// file or of another module of the project, runs: `class` and its bases in the project define
/// neither `__init__` nor `__new__` (the index says so of another module's class).
/// Ex) `asyncio.Lock` for `Lock(loop=loop)` of `class Lock(asyncio.locks.Lock)` that only
/// overrides `acquire` (aioredis, where `Lock` is imported from `.locks`).
fn constructed_base(checker: &Context<'_, '_>, class: &Value) -> Option<String> {
    let inherited = |name: &str| match checker.model.member_of(class, name) {
        Member::OnLocalClass { foreign_bases } => Some(foreign_bases),
        _ => None,
    };
    let bases = inherited("__init__")?;
    let [base] = bases.as_slice() else {
        return None;
    };
    (!base.is_empty() && inherited("__new__")? == bases).then(|| base.clone())
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

/// This module's detector: removed keyword arguments in calls.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::Keyword { .. }),
        needs,
        describe,
    }),
    visit: Some(Visit { nodes: &[Kind::Call], check, own_rows_only: true }),
};

/// Where uses of removed keywords are found, in words.
fn describe(entry: &Entry) -> String {
    let Detection::Keyword { callables, keywords } = entry.detection else {
        return String::new();
    };
    let names: Vec<String> = keywords.iter().map(|keyword| format!("`{keyword}=`")).collect();
    format!("in calls of {} that pass {}", quoted(callables), names.join(" or "))
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    call(context, node);
}

/// Checks a `call` node's keyword arguments.
pub fn call<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(function), Some(arguments)) = (node.field(Field::Function), node.field(Field::Arguments))
    else {
        return;
    };
    let keywords: Vec<Node<'t>> = named_children(arguments)
        .into_iter()
        .filter(|argument| argument.kind_name() == "keyword_argument")
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
    // Positional arguments, without the instance of a method called through its class
    // (`TestCase.addCleanup(test, f)`), for parameters that became positional-only.
    let positional = named_children(arguments)
        .iter()
        .filter(|argument| {
            !matches!(argument.kind_name(), "keyword_argument" | "dictionary_splat" | "comment")
        })
        .count();
    // A class (not a module) before the dot: classes are capitalised, as the resolver assumes.
    let unbound = function.kind_name() == "attribute"
        && function.field(Field::Object).is_some_and(|object| {
            matches!(checker.resolve(object), Value::Qualified(name)
                if QualifiedName::new(&name).last().starts_with(|c: char| c.is_ascii_uppercase()))
        });
    let positional = if unbound { positional.saturating_sub(1) } else { positional };
    let list_splat = named_children(arguments).iter().any(|argument| argument.kind_name() == "list_splat");
    for callee in callee_names(checker, function, &keywords) {
        for entry in catalogue::keyword_entries(&callee) {
            let Detection::Keyword { keywords, .. } = entry.detection else {
                continue;
            };
            for (name_node, name) in &passed {
                // The position is filled: the keyword goes on to the callable's `**kwargs`.
                let filled = catalogue::positional_only_index(entry, name)
                    .is_some_and(|index| list_splat || positional > index);
                if keywords.contains(name) && !filled {
                    checker.report(entry, entry.rule(), *name_node, *name_node, Failure::Call);
                }
            }
        }
    }
}

/// What a file must show for a removed keyword: a callable's name in code, a keyword
/// argument of that name, and a call that may pass it.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let Detection::Keyword { callables, keywords } = entry.detection else {
        unreachable!("only keyword entries are detected by keywords.rs")
    };
    Needs::Keyword {
        callables: callables.iter().map(|callable| id(QualifiedName::new(callable).last())).collect(),
        keywords: keywords.iter().map(|keyword| id(keyword)).collect(),
        via: stdlib::KEYWORD_FORWARDERS.iter().map(|(method, _)| id(method)).collect(),
    }
}
