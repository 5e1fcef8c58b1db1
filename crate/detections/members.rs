//! `removed-name`, `removed-method` and `unittest-alias` at attribute uses: `importlib.find_loader`,
//! `Path(p).link_to(t)`, `self.assertEquals(a, b)`, `unittest.TestCase.failUnless(self, x)`.

use super::needs::{makers_needs, receiver_roots, Ids, Needs};
use super::Context;
use super::Detector;
use crate::catalogue::{self, Detection, Entry, ENTRIES};
use crate::qualified_name::QualifiedName;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::stdlib;
use crate::syntax::text;
use crate::syntax::Kind;
use crate::syntax::{Field, NodeExt};
use std::collections::HashSet;
use std::sync::OnceLock;
use tree_sitter::Node;

/// The attribute names that can be a use of an entry: the cheap test before any resolution.
fn is_candidate(attribute: &str) -> bool {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            ENTRIES
                .iter()
                .filter(|entry| {
                    matches!(
                        entry.detection,
                        Detection::Name
                            | Detection::Method
                            | Detection::HookMethod(_)
                            | Detection::DistinctiveMethod
                            | Detection::TestCaseAlias
                    )
                })
                .map(Entry::name)
                .collect()
        })
        .contains(attribute)
}

/// This module's detector: removed names, methods, distinctive methods and test-case aliases reached as attributes.
pub(super) const DETECTOR: Detector = Detector { nodes: &[Kind::Attribute], check };

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    attribute(context, node);
}

/// Checks an `attribute` node.
pub fn attribute<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(object), Some(name_node)) = (node.field(Field::Object), node.field(Field::Attribute)) else {
        return;
    };
    let name = text(name_node, checker.source);
    if !is_candidate(name) {
        return;
    }
    let mut receiver = checker.resolve(object);
    if receiver == Value::Unknown {
        if let Some(narrowed) = checker
            .current
            .and_then(|current| checker.model.narrowed(object, current, &checker.ancestors, checker.scope()))
        {
            receiver = narrowed;
        }
    }
    match checker.model.member_of(&receiver, name) {
        Member::Qualified(names) => {
            let Some(entry) = names.iter().find_map(|qualified| {
                catalogue::lookup(qualified).filter(|entry| entry.detection != Detection::Import)
            }) else {
                // A name the file does not bind (or binds in a definition the prefilter left
                // unparsed) reads as a builtin; no builtin has a distinctive removed name.
                if matches!(&receiver, Value::Qualified(path) if path.starts_with("builtins.")) {
                    report_distinctive(checker, name, name_node);
                }
                return;
            };
            let start = if entry.detection == Detection::Name { node } else { name_node };
            checker.report(entry, entry.rule(), start, name_node, Failure::Attribute);
        }
        Member::OnLocalClass { foreign_bases } => {
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
                report_distinctive(checker, name, name_node);
                return;
            };
            if !matches!(entry.detection, Detection::TestCaseAlias) {
                return;
            }
            checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
        }
        Member::Unknown => report_distinctive(checker, name, name_node),
        Member::DefinedLocally | Member::Foreign => {}
    }
}

/// A distinctive method name on a receiver whose class is not known.
fn report_distinctive<'t>(checker: &mut Context<'_, 't>, name: &str, name_node: Node<'t>) {
    if let Some(entry) = catalogue::distinctive_methods(name).next() {
        checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
    }
}

/// What a file must show for a use of the removed name `entry`: its root imported and its
/// name spelled after its parent, after a module alias, or taken by a `from` import.
pub(crate) fn name_needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let root = QualifiedName::new(entry.symbol).root();
    let parent = QualifiedName::new(entry.symbol).parent().map_or(root, QualifiedName::last);
    Needs::Name { root: id(root), parent: id(parent), name: id(entry.name()) }
}

/// What a file must show for a use of the method `entry`: its name defined, or reached as a
/// member where a receiver of its class can come from.
pub(crate) fn method_needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
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

/// What a file must show for a use of a distinctive method or a test-case alias: its name
/// after a dot, or defined.
pub(crate) fn any_receiver_needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    Needs::AnyReceiver { name: id(entry.name()) }
}
