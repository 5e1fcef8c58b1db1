//! `removed-method` at `with` statements: an instance of a class that is no longer a context
//! manager, entered anyway (`with Path(p) as q:`).

use super::Context;
use crate::catalogue::{Detection, Entry, ENTRIES};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::stdlib;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// The class an entry of [`Detection::ContextManager`] names: its symbol without `.__enter__`.
fn class_of(entry: &Entry) -> &'static str {
    entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class)
}

/// Checks a `with_item` node.
pub fn with_item<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(value) = node.field(Field::Value) else {
        return;
    };
    // `with make() as name:` holds the manager inside an `as_pattern`.
    let manager = if value.kind() == "as_pattern" { value.named_child(0).unwrap_or(value) } else { value };
    let Value::Instance(class) = checker.resolve(manager) else {
        return;
    };
    let entry = ENTRIES.iter().find(|entry| {
        entry.detection == Detection::ContextManager && stdlib::is_subclass(&class, class_of(entry))
    });
    if let Some(entry) = entry {
        checker.report(entry, entry.rule(), manager, manager, Failure::Attribute);
    }
}
