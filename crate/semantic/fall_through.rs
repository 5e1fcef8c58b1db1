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

use super::guards::every_path_ends_in;
use super::{ScopeId, SemanticModel};
use crate::syntax::{field_children, named_children, text};
use crate::syntax::{Field, NodeExt};
use std::collections::HashMap;
use tree_sitter::{Node, Tree};

/// Exceptions whose handlers catch a `NameError`: a read in their `try` body is a test of
/// whether the name exists (`try: wrap_socket` / `except NameError: ...`).
const CATCH_NAME: &[&str] = &["NameError", "Exception", "BaseException", "StandardError"];

/// What [`SemanticModel::falls_through_to_a_read`] worked out, once per file and statement.
#[derive(Default)]
pub(crate) struct FallThrough {
    /// The whole file parsed (the checker's tree may hold only the statements the prefilter
    /// kept): parsed once, on the first handler that needs it.
    whole: Option<Option<Tree>>,
    /// The answer for each failed statement, by its node id and the handler's.
    answers: HashMap<(usize, usize), bool>,
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
        let key = (failed.id(), clause.id());
        if let Some(&answer) = self.fall_through.borrow().answers.get(&key) {
            return answer;
        }
        let answer = self.work_out_fall_through(statement, clause, failed, scope);
        self.fall_through.borrow_mut().answers.insert(key, answer);
        answer
    }

    fn work_out_fall_through(
        &self,
        statement: Node<'t>,
        clause: Node<'t>,
        failed: Node<'t>,
        scope: ScopeId,
    ) -> bool {
        if self.handler_leaves(clause) {
            return false;
        }
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        let mut unbound: Vec<&'t str> = Vec::new();
        for child in
            named_children(body).into_iter().filter(|child| child.start_byte() >= failed.start_byte())
        {
            bound_names(child, self.source, &mut unbound);
        }
        // A handler that binds something (a flag, a stand-in, the name itself on some path) is
        // a fallback the code after it is written for: only one that binds nothing moves on
        // as if the `try` had worked.
        let mut in_handler = Vec::new();
        if let Some(block) = named_children(clause).into_iter().rfind(|child| child.kind() == "block") {
            bound_names_within(block, self.source, &mut in_handler);
        }
        if !in_handler.is_empty() {
            return false;
        }
        let range = statement.byte_range();
        unbound.retain(|name| {
            !self
                .bindings
                .get(&scope)
                .and_then(|names| names.get(name))
                .is_some_and(|bindings| bindings.iter().any(|binding| !range.contains(&binding.offset)))
        });
        // The text first: most names are never spelled again, and then nothing is parsed.
        let source = self.source;
        let spelled_elsewhere = |name: &str| {
            source.match_indices(name).any(|(at, _)| {
                let before = source[..at].bytes().next_back();
                let after = source.as_bytes().get(at + name.len()).copied();
                !range.contains(&at) && !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte)
            })
        };
        unbound.retain(|name| spelled_elsewhere(name) && !tests_presence(source, name));
        if unbound.is_empty() {
            return false;
        }
        let mut cache = self.fall_through.borrow_mut();
        let Some(tree) = cache.whole.get_or_insert_with(|| crate::syntax::parse(source)) else {
            return false;
        };
        // The same statement in the whole file's tree, and the scope that holds it there.
        let Some(twin) = tree.root_node().descendant_for_byte_range(range.start, range.end) else {
            return false;
        };
        let Some(twin) = ancestors_and_self(twin).find(|node| node.kind() == "try_statement") else {
            return false;
        };
        let region = ancestors_and_self(twin)
            .skip(1)
            .find(|node| matches!(node.kind(), "function_definition" | "class_definition" | "module"))
            .unwrap_or_else(|| tree.root_node());
        unbound.iter().any(|name| reads_outside(region, twin, name, source))
    }

    /// Whether a handler does not go on after the `try` on any path: each ends in a `return`, a
    /// `break` or `continue`, or fails ([`SemanticModel::fails`]).
    fn handler_leaves(&self, clause: Node<'t>) -> bool {
        let Some(block) = named_children(clause).into_iter().rfind(|child| child.kind() == "block") else {
            return false;
        };
        every_path_ends_in(block, &|last| {
            matches!(last.kind(), "return_statement" | "break_statement" | "continue_statement")
                || self.fails(last)
        })
    }
}

/// The names a statement binds in its scope: imports, plain assignments, definitions.
pub(super) fn bound_names<'t>(statement: Node<'t>, source: &'t str, names: &mut Vec<&'t str>) {
    match statement.kind() {
        "import_statement" => {
            for name in field_children(statement, Field::Name) {
                let bound = match name.kind() {
                    "aliased_import" => name.field(Field::Alias),
                    _ => name.named_child(0),
                };
                names.extend(bound.map(|bound| text(bound, source)));
            }
        }
        "import_from_statement" => {
            for name in field_children(statement, Field::Name) {
                let bound = match name.kind() {
                    "aliased_import" => name.field(Field::Alias),
                    _ => Some(name),
                };
                names.extend(bound.map(|bound| text(bound, source)));
            }
        }
        "expression_statement" => {
            // `a = b = x` nests the second assignment in the first one's value.
            let mut assignment = statement.named_child(0).filter(|node| node.kind() == "assignment");
            while let Some(current) = assignment {
                if let Some(left) = current.field(Field::Left) {
                    assigned_names(left, source, names);
                }
                assignment = current.field(Field::Right).filter(|right| right.kind() == "assignment");
            }
        }
        "function_definition" | "class_definition" => {
            names.extend(statement.field(Field::Name).map(|name| text(name, source)));
        }
        "decorated_definition" => {
            if let Some(definition) = statement.field(Field::Definition) {
                bound_names(definition, source, names);
            }
        }
        _ => {}
    }
}

/// The names the statements of `block` bind, also in the blocks nested in them (`if`, `for`,
/// `with`, `try` and their clauses; not in the bodies of functions or classes they define).
fn bound_names_within<'t>(block: Node<'t>, source: &'t str, names: &mut Vec<&'t str>) {
    for statement in named_children(block) {
        bound_names(statement, source, names);
        if matches!(statement.kind(), "function_definition" | "class_definition" | "decorated_definition") {
            continue;
        }
        let mut stack = named_children(statement);
        while let Some(node) = stack.pop() {
            if node.kind() == "block" {
                bound_names_within(node, source, names);
            } else if !matches!(node.kind(), "function_definition" | "class_definition" | "lambda") {
                stack.extend(named_children(node));
            }
        }
    }
}

/// The names an assignment target binds (`a`, `a, b`, `(a, [b, c])`).
fn assigned_names<'t>(target: Node<'t>, source: &'t str, names: &mut Vec<&'t str>) {
    match target.kind() {
        "identifier" => names.push(text(target, source)),
        "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list" => {
            for item in named_children(target) {
                assigned_names(item, source, names);
            }
        }
        _ => {}
    }
}

/// What follows a name's string literal when code tests whether the name is bound.
/// Ex) `if 'parser' not in globals():`.
const PRESENCE_TESTS: &[&str] =
    &["in globals()", "not in globals()", "in locals()", "not in locals()", "in dir()", "not in dir()"];

/// Whether the text tests whether `name` is bound (`"name" in globals()` and the like): code
/// written for the name's absence.
fn tests_presence(source: &str, name: &str) -> bool {
    ["'", "\""].iter().any(|quote| {
        let literal = format!("{quote}{name}{quote}");
        source.match_indices(&literal).any(|(at, _)| {
            let rest = source[at + literal.len()..].trim_start_matches([' ', '\t']);
            let before = source[..at].trim_end_matches([' ', '\t']);
            PRESENCE_TESTS.iter().any(|test| rest.starts_with(test))
                || before.ends_with("globals().get(")
                || before.ends_with("locals().get(")
        })
    })
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

fn ancestors_and_self<'t>(node: Node<'t>) -> impl Iterator<Item = Node<'t>> {
    std::iter::successors(Some(node), |node| node.parent())
}

/// Whether `region` reads `name` outside `statement` (the `try`), outside any handler (fallback
/// code runs only where something failed to import) and outside a `try` that catches `NameError`.
fn reads_outside(region: Node<'_>, statement: Node<'_>, name: &str, source: &str) -> bool {
    let mut cursor = region.walk();
    let mut stack: Vec<Node<'_>> = named_children(region);
    while let Some(node) = stack.pop() {
        if node.id() == statement.id() || node.kind() == "except_clause" || binds_locally(node, name, source)
        {
            continue;
        }
        if node.kind() == "identifier" && text(node, source) == name && is_read(node) {
            return true;
        }
        let skip_body = node.kind() == "try_statement" && catches_name_error(node, source);
        for child in node.named_children(&mut cursor) {
            if !(skip_body && node.field(Field::Body).is_some_and(|body| body.id() == child.id())) {
                stack.push(child);
            }
        }
    }
    false
}

/// Whether `node` is a function or lambda (not the region itself) that has its own `name`: a
/// parameter, or a name its body's statements bind.
fn binds_locally(node: Node<'_>, name: &str, source: &str) -> bool {
    if !matches!(node.kind(), "function_definition" | "lambda") {
        return false;
    }
    let parameters = node.field(Field::Parameters).map(named_children).unwrap_or_default();
    let parameter = parameters.into_iter().any(|parameter| {
        let named = match parameter.kind() {
            "identifier" => Some(parameter),
            "default_parameter" | "typed_default_parameter" => parameter.field(Field::Name),
            "typed_parameter" => parameter.named_child(0),
            _ => None,
        };
        named.is_some_and(|named| text(named, source) == name)
    });
    let mut bound = Vec::new();
    if let Some(body) = node.field(Field::Body).filter(|body| body.kind() == "block") {
        for child in named_children(body) {
            bound_names(child, source, &mut bound);
        }
    }
    parameter || bound.contains(&name)
}

/// Whether an identifier is read where it stands: not a definition's name, a parameter, an
/// attribute after a dot, a keyword argument's name, an import's name nor an assignment's target.
pub(super) fn is_read(identifier: Node<'_>) -> bool {
    let Some(parent) = identifier.parent() else {
        return false;
    };
    let is = |field: Field| parent.field(field).is_some_and(|node| node.id() == identifier.id());
    match parent.kind() {
        "attribute" => !is(Field::Attribute),
        "keyword_argument" | "function_definition" | "class_definition" => !is(Field::Name),
        "assignment" | "augmented_assignment" | "for_statement" => !is(Field::Left),
        "default_parameter" | "typed_default_parameter" => !is(Field::Name),
        "parameters" | "typed_parameter" | "lambda_parameters" => false,
        "dotted_name" | "aliased_import" | "global_statement" | "nonlocal_statement" => false,
        "pattern_list" | "tuple_pattern" | "list_pattern" => false,
        _ => true,
    }
}

/// Whether a `try` statement has a handler for `NameError`.
fn catches_name_error(statement: Node<'_>, source: &str) -> bool {
    named_children(statement).into_iter().filter(|clause| clause.kind() == "except_clause").any(|clause| {
        let Some(value) = clause.field(Field::Value) else {
            return true;
        };
        let candidates = match value.kind() {
            "tuple" | "parenthesized_expression" => named_children(value),
            _ => vec![value],
        };
        candidates.iter().any(|candidate| {
            let name = text(*candidate, source).rsplit('.').next().unwrap_or("");
            CATCH_NAME.contains(&name)
        })
    })
}
