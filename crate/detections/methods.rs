//! `removed-method`: a method reached through its class or through an instance whose class is
//! known (`Path(p).link_to(t)`, `importlib.machinery.PathFinder.find_module(name)`). The
//! semantic model's member resolution decides which receivers are of the class; uses are found
//! at attribute nodes ([`super::attributes`]). Hook methods ([`super::import_hooks`]) are
//! found the same way and share these needs.

use super::needs::{makers_needs, receiver_roots, Ids, Needs};
use crate::catalogue::Entry;
use crate::qualified_name::QualifiedName;
use crate::stdlib;

/// What a file must show for a use of the method `entry`: its name defined, or reached as a
/// member where a receiver of its class can come from.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let name = id(entry.name());
    let roots = receiver_roots(entry).into_iter().map(&mut *id).collect();
    let class = QualifiedName::new(entry.symbol).parent_or_self();
    if stdlib::bare_call_producers(class).next().is_some() {
        // Only a call makes the receiver: the class or its maker is spelled.
        Needs::AllOf(vec![Needs::Member { name, roots }, makers_needs(class, id)])
    } else {
        Needs::Method { name, roots }
    }
}
