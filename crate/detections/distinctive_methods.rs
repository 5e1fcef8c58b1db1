//! `removed-method` on any receiver: a method whose name is distinctive enough to report
//! wherever the receiver's class is not known (`parser.readfp(f)`), unless the receiver is
//! known to be of another class or defines the name itself. Found at attribute nodes
//! ([`super::attributes`]), which call [`report`] for receivers of unknown class.

use super::needs::{Ids, Needs};
use super::{Context, Detector, Rows};
use crate::catalogue::{self, Detection, Entry};
use crate::semantic::guards::Failure;
use crate::syntax;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// This module's kind: distinctive methods, found by the check of attributes.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::DistinctiveMethod, needs, describe }),
    visit: None,
};

/// Where uses of a distinctive method are found, in words.
fn describe(_entry: &Entry) -> String {
    "on any receiver, as the name is distinctive, unless the receiver is known to be of another class or defines the name itself".into()
}

/// Reports the attribute `name` (at `name_node`) on a receiver whose class is not known, if
/// it is a distinctive method's name and the attribute is read: storing the name on such a
/// receiver (`self.co_lnotab = b""` in a stand-in class, `obj.readfp = reader`) defines it.
pub(super) fn report<'t>(checker: &mut Context<'_, 't>, name: &str, name_node: Node<'t>) {
    if is_stored(checker, name_node) {
        return;
    }
    if let Some(entry) = catalogue::distinctive_methods(name).next() {
        checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
    }
}

/// What a file must show for a use of a distinctive method: its name after a dot, or defined.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    Needs::AnyReceiver { name: id(entry.name()) }
}

/// Whether the attribute whose name is `name_node` (the node being checked) is written or
/// deleted rather than read. Its ancestors come from the walk: `Node::parent` costs the depth
/// (and the width) of the tree at each call, which deep or wide code makes quadratic.
pub(super) fn is_stored(checker: &Context<'_, '_>, name_node: Node<'_>) -> bool {
    checker.current.is_some_and(|attribute| {
        attribute.kind_name() == "attribute"
            && attribute.field(Field::Attribute).is_some_and(|name| name.id() == name_node.id())
            && syntax::is_written(attribute, checker.ancestors.nodes().iter().rev().copied())
    })
}
