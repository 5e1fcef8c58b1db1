//! `removed-name`: a name inside a module (`importlib.find_loader`, `locale.format`), found
//! where it is imported from its module ([`super::imports`]) and where it is reached as an
//! attribute of the module through any alias ([`super::attributes`]).

use super::needs::{Ids, Needs};
use super::{Detector, Rows};
use crate::catalogue::star_exports::star_exported;
use crate::catalogue::{Detection, Entry};
use crate::qualified_name::QualifiedName;
use tree_sitter::Node;

/// This module's kind: removed names, found by the checks of imports and attributes.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::Name, needs, describe }),
    visit: None,
};

/// Where uses of a removed name are found, in words.
fn describe(entry: &Entry) -> String {
    let found =
        "where it is imported from its module, or reached as an attribute of the module through any alias";
    match entry.symbol.rsplit_once('.').filter(|(module, name)| star_exported(module, name)) {
        Some((module, _)) => format!("{found}, or read bare after `from {module} import *`"),
        None => found.into(),
    }
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
/// name spelled after its parent, after a module alias, or taken by a `from` import; the same
/// for another spelling the semantic model reads as it (`os.path.splitunc`).
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let symbol = QualifiedName::new(entry.symbol);
    let (root, name) = (symbol.root(), symbol.last());
    let parent = symbol.parent().map_or(root, QualifiedName::last);
    let mut alternatives = vec![Needs::Name { root: id(root), parent: id(parent), name: id(name) }];
    for (private, rest) in crate::stdlib::private_spellings(entry.symbol) {
        // The segment before the name: in the rest after the private prefix, or its own last.
        let private = QualifiedName::new(private);
        let parent = match QualifiedName::new(rest.trim_start_matches('.')).parent() {
            Some(inner) => inner.last(),
            None if rest.is_empty() => private.parent().map_or(private.root(), QualifiedName::last),
            None => private.last(),
        };
        let name = if rest.is_empty() { private.last() } else { name };
        alternatives.push(Needs::Name { root: id(private.root()), parent: id(parent), name: id(name) });
    }
    // Bound by a star import of its module (`from time import *`, then `clock()`): that import
    // and the name in code ([`super::star_imports`]).
    if let Some((module, _)) =
        entry.symbol.rsplit_once('.').filter(|(module, name)| star_exported(module, name))
    {
        let module = QualifiedName::new(module);
        let star =
            Needs::Name { root: id(module.root()), parent: id(module.last()), name: id(super::STAR_WORD) };
        alternatives.push(Needs::AllOf(vec![star, Needs::InCode { name: id(name) }]));
    }
    match alternatives.len() {
        1 => alternatives.swap_remove(0),
        _ => Needs::AnyOf(alternatives),
    }
}
