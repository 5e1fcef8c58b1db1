//! What a detection sees while the checker walks a file, and where it reports what it finds.

use crate::ancestry::{Ancestors, Outline};
use crate::catalogue::Entry;
use crate::finding::{FixSite, Found, Use};
use crate::lines::TextRange;
use crate::rule::Rule;
use crate::semantic::guards::{Failure, Site};
use crate::semantic::resolve::Value;
use crate::semantic::{ScopeId, SemanticModel};
use crate::version::PythonVersion;
use tree_sitter::Node;

/// The file being checked, the node the walk is at, and the reports so far.
pub struct Context<'a, 't> {
    /// The file's semantic model.
    pub model: &'a SemanticModel<'t>,
    /// The source text.
    pub source: &'t str,
    /// The version the user migrates to.
    pub target: PythonVersion,
    /// The scope inside each ancestor of the node being checked (same length as `ancestors`).
    pub(crate) scopes: Vec<ScopeId>,
    /// The node being checked.
    pub(crate) current: Option<Node<'t>>,
    /// The ancestors of the node being checked, outermost first; those of a use that may be
    /// fixed are linked into an arena for the fix.
    pub(crate) ancestors: Ancestors<'t>,
    /// The ancestors the walks up from a use look at (guards, narrowing), with the scope inside
    /// each: deep nesting of calls and brackets is left out.
    pub(crate) outline: Outline<'t, ScopeId>,
    /// The findings of what the detections reported, in the order they did (each made, its
    /// fix too, when reported).
    pub(crate) found: Found<'t>,
    /// The rules that report (`None`: all) and those that never do: the uses of other rules
    /// are dropped before any work (guards, fixes) is spent on them.
    select: Option<&'a [Rule]>,
    ignore: &'a [Rule],
}

impl<'a, 't> Context<'a, 't> {
    /// The context of a walk over the file `model` describes (parsed as `root`), reporting the
    /// rules `select` chooses (all when `None`) less those of `ignore`.
    pub(crate) fn new(
        model: &'a SemanticModel<'t>,
        root: Node<'t>,
        target: PythonVersion,
        select: Option<&'a [Rule]>,
        ignore: &'a [Rule],
    ) -> Self {
        Context {
            select,
            ignore,
            model,
            source: model.source,
            target,
            scopes: Vec::new(),
            current: None,
            ancestors: Ancestors::default(),
            outline: Outline::default(),
            found: Found::new(root, model.source),
        }
    }

    /// The scope the node being checked is evaluated in.
    pub fn scope(&self) -> ScopeId {
        self.scopes.last().copied().unwrap_or(self.model.module)
    }

    /// What an expression under the node being checked evaluates to.
    pub fn resolve(&self, node: Node<'t>) -> Value {
        self.model.resolve(node, self.scope())
    }

    /// Reports a use of `entry` spanning from `first` to `last`, unless the entry is of no
    /// concern at the target or reaches a test's stand-in for it; a guarded use becomes `info`.
    pub fn report(
        &mut self,
        entry: &'static Entry,
        rule: Rule,
        first: Node<'t>,
        last: Node<'t>,
        failure: Failure,
    ) {
        let range = TextRange::new(first.start_byte(), last.end_byte().max(first.start_byte()));
        self.report_range(entry, rule, range, failure);
    }

    /// Reports a use of `entry` at a byte range inside the node being checked (guards are
    /// looked for around that node).
    pub fn report_range(&mut self, entry: &'static Entry, rule: Rule, range: TextRange, failure: Failure) {
        let (Some(status), Some(node)) = (entry.status_at(self.target), self.current) else {
            return;
        };
        if self.select.is_some_and(|select| !select.contains(&rule)) || self.ignore.contains(&rule) {
            return;
        }
        let site = Site { node, ancestors: self.outline.nodes(), scopes: self.outline.values() };
        // A test's stand-in for the name (`@mock.patch("datetime.datetime")`) is no use of it.
        if self.model.reaches_stand_in(&site, entry.symbol, self.target) {
            return;
        }
        let guard = self.model.guard(&site, failure, entry.symbol, self.target);
        // A guarded use is not fixed unless its guard says the fix is still worth making.
        let fixed = guard.as_ref().is_none_or(|guard| guard.fixable);
        let scope = self.scope();
        let site = fixed.then(|| FixSite { node, ancestors: self.ancestors.chain(), scope });
        let guard = guard.map(|guard| guard.reason.into_boxed_str());
        self.found.add(self.model, Use { entry, rule, range, status, guard }, site);
    }
}
