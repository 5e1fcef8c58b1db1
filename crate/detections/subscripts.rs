//! `removed-method` at subscripts: an instance of a class whose `[key]` no longer means what it
//! did, subscripted anyway (`entry_points()["console_scripts"]`, a dict of groups until 3.12).

use super::Context;
use crate::catalogue::{Detection, Entry, ENTRIES};
use crate::semantic::resolve::Value;
use crate::stdlib;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// The class an entry of [`Detection::Subscript`] names: its symbol without `.__getitem__`.
fn class_of(entry: &Entry) -> &'static str {
    entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class)
}

/// Checks a `subscript` node.
pub fn subscript<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(value) = node.field(Field::Value) else {
        return;
    };
    // Cheap test first: subscripts are everywhere, and most values are names of no interest.
    if !matches!(value.kind(), "call" | "identifier" | "attribute") {
        return;
    }
    let Value::Instance(class) = checker.resolve(value) else {
        return;
    };
    let found = ENTRIES.iter().find_map(|entry| match entry.detection {
        Detection::Subscript { raises } if stdlib::is_subclass(&class, class_of(entry)) => {
            Some((entry, raises))
        }
        _ => None,
    });
    if let Some((entry, raises)) = found {
        checker.report(entry, entry.rule(), node, node, raises);
    }
}
