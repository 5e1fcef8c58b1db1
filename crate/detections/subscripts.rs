//! `removed-method` at subscripts: an instance of a class whose `[key]` no longer means what it
//! did, subscripted anyway (`entry_points()["console_scripts"]`, a dict of groups until 3.12).

use super::needs::{makers_needs, Ids, Needs};
use super::Context;
use super::{quoted, Detector, Rows, Visit};
use crate::catalogue::{Detection, Entry, ENTRIES};
use crate::qualified_name::QualifiedName;
use crate::semantic::resolve::Value;
use crate::stdlib;
use crate::syntax::Kind;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// The class an entry of [`Detection::Subscript`] names: its symbol without `.__getitem__`.
fn class_of(entry: &Entry) -> &'static str {
    QualifiedName::new(entry.symbol).parent_or_self()
}

/// This module's detector: subscripts of instances that can no longer be subscripted.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::Subscript { .. }),
        needs,
        describe,
    }),
    visit: Some(Visit { nodes: &[Kind::Subscript], check, own_rows_only: true }),
};

/// Where subscripts of instances of `entry`'s class are found, in words, with the classes
/// and producers of [`stdlib`].
fn describe(entry: &Entry) -> String {
    let Some((class, member)) = QualifiedName::new(entry.symbol).split_last() else {
        return "in subscripts (`value[key]`) whose value is visibly an instance of the class".into();
    };
    let (classes, _) = stdlib::inheriting_classes(class.as_str(), member);
    format!(
        "in subscripts whose value is an instance of {}, coming from {}; other values are not matched",
        quoted(&classes),
        stdlib::producers_of(&classes).join(", ")
    )
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    subscript(context, node);
}

/// Checks a `subscript` node.
pub fn subscript<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(value) = node.field(Field::Value) else {
        return;
    };
    // Cheap test first: subscripts are everywhere, and most values are names of no interest.
    if !matches!(value.kind_name(), "call" | "identifier" | "attribute") {
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

/// What a file must show for a subscript of an instance of `entry`'s class: the class made.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let class = QualifiedName::new(entry.symbol).parent_or_self();
    makers_needs(class, id)
}
