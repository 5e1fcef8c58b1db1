//! Uses of catalogue rows at attribute nodes: `importlib.find_loader`, `Path(p).link_to(t)`,
//! `self.assertEquals(a, b)`, `parser.readfp(f)`. One resolution (the receiver, then the member
//! it reaches) serves every kind of row found there; what a resolved member means for a kind's
//! rows is said in that kind's module: [`super::names`] (where a use starts),
//! [`super::test_case_aliases`] (members of the file's own classes) and
//! [`super::distinctive_methods`] (receivers of unknown class). Methods ([`super::methods`],
//! [`super::import_hooks`]) need nothing more than the resolution.

use super::Context;
use super::{distinctive_methods, names, test_case_aliases};
use super::{Detector, Visit};
use crate::catalogue::{self, ApiKind, Detection, Entry, ENTRIES};
use crate::hash::HashSet;
use crate::qualified_name::QualifiedName;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::syntax::text;
use crate::syntax::Kind;
use crate::syntax::{Field, NodeExt};
use std::sync::OnceLock;
use tree_sitter::Node;

/// Whether uses of rows detected by `detection` are found at attribute nodes.
fn is_found_here(detection: Detection) -> bool {
    matches!(
        detection,
        Detection::Name
            | Detection::Method
            | Detection::HookMethod(_)
            | Detection::DistinctiveMethod
            | Detection::TestCaseAlias
    )
}

/// The attribute names that can be a use of an entry: the cheap test before any resolution.
fn is_candidate(attribute: &str) -> bool {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            ENTRIES.iter().filter(|entry| is_found_here(entry.detection)).map(Entry::name).collect()
        })
        .contains(attribute)
}

/// This module's detector: removed names, methods, distinctive methods and test-case aliases reached as attributes.
pub(super) const DETECTOR: Detector =
    Detector { rows: None, visit: Some(Visit { nodes: &[Kind::Attribute], check, own_rows_only: false }) };

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
        if let Some(narrowed) = checker.current.and_then(|current| {
            checker.model.narrowed(object, current, checker.outline.nodes(), checker.scope())
        }) {
            receiver = narrowed;
        }
    }
    match checker.model.member_of(&receiver, name) {
        Member::Qualified(qualified) => {
            let Some(entry) = qualified.iter().find_map(|qualified| {
                catalogue::lookup(qualified).filter(|entry| entry.detection != Detection::Import)
            }) else {
                // A name the file does not bind (or binds in a definition the prefilter left
                // unparsed) reads as a builtin; no builtin has a distinctive removed name.
                let is_builtin = matches!(&receiver, Value::Qualified(path)
                    if QualifiedName::new(path).strip_prefix("builtins").is_some());
                if is_builtin {
                    distinctive_methods::report(checker, name, name_node);
                }
                return;
            };
            if matches!(receiver, Value::Qualified(_)) && defines(entry) && is_assigned(checker, node) {
                return;
            }
            let start = names::start_at_attribute(entry, node, name_node);
            checker.report(entry, entry.rule(), start, name_node, Failure::Attribute);
        }
        Member::OnLocalClass { foreign_bases } => {
            test_case_aliases::on_local_class(checker, &receiver, &foreign_bases, name, name_node);
        }
        Member::Unknown => distinctive_methods::report(checker, name, name_node),
        Member::DefinedLocally | Member::Foreign => {}
    }
}

/// Whether storing something under `entry`'s name on a module or a class defines the name
/// rather than uses it: a function, class, method or alias, which nothing of the standard
/// library reads back once it is removed (freezegun's `time.clock = fake_clock`). A data
/// attribute or constant may configure what the library does, and stays a use.
fn defines(entry: &Entry) -> bool {
    matches!(entry.kind, ApiKind::Function | ApiKind::Class | ApiKind::Method | ApiKind::Alias)
}

/// Whether the attribute `node` (the node being checked) is the target of an assignment, alone
/// or among others (`a.x, a.y = ...`). A `del` or an augmented assignment reads it first.
fn is_assigned(checker: &Context<'_, '_>, node: Node<'_>) -> bool {
    if checker.current.is_none_or(|current| current.id() != node.id()) {
        return false;
    }
    let mut child = node;
    for parent in checker.ancestors.nodes().iter().rev() {
        match parent.kind_name() {
            "pattern_list" | "tuple_pattern" | "list_pattern" | "parenthesized_expression" => child = *parent,
            "assignment" => return parent.field(Field::Left).is_some_and(|left| left.id() == child.id()),
            _ => return false,
        }
    }
    false
}
