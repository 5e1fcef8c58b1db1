//! Handlers that let the program go on without what the `try` was to bind.
//!
//! `try: from ssl import wrap_socket, CERT_NONE` / `except ImportError: pass` catches the
//! failure, but the names of the failed statement stay unbound: a later `return CERT_NONE`
//! raises `NameError` where the `try` failed. Such a handler only moves the failure, as one
//! that raises again does: it guards nothing. A handler that binds something (a flag as
//! `HAS_CRYPT = False`, a stand-in, the name itself) is a fallback the later code is written
//! for, and one that leaves (`return`, `break`, `continue`) does not go on: both still guard; so
//! does one whose unbound names are bound elsewhere in the scope (a default set before, as
//! `HAS_SNI = False`) or never read outside the `try`, fallback code and `NameError` tests.
//!
//! What is bound where comes from the model's bindings; what is read, from the whole file
//! (the checker's tree may hold only the statements the prefilter kept): parsed once, only for
//! a name the text spells again, and modelled for the functions that bind the name themselves.

use super::{ScopeId, SemanticModel};
use crate::syntax::{kind, named_children, text, Field, Kind, NodeExt};
use std::ops::Range;
use tree_sitter::{Node, Tree};

/// Exceptions whose handlers catch a `NameError`: a read in their `try` body is a test of
/// whether the name exists (`try: wrap_socket` / `except NameError: ...`).
pub(super) const CATCH_NAME: &[&str] = &["NameError", "Exception", "BaseException", "StandardError"];

/// What [`SemanticModel::falls_through_to_a_read`] worked out, once per file, handler and `try`.
#[derive(Default)]
pub(crate) struct FallThrough {
    /// The whole file parsed, on the first handler that needs it.
    whole: Option<Option<Tree>>,
    /// Whether a handler may go on without a name its `try` binds, by the handler's node id.
    goes_on: std::collections::HashMap<usize, bool>,
    /// For each `try` (by node id): the names its body alone binds that are spelled outside it,
    /// as the offset of each one's last binding in the body and whether the scope reads it
    /// after the `try`. Worked out once per `try`, not once per statement of its body (3,484
    /// imports of one name in a `try` took 21 s).
    tries: std::collections::HashMap<usize, Vec<(usize, bool)>>,
}

impl<'t> SemanticModel<'t> {
    /// Whether `clause`, a handler of `statement` (a `try`), lets execution go on without a name
    /// that `failed` (a statement of the `try`'s body) or the body's later statements bind, and
    /// the scope `scope` reads that name outside the `try` and outside fallback code.
    pub(crate) fn falls_through_to_a_read(
        &self,
        statement: Node<'t>,
        clause: Node<'t>,
        failed: Node<'t>,
        scope: ScopeId,
    ) -> bool {
        let Some(names) = self.bindings.get(&scope) else {
            return false;
        };
        let known = self.fall_through.borrow().goes_on.get(&clause.id()).copied();
        let goes_on = known.unwrap_or_else(|| {
            let goes_on = self.handler_goes_on(clause, scope);
            self.fall_through.borrow_mut().goes_on.insert(clause.id(), goes_on);
            goes_on
        });
        if !goes_on {
            return false;
        }
        let known = self.fall_through.borrow().tries.get(&statement.id()).cloned();
        let names_read = known.unwrap_or_else(|| {
            let tried = statement.byte_range();
            let body_end = statement.field(Field::Body).map_or(0, |body| body.end_byte() + 1);
            let mut bound: Vec<(&str, usize)> = Vec::new();
            for (&name, bindings) in names {
                // Bound in the body, and nowhere else in the scope (a default).
                let last = bindings.iter().map(|binding| binding.offset).filter(|&at| at < body_end).max();
                if let Some(last) = last {
                    if bindings.iter().all(|binding| tried.contains(&binding.offset))
                        && spelled_outside(self.source, name, &tried)
                    {
                        bound.push((name, last));
                    }
                }
            }
            let read = self.read_after(&bound.iter().map(|(name, _)| *name).collect::<Vec<_>>(), statement);
            let names_read: Vec<(usize, bool)> =
                bound.iter().zip(read).map(|((_, last), read)| (*last, read)).collect();
            self.fall_through.borrow_mut().tries.insert(statement.id(), names_read.clone());
            names_read
        });
        // A name bound from the failed statement on.
        names_read.iter().any(|&(last, read)| read && last >= failed.start_byte())
    }

    /// Whether `clause`, a handler, lets execution go on without what its `try` binds: it
    /// neither leaves nor binds anything (a flag, a stand-in, the name itself on some path).
    fn handler_goes_on(&self, clause: Node<'t>, scope: ScopeId) -> bool {
        let (Some(block), Some(names)) = (handler_block(clause), self.bindings.get(&scope)) else {
            return false;
        };
        if self.fails_on_every_path(block, true) {
            return false;
        }
        for bindings in names.values() {
            for binding in bindings {
                if (block.start_byte()..=block.end_byte()).contains(&binding.offset) {
                    return false;
                }
            }
        }
        // The model leaves out what a handler's own statements bind as stand-ins for a
        // module the `try` imports (`_clear_type_cache = None`, a Python 2 fallback import).
        for statement in named_children(block) {
            if matches!(kind(statement), Kind::ImportStatement | Kind::ImportFromStatement)
                || statement.named_child(0).is_some_and(|child| kind(child) == Kind::Assignment)
            {
                return false;
            }
        }
        true
    }

    /// Whether each of `names` is read in the whole file's scope that holds `statement` (the
    /// `try`), outside it.
    fn read_after(&self, names: &[&str], statement: Node<'t>) -> Vec<bool> {
        if names.is_empty() {
            return Vec::new();
        }
        let tried = &statement.byte_range();
        // A function that holds the `try` is whole in this tree too (the prefilter keeps or
        // leaves out a function whole): the innermost one is the scope, and this model knows
        // what its nested functions bind. Only a `try` in a class body or at module level
        // needs the whole file.
        let mut ancestor = statement.parent();
        while let Some(node) = ancestor {
            match kind(node) {
                Kind::FunctionDefinition => {
                    return names
                        .iter()
                        .map(|name| reads(node, name, self.source, Some((self, tried))))
                        .collect();
                }
                Kind::ClassDefinition => break,
                _ => ancestor = node.parent(),
            }
        }
        let mut cache = self.fall_through.borrow_mut();
        let Some(tree) = cache.whole.get_or_insert_with(|| crate::syntax::parse(self.source)) else {
            return vec![false; names.len()];
        };
        // The innermost function or class that holds the `try` in the whole tree.
        let mut region = tree.root_node();
        let mut node = region;
        'down: while node.byte_range() != *tried {
            for child in named_children(node) {
                if child.start_byte() <= tried.start && tried.end <= child.end_byte() {
                    if matches!(kind(child), Kind::FunctionDefinition | Kind::ClassDefinition) {
                        region = child;
                    }
                    node = child;
                    continue 'down;
                }
            }
            return vec![false; names.len()];
        }
        let model = SemanticModel::build(tree.root_node(), self.source, self.removed);
        names.iter().map(|name| reads(region, name, self.source, Some((&model, tried)))).collect()
    }

    /// Whether the handler's `block` fails on every way through (each ends in a statement that
    /// fails, [`SemanticModel::fails`]), or when `or_leaves`, fails or leaves (`return`,
    /// `break`, `continue`, any `raise`). Ex) `if win32: raise ImportError("...")` / `else: raise ...`.
    pub(super) fn fails_on_every_path(&self, block: Node<'t>, or_leaves: bool) -> bool {
        let Some(last) = named_children(block).into_iter().rfind(|s| s.kind_name() != "comment") else {
            return false;
        };
        if last.kind_name() != "if_statement" {
            // Raising `SkipTest` is no failure (the test is skipped), but it leaves.
            return self.fails(last)
                || or_leaves
                    && matches!(
                        last.kind_name(),
                        "return_statement" | "break_statement" | "continue_statement" | "raise_statement"
                    );
        }
        let mut has_else = false;
        for clause in named_children(last) {
            let branch = match clause.kind_name() {
                "block" => Some(clause),
                "elif_clause" => clause.field(Field::Consequence),
                "else_clause" => {
                    has_else = true;
                    clause.field(Field::Body)
                }
                _ => continue,
            };
            if !branch.is_some_and(|branch| self.fails_on_every_path(branch, or_leaves)) {
                return false;
            }
        }
        has_else
    }
}

/// The block of an `except` clause.
pub(super) fn handler_block(clause: Node<'_>) -> Option<Node<'_>> {
    named_children(clause).into_iter().rfind(|child| child.kind_name() == "block")
}

/// Whether `source` spells `name` as a word outside `tried`, and never tests whether it is
/// bound (`"name" in globals()` and the like: code written for its absence).
fn spelled_outside(source: &str, name: &str, tried: &Range<usize>) -> bool {
    let bytes = source.as_bytes();
    let mut spelled = false;
    for (at, _) in source.match_indices(name) {
        let end = at + name.len();
        let before = at.checked_sub(1).map(|before| bytes[before]);
        let after = bytes.get(end).copied();
        if matches!(before, Some(b'"' | b'\'')) && after == before {
            let rest = source[end + 1..].trim_start();
            let rest = rest.strip_prefix("not ").unwrap_or(rest);
            let head = source[..at - 1].trim_end();
            if rest.starts_with("in globals()")
                || rest.starts_with("in locals()")
                || rest.starts_with("in dir()")
                || head.ends_with("globals().get(")
                || head.ends_with("locals().get(")
            {
                return false;
            }
        }
        spelled |=
            !tried.contains(&at) && !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte);
    }
    spelled
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

/// Whether `root` reads `name`. Without `outside`: as it runs (in the parameters of the
/// functions and lambdas it defines, where decorators and default values are, not their
/// bodies, which run later). With `outside` (a model of the file and the range of a `try`):
/// anywhere but in that `try`, in a handler (fallback code), in the body of a `try` that catches
/// `NameError`, or in a function or lambda that binds `name` itself.
pub(super) fn reads<'w>(
    root: Node<'w>,
    name: &str,
    source: &str,
    outside: Option<(&SemanticModel<'w>, &Range<usize>)>,
) -> bool {
    let mut stack = if outside.is_some() { named_children(root) } else { vec![root] };
    while let Some(node) = stack.pop() {
        // A child not to look into: the body of a `try` that catches `NameError`.
        let mut skip = None;
        match (kind(node), outside) {
            (Kind::Identifier, _) if text(node, source) == name && is_read(node) => return true,
            (Kind::FunctionDefinition | Kind::Lambda, None) => {
                stack.extend(node.field(Field::Parameters));
                continue;
            }
            (Kind::FunctionDefinition | Kind::Lambda, Some((model, _)))
                if model.bindings.get(&node.id()).is_some_and(|names| names.contains_key(name)) =>
            {
                continue
            }
            (Kind::Aliasing | Kind::Other, Some((model, tried))) => {
                if node.byte_range() == *tried || node.kind_name() == "except_clause" {
                    continue;
                }
                if node.kind_name() == "try_statement" {
                    for clause in named_children(node) {
                        if clause.kind_name() == "except_clause"
                            && model.catches(clause, CATCH_NAME).is_some()
                        {
                            skip = node.field(Field::Body).map(|body| body.id());
                        }
                    }
                }
            }
            _ => {}
        }
        for child in named_children(node) {
            if Some(child.id()) != skip {
                stack.push(child);
            }
        }
    }
    false
}

/// The names `root` reads as it runs: [`reads`] without `outside`, for every name at once (the
/// identifiers read, not in the bodies of the functions and lambdas it defines).
pub(super) fn names_read<'w>(root: Node<'w>, source: &'w str) -> crate::hash::HashSet<&'w str> {
    let mut names = crate::hash::HashSet::default();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match kind(node) {
            Kind::Identifier if is_read(node) => {
                names.insert(text(node, source));
            }
            Kind::FunctionDefinition | Kind::Lambda => {
                stack.extend(node.field(Field::Parameters));
                continue;
            }
            _ => {}
        }
        stack.extend(named_children(node));
    }
    names
}

/// Whether an identifier is read where it stands: not a definition's name, a parameter, an
/// attribute after a dot, a keyword argument's name, an import's name nor an assignment's target.
fn is_read(identifier: Node<'_>) -> bool {
    let Some(parent) = identifier.parent() else {
        return false;
    };
    let field = match kind(parent) {
        Kind::Attribute => Field::Attribute,
        Kind::KeywordArgument | Kind::FunctionDefinition | Kind::ClassDefinition => Field::Name,
        Kind::Assignment | Kind::AugmentedAssignment | Kind::For => Field::Left,
        Kind::GlobalStatement | Kind::NonlocalStatement => return false,
        _ => match parent.kind_name() {
            "default_parameter" | "typed_default_parameter" => Field::Name,
            "parameters" | "typed_parameter" | "lambda_parameters" | "dotted_name" | "aliased_import"
            | "pattern_list" | "tuple_pattern" | "list_pattern" => return false,
            _ => return true,
        },
    };
    parent.field(field).is_none_or(|child| child.id() != identifier.id())
}
