//! `removed-name`, `removed-method` and `unittest-alias` at attribute uses: `importlib.find_loader`,
//! `Path(p).link_to(t)`, `self.assertEquals(a, b)`, `unittest.TestCase.failUnless(self, x)`.

use super::Context;
use crate::catalogue::{self, Detection, Entry, ENTRIES};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::syntax::text;
use crate::syntax::{Field, NodeExt};
use std::collections::HashSet;
use std::sync::OnceLock;
use tree_sitter::Node;

/// Backports of unittest whose test classes define every name unittest ever had, so no alias
/// is a removal on a class deriving from them (a package matches itself and its submodules).
const UNITTEST_COPIES: &[&str] = &["unittest2"];

/// Whether `base` (a qualified name) lies in `package` or one of its submodules.
fn lies_in(base: &str, package: &str) -> bool {
    base.strip_prefix(package).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// Whether a class deriving from `base` still has the test-case alias `entry` (`None`: the
/// name is not an alias).
fn keeps(base: &str, entry: Option<&Entry>) -> bool {
    let kept_by = match entry.map(|entry| entry.detection) {
        Some(Detection::TestCaseAlias { kept_by }) => kept_by,
        _ => &[],
    };
    UNITTEST_COPIES.iter().chain(kept_by).any(|package| lies_in(base, package))
}

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
                            | Detection::TestCaseAlias { .. }
                    )
                })
                .map(Entry::name)
                .collect()
        })
        .contains(attribute)
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
    let receiver = checker.resolve(object);
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
            let provided = foreign_bases.iter().any(|base| keeps(base, alias));
            if !is_receiver || provided {
                return;
            }
            let Some(entry) = alias else {
                report_distinctive(checker, name, name_node);
                return;
            };
            if !matches!(entry.detection, Detection::TestCaseAlias { .. }) {
                return;
            }
            checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
        }
        Member::Unknown => report_distinctive(checker, name, name_node),
        Member::DefinedLocally => {}
    }
}

/// A distinctive method name on a receiver whose class is not known.
fn report_distinctive<'t>(checker: &mut Context<'_, 't>, name: &str, name_node: Node<'t>) {
    if let Some(entry) = catalogue::distinctive_methods(name).next() {
        checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
    }
}
