//! The second walk over a file: runs the rules on each node and collects their findings.

use crate::catalogue::{Entry, Status};
use crate::finding::{Finding, Rule, Severity};
use crate::fix::{self, RawFix};
use crate::lines::LineIndex;
use crate::rules;
use crate::semantic::guards::{Failure, Site};
use crate::semantic::resolve::Value;
use crate::semantic::{scope_kind, ScopeId, SemanticModel};
use crate::suppression::{self, Suppression};
use crate::syntax::{self, text, walk, Descend, Kind, Visitor};
use crate::version::PythonVersion;
use std::collections::HashMap;
use tree_sitter::Node;

/// A finding before positions and suppressions are worked out.
struct Raw {
    entry: &'static Entry,
    rule: Rule,
    start: usize,
    end: usize,
    severity: Severity,
    guard: Option<String>,
    fix: Option<RawFix>,
}

/// Runs the rules over one parsed file.
pub struct Checker<'a, 't> {
    /// The file's semantic model.
    pub model: &'a SemanticModel<'t>,
    /// The source text.
    pub source: &'t str,
    /// The version the user migrates to.
    pub target: PythonVersion,
    /// The scope inside each ancestor of the node being checked (same length as `ancestors`).
    scopes: Vec<ScopeId>,
    /// The node being checked.
    current: Option<Node<'t>>,
    /// The ancestors of the node being checked, outermost first.
    ancestors: Vec<Node<'t>>,
    raw: Vec<Raw>,
    /// Which rules report: findings of the others are dropped before any work is spent on them.
    options: &'a crate::Options,
    /// What fixes ask about the file's imports, worked out once.
    facts: fix::FileFacts<'t>,
}

impl<'a, 't> Checker<'a, 't> {
    /// Checks the tree under `root` and returns the findings of the rules `options` report,
    /// in source order.
    pub fn run(root: Node<'t>, model: &'a SemanticModel<'t>, options: &'a crate::Options) -> Vec<Finding> {
        let mut checker = Checker {
            model,
            source: model.source,
            target: options.target,
            scopes: Vec::new(),
            current: None,
            ancestors: Vec::new(),
            raw: Vec::new(),
            options,
            facts: fix::FileFacts::new(root, model.source),
        };
        walk(root, &mut checker);
        checker.finish()
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
    /// concern at the target; a guarded use becomes `info`.
    pub fn report(
        &mut self,
        entry: &'static Entry,
        rule: Rule,
        first: Node<'t>,
        last: Node<'t>,
        failure: Failure,
    ) {
        let span = (first.start_byte(), last.end_byte().max(first.start_byte()));
        self.report_span(entry, rule, span, failure);
    }

    /// Reports a use of `entry` at a byte span inside the node being checked (guards are
    /// looked for around that node).
    pub fn report_span(&mut self, entry: &'static Entry, rule: Rule, span: (usize, usize), failure: Failure) {
        let (Some(status), Some(node)) = (entry.status_at(self.target), self.current) else {
            return;
        };
        if !self.options.reports(rule) {
            return;
        }
        let site = Site { node, ancestors: &self.ancestors, scopes: &self.scopes };
        let guard = self.model.guard(&site, failure, entry.symbol, self.target);
        let severity = match (&guard, status) {
            (Some(_), _) => Severity::Info,
            (None, Status::Removed) => Severity::Error,
            (None, Status::Deprecated) => Severity::Warning,
        };
        let fix = match severity {
            Severity::Info => None,
            _ => {
                let site = fix::engine::Site {
                    model: self.model,
                    node,
                    ancestors: &self.ancestors,
                    scope: self.scope(),
                    span,
                    facts: &self.facts,
                };
                fix::engine::compute(&site, entry)
            }
        };
        self.raw.push(Raw { entry, rule, start: span.0, end: span.1, severity, guard, fix });
    }

    fn finish(mut self) -> Vec<Finding> {
        if self.raw.is_empty() {
            return Vec::new();
        }
        self.raw.sort_by_key(|raw| (raw.start, raw.end, raw.rule, raw.entry.symbol));
        self.raw.dedup_by(|a, b| {
            (a.start, a.end, a.rule, a.entry.symbol) == (b.start, b.end, b.rule, b.entry.symbol)
        });
        let lines = LineIndex::new(self.source);
        let suppressions: HashMap<u32, Suppression> = self
            .model
            .comments
            .iter()
            .filter_map(|comment| {
                let suppression = suppression::parse(text(*comment, self.source))?;
                Some((lines.position(comment.start_byte()).line, suppression))
            })
            .collect();
        self.raw
            .into_iter()
            .map(|raw| {
                let range = lines.range(raw.start, raw.end);
                let fix = raw.fix.map(|fix| fix.resolve(&lines));
                (Finding::new(raw.entry, raw.rule, raw.severity, raw.guard, range, fix), range.start.line)
            })
            .filter(|(finding, line)| !suppressions.get(line).is_some_and(|s| s.covers(finding.code)))
            .map(|(finding, _)| finding)
            .collect()
    }
}

impl<'t> Visitor<'t> for Checker<'_, 't> {
    fn enter(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) -> Descend {
        // Both stacks mirror `ancestors`: each node pushes itself after its rules ran.
        self.scopes.truncate(ancestors.len());
        self.ancestors.truncate(ancestors.len());
        debug_assert_eq!(self.ancestors.len(), ancestors.len());
        self.current = Some(node);
        match syntax::kind(node) {
            Kind::ImportStatement => rules::imports::import_statement(self, node),
            Kind::ImportFromStatement => rules::imports::import_from_statement(self, node),
            Kind::Call => {
                rules::imports::dynamic_import(self, node);
                rules::keywords::call(self, node);
                rules::calls::call(self, node);
            }
            Kind::Attribute => {
                rules::members::attribute(self, node);
                rules::module_attributes::attribute(self, node, ancestors);
            }
            Kind::Identifier => rules::module_attributes::identifier(self, node, ancestors),
            Kind::Aliasing if node.kind() == "with_item" => rules::context_managers::with_item(self, node),
            Kind::ClassDefinition => rules::import_hooks::class_definition(self, node),
            Kind::FunctionDefinition => rules::uncalled_methods::function_definition(self, node),
            Kind::UnaryOperator => rules::operators::unary_operator(self, node),
            Kind::Subscript => rules::subscripts::subscript(self, node),
            Kind::String => rules::env_vars::string(self, node, ancestors),
            Kind::KeywordArgument => rules::env_vars::keyword_argument(self, node),
            Kind::Error => rules::recovery::error(self, node),
            _ => {}
        }
        let inner = if scope_kind(node).is_some() { node.id() } else { self.scope() };
        self.scopes.push(inner);
        self.ancestors.push(node);
        Descend::Yes
    }
}
