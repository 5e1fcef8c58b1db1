//! `removed-name`, `removed-method` and `unittest-alias` at attribute uses: `importlib.find_loader`,
//! `Path(p).link_to(t)`, `self.assertEquals(a, b)`, `unittest.TestCase.failUnless(self, x)`.

use crate::catalogue::{self, Detection, Entry, ENTRIES};
use crate::checker::Checker;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::syntax::text;
use crate::syntax::{Field, NodeExt};
use std::collections::HashSet;
use std::sync::OnceLock;
use tree_sitter::Node;

/// Third-party test classes that define unittest alias names themselves (so those aliases keep
/// working on them), by the prefix of their qualified name, with the aliases each defines.
const ALIAS_PROVIDERS: &[(&str, &[&str])] = &[
    (
        // Twisted's trial keeps its own failUnless*/assert* spellings, but not the regexp ones.
        "twisted.trial.",
        &[
            "assertAlmostEquals",
            "assertEquals",
            "assertNotAlmostEquals",
            "assertNotEquals",
            "assert_",
            "failIf",
            "failIfAlmostEqual",
            "failIfEqual",
            "failUnless",
            "failUnlessAlmostEqual",
            "failUnlessEqual",
            "failUnlessRaises",
        ],
    ),
    // unittest2, the backport of unittest, keeps every alias.
    ("unittest2.", &["*"]),
    // SQLAlchemy's test fixtures define their own assert_.
    ("sqlalchemy.testing.", &["assert_"]),
];

fn provides(base: &str, alias: &str) -> bool {
    ALIAS_PROVIDERS.iter().any(|(prefix, aliases)| {
        (base.starts_with(prefix) || base == prefix.trim_end_matches('.'))
            && aliases.iter().any(|provided| *provided == "*" || *provided == alias)
    })
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
                            | Detection::DistinctiveMethod
                            | Detection::TestCaseAlias
                    )
                })
                .map(Entry::name)
                .collect()
        })
        .contains(attribute)
}

/// Checks an `attribute` node.
pub fn attribute<'t>(checker: &mut Checker<'_, 't>, node: Node<'t>) {
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
            let provided = foreign_bases.iter().any(|base| provides(base, name));
            if !is_receiver || provided {
                return;
            }
            if catalogue::lookup(&format!("unittest.TestCase.{name}")).is_none() {
                report_distinctive(checker, name, name_node);
                return;
            }
            let Some(entry) = catalogue::lookup(&format!("unittest.TestCase.{name}"))
                .filter(|entry| entry.detection == Detection::TestCaseAlias)
            else {
                return;
            };
            checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
        }
        Member::Unknown => report_distinctive(checker, name, name_node),
        Member::DefinedLocally => {}
    }
}

/// A distinctive method name on a receiver whose class is not known.
fn report_distinctive<'t>(checker: &mut Checker<'_, 't>, name: &str, name_node: Node<'t>) {
    if let Some(entry) = catalogue::distinctive_methods(name).next() {
        checker.report(entry, entry.rule(), name_node, name_node, Failure::Attribute);
    }
}
