//! Narrowing: what an `isinstance` test says about an expression where the test holds.
//!
//! `if isinstance(node, ast.Str): node.s` reads `s` from whatever `ast.Str(...)` makes. The
//! tests looked at: the condition of an `if`/`elif`/`while`/conditional expression around the
//! use, the left of an `and` (or the negated left of an `or`), a comprehension's `if` clauses,
//! the `else` of a negated test, an earlier `if not isinstance(...): return` (or `raise`,
//! `continue`, `break`) in an enclosing block, and an earlier `assert isinstance(...)`,
//! `self.assertTrue(isinstance(...))` or `self.assertIsInstance(...)`.

use super::project::Imported;
use super::resolve::Value;
use super::{Binding, BindingKind, ScopeId, SemanticModel};
use crate::syntax::{named_children, text};
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// How many earlier statements of one block are looked at for an early exit or an assertion.
const MAX_EARLIER: usize = 64;

impl<'t> SemanticModel<'t> {
    /// What `receiver`, the object read by `node` (whose ancestors are `ancestors`, outermost
    /// first), is known to be from an `isinstance` test that holds where it is evaluated.
    ///
    /// `scope` is the scope the receiver is evaluated in.
    pub fn narrowed(
        &self,
        receiver: Node<'t>,
        node: Node<'t>,
        ancestors: &[Node<'t>],
        scope: ScopeId,
    ) -> Option<Value> {
        if !matches!(receiver.kind_name(), "identifier" | "attribute" | "subscript") {
            return None;
        }
        let subject = Subject { text: text(receiver, self.source), root: root_identifier(receiver), scope };
        let mut classes = Vec::new();
        let mut child = node;
        for parent in ancestors.iter().rev() {
            match parent.kind_name() {
                "function_definition" | "class_definition" | "lambda" => break,
                "if_statement" => {
                    let condition = parent.field(Field::Condition);
                    if is_field(*parent, Field::Consequence, child) {
                        self.facts(condition, true, &subject, &mut classes);
                    } else {
                        // An `elif` or `else` branch: every earlier condition was false.
                        self.facts(condition, false, &subject, &mut classes);
                        for alternative in crate::syntax::field_children(*parent, Field::Alternative) {
                            if alternative.id() == child.id() {
                                break;
                            }
                            self.facts(alternative.field(Field::Condition), false, &subject, &mut classes);
                        }
                    }
                }
                "elif_clause" | "while_statement"
                    if is_field(*parent, Field::Consequence, child)
                        || is_field(*parent, Field::Body, child) =>
                {
                    self.facts(parent.field(Field::Condition), true, &subject, &mut classes);
                }
                "boolean_operator" if is_field(*parent, Field::Right, child) => {
                    let is_and = parent.field(Field::Operator).is_some_and(|o| o.kind_name() == "and");
                    self.facts(parent.field(Field::Left), is_and, &subject, &mut classes);
                }
                "conditional_expression" => {
                    if let Some([body, condition, _]) = crate::syntax::conditional_parts(*parent) {
                        if body.id() == child.id() {
                            self.facts(Some(condition), true, &subject, &mut classes);
                        }
                    }
                }
                "list_comprehension"
                | "set_comprehension"
                | "generator_expression"
                | "dictionary_comprehension"
                    if is_field(*parent, Field::Body, child) =>
                {
                    for clause in named_children(*parent) {
                        if clause.kind_name() == "if_clause" {
                            self.facts(crate::syntax::first_part(clause), true, &subject, &mut classes);
                        }
                    }
                }
                "block" | "module" => self.earlier_statements(*parent, child, &subject, scope, &mut classes),
                _ => {}
            }
            if !classes.is_empty() {
                break;
            }
            child = *parent;
        }
        let classes = classes.into_iter().flat_map(|class| self.classes_named(class, scope));
        classes.into_iter().find_map(|(class, scope)| match self.resolve(class, scope) {
            Value::LocalClass(id) => Some(Value::LocalInstance(id)),
            value @ Value::Qualified(_) => match self.call_value(value, scope) {
                Value::Unknown => None,
                instance => Some(instance),
            },
            _ => None,
        })
    }

    /// The classes `class`, the second argument of an `isinstance` test in `scope`, names, each
    /// with the scope to resolve it in: itself, or the items of the tuple a name is bound to (both
    /// branches of a conditional expression of tuples). Ex) bpython's `_string_type_nodes =
    /// (ast.Str, ast.Bytes) if py3 else (ast.Str,)`, then `isinstance(node, _string_type_nodes)`.
    fn classes_named(&self, class: Node<'t>, scope: ScopeId) -> Vec<(Node<'t>, ScopeId)> {
        let bound = (class.kind_name() == "identifier")
            .then(|| self.lookup(text(class, self.source), scope, class.start_byte()))
            .flatten();
        let Some((binding_scope, Binding { kind: BindingKind::Value(value), .. })) = bound else {
            return vec![(class, scope)];
        };
        let mut items = Vec::new();
        let mut pending = vec![*value];
        while let Some(node) = pending.pop() {
            match node.kind_name() {
                "parenthesized_expression" => pending.extend(crate::syntax::first_part(node)),
                "conditional_expression" => {
                    if let Some([body, _, alternative]) = crate::syntax::conditional_parts(node) {
                        pending.extend([alternative, body]);
                    }
                }
                "tuple" => items.extend(
                    named_children(node)
                        .into_iter()
                        .filter(|item| item.kind_name() != "comment")
                        .map(|item| (item, binding_scope)),
                ),
                _ => {}
            }
        }
        if items.is_empty() {
            items.push((class, scope));
        }
        items
    }

    /// The statements before `child` in `block`, nearest first: an early exit on a failed test
    /// or an assertion narrows the subject after it; an assignment to it ends the search.
    fn earlier_statements(
        &self,
        block: Node<'t>,
        child: Node<'t>,
        subject: &Subject<'t>,
        scope: ScopeId,
        classes: &mut Vec<Node<'t>>,
    ) {
        let statements = self.statements_of(block);
        // In source order: found by a binary search, so a long block costs each use O(log n).
        let at = statements.partition_point(|statement| statement.start_byte() < child.start_byte());
        if statements.get(at).is_none_or(|statement| statement.id() != child.id()) {
            return;
        }
        for statement in statements[..at].iter().rev().take(MAX_EARLIER) {
            match statement.kind_name() {
                // Code after the statement was not sent into a branch that always exits: the
                // conditions of the leading branches that do exit were false.
                "if_statement" if statement.field(Field::Consequence).is_some_and(always_exits) => {
                    self.facts(statement.field(Field::Condition), false, subject, classes);
                    for alternative in crate::syntax::field_children(*statement, Field::Alternative) {
                        let exits = alternative.kind_name() == "elif_clause"
                            && alternative.field(Field::Consequence).is_some_and(always_exits);
                        if !exits {
                            break;
                        }
                        self.facts(alternative.field(Field::Condition), false, subject, classes);
                    }
                }
                "assert_statement" => {
                    self.facts(crate::syntax::first_part(*statement), true, subject, classes)
                }
                "expression_statement" => {
                    let Some(expression) = statement.named_child(0) else {
                        continue;
                    };
                    if expression.kind_name() == "call" {
                        self.assertion(expression, subject, classes);
                    } else if self.assigns(expression, subject) {
                        return;
                    }
                }
                "for_statement" | "with_statement" | "try_statement"
                    if subject.root.is_some_and(|root| self.mentions_target(*statement, root)) =>
                {
                    return;
                }
                _ => {}
            }
            if !classes.is_empty() {
                // The test must see the same binding of the subject's name as the use.
                if let Some(root) = subject.root {
                    let name = text(root, self.source);
                    let before = self.lookup(name, scope, statement.start_byte()).map(|(_, b)| b.offset);
                    let after = self.lookup(name, scope, root.start_byte()).map(|(_, b)| b.offset);
                    if before != after {
                        classes.clear();
                    }
                }
                return;
            }
        }
    }

    /// `self.assertTrue(isinstance(x, C))` or `self.assertIsInstance(x, C)`.
    fn assertion(&self, call: Node<'t>, subject: &Subject<'t>, classes: &mut Vec<Node<'t>>) {
        // The callee's text first (a call's first child is its function): most calls in a
        // block are not assertions, and every use that looks back past them pays for them.
        let Some(function) = call.child(0) else {
            return;
        };
        let callee = text(function, self.source);
        if !["assertTrue", "assert_", "assertIsInstance"].iter().any(|name| callee.ends_with(name)) {
            return;
        }
        let Some(method) = Some(function)
            .filter(|function| function.kind_name() == "attribute")
            .and_then(|function| function.field(Field::Attribute))
        else {
            return;
        };
        let method = text(method, self.source);
        let arguments = call.field(Field::Arguments).map(arguments_of).unwrap_or_default();
        match method {
            "assertTrue" | "assert_" => self.facts(arguments.first().copied(), true, subject, classes),
            "assertIsInstance" => {
                if let [object, class, ..] = arguments.as_slice() {
                    if text(*object, self.source) == subject.text {
                        classes.push(*class);
                    }
                }
            }
            _ => {}
        }
    }

    /// Whether an expression statement assigns the subject (or the name it starts from).
    fn assigns(&self, expression: Node<'t>, subject: &Subject<'t>) -> bool {
        if !matches!(expression.kind_name(), "assignment" | "augmented_assignment") {
            return false;
        }
        let Some(left) = expression.field(Field::Left) else {
            return false;
        };
        let assigned = text(left, self.source);
        subject.text == assigned
            || subject.text.starts_with(assigned)
            || subject.root.is_some_and(|root| self.mentions(left, text(root, self.source)))
    }

    /// Whether a compound statement may rebind `root` (a loop or `with` target, or any
    /// assignment inside): then an earlier test says nothing.
    fn mentions_target(&self, statement: Node<'t>, root: Node<'t>) -> bool {
        self.mentions(statement, text(root, self.source))
    }

    /// Whether `name` appears as an identifier under `node` (bounded).
    fn mentions(&self, node: Node<'t>, name: &str) -> bool {
        let mut pending = vec![node];
        let mut visited = 0;
        while let Some(current) = pending.pop() {
            visited += 1;
            if visited > 4096 {
                return true;
            }
            if current.kind_name() == "identifier" && text(current, self.source) == name {
                return true;
            }
            pending.extend(named_children(current));
        }
        false
    }

    /// The classes `condition` proves the subject an instance of when it is `holds`.
    fn facts(
        &self,
        condition: Option<Node<'t>>,
        holds: bool,
        subject: &Subject<'t>,
        classes: &mut Vec<Node<'t>>,
    ) {
        let mut pending = condition.map(|c| (c, holds)).into_iter().collect::<Vec<_>>();
        let mut visited = 0;
        while let Some((node, holds)) = pending.pop() {
            visited += 1;
            if visited > 256 {
                return;
            }
            match node.kind_name() {
                "parenthesized_expression" => {
                    pending.extend(crate::syntax::first_part(node).map(|n| (n, holds)))
                }
                "not_operator" => pending.extend(node.field(Field::Argument).map(|n| (n, !holds))),
                "boolean_operator" => {
                    let is_and = node.field(Field::Operator).is_some_and(|o| o.kind_name() == "and");
                    // `a and b` true: both hold; `a or b` false: neither holds.
                    if is_and == holds {
                        pending.extend(node.field(Field::Left).map(|n| (n, holds)));
                        pending.extend(node.field(Field::Right).map(|n| (n, holds)));
                    }
                }
                "call" if holds => {
                    let Some(function) = node.field(Field::Function) else { continue };
                    let arguments = node.field(Field::Arguments).map(arguments_of).unwrap_or_default();
                    // `isinstance(x, C)`, or a predicate of the project that returns one.
                    let (object, class) = if text(function, self.source) == "isinstance" {
                        if arguments.len() != 2 {
                            continue;
                        }
                        (0, 1)
                    } else {
                        match self.predicate_called(function, subject.scope) {
                            Some(pair) => pair,
                            None => continue,
                        }
                    };
                    let positional = arguments.iter().take(object.max(class) + 1).all(|argument| {
                        !argument.kind_name().ends_with("argument")
                            && !argument.kind_name().ends_with("splat")
                    });
                    if let (true, Some(object), Some(class)) =
                        (positional, arguments.get(object), arguments.get(class))
                    {
                        if text(*object, self.source) == subject.text {
                            match class.kind_name() {
                                "tuple" | "parenthesized_expression" => classes.extend(
                                    named_children(*class).into_iter().filter(|c| c.kind_name() != "comment"),
                                ),
                                _ => classes.push(*class),
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'t> SemanticModel<'t> {
    /// The positions (object, class) of the arguments that `function`, the callee of a call in
    /// `scope`, tests as `isinstance(object, class)`: a function of this file that is a
    /// predicate ([`SemanticModel::predicate`]), or one another module of the project says is.
    fn predicate_called(&self, function: Node<'t>, scope: ScopeId) -> Option<(usize, usize)> {
        if function.kind_name() != "identifier" {
            return None;
        }
        let (_, binding) = self.lookup(text(function, self.source), scope, function.start_byte())?;
        match &binding.kind {
            BindingKind::Function(definition) => self.predicate(*definition),
            BindingKind::Import(qualified) => match self.project.names.get(qualified)? {
                Imported::Predicate { object, class } => Some((usize::from(*object), usize::from(*class))),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the function `definition` narrows like `isinstance`: it has no `yield`, each of
    /// its `return`s gives a truth value (`True`, `False`, `None`, a comparison, an
    /// `isinstance(...)`, `not` or `and`/`or` of those), and it tests `isinstance(a, c)` where `a`
    /// is one of its parameters and `c` mentions another, `b`, or a name made from `b` (assigned
    /// from it, a loop over it, appended to). Then a true call says its argument for `a` is an
    /// instance of its argument for `b`: the positions of `a` and `b`, one pair only.
    /// Ex) `def is_node(node, types): return isinstance(node, types)` gives (0, 1).
    pub(super) fn predicate(&self, definition: Node<'t>) -> Option<(usize, usize)> {
        let mut parameters: Vec<&str> = Vec::new();
        for parameter in named_children(definition.field(Field::Parameters)?) {
            let name = match parameter.kind_name() {
                "identifier" => Some(parameter),
                "default_parameter" | "typed_default_parameter" => parameter.field(Field::Name),
                "typed_parameter" => parameter.named_child(0).filter(|name| name.kind_name() == "identifier"),
                "positional_separator" | "comment" => continue,
                _ => break,
            };
            parameters.push(text(name?, self.source));
        }
        // What the body says, in one walk: the `isinstance` tests of a parameter, and the flows
        // from one name to another (`target`, `source`).
        let mut tests: Vec<(usize, Node<'t>)> = Vec::new();
        let mut flows: Vec<(&str, Node<'t>)> = Vec::new();
        let mut returns = false;
        let mut pending = vec![definition.field(Field::Body)?];
        let mut visited = 0;
        while let Some(node) = pending.pop() {
            visited += 1;
            if visited > 4096 {
                return None;
            }
            match node.kind_name() {
                "function_definition" | "class_definition" | "lambda" => continue,
                "yield" => return None,
                "return_statement" => {
                    returns = true;
                    if !crate::syntax::first_part(node).is_none_or(|value| self.is_truth_value(value)) {
                        return None;
                    }
                }
                "assignment" | "for_statement" | "for_in_clause" => {
                    if let (Some(left), Some(right)) = (node.field(Field::Left), node.field(Field::Right)) {
                        if left.kind_name() == "identifier" {
                            flows.push((text(left, self.source), right));
                        }
                    }
                }
                "call" => {
                    let function = node.field(Field::Function);
                    let arguments = node.field(Field::Arguments).map(arguments_of).unwrap_or_default();
                    match function.map(|function| (function.kind_name(), text(function, self.source))) {
                        Some(("identifier", "isinstance")) => {
                            if let [object, class] = arguments.as_slice() {
                                let object = text(*object, self.source);
                                if let Some(at) = parameters.iter().position(|p| *p == object) {
                                    tests.push((at, *class));
                                }
                            }
                        }
                        Some(("attribute", _)) => {
                            // `names.append(x)`: `names` is made from `x`.
                            let method = function.and_then(|f| f.field(Field::Attribute));
                            let object = function.and_then(|f| f.field(Field::Object));
                            if let (Some(method), Some(object), [argument, ..]) =
                                (method, object, arguments.as_slice())
                            {
                                let adds = matches!(text(method, self.source), "append" | "extend" | "add");
                                if adds && object.kind_name() == "identifier" {
                                    flows.push((text(object, self.source), *argument));
                                }
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
            pending.extend(named_children(node));
        }
        if !returns {
            return None;
        }
        let mut found = None;
        for (object, class) in tests {
            for (at, parameter) in parameters.iter().enumerate() {
                if at == object {
                    continue;
                }
                // The names made from the parameter, to a fixed point (a few rounds).
                let mut made = vec![*parameter];
                for _ in 0..4 {
                    for (target, source) in &flows {
                        if !made.contains(target) && made.iter().any(|name| self.mentions(*source, name)) {
                            made.push(target);
                        }
                    }
                }
                if made.iter().any(|name| self.mentions(class, name)) {
                    if found.is_some_and(|pair| pair != (object, at)) {
                        return None;
                    }
                    found = Some((object, at));
                }
            }
        }
        found
    }

    /// Whether an expression's value is a truth value (see [`SemanticModel::predicate`]).
    fn is_truth_value(&self, value: Node<'t>) -> bool {
        match value.kind_name() {
            "true" | "false" | "none" | "comparison_operator" => true,
            "not_operator" => true,
            "parenthesized_expression" => {
                crate::syntax::first_part(value).is_some_and(|v| self.is_truth_value(v))
            }
            "boolean_operator" => [Field::Left, Field::Right]
                .iter()
                .all(|&field| value.field(field).is_some_and(|v| self.is_truth_value(v))),
            "call" => value.field(Field::Function).is_some_and(|function| {
                matches!(
                    text(function, self.source),
                    "isinstance" | "issubclass" | "hasattr" | "callable" | "bool"
                )
            }),
            _ => false,
        }
    }
}

/// The expression narrowed: its text, the name it starts from and the scope it is read in.
struct Subject<'t> {
    text: &'t str,
    root: Option<Node<'t>>,
    scope: ScopeId,
}

/// The arguments of a call, comments left out.
fn arguments_of(arguments: Node<'_>) -> Vec<Node<'_>> {
    named_children(arguments).into_iter().filter(|argument| argument.kind_name() != "comment").collect()
}

/// Whether a block always leaves the code after its statement: it ends in `return`, `raise`,
/// `continue` or `break`.
fn always_exits(block: Node<'_>) -> bool {
    named_children(block).into_iter().rfind(|statement| statement.kind_name() != "comment").is_some_and(
        |last| {
            matches!(
                last.kind_name(),
                "return_statement" | "raise_statement" | "continue_statement" | "break_statement"
            )
        },
    )
}

/// The name an expression such as `node.args[0]` starts from.
fn root_identifier(node: Node<'_>) -> Option<Node<'_>> {
    let mut node = node;
    for _ in 0..64 {
        node = match node.kind_name() {
            "identifier" => return Some(node),
            "attribute" => node.field(Field::Object)?,
            "subscript" => node.field(Field::Value)?,
            _ => return None,
        };
    }
    None
}

fn is_field(parent: Node<'_>, field: Field, child: Node<'_>) -> bool {
    parent.field(field).is_some_and(|node| node.id() == child.id())
}
