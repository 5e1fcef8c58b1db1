//! `removed-method` on any receiver: a method whose name is distinctive enough to report
//! wherever the receiver's class is not known (`parser.readfp(f)`), unless the receiver is
//! known to be of another class or defines the name itself. Found at attribute nodes
//! ([`super::attributes`]), which call [`report`] for receivers of unknown class.

use super::needs::{Ids, Needs};
use super::Context;
use crate::catalogue::{self, Entry};
use crate::semantic::guards::Failure;
use tree_sitter::Node;

/// Reports the attribute `name` (at `name_node`) on a receiver whose class is not known, if
/// it is a distinctive method's name.
pub(super) fn report<'t>(checker: &mut Context<'_, 't>, name: &str, name_node: Node<'t>) {
    if let Some(entry) = catalogue::distinctive_methods(name).next() {
        checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
    }
}

/// What a file must show for a use of a distinctive method: its name after a dot, or defined.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    Needs::AnyReceiver { name: id(entry.name()) }
}
