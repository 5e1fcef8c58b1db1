//! What an attribute of a method's receiver holds: `self.parser = configparser.ConfigParser()`
//! in `__init__` or `setUp` makes `self.parser` that parser in the test methods.
//!
//! The methods that run before a method of the class are followed in order: `__init__`,
//! `setUpClass`, `setUp`, `asyncSetUp` (the most derived of each in this file, and the bases'
//! through `super().setUp()` or `Base.setUp(self)` where it calls them), then the method itself
//! up to the use. An assignment at the top of a method's body replaces what the attribute held;
//! one under a condition (`if`, `try`, a loop) is one more thing it may hold. Of what it may
//! hold, the one value when there is one, or the one standard-library object among look-alikes
//! (`pathlib`, or a fake of it in a test double): the code was written to run with it.
//!
//! The prefilter keeps these methods in the parse (`crate::stdlib::CONSTRUCTION_METHODS`).

use super::resolve::Value;
use super::{Binding, BindingKind, ClassId, ScopeId, SemanticModel};
use crate::syntax::{text, Field, NodeExt};
use tree_sitter::Node;

/// The methods that run before the others, in the order they run.
const STAGES: &[&str] = crate::stdlib::CONSTRUCTION_METHODS;

/// How many base methods (`super().setUp()`) one stage is followed through.
const MAX_HOPS: u8 = 8;
/// More values than this for one attribute at one read and what it holds is not known: a
/// bound on the work per read, however many assignments a method makes.
const MAX_ALTERNATIVES: usize = 64;

/// What the attribute may hold: each value assigned (`None`: not known) with the scope it is
/// evaluated in.
type Alternatives<'t> = Vec<(Option<Node<'t>>, ScopeId)>;

impl<'t> SemanticModel<'t> {
    /// What `attribute` of an instance (or class) of `class` holds where `node`, in scope
    /// `scope`, reads it, from the assignments to the receiver's attribute in the methods that
    /// run before (see the module's documentation).
    pub(super) fn receiver_attribute(
        &self,
        class: ClassId,
        attribute: &str,
        node: Node<'t>,
        scope: ScopeId,
        depth: u8,
    ) -> Value {
        let lineage = self.local_lineage(class);
        if !lineage.iter().any(|current| self.receiver_assignments.contains_key(&(*current, attribute))) {
            return Value::Unknown;
        }
        if self.local_method(class, attribute).is_some() {
            return Value::Unknown;
        }
        let mut alternatives = Alternatives::new();
        if let Some(initial) = self.class_body_value(&lineage, attribute) {
            alternatives.push(initial);
        }
        let method = self.method_around(scope, class);
        let stage = method.and_then(|method| {
            let name = method.field(Field::Name).map(|name| text(name, self.source))?;
            STAGES.iter().position(|stage| *stage == name)
        });
        for (index, name) in STAGES.iter().enumerate() {
            // Read from outside the class's methods, an instance holds what `__init__` set.
            if stage.is_some_and(|at| index >= at) || (method.is_none() && index > 0) {
                break;
            }
            if let Some(definition) = self.local_method(class, name) {
                self.run_method(definition, attribute, None, &mut alternatives, (0, depth));
            }
        }
        if let Some(method) = method {
            self.run_method(method, attribute, Some(node.start_byte()), &mut alternatives, (0, depth));
        }
        if alternatives.len() > MAX_ALTERNATIVES {
            return Value::Unknown;
        }
        self.chosen(alternatives, depth)
    }

    /// What a class attribute read through its class or an instance (`self._has_ssl_context`,
    /// `cls.X`) holds, with the class body's scope: the one value its class body binds, when no
    /// other class of the file binds the name and no method sets it on a receiver.
    pub(super) fn class_attribute_value(
        &self,
        attribute: Node<'t>,
        scope: ScopeId,
    ) -> Option<(Node<'t>, ScopeId)> {
        let name = text(attribute.field(Field::Attribute)?, self.source);
        if self.classes.iter().filter(|class| class.names.contains(name)).count() != 1
            || self.receiver_assignments.keys().any(|(_, assigned)| *assigned == name)
        {
            return None;
        }
        let class = match self.resolve(attribute.field(Field::Object)?, scope) {
            Value::LocalInstance(class) | Value::LocalClass(class) => class,
            _ => return None,
        };
        match self.class_body_value(&self.local_lineage(class), name)? {
            (Some(value), scope) => Some((value, scope)),
            (None, _) => None,
        }
    }

    /// The value of `attribute = value` in the body of the first class of `lineage` that binds
    /// the name, when it binds it once so.
    fn class_body_value(&self, lineage: &[ClassId], attribute: &str) -> Option<(Option<Node<'t>>, ScopeId)> {
        let info =
            lineage.iter().map(|class| &self.classes[*class]).find(|info| info.names.contains(attribute))?;
        let scope = info.node.id();
        match self.bindings.get(&scope)?.get(attribute)?.as_slice() {
            [Binding { kind: BindingKind::Value(value), .. }] => Some((Some(*value), scope)),
            _ => Some((None, scope)),
        }
    }

    /// The method of `class` (its `function_definition`) whose body holds `scope`.
    fn method_around(&self, scope: ScopeId, class: ClassId) -> Option<Node<'t>> {
        let mut current = scope;
        for _ in 0..64 {
            let info = self.scope(current)?;
            if info.method_of == Some(class) {
                return self.classes[class].methods.values().find(|method| method.id() == current).copied();
            }
            current = info.parent?;
        }
        None
    }

    /// Follows the statements of a method's body (those that end before `until`, when given)
    /// for what they assign to `attribute` of the receiver.
    fn run_method(
        &self,
        method: Node<'t>,
        attribute: &str,
        until: Option<usize>,
        alternatives: &mut Alternatives<'t>,
        (hops, depth): (u8, u8),
    ) {
        let Some(body) = method.field(Field::Body) else {
            return;
        };
        let Some(class) = self.scope(method.id()).and_then(|info| info.method_of) else {
            return;
        };
        // The receiver's assignments are noted in the order of the text: this method's lie in
        // one run of them, followed in one pass along the statements.
        let all = self.receiver_assignments.get(&(class, attribute)).map_or(&[][..], Vec::as_slice);
        let starting = |at: usize| all.partition_point(|a| a.assignment.start_byte() < at);
        let assigned = &all[starting(method.start_byte())..starting(method.end_byte())];
        let statements = self.statements_of(body);
        // What the statements before the last assignment at the top of the body (that ends
        // before `until`) did is replaced by it: start there, so that reads along a long body
        // cost no more than the statements since.
        let mut first = 0;
        if let Some(until) = until {
            let before = assigned.partition_point(|a| a.assignment.start_byte() < until);
            let top = |node: Node<'t>| {
                let at = statements.partition_point(|statement| statement.start_byte() <= node.start_byte());
                let statement = statements[..at].last()?;
                statement.named_child(0).filter(|top| top.id() == node.id()).map(|_| at - 1)
            };
            // Bounded like the alternatives: past that many, the scan below gives up anyway.
            first = assigned[..before]
                .iter()
                .rev()
                .take(MAX_ALTERNATIVES + 1)
                .filter(|assignment| {
                    assignment.method.id() == method.id() && assignment.assignment.end_byte() <= until
                })
                .find_map(|assignment| top(assignment.assignment))
                .unwrap_or(0);
        }
        let mut next = 0;
        let name = method.field(Field::Name).map_or("", |name| text(name, self.source));
        // Only two kinds of statements matter: those that may call the base class's method of
        // the same name, and those holding an assignment of the attribute. Jump between them,
        // so that a read costs no more than the statements that matter before it.
        let calls = self.may_call_base(body, &statements, name);
        let mut call = calls.partition_point(|index| *index < first);
        let mut index = first;
        loop {
            let by_assignment = assigned.get(next).map(|assignment| {
                let at = assignment.assignment.start_byte();
                statements.partition_point(|statement| statement.start_byte() <= at).saturating_sub(1)
            });
            let Some(at) = [by_assignment, calls.get(call).copied()].into_iter().flatten().min() else {
                break;
            };
            let at = at.max(index);
            let Some(statement) = statements.get(at).copied() else {
                break;
            };
            index = at + 1;
            while calls.get(call).is_some_and(|candidate| *candidate < index) {
                call += 1;
            }
            let start = statement.start_byte();
            if until.is_some_and(|until| start >= until) {
                break;
            }
            if hops < MAX_HOPS {
                if let Some(base) = self.base_method_called(statement, class, name, depth) {
                    self.run_method(base, attribute, None, alternatives, (hops + 1, depth));
                    continue;
                }
            }
            let end = statement.end_byte();
            while assigned.get(next).is_some_and(|a| a.assignment.start_byte() < start) {
                next += 1;
            }
            while let Some(assignment) = assigned.get(next).filter(|a| a.assignment.start_byte() < end) {
                next += 1;
                let node = assignment.assignment;
                if assignment.method.id() != method.id() || until.is_some_and(|until| node.end_byte() > until)
                {
                    continue;
                }
                // At the top of the body it replaces what the attribute held.
                if statement.named_child(0).is_some_and(|top| top.id() == node.id()) {
                    alternatives.clear();
                }
                alternatives.push((assignment.value, method.id()));
                if alternatives.len() > MAX_ALTERNATIVES {
                    return;
                }
            }
        }
    }

    /// The indices of the statements of a method's body (`statements`) that may call the base
    /// class's method `name` ([`Self::base_method_called`] decides): calls of an attribute
    /// `name`, listed once per body.
    fn may_call_base(&self, body: Node<'t>, statements: &[Node<'t>], name: &str) -> std::rc::Rc<Vec<usize>> {
        if let Some(found) = self.base_calls.borrow().get(&body.id()) {
            return found.clone();
        }
        let found: Vec<usize> = statements
            .iter()
            .enumerate()
            .filter(|(_, statement)| self.attribute_called(**statement, name).is_some())
            .map(|(index, _)| index)
            .collect();
        let found = std::rc::Rc::new(found);
        self.base_calls.borrow_mut().insert(body.id(), found.clone());
        found
    }

    /// The callee of `statement` when it is a call of an attribute `name` alone
    /// (`x.name(...)` as a statement): the `attribute` node.
    fn attribute_called(&self, statement: Node<'t>, name: &str) -> Option<Node<'t>> {
        let call = statement
            .named_child(0)
            .filter(|call| statement.kind_name() == "expression_statement" && call.kind_name() == "call")?;
        let function = call.field(Field::Function).filter(|function| function.kind_name() == "attribute")?;
        (function.field(Field::Attribute).map(|attribute| text(attribute, self.source)) == Some(name))
            .then_some(function)
    }

    /// The method of a base of `class` in this file that `statement` calls as
    /// `super().name(...)`, `super(C, self).name(...)` or `Base.name(self, ...)`.
    fn base_method_called(
        &self,
        statement: Node<'t>,
        class: ClassId,
        name: &str,
        depth: u8,
    ) -> Option<Node<'t>> {
        let function = self.attribute_called(statement, name)?;
        let object = function.field(Field::Object)?;
        match object.kind_name() {
            "call" if object.field(Field::Function).is_some_and(|f| text(f, self.source) == "super") => self
                .local_lineage(class)
                .into_iter()
                .skip(1)
                .find_map(|base| self.classes[base].methods.get(name).copied()),
            "identifier" => match self.resolve_at(object, self.classes[class].scope, depth) {
                Value::LocalClass(base) if base != class => self.local_method(base, name),
                _ => None,
            },
            _ => None,
        }
    }

    /// What the attribute holds, of the values it may hold: the one known, or the one from the
    /// standard library among look-alikes (`None` and unknown values left out).
    fn chosen(&self, alternatives: Alternatives<'t>, depth: u8) -> Value {
        let mut values: Vec<Value> = Vec::new();
        for (value, scope) in alternatives {
            let Some(value) = value.filter(|value| value.kind_name() != "none") else {
                continue;
            };
            let value = self.resolve_at(value, scope, depth);
            if value != Value::Unknown && !values.contains(&value) {
                values.push(value);
            }
        }
        if let [one] = values.as_slice() {
            return one.clone();
        }
        let mut standard = values.into_iter().filter(|value| match value {
            Value::Qualified(name) | Value::Instance(name) | Value::ItemsOf(name) => {
                !name.starts_with("builtins.") && crate::stdlib::is_stdlib_path(name)
            }
            _ => false,
        });
        match (standard.next(), standard.next()) {
            (Some(value), None) => value,
            _ => Value::Unknown,
        }
    }
}
