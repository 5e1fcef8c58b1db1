//! The second walk over a file: runs the detections on each node, then turns their reports into
//! findings (fixes, positions, suppressions).

use crate::catalogue::Entry;
use crate::detections::{self, Check, Context};
use crate::finding::Finding;
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
    let context = Context::new(model, root, options.target, options.select.as_deref(), &options.ignore);
    let mut walker = Walker { context, skipped };
    nodes.replay(&mut walker);
    finish(walker.context)
}

fn finish(context: Context<'_, '_>) -> Vec<Finding> {
    let Context { model, source, found, .. } = context;
    let (mut findings, Some(lines)) = found.into_parts() else {
        return Vec::new();
    };
    let suppressions: HashMap<u32, Suppression> = model
        .comments
        .iter()
        .filter_map(|comment| {
            let suppression = suppression::parse(text(*comment, source))?;
            Some((lines.position(comment.start_byte()).line, suppression))
        })
        .collect();
    let suppressed = |finding: &Finding| {
        suppressions.get(&finding.range.start.line).is_some_and(|s| s.covers(finding.code))
    };
    in_order(&mut findings, suppressed);
    findings
}

/// Puts the findings of several checks of one file (each in order, none at the same place as
/// another's) in order, as one check's.
pub(crate) fn in_source_order(findings: &mut Vec<Finding>) {
    in_order(findings, |_| false);
}

/// Sorts `findings` (in the order they were reported) by place, rule and symbol, keeping the
/// first of those that are the same (the same use reported twice) and leaving out those
/// `dropped` says, without the vector's spare room.
///
/// A stable sort of the findings themselves would take a buffer of half their size or more
/// beside them: their order is worked out on indices (4 bytes each), then made in place.
fn in_order(findings: &mut Vec<Finding>, dropped: impl Fn(&Finding) -> bool) {
    let key = |finding: &Finding| (finding.range, finding.code, finding.entry().symbol);
    let already = findings.windows(2).all(|pair| key(&pair[0]) < key(&pair[1]));
    if !already {
        // Ties broken by the order of report: the same order as a stable sort's.
        let mut order: Vec<u32> = (0..findings.len() as u32).collect();
        order.sort_unstable_by_key(|&at| (key(&findings[at as usize]), at));
        // Each finding's place once sorted, those kept first (a repeated use is not kept).
        let mut place = vec![u32::MAX; findings.len()];
        let mut kept = 0;
        for (rank, &at) in order.iter().enumerate() {
            let repeated =
                rank > 0 && key(&findings[order[rank - 1] as usize]) == key(&findings[at as usize]);
            if !repeated {
                place[at as usize] = kept;
                kept += 1;
            }
        }
        drop(order);
        for (next, slot) in (kept..).zip(place.iter_mut().filter(|slot| **slot == u32::MAX)) {
            *slot = next;
        }
        // Each swap puts one finding in its place.
        for at in 0..findings.len() {
            while place[at] as usize != at {
                let to = place[at] as usize;
                findings.swap(at, to);
                place.swap(at, to);
            }
        }
        findings.truncate(kept as usize);
    }
    findings.retain(|finding| !dropped(finding));
    findings.shrink_to_fit();
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
        self.enter_known(node, kind_id, ancestors, node.child_count() > 0)
    }

    /// The recording says whether `node` has children: the outline keeps no leaf, and asking
    /// tree-sitter for every node cost a call (in WebAssembly, one of V8's baseline code).
    fn enter_known(
        &mut self,
        node: Node<'t>,
        kind_id: KindId,
        ancestors: &[Node<'t>],
        has_children: bool,
    ) -> Descend {
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
        context.outline.push(depth, node, kind_id, inner, has_children);
        context.scopes.push(inner);
        context.ancestors.push(node);
        Descend::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{lookup, Status};
    use crate::finding::{FindingTexts, Position, Range, Rule};

    fn finding(symbol: &str, start: u32, guard: Option<&str>, texts: &mut FindingTexts) -> Finding {
        let at = |offset: u32| Position { line: 1, column: offset + 1, offset };
        let range = Range { start: at(start), end: at(start + 3) };
        let entry = lookup(symbol).expect("an entry");
        Finding::new(entry, Rule::RemovedName, Status::Removed, guard.map(Box::from), range, None, texts)
    }

    #[test]
    fn findings_are_ordered_as_a_stable_sort_and_the_first_of_a_repeated_use_is_kept() {
        let mut texts = FindingTexts::default();
        let mut findings = vec![
            finding("imp.reload", 9, Some("first"), &mut texts),
            finding("imp.reload", 1, None, &mut texts),
            finding("imp.reload", 9, Some("second"), &mut texts),
            finding("imp.find_module", 5, None, &mut texts),
            finding("imp.reload", 1, Some("again"), &mut texts),
            finding("imp.load_module", 5, None, &mut texts),
        ];
        in_order(&mut findings, |finding| finding.symbol() == "imp.find_module");
        let kept: Vec<_> =
            findings.iter().map(|f| (f.range.start.offset, f.symbol(), f.guard.as_deref())).collect();
        assert_eq!(
            kept,
            [(1, "imp.reload", None), (5, "imp.load_module", None), (9, "imp.reload", Some("first"))]
        );
        assert_eq!(findings.capacity(), findings.len());
    }
}
