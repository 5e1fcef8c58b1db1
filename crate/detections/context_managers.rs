//! `removed-method` at `with` statements: an instance of a class that is no longer a context
//! manager, entered anyway (`with Path(p) as q:`).

use super::needs::{name_needs, Ids, Needs};
use super::Context;
use super::{quoted, Detector, Rows, Visit};
use crate::catalogue::{Detection, Entry, ENTRIES};
use crate::qualified_name::QualifiedName;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::stdlib;
use crate::syntax::Kind;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// The class an entry of [`Detection::ContextManager`] names: its symbol without `.__enter__`.
fn class_of(entry: &Entry) -> &'static str {
    QualifiedName::new(entry.symbol).parent_or_self()
}

/// This module's detector: `with` items entering instances of classes that are no longer context managers.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::ContextManager, needs, describe }),
    visit: Some(Visit { nodes: &[Kind::Aliasing], check, own_rows_only: true }),
};

/// Where `with` statements entering instances of `entry`'s class are found, in words, with
/// the classes and producers of [`stdlib`].
fn describe(entry: &Entry) -> String {
    let Some((class, member)) = QualifiedName::new(entry.symbol).split_last() else {
        return "in `with` statements whose context manager is visibly an instance of the class (a constructor call, a variable assigned from one, or a function known to return one)".into();
    };
    let (classes, _) = stdlib::inheriting_classes(class.as_str(), member);
    let producers = stdlib::producers_of(&classes);
    let mut text = format!(
        "in `with` statements whose context manager is an instance of {} made in the file (a constructor call or a variable assigned from one",
        quoted(&classes)
    );
    if !producers.is_empty() {
        text.push_str(&format!(", or {}", producers.join(", ")));
    }
    text.push_str("); other context managers are not matched");
    text
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    if node.kind_name() == "with_item" {
        with_item(context, node);
    }
}

/// Checks a `with_item` node.
pub fn with_item<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(value) = node.field(Field::Value) else {
        return;
    };
    // `with make() as name:` holds the manager inside an `as_pattern`.
    let manager =
        if value.kind_name() == "as_pattern" { value.named_child(0).unwrap_or(value) } else { value };
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

/// What a file must show for a `with` of an instance of `entry`'s class: the class (or a
/// subclass) spelled, the `with` keyword, and a `with` header that may enter one.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let class = QualifiedName::new(entry.symbol).parent_or_self();
    let (classes, _) = stdlib::inheriting_classes(class, entry.name());
    let spelled = Needs::AnyOf(classes.iter().map(|class| name_needs(class, id)).collect());
    let with = id("with");
    Needs::Entered {
        spelled: Box::new(Needs::AllOf(vec![spelled, Needs::InCode { name: with }])),
        classes: classes.iter().map(|class| QualifiedName::new(class).last()).collect(),
        with,
    }
}
