//! `unittest-alias`: a `unittest.TestCase` alias (`self.assertEquals(a, b)`,
//! `unittest.TestCase.failUnless(self, x)`) on `self`/`cls` of a test class or mixin, on
//! `super()`, on a `TestCase` instance or on the class itself. Found at attribute nodes
//! ([`super::attributes`]): through the class as methods are, and on members of the file's own
//! classes by [`on_local_class`].

use super::needs::{Ids, Needs};
use super::{distinctive_methods, Context, Detector, Rows};
use crate::catalogue::{self, Detection, Entry};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use tree_sitter::Node;

/// This module's kind: test-case aliases, found by the check of attributes.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::TestCaseAlias),
        needs,
        describe,
    }),
    visit: None,
};

/// Where uses of a test-case alias are found, in words.
fn describe(_entry: &Entry) -> String {
    "on `self`/`cls` in test classes and mixins, on `super()`, on `TestCase` instances and on the class itself; not on classes that define the name themselves".into()
}

/// Reports the attribute `name` (at `name_node`) of `receiver`, a member of a class of the
/// file that does not define it (its bases outside the file are `foreign_bases`): a
/// test-case alias on the class, an instance, `self` or `super()`, unless a base keeps the
/// alias; a distinctive method's name when the name is no alias and some base is not a
/// standard-library class (or there is none: a mixin).
pub(super) fn on_local_class<'t>(
    checker: &mut Context<'_, 't>,
    receiver: &Value,
    foreign_bases: &[String],
    name: &str,
    name_node: Node<'t>,
) {
    let is_receiver = matches!(
        receiver,
        Value::LocalInstance(_) | Value::LocalClass(_) | Value::Super(_) | Value::OrphanReceiver
    );
    let alias = catalogue::lookup(&format!("unittest.TestCase.{name}"));
    // A third-party test base may define the name itself (`crate::test_bases`).
    let provided = foreign_bases.iter().any(|base| crate::test_bases::defines(base, name));
    if !is_receiver || provided {
        return;
    }
    let Some(entry) = alias else {
        // Bases that are all standard-library classes settle what the class inherits: the
        // catalogue and the stdlib facts (`stdlib::CLASS_BASES`) name every standard class a
        // removed method reaches, and these are not among them (`class Sections(OrderedDict)`).
        let known = !foreign_bases.is_empty()
            && foreign_bases.iter().all(|base| !base.is_empty() && crate::stdlib::is_stdlib_path(base));
        if !known {
            distinctive_methods::report(checker, name, name_node);
        }
        return;
    };
    // `self.assertNotEquals = self.assertNotEqual` defines the alias; it is no use of it.
    if !matches!(entry.detection, Detection::TestCaseAlias)
        || distinctive_methods::is_stored(checker, name_node)
    {
        return;
    }
    // A mixin's `self.failUnless` reads the alias of the class it is mixed into: when the file's
    // classes get the name from a binding (a project test base that keeps the old names) and
    // none from unittest, so does the mixin ([`crate::semantic::SemanticModel::a_class_binds`]).
    if matches!(receiver, Value::LocalInstance(_) | Value::LocalClass(_))
        && foreign_bases.is_empty()
        && checker.model.a_class_binds(name)
    {
        return;
    }
    checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
}

/// What a file must show for a use of a test-case alias: its name after a dot, or defined.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    Needs::AnyReceiver { name: id(entry.name()) }
}
