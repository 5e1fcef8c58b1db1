//! `removed-name`: a name inside a module (`importlib.find_loader`, `locale.format`), found
//! where it is imported from its module ([`super::imports`]) and where it is reached as an
//! attribute of the module through any alias ([`super::attributes`]).

use super::needs::{Ids, Needs};
use super::{Detector, Rows};
use crate::catalogue::{Detection, Entry};
use crate::qualified_name::QualifiedName;
use tree_sitter::Node;

/// This module's kind: removed names, found by the checks of imports and attributes.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::Name, needs, describe }),
    visit: None,
};

/// Where uses of a removed name are found, in words.
fn describe(_entry: &Entry) -> String {
    "where it is imported from its module, or reached as an attribute of the module through any alias".into()
}

/// Where a use of `entry` reached as the attribute `node` (named by `name`) starts: a removed
/// name spans its whole dotted path (`importlib.find_loader`), a member of any other kind
/// only its name (`Path(p).link_to`, of which only `link_to` is reported).
pub(super) fn start_at_attribute<'t>(entry: &Entry, node: Node<'t>, name: Node<'t>) -> Node<'t> {
    if entry.detection == Detection::Name {
        node
    } else {
        name
    }
}

/// What a file must show for a use of the removed name `entry`: its root imported and its
/// name spelled after its parent, after a module alias, or taken by a `from` import.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let root = QualifiedName::new(entry.symbol).root();
    let parent = QualifiedName::new(entry.symbol).parent().map_or(root, QualifiedName::last);
    Needs::Name { root: id(root), parent: id(parent), name: id(entry.name()) }
}
