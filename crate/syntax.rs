//! Parsing with tree-sitter, and walking trees without recursion.

use std::cell::RefCell;
use tree_sitter::{Node, Parser, Tree};

/// Parses Python source. tree-sitter recovers from syntax errors (Python 2 files, broken code),
/// so this returns a tree for any text; it returns `None` only when the parser gives up.
pub fn parse(source: &str) -> Option<Tree> {
    thread_local! {
        static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
    }
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let parser = slot.get_or_insert_with(|| {
            let mut parser = Parser::new();
            parser
                .set_language(&tree_sitter_python::LANGUAGE.into())
                .expect("the bundled Python grammar matches the tree-sitter runtime");
            parser
        });
        let tree = parser.parse(source, None);
        if tree.is_none() {
            parser.reset();
        }
        tree
    })
}

/// What a visitor wants after seeing a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Descend {
    /// Visit the node's children.
    Yes,
    /// Skip the node's children.
    No,
}

/// A pre-order visitor over the named nodes of a tree.
pub trait Visitor<'t> {
    /// Called for each named node, with its ancestors (outermost first).
    fn enter(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) -> Descend;
    /// Called after the node's children were visited (or skipped).
    fn leave(&mut self, _node: Node<'t>) {}
}

/// Visits every named node under `root` in source order, with an explicit stack instead of
/// recursion, so that a 100,000-deep expression cannot overflow the call stack.
pub fn walk<'t>(root: Node<'t>, visitor: &mut impl Visitor<'t>) {
    let mut cursor = root.walk();
    let mut ancestors: Vec<Node<'t>> = Vec::new();
    loop {
        let node = cursor.node();
        let descend = if node.is_named() { visitor.enter(node, &ancestors) } else { Descend::Yes };
        if descend == Descend::Yes && cursor.goto_first_child() {
            ancestors.push(node);
            continue;
        }
        if node.is_named() {
            visitor.leave(node);
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
            if let Some(parent) = ancestors.pop() {
                if parent.is_named() {
                    visitor.leave(parent);
                }
            }
        }
    }
}

/// The source text of a node (empty if its range is not on character boundaries).
pub fn text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    source.get(node.byte_range()).unwrap_or("")
}

/// The named children of `node` for `field`, without allocating a cursor per call site.
pub fn field_children<'t>(node: Node<'t>, field: &str) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.children_by_field_name(field, &mut cursor).collect()
}

/// The named children of a node.
pub fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// The value of a string literal without its quotes and prefix, when it has no interpolation
/// and no escape sequence that would change it.
pub fn string_value<'s>(node: Node<'_>, source: &'s str) -> Option<&'s str> {
    match node.kind() {
        "string" => {
            let mut content = None;
            for child in named_children(node) {
                match child.kind() {
                    "string_start" | "string_end" => {}
                    "string_content" if content.is_none() => content = Some(text(child, source)),
                    _ => return None,
                }
            }
            let value = content.unwrap_or("");
            (!value.contains('\\')).then_some(value)
        }
        "parenthesized_expression" => node.named_child(0).and_then(|inner| string_value(inner, source)),
        _ => None,
    }
}

/// Whether a string node is a docstring or another bare string statement: text, not code.
/// `ancestors` are the string's ancestors, outermost first (as [`Visitor::enter`] gets them).
pub fn is_bare_string_statement(ancestors: &[Node<'_>]) -> bool {
    for parent in ancestors.iter().rev() {
        match parent.kind() {
            "concatenated_string" | "parenthesized_expression" => {}
            "expression_statement" => return parent.named_child_count() == 1,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counter {
        entered: usize,
        left: usize,
        deepest: usize,
    }

    impl<'t> Visitor<'t> for Counter {
        fn enter(&mut self, _node: Node<'t>, ancestors: &[Node<'t>]) -> Descend {
            self.entered += 1;
            self.deepest = self.deepest.max(ancestors.len());
            Descend::Yes
        }
        fn leave(&mut self, _node: Node<'t>) {
            self.left += 1;
        }
    }

    #[test]
    fn walks_every_named_node_once_and_balances_leave() {
        let tree = parse("import a.b as c\nx = [f(y) for y in z]\n").unwrap();
        let mut counter = Counter { entered: 0, left: 0, deepest: 0 };
        walk(tree.root_node(), &mut counter);
        assert_eq!(counter.entered, counter.left);
        assert!(counter.entered > 10);
    }

    #[test]
    fn walks_a_very_deep_tree_without_recursion() {
        let depth = 100_000;
        let source = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
        let tree = parse(&source).unwrap();
        let mut counter = Counter { entered: 0, left: 0, deepest: 0 };
        walk(tree.root_node(), &mut counter);
        assert!(counter.deepest >= depth, "{}", counter.deepest);
    }

    #[test]
    fn reads_plain_string_values() {
        let source = "a = 'x'\nb = f'{y}'\nc = r\"z\"\n";
        let tree = parse(source).unwrap();
        let mut values = Vec::new();
        let mut stack = vec![tree.root_node()];
        while let Some(node) = stack.pop() {
            if node.kind() == "string" {
                values.push(string_value(node, source));
            }
            stack.extend(named_children(node));
        }
        values.sort();
        assert_eq!(values, vec![None, Some("x"), Some("z")]);
    }
}
