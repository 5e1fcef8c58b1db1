//! `removed-name` for attributes the import system sets on modules and is to stop setting:
//! `mod.__cached__`, or `__cached__` read as a global.

use super::needs::{Ids, Needs};
use super::Context;
use super::{Detector, Rows, Visit};
use crate::catalogue::{Detection, Entry, ENTRIES};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::syntax;
use crate::syntax::Kind;
use crate::syntax::{text, Field, NodeExt};
use std::sync::OnceLock;
use tree_sitter::Node;

/// The rows of [`Detection::ModuleAttribute`].
fn rows() -> &'static [&'static Entry] {
    static ROWS: OnceLock<Vec<&'static Entry>> = OnceLock::new();
    ROWS.get_or_init(|| {
        ENTRIES.iter().filter(|entry| entry.detection == Detection::ModuleAttribute).collect()
    })
}

/// Whether a name node may spell a module attribute: its length, before its text is read (this
/// runs on every identifier).
fn may_be_named(node: Node<'_>) -> bool {
    let length = node.end_byte() - node.start_byte();
    rows().iter().any(|entry| entry.name().len() == length)
}

/// The entry for the module attribute `name`, if one is removed.
fn entry_named(name: &str) -> Option<&'static Entry> {
    if !name.starts_with("__") {
        return None;
    }
    rows().iter().copied().find(|entry| entry.name() == name)
}

/// Whether `node` is written or deleted rather than read ([`syntax::is_written`]).
fn is_written<'t>(node: Node<'t>, ancestors: &[Node<'t>]) -> bool {
    syntax::is_written(node, ancestors.iter().rev().copied())
}

/// This module's detector: reads of attributes the import system sets on modules.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::ModuleAttribute, needs, describe }),
    visit: Some(Visit { nodes: &[Kind::Attribute, Kind::Identifier], check, own_rows_only: true }),
};

/// Where uses of a module attribute are found, in words.
fn describe(_entry: &Entry) -> String {
    "where it is read: as an attribute of any receiver not known to be an instance of a class (only modules have it), or as a global name the file does not bind itself; writes and `del` are not uses, nor `getattr(module, name, default)`".into()
}

fn check<'t>(context: &mut Context<'_, 't>, kind: Kind, node: Node<'t>, ancestors: &[Node<'t>]) {
    match kind {
        Kind::Attribute => attribute(context, node, ancestors),
        _ => identifier(context, node, ancestors),
    }
}

/// Checks an `attribute` node: `mod.__cached__`.
pub fn attribute<'t>(checker: &mut Context<'_, 't>, node: Node<'t>, ancestors: &[Node<'t>]) {
    let Some(name) = node.field(Field::Attribute).filter(|name| may_be_named(*name)) else {
        return;
    };
    let Some(object) = node.field(Field::Object) else {
        return;
    };
    let Some(entry) = entry_named(text(name, checker.source)) else {
        return;
    };
    if is_written(node, ancestors) || checker.model.assigned_earlier(node, node, checker.outline.nodes()) {
        return;
    }
    // Instances of known classes (a class of this file, or a stdlib one) are not modules.
    match checker.resolve(object) {
        Value::Instance(_) | Value::LocalInstance(_) | Value::LocalClass(_) | Value::Super(_) => return,
        _ => {}
    }
    checker.report(entry, entry.rule(), name, name, Failure::Attribute);
}

/// The parents (and their fields) under which an identifier is a read of a global name.
pub(super) fn is_read(node: Node<'_>, ancestors: &[Node<'_>]) -> bool {
    let Some(parent) = ancestors.last() else {
        return false;
    };
    let is_field = |field: Field| parent.field(field).is_some_and(|child| child.id() == node.id());
    match parent.kind_name() {
        "argument_list"
        | "binary_operator"
        | "comparison_operator"
        | "boolean_operator"
        | "not_operator"
        | "unary_operator"
        | "return_statement"
        | "assert_statement"
        | "expression_statement"
        | "parenthesized_expression"
        | "interpolation"
        | "list"
        | "set"
        | "conditional_expression"
        | "if_statement"
        | "while_statement"
        | "expression_list"
        | "call"
        | "subscript"
        | "pair" => !is_written(node, ancestors),
        "assignment" | "augmented_assignment" => is_field(Field::Right),
        "keyword_argument" => is_field(Field::Value),
        "attribute" => is_field(Field::Object),
        _ => false,
    }
}

/// Checks an `identifier` node: `__cached__` read as a global the file does not bind.
pub fn identifier<'t>(checker: &mut Context<'_, 't>, node: Node<'t>, ancestors: &[Node<'t>]) {
    if !may_be_named(node) {
        return;
    }
    let name = text(node, checker.source);
    if !name.starts_with("__") {
        return;
    }
    let Some(entry) = entry_named(name) else {
        return;
    };
    if !is_read(node, ancestors) {
        return;
    }
    // Unbound in every enclosing scope: the module global the import system set (unset, a
    // read raises `NameError`).
    if checker.resolve(node) != Value::Qualified(format!("builtins.{name}")) {
        return;
    }
    checker.report(entry, entry.rule(), node, node, Failure::Name);
}

/// What a file must show for a read of a module attribute: its name in code.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    Needs::InCode { name: id(entry.name()) }
}
