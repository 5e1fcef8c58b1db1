//! The detections: each looks at one kind of node and reports uses of catalogue entries.
//!
//! Detections are free functions over a [`Context`]; what they look for comes from the
//! catalogue, never from names written into a detection.

mod context;
mod needs;

pub use context::Context;
pub(crate) use needs::{Needs, FLOAT_WORD, PLACEHOLDER_WORD, TILDE_WORD};

use crate::catalogue::{Detection, Entry};
use crate::syntax::Kind;
use needs::Ids;
use tree_sitter::Node;

/// A detector's check of one node: the context, the node's kind, the node, its ancestors.
pub(crate) type Check = for<'c, 'a, 't> fn(&'c mut Context<'a, 't>, Kind, Node<'t>, &'c [Node<'t>]);

/// One kind of detection: the kinds of node it looks at, and its check.
pub(crate) struct Detector {
    /// The node kinds the check runs on.
    pub nodes: &'static [Kind],
    /// The check.
    pub check: Check,
}

/// Every detector, in the order their checks run on a node. A new kind of detection is a new
/// module with its `DETECTOR` (and its entries' needs, below), and a line here.
pub(crate) const DETECTORS: &[Detector] = &[
    imports::DETECTOR,
    keywords::DETECTOR,
    calls::DETECTOR,
    members::DETECTOR,
    module_attributes::DETECTOR,
    context_managers::DETECTOR,
    import_hooks::DETECTOR,
    uncalled_methods::DETECTOR,
    operators::DETECTOR,
    subscripts::DETECTOR,
    env_vars::DETECTOR,
    recovery::DETECTOR,
];

/// What a file's text must show for a use of `entry` to be found in it (the prefilter checks
/// it before parsing): each kind of detection says, in its module.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let needs = match entry.detection {
        Detection::Import => imports::needs,
        Detection::Name => members::name_needs,
        Detection::Method | Detection::HookMethod(_) => members::method_needs,
        Detection::DistinctiveMethod | Detection::TestCaseAlias => members::any_receiver_needs,
        Detection::Keyword { .. } => keywords::needs,
        Detection::CallShape { .. } => calls::needs,
        Detection::Subscript { .. } => subscripts::needs,
        Detection::ContextManager => context_managers::needs,
        Detection::ModuleAttribute => module_attributes::needs,
        Detection::EnvVar => env_vars::needs,
        Detection::UncalledMethod { .. } => uncalled_methods::needs,
        Detection::UnaryOperator { .. } => operators::needs,
    };
    needs(entry, id)
}

pub mod calls;
pub mod context_managers;
pub mod env_vars;
pub mod import_hooks;
pub mod imports;
pub mod keywords;
pub mod members;
pub mod module_attributes;
pub mod operators;
pub mod recovery;
pub mod subscripts;
pub mod uncalled_methods;
