//! The second walk over a file: runs the detections on each node, then turns their reports into
//! findings (fixes, positions, suppressions).

use crate::autofix;
use crate::catalogue::Entry;
use crate::detections::{self, Check, Context};
use crate::finding::{Finding, FindingTexts};
use crate::lines::LineIndex;
use crate::semantic::{scope_kind, SemanticModel};
use crate::suppression::{self, Suppression};
use crate::syntax::{text, Descend, KindId, Preorder, Visitor};
use std::collections::HashMap;
use std::sync::OnceLock;
use tree_sitter::Node;

/// Checks the tree under `root` (its nodes recorded in `nodes`) and returns the findings of
/// the rules `options` report, in source order. `possible`: the entries whose evidence the
/// file shows (the prefilter's), when known: a detection that reports only its own kind's rows
/// is not run when none of them is among these.
pub(crate) fn run<'t>(
    root: Node<'t>,
    nodes: &Preorder<'t>,
    model: &SemanticModel<'t>,
    options: &crate::Options,
    possible: Option<&[&'static Entry]>,
) -> Vec<Finding> {
    let skipped = detections::DETECTORS
        .iter()
        .map(|detector| match (possible, &detector.rows, &detector.visit) {
            (Some(possible), Some(rows), Some(visit)) if visit.own_rows_only => {
                !possible.iter().any(|entry| (rows.detection)(entry.detection))
            }
            _ => false,
        })
        .collect();
    let context = Context::new(model, options.target, options.select.as_deref(), &options.ignore);
    let mut walker = Walker { context, skipped };
    nodes.replay(&mut walker);
    finish(root, walker.context)
}

fn finish<'t>(root: Node<'t>, context: Context<'_, 't>) -> Vec<Finding> {
    let Context { model, source, mut reports, ancestors, .. } = context;
    let links = ancestors.into_links();
    if reports.is_empty() {
        return Vec::new();
    }
    reports.sort_by_key(|report| (report.range, report.rule, report.entry.symbol));
    reports.dedup_by(|a, b| (a.range, a.rule, a.entry.symbol) == (b.range, b.rule, b.entry.symbol));
    // Without the room the vector grew by (it doubled as the walk reported): the reports are
    // held until the last finding is made, beside the findings.
    reports.shrink_to_fit();
    let lines = LineIndex::new(source);
    // What fixes ask about the file's imports, worked out once for all of them.
    let facts = autofix::FileFacts::new(root, source);
    let suppressions: HashMap<u32, Suppression> = model
        .comments
        .iter()
        .filter_map(|comment| {
            let suppression = suppression::parse(text(*comment, source))?;
            Some((lines.position(comment.start_byte()).line, suppression))
        })
        .collect();
    // Room for every report at once (suppressed ones are dropped): no vector doubled and copied
    // as it fills. Their texts are shared: held once however many findings say them.
    let mut findings = Vec::with_capacity(reports.len());
    let mut texts = FindingTexts::default();
    for report in reports {
        let range = lines.range_of(report.range);
        if suppressions.get(&range.start.line).is_some_and(|s| s.covers(report.rule)) {
            continue;
        }
        let fix = report.fix_site.as_ref().and_then(|(node, parent, scope)| {
            let site = autofix::Site {
                model,
                node: *node,
                ancestors: links.chain(*parent),
                scope: *scope,
                span: report.range,
                facts: &facts,
            };
            autofix::compute(&site, report.entry)
        });
        let fix = fix.map(|fix| fix.resolve(&lines, &mut texts.fixes));
        findings.push(Finding::new(
            report.entry,
            report.rule,
            report.status,
            report.guard.map(String::from),
            range,
            fix,
            &mut texts,
        ));
    }
    findings
}

/// The checks of [`detections::DETECTORS`] by node kind (indexed by `Kind as usize`), in
/// table order, each with its detector's index in the table.
fn checks_by_kind() -> &'static [Vec<(Check, usize)>] {
    static CHECKS: OnceLock<Vec<Vec<(Check, usize)>>> = OnceLock::new();
    CHECKS.get_or_init(|| {
        let mut checks: Vec<Vec<(Check, usize)>> = Vec::new();
        for (detector, visit) in detections::DETECTORS
            .iter()
            .enumerate()
            .filter_map(|(index, detector)| Some((index, detector.visit.as_ref()?)))
        {
            for &kind in visit.nodes {
                let index = kind as usize;
                if checks.len() <= index {
                    checks.resize(index + 1, Vec::new());
                }
                checks[index].push((visit.check, detector));
            }
        }
        checks
    })
}

/// Walks the tree, keeping the context's stacks in step and dispatching each node to the
/// detections that want its kind (but those `skipped`, by detector index).
struct Walker<'a, 't> {
    context: Context<'a, 't>,
    skipped: Vec<bool>,
}

impl<'t> Visitor<'t> for Walker<'_, 't> {
    fn enter(&mut self, node: Node<'t>, kind_id: KindId, ancestors: &[Node<'t>]) -> Descend {
        let context = &mut self.context;
        // The stacks mirror `ancestors`: each node pushes itself after its detections ran.
        let depth = ancestors.len();
        context.scopes.truncate(depth);
        context.ancestors.truncate(depth);
        context.outline.truncate(depth);
        debug_assert_eq!(context.ancestors.nodes().len(), depth);
        context.current = Some(node);
        let kind = kind_id.kind();
        if let Some(checks) = checks_by_kind().get(kind as usize) {
            for &(check, detector) in checks {
                if !self.skipped[detector] {
                    check(context, kind, node, ancestors);
                }
            }
        }
        let inner = if scope_kind(kind).is_some() { node.id() } else { context.scope() };
        context.outline.push(depth, node, kind_id, inner);
        context.scopes.push(inner);
        context.ancestors.push(node);
        Descend::Yes
    }
}
