//! The detections: one module per kind of catalogue row ([`Detection`]), holding the node kinds
//! it looks at, its check, what a file must show for a use to exist (its prefilter needs) and
//! the sentence the docs print for what it matches. [`DETECTORS`] lists them; the checker, the
//! prefilter and the docs call into that table.
//!
//! Detections are free functions over a [`Context`]; what they look for comes from the
//! catalogue, never from names written into a detection.

mod context;
mod needs;

pub use context::Context;
pub(crate) use needs::{Needs, FLOAT_WORD, PLACEHOLDER_WORD, STAR_WORD, TILDE_WORD};

use crate::catalogue::{Detection, Entry};
use crate::syntax::Kind;
use needs::Ids;
use tree_sitter::Node;

/// A detector's check of one node: the context, the node's kind, the node, its ancestors.
pub(crate) type Check = for<'c, 'a, 't> fn(&'c mut Context<'a, 't>, Kind, Node<'t>, &'c [Node<'t>]);

/// One module of detections: the kind of catalogue row it holds and the check it runs on
/// nodes. Most modules have both; a kind whose uses are found by another module's check has no
/// check of its own (names, at imports and attributes), and a check that serves several kinds
/// holds no rows (attributes, recovery).
pub(crate) struct Detector {
    /// The rows of this module's kind.
    pub rows: Option<Rows>,
    /// The check and the node kinds it runs on.
    pub visit: Option<Visit>,
}

/// A kind of catalogue row: the rows of one [`Detection`], what a use of one needs, and what
/// the docs say it matches.
pub(crate) struct Rows {
    /// Whether a row's detection is of this kind.
    pub detection: fn(Detection) -> bool,
    /// What a file's text must show for a use of a row to exist in it: the prefilter parses a
    /// file only when some row's needs are met (see [`Needs`]).
    pub needs: fn(&'static Entry, &mut Ids<'_>) -> Needs,
    /// Where uses of a row are found, in words: the sentence the docs print under "Found" and
    /// the catalogue's `found` field.
    pub describe: fn(&Entry) -> String,
}

/// A check and the node kinds it runs on.
pub(crate) struct Visit {
    /// The node kinds the check runs on.
    pub nodes: &'static [Kind],
    /// The check.
    pub check: Check,
    /// Whether the check reports rows of this module's kind only: then the checker skips it in
    /// a file whose evidence (the prefilter's) shows none of them.
    pub own_rows_only: bool,
}

/// Every detector, in the order their checks run on a node. A new kind of detection is a new
/// module with its `DETECTOR`, and a line here.
pub(crate) const DETECTORS: &[Detector] = &[
    imports::DETECTOR,
    names::DETECTOR,
    keywords::DETECTOR,
    calls::DETECTOR,
    attributes::DETECTOR,
    methods::DETECTOR,
    distinctive_methods::DETECTOR,
    test_case_aliases::DETECTOR,
    module_attributes::DETECTOR,
    context_managers::DETECTOR,
    import_hooks::DETECTOR,
    uncalled_methods::DETECTOR,
    operators::DETECTOR,
    subscripts::DETECTOR,
    env_vars::DETECTOR,
    recovery::DETECTOR,
    star_imports::DETECTOR,
];

/// The rows of the kind `detection` is of (`None` only if no module holds it, which a test
/// rules out).
fn rows_of(detection: Detection) -> Option<&'static Rows> {
    DETECTORS.iter().filter_map(|detector| detector.rows.as_ref()).find(|rows| (rows.detection)(detection))
}

/// What a file's text must show for a use of `entry` to be found in it (the prefilter checks
/// it before parsing): each kind of detection says, in its module.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    match rows_of(entry.detection) {
        Some(rows) => (rows.needs)(entry, id),
        // All of nothing: always met, so the file is parsed.
        None => Needs::AllOf(Vec::new()),
    }
}

/// Where uses of `entry` are found, in words, for the documentation: each kind of detection
/// says, in its module.
pub(crate) fn describe(entry: &Entry) -> String {
    rows_of(entry.detection).map(|rows| (rows.describe)(entry)).unwrap_or_default()
}

/// The quoted names, joined by commas: `` `a`, `b` ``.
fn quoted(names: &[&str]) -> String {
    names.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::ENTRIES;

    /// Each row's detection is the kind of exactly one module, which describes it.
    #[test]
    fn every_row_has_one_kind() {
        for entry in ENTRIES {
            let kinds = DETECTORS
                .iter()
                .filter_map(|detector| detector.rows.as_ref())
                .filter(|rows| (rows.detection)(entry.detection))
                .count();
            assert_eq!(kinds, 1, "{}: {:?}", entry.symbol, entry.detection);
            assert!(!describe(entry).is_empty(), "{}", entry.symbol);
        }
    }
}

pub mod attributes;
pub mod calls;
pub mod context_managers;
pub mod distinctive_methods;
pub mod env_vars;
pub mod import_hooks;
pub mod imports;
pub mod keywords;
pub mod methods;
pub mod module_attributes;
pub mod names;
pub mod operators;
pub mod recovery;
pub mod star_imports;
pub mod subscripts;
pub mod test_case_aliases;
pub mod uncalled_methods;
