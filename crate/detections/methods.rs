//! `removed-method`: a method reached through its class or through an instance whose class is
//! known (`Path(p).link_to(t)`, `importlib.machinery.PathFinder.find_module(name)`). The
//! semantic model's member resolution decides which receivers are of the class; uses are found
//! at attribute nodes ([`super::attributes`]). Hook methods ([`super::import_hooks`]) are
//! found the same way and share these needs.

use super::needs::{makers_needs, receiver_roots, Ids, Needs};
use super::{quoted, Detector, Rows};
use crate::catalogue::{Detection, Entry};
use crate::qualified_name::QualifiedName;
use crate::stdlib;

/// This module's kind: methods, found by the check of attributes.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::Method, needs, describe }),
    visit: None,
};

/// Which receivers uses of the method `entry` are found on, in words, with the classes and
/// producers of [`stdlib`].
pub(super) fn describe(entry: &Entry) -> String {
    let Some((class, member)) = QualifiedName::new(entry.symbol).split_last() else {
        return "on receivers whose class is visible in the file: the class itself, a constructor call, a variable assigned from one, a subclass, or a function known to return one".into();
    };
    let class = class.as_str();
    let (classes, overriding) = stdlib::inheriting_classes(class, member);
    let mut text = format!(
        "on `{class}` itself and on instances of {} made in the file (a constructor call, a variable assigned from one",
        quoted(&classes)
    );
    if classes.iter().any(|class| stdlib::enters_as_itself(class)) {
        text.push_str(", a `with ... as` target");
    }
    text.push(')');
    let producers = stdlib::producers_of(&classes);
    if !producers.is_empty() {
        text.push_str(&format!(", or coming from {}", producers.join(", ")));
    }
    text.push_str("; on `self` and `super()` in classes of the file deriving from them, unless they define the name themselves");
    if !overriding.is_empty() {
        let verb = if overriding.len() == 1 { "overrides" } else { "override" };
        text.push_str(&format!("; not on {}, which {verb} it", quoted(&overriding)));
    }
    text.push_str("; receivers of unknown origin are not matched");
    text
}

/// What a file must show for a use of the method `entry`: its name reached as a member where a
/// receiver of its class can come from (or, for an import hook, defined).
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let name = id(entry.name());
    let roots = receiver_roots(entry).into_iter().map(&mut *id).collect();
    let class = QualifiedName::new(entry.symbol).parent_or_self();
    if stdlib::bare_call_producers(class).next().is_some() {
        // Only a call makes the receiver: the class or its maker is spelled.
        Needs::AllOf(vec![Needs::Member { name, roots }, makers_needs(class, id)])
    } else if matches!(entry.detection, Detection::HookMethod(_)) {
        // An import hook's definition is a use: the import system calls it.
        Needs::Method { name, roots }
    } else {
        // A definition of the name overrides the method: only a use after a dot, where a
        // receiver of the class can come from, is one.
        Needs::Member { name, roots }
    }
}
