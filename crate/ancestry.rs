//! The ancestors of the node a walk is at, kept so that what a use asks of them costs what the
//! answer needs and not the depth of the nesting around it: 8,000 nested calls with a finding
//! each must not copy or walk 8,000 ancestors per finding (that took 2 GB and seconds).
//!
//! Two views of the walk's stack of ancestors:
//! - [`Chain`]: the stack read from the innermost node out, as far as the question goes, for
//!   the fix of a use, computed when the use is reported (nothing is kept for later).
//! - [`Outline`]: the ancestors the walks up from a use look at (guards, narrowing, earlier
//!   assignments), without the expressions that nest without indentation (calls, brackets,
//!   operators), which none of those walks stops at.

use crate::syntax::KindId;
use std::sync::OnceLock;
use tree_sitter::Node;

/// Kinds of expression that nest without indentation and that the walks up from a use (the
/// guards, the narrowing of receivers, earlier assignments) pass through without looking: the
/// [`Outline`] leaves them out. A walk that starts to look at one of these must take it off
/// this list.
const TRANSPARENT: &[&str] = &[
    "call",
    "argument_list",
    "attribute",
    "subscript",
    "slice",
    "parenthesized_expression",
    "binary_operator",
    "unary_operator",
    "not_operator",
    "comparison_operator",
    "list",
    "tuple",
    "set",
    "dictionary",
    "pair",
    "keyword_argument",
    "list_splat",
    "dictionary_splat",
    "parenthesized_list_splat",
    "expression_list",
    "await",
    "named_expression",
    "string",
    "interpolation",
    "concatenated_string",
];

/// Whether nodes of kind `kind` are of a [`TRANSPARENT`] kind, by kind id (this runs on every
/// node of the checker's walk).
fn is_transparent(kind: KindId) -> bool {
    static BY_ID: OnceLock<Vec<bool>> = OnceLock::new();
    let by_id = BY_ID.get_or_init(|| crate::syntax::kinds_named(TRANSPARENT));
    by_id.get(usize::from(kind.get())).copied().unwrap_or(false)
}

/// A node's ancestors, read from the innermost (its parent) outward: the walk's stack as it is
/// when the use is reported, with whether each node or one of its ancestors is a syntax error.
#[derive(Clone, Copy)]
pub struct Chain<'a, 't> {
    nodes: &'a [Node<'t>],
    errors: &'a [bool],
}

impl<'a, 't> Chain<'a, 't> {
    /// The parent.
    pub fn last(&self) -> Option<Node<'t>> {
        self.nodes.last().copied()
    }

    /// The ancestor `n` levels above the parent (`0`: the parent itself).
    pub fn nth_back(&self, n: usize) -> Option<Node<'t>> {
        let at = self.nodes.len().checked_sub(n + 1)?;
        Some(self.nodes[at])
    }

    /// The ancestors of the parent.
    pub fn outer(&self) -> Chain<'a, 't> {
        let keep = self.nodes.len().saturating_sub(1);
        Chain { nodes: &self.nodes[..keep], errors: &self.errors[..keep] }
    }

    /// The ancestors, the parent first.
    pub fn rev(&self) -> impl Iterator<Item = Node<'t>> + 'a {
        self.nodes.iter().rev().copied()
    }

    /// Whether one of the ancestors is a syntax error.
    pub fn has_error(&self) -> bool {
        self.errors.last().copied().unwrap_or(false)
    }
}

/// The walk's stack of ancestors, outermost first, with whether each is or is inside a syntax
/// error, worked out only for the stacks a fix looks at.
#[derive(Default)]
pub struct Ancestors<'t> {
    nodes: Vec<Node<'t>>,
    /// For the stack's first nodes (always a prefix of the stack: a node's flag is worked out
    /// with all its ancestors', and leaves the stack before them), whether the node or one of
    /// its ancestors is a syntax error.
    errors: Vec<bool>,
}

impl<'t> Ancestors<'t> {
    /// The stack, outermost first.
    pub fn nodes(&self) -> &[Node<'t>] {
        &self.nodes
    }

    /// Keeps the outermost `depth` ancestors.
    pub fn truncate(&mut self, depth: usize) {
        self.nodes.truncate(depth);
        self.errors.truncate(depth);
    }

    /// Adds the node the walk goes into.
    pub fn push(&mut self, node: Node<'t>) {
        self.nodes.push(node);
    }

    /// The stack as a chain read from the innermost node, for a fix computed now (each node's
    /// error flag is worked out once in its life on the stack: 8,000 nested uses cost 8,000
    /// flags, not 8,000 each).
    pub fn chain(&mut self) -> Chain<'_, 't> {
        for &node in &self.nodes[self.errors.len()..] {
            let error = node.is_error() || self.errors.last().copied().unwrap_or(false);
            self.errors.push(error);
        }
        Chain { nodes: &self.nodes, errors: &self.errors }
    }
}

/// The ancestors the walks up from a use look at, outermost first, each with a value (the
/// checker keeps the scope inside each): every ancestor whose kind is not transparent, and the
/// ancestor just inside each of those. So a kept ancestor's next one in the outline is its real
/// child, and one whose parent is not transparent has it just before (an `except` clause's
/// `try`), as the walks read them; a use deep inside nested calls sees only the statements and
/// clauses around it.
pub struct Outline<'t, V> {
    nodes: Vec<Node<'t>>,
    values: Vec<V>,
    /// The depth in the full stack of each kept ancestor.
    depths: Vec<usize>,
    /// Whether each kept ancestor is transparent (kept only as a neighbour).
    transparent: Vec<bool>,
}

impl<'t, V: Copy> Default for Outline<'t, V> {
    fn default() -> Self {
        Outline { nodes: Vec::new(), values: Vec::new(), depths: Vec::new(), transparent: Vec::new() }
    }
}

impl<'t, V: Copy> Outline<'t, V> {
    /// The kept ancestors, outermost first.
    pub fn nodes(&self) -> &[Node<'t>] {
        &self.nodes
    }

    /// The value of each kept ancestor.
    pub fn values(&self) -> &[V] {
        &self.values
    }

    /// Forgets the ancestors at `depth` and below (as the full stack is truncated to `depth`).
    pub fn truncate(&mut self, depth: usize) {
        let keep = self.depths.partition_point(|&at| at < depth);
        self.nodes.truncate(keep);
        self.values.truncate(keep);
        self.depths.truncate(keep);
        self.transparent.truncate(keep);
    }

    /// Adds `node`, at `depth` of the full stack, if the walks up need it (a leaf, a node
    /// without children (`has_children`: `Node::child_count() > 0`), is no one's ancestor).
    pub fn push(&mut self, depth: usize, node: Node<'t>, kind: KindId, value: V, has_children: bool) {
        if !has_children {
            return;
        }
        let transparent = is_transparent(kind);
        let child_of_kept =
            depth > 0 && self.depths.last() == Some(&(depth - 1)) && self.transparent.last() == Some(&false);
        if transparent && !child_of_kept {
            return;
        }
        self.nodes.push(node);
        self.values.push(value);
        self.depths.push(depth);
        self.transparent.push(transparent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{walk, Descend, KindId, NodeExt, Visitor};

    /// For every node of a tree, its ancestors as the full stack has them and as the outline
    /// and the arena give them back.
    struct Both<'t> {
        ancestors: Ancestors<'t>,
        outline: Outline<'t, usize>,
        checked: usize,
    }

    impl<'t> Visitor<'t> for Both<'t> {
        fn enter(&mut self, node: Node<'t>, _kind: KindId, ancestors: &[Node<'t>]) -> Descend {
            let depth = ancestors.len();
            self.ancestors.truncate(depth);
            self.outline.truncate(depth);
            assert_eq!(self.ancestors.nodes(), ancestors);
            // The chain gives the same ancestors back, innermost first.
            let chain = self.ancestors.chain();
            let back: Vec<_> = chain.rev().collect();
            assert!(back.iter().eq(ancestors.iter().rev()));
            assert_eq!(chain.has_error(), ancestors.iter().any(|a| a.is_error()));
            assert_eq!(chain.last(), ancestors.last().copied());
            assert_eq!(chain.nth_back(1), ancestors.len().checked_sub(2).map(|at| ancestors[at]));
            assert_eq!(chain.outer().last(), chain.nth_back(1));
            // The outline keeps every ancestor that is not transparent, with its real neighbours.
            let kept = self.outline.nodes();
            assert_eq!(self.outline.values().len(), kept.len());
            for (at, parent) in ancestors.iter().enumerate() {
                if is_transparent(KindId::of(*parent)) {
                    continue;
                }
                let index = kept.iter().position(|k| k.id() == parent.id()).expect("kept");
                assert_eq!(self.outline.values()[index], at);
                let child = ancestors.get(at + 1).copied().unwrap_or(node);
                assert_eq!(kept.get(index + 1).copied().unwrap_or(node).id(), child.id());
                if at > 0 && !is_transparent(KindId::of(ancestors[at - 1])) {
                    assert_eq!(kept[index - 1].id(), ancestors[at - 1].id());
                }
            }
            self.outline.push(depth, node, KindId::of(node), depth, node.child_count() > 0);
            self.ancestors.push(node);
            self.checked += 1;
            Descend::Yes
        }
    }

    #[test]
    fn the_outline_and_the_arena_give_back_what_the_walks_need() {
        let source = "import imp\nif x:\n    y = f(a and (imp.reload(m) if c else [g(h(1))]))\n\
                      try:\n    pass\nexcept (ImportError):\n    z = {k: (lambda: o.p(q))()}\n\
                      def f(:\n    return (((a)))\n";
        let tree = crate::syntax::parse(source).expect("parsed");
        let mut both = Both { ancestors: Ancestors::default(), outline: Outline::default(), checked: 0 };
        walk(tree.root_node(), &mut both);
        assert!(both.checked > 50, "{}", both.checked);
        // Nested calls keep no more than their statement's outline.
        let deep = format!("x = {}1{}\n", "f(g(".repeat(500), "))".repeat(500));
        let tree = crate::syntax::parse(&deep).expect("parsed");
        let mut both = Both { ancestors: Ancestors::default(), outline: Outline::default(), checked: 0 };
        walk(tree.root_node(), &mut both);
        let kinds: Vec<_> = both.outline.nodes().iter().map(|n| n.kind_name()).collect();
        assert!(kinds.len() <= 4, "{kinds:?}");
    }
}
