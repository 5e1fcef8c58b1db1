//! What an expression refers to: a standard-library name, an instance of a known class, or a
//! class of this file, followed through imports, aliases and assignments.

use super::{Binding, BindingKind, ClassId, ScopeId, SemanticModel};
use crate::qualified_name::QualifiedName;
use crate::stdlib::{self, Produces};
use crate::syntax::text;
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// How far assignments and calls are followed before giving up (also bounds the recursion).
const MAX_DEPTH: u8 = 24;

/// How many dead branches' assignments a name's binding is followed back through.
const MAX_DEAD_BRANCHES: usize = 8;

/// How many classes of the file are followed up a hierarchy before giving up.
const MAX_CLASSES: usize = 64;

/// What an expression evaluates to, as far as a static reading can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A module, class, function or attribute known by its qualified name (`pathlib.Path`).
    /// Names of this file's relative imports start with a dot; builtins are `builtins.NAME`.
    Qualified(String),
    /// An instance of the class with this qualified name.
    Instance(String),
    /// A list or mapping whose items are instances of the class with this qualified name.
    ItemsOf(String),
    /// A class defined in this file.
    LocalClass(ClassId),
    /// An instance of a class defined in this file (`self` in its methods).
    LocalInstance(ClassId),
    /// `super()` in a method of this class: attribute lookups start at its bases.
    Super(ClassId),
    /// `self` or `cls` whose class is not known: unbound (a method whose `def` the parser lost
    /// in broken code) or the first parameter of a function outside a class.
    OrphanReceiver,
    /// What a function outside the standard library returns where it shares its name with a
    /// standard-library function whose result is known (a backport's or the file's own
    /// `get_event_loop_policy()`): not the standard library's class, whatever it is.
    Foreign,
    /// Something else.
    Unknown,
}

/// Where an attribute of a value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Member {
    /// The qualified names the attribute may be known by (`pathlib.PosixPath.link_to` and
    /// `pathlib.Path.link_to`), most specific first.
    Qualified(Vec<String>),
    /// A class of this file (or its local bases) defines the attribute itself.
    DefinedLocally,
    /// The receiver is an instance or class of this file whose bases do not settle where the
    /// attribute comes from. `foreign_bases` lists the qualified names of its bases from
    /// outside the standard library's known classes.
    OnLocalClass {
        /// Qualified names of the bases that are not classes of this file.
        foreign_bases: Vec<String>,
    },
    /// The receiver comes from outside the standard library ([`Value::Foreign`]): its members
    /// are not the standard library's.
    Foreign,
    /// Nothing is known about the receiver.
    Unknown,
}

/// How many expressions one question to the resolver may look at: a bound on the work where
/// the memo cannot help (cycles and depth limits in broken code).
const MAX_STEPS: u32 = 20_000;

/// The resolver's memory: values worked out, and the state of the question being answered.
///
/// Without it, an expression reached along many paths (a call looks at its receiver three
/// times, so `c.execute(...).execute(...)...` or a chain of assignments doubles the work at
/// each step, up to [`MAX_DEPTH`]) was resolved once per path: a mutated file took minutes.
#[derive(Default)]
pub(super) struct Memo {
    /// The values of expressions, by node id and scope, found without reaching [`MAX_DEPTH`].
    values: crate::hash::HashMap<(usize, ScopeId), Value>,
    /// The values found when [`MAX_DEPTH`] was reached: they depend on the depth they were
    /// asked at too. Not [`Value::Unknown`], which `unknown_from` holds.
    at_depth: crate::hash::HashMap<(usize, ScopeId, u8), Value>,
    /// The least depth at which an expression was [`Value::Unknown`] for reaching
    /// [`MAX_DEPTH`]: asked at that depth or deeper, it is unknown again (with less depth left,
    /// the resolver learns no more), so one entry stands for every depth. Kept per depth, a
    /// chain of calls one line long (`a.f().f()...`, or broken code that parses as one) took
    /// an entry per link and depth: 24 times the work and about 300 bytes per byte of input.
    unknown_from: crate::hash::HashMap<(usize, ScopeId), u8>,
    /// Whether the value being worked out reached [`MAX_DEPTH`].
    limited: bool,
    /// Whether the current question ran out of [`MAX_STEPS`]: then nothing is remembered.
    exhausted: bool,
    /// How many expressions the current question has looked at.
    pub(super) steps: u32,
    /// The depth of the innermost expression being worked out, while a question is being
    /// answered. A question asked meanwhile (a version check deciding whether a binding's branch
    /// runs resolves names too) is part of it: it starts one level deeper and shares its steps,
    /// so [`MAX_DEPTH`] and [`MAX_STEPS`] bound the recursion through such questions as well.
    /// Asked afresh each time, `if name is None: name = ...` (found by the fuzzer) asked about
    /// `name` inside the question about `name` until the stack overflowed.
    active: Option<u8>,
}

impl<'t> SemanticModel<'t> {
    /// What `node`, an expression in scope `scope`, evaluates to.
    pub fn resolve(&self, node: Node<'t>, scope: ScopeId) -> Value {
        let depth = self.question_depth();
        self.resolve_at(node, scope, depth)
    }

    /// The depth a question starts at: 0 with a fresh count of steps, or one level below the
    /// expression being worked out when it is asked while another question is being answered
    /// ([`Memo::active`]).
    /// Whether the resolver is answering a question (the caller is part of it, bounded by its
    /// depth and steps).
    pub(super) fn answering_a_question(&self) -> bool {
        self.resolved.borrow().active.is_some()
    }

    fn question_depth(&self) -> u8 {
        let mut memo = self.resolved.borrow_mut();
        match memo.active {
            Some(depth) => depth.saturating_add(1),
            None => {
                memo.steps = 0;
                0
            }
        }
    }

    pub(super) fn resolve_at(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Value {
        let key = (node.id(), scope);
        let (outer_limited, outer_exhausted, outer_active) = {
            let mut memo = self.resolved.borrow_mut();
            if let Some(value) = memo.values.get(&key) {
                return value.clone();
            }
            if memo.unknown_from.get(&key).is_some_and(|&from| depth >= from) {
                memo.limited = true;
                return Value::Unknown;
            }
            if let Some(value) = memo.at_depth.get(&(key.0, key.1, depth)).cloned() {
                memo.limited = true;
                return value;
            }
            if depth > MAX_DEPTH {
                memo.limited = true;
                return Value::Unknown;
            }
            memo.steps += 1;
            if memo.steps > MAX_STEPS {
                memo.exhausted = true;
                return Value::Unknown;
            }
            let outer_active = memo.active.replace(depth);
            (std::mem::take(&mut memo.limited), std::mem::take(&mut memo.exhausted), outer_active)
        };
        let value = self.resolve_uncached(node, scope, depth);
        let mut memo = self.resolved.borrow_mut();
        memo.active = outer_active;
        if !memo.exhausted {
            if memo.limited && value == Value::Unknown {
                let from = memo.unknown_from.entry(key).or_insert(depth);
                *from = (*from).min(depth);
            } else if memo.limited {
                memo.at_depth.insert((key.0, key.1, depth), value.clone());
            } else {
                memo.values.insert(key, value.clone());
            }
        }
        memo.limited |= outer_limited;
        memo.exhausted |= outer_exhausted;
        value
    }

    fn resolve_uncached(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Value {
        let depth = depth + 1;
        match node.kind_name() {
            "identifier" => self.resolve_name(text(node, self.source), node.start_byte(), scope, depth),
            "attribute" => {
                let (Some(object), Some(attribute)) =
                    (node.field(Field::Object), node.field(Field::Attribute))
                else {
                    return Value::Unknown;
                };
                let receiver = self.resolve_at(object, scope, depth);
                let name = text(attribute, self.source);
                match (self.attribute_value(&receiver, name, depth), receiver) {
                    (Value::Unknown, Value::LocalInstance(class) | Value::LocalClass(class)) => {
                        self.receiver_attribute(class, name, node, scope, depth)
                    }
                    (value, _) => value,
                }
            }
            "call" => {
                let Some(function) = node.field(Field::Function) else {
                    return Value::Unknown;
                };
                if function.kind_name() == "attribute" {
                    if let (Some(object), Some(method)) =
                        (function.field(Field::Object), function.field(Field::Attribute))
                    {
                        if let Value::ItemsOf(class) = self.resolve_at(object, scope, depth) {
                            return match text(method, self.source) {
                                "get" | "pop" | "setdefault" => Value::Instance(class),
                                "values" | "copy" => Value::ItemsOf(class),
                                _ => Value::Unknown,
                            };
                        }
                    }
                }
                if let Some(value) = self.local_call(function, scope, depth) {
                    return value;
                }
                let callee = self.resolve_at(function, scope, depth);
                if callee == Value::Qualified("typing.cast".into()) {
                    return self.cast_value(node, scope, depth).unwrap_or(Value::Unknown);
                }
                if let Some(value) = self.dynamic_lookup(&callee, node, scope, depth) {
                    return value;
                }
                if let Value::Qualified(name) = &callee {
                    if let Some(rule) = stdlib::mode_dependent(name) {
                        return self.opened(node, rule);
                    }
                    let bare = node.field(Field::Arguments).is_some_and(|arguments| {
                        arguments.kind_name() == "argument_list"
                            && crate::syntax::named_children(arguments)
                                .iter()
                                .all(|a| a.kind_name() == "comment")
                    });
                    if let Some(class) = stdlib::bare_call_product(name).filter(|_| bare) {
                        return Value::Instance(class.to_string());
                    }
                    match stdlib::argument_call_product(name).filter(|_| !bare) {
                        Some(Produces::Instance(class)) => return Value::Instance(class.to_string()),
                        Some(Produces::ItemsOf(class)) => return Value::ItemsOf(class.to_string()),
                        None => {}
                    }
                }
                if let Value::LocalClass(class) = callee {
                    if let Some(module) = self.forwarded_module(class, depth) {
                        return Value::Qualified(module);
                    }
                }
                self.call_value(callee, scope)
            }
            "subscript" => self.subscript_value(node, scope, depth),
            "binary_operator" => {
                let operator = node.field(Field::Operator).map(|o| o.kind_name());
                let left = node.field(Field::Left).map(|l| self.resolve_at(l, scope, depth));
                match (operator, left) {
                    (Some("/"), Some(Value::Instance(class))) => {
                        produced(&format!("{class}.__truediv__"), &class).unwrap_or(Value::Unknown)
                    }
                    _ => Value::Unknown,
                }
            }
            "parenthesized_expression" => crate::syntax::first_part(node)
                .map_or(Value::Unknown, |inner| self.resolve_at(inner, scope, depth)),
            "boolean_operator" if node.field(Field::Operator).is_some_and(|o| o.kind_name() == "or") => {
                self.or_value(node, scope, depth)
            }
            _ => Value::Unknown,
        }
    }

    /// What `left or right` holds: `pathlib or pathlib2` is the module (a module, class or
    /// function is never false); `logger or log`, `logger` a parameter of the function, is an
    /// optional argument and its default, taken to be of one class (kazoo's `self.logger =
    /// logger or log`, `log` a `logging.Logger`).
    fn or_value(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Value {
        let left = node.field(Field::Left);
        match left.map(|left| self.resolve_at(left, scope, depth)) {
            Some(Value::Qualified(name)) if !name.starts_with("builtins.") => Value::Qualified(name),
            Some(Value::Unknown) if left.is_some_and(|left| self.is_parameter(left, scope)) => {
                match node.field(Field::Right).map(|right| self.resolve_at(right, scope, depth)) {
                    Some(Value::Instance(class)) => Value::Instance(class),
                    _ => Value::Unknown,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// Whether `node` is a name that reads a parameter of the function `scope` (bound, as
    /// parameters are, where the function's definition starts).
    fn is_parameter(&self, node: Node<'t>, scope: ScopeId) -> bool {
        if node.kind_name() != "identifier" {
            return false;
        }
        let Some((found, binding)) = self.lookup(text(node, self.source), scope, node.start_byte()) else {
            return false;
        };
        if found != scope || !matches!(binding.kind, BindingKind::Opaque) {
            return false;
        }
        let mut function = node.parent();
        while let Some(current) = function.filter(|current| current.id() != scope) {
            function = current.parent();
        }
        function.is_some_and(|function| {
            function.kind_name() == "function_definition" && function.start_byte() == binding.offset
        })
    }

    /// What `value[key]` holds: an item of a container of known items; a slice of an object
    /// whose slices are of its own class (`samples[i::n]` of an `array.array`).
    fn subscript_value(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Value {
        match node.field(Field::Value).map(|v| self.resolve_at(v, scope, depth)) {
            Some(Value::ItemsOf(class)) => Value::Instance(class),
            Some(Value::Instance(class))
                if stdlib::SLICED_AS_ITSELF.contains(&class.as_str())
                    && node.field(Field::Subscript).is_some_and(|index| index.kind_name() == "slice") =>
            {
                Value::Instance(class)
            }
            _ => Value::Unknown,
        }
    }

    /// `getattr(x, "name")` (with or without a default) is `x.name`;
    /// `importlib.import_module("a.b")` is the module `a.b`.
    fn dynamic_lookup(&self, callee: &Value, call: Node<'t>, scope: ScopeId, depth: u8) -> Option<Value> {
        let Value::Qualified(function) = callee else {
            return None;
        };
        let importer = stdlib::import_function(function);
        if function != "builtins.getattr" && importer.is_none() {
            return None;
        }
        let all: Vec<Node<'t>> = crate::syntax::named_children(call.field(Field::Arguments)?)
            .into_iter()
            .filter(|argument| argument.kind_name() != "comment")
            .collect();
        // Keyword arguments of an import function (`deprecated=True`) do not change the module,
        // except `__import__`'s `fromlist`.
        let (keywords, arguments): (Vec<Node<'t>>, Vec<Node<'t>>) =
            all.into_iter().partition(|argument| argument.kind_name() == "keyword_argument");
        if arguments
            .iter()
            .any(|argument| !matches!(argument.kind_name(), "identifier" | "attribute" | "string" | "none"))
        {
            return None;
        }
        match (importer, arguments.as_slice()) {
            (None, [object, name] | [object, name, _]) if keywords.is_empty() => {
                let name = crate::syntax::string_value(*name, self.source)?;
                let object = self.resolve_at(*object, scope, depth);
                Some(self.attribute_value(&object, name, depth))
            }
            (Some(result), [module]) => {
                let module = crate::syntax::string_value(*module, self.source)?;
                let plain = !module.is_empty()
                    && module.split('.').all(|part| {
                        part.chars().all(|c| c.is_alphanumeric() || c == '_') && !part.is_empty()
                    });
                let module = match result {
                    stdlib::ImportResult::Named => module,
                    stdlib::ImportResult::TopLevel if keywords.is_empty() => module.split('.').next()?,
                    stdlib::ImportResult::TopLevel => return None,
                };
                plain.then(|| Value::Qualified(stdlib::canonical_path(module).into_owned()))
            }
            _ => None,
        }
    }

    /// The standard-library module whose attributes the instances of `class` stand for: its
    /// `__getattr__` returns that module's attribute of the asked name (`return getattr(_ast,
    /// name)`; Chameleon's `ASTProxy`: `return _ast.__dict__.get(name) or getattr(_ast,
    /// self.aliases[name])`, the right of an `or` running only where the left finds nothing).
    /// `None` when the class binds a removed name itself (its own, then, not the module's).
    fn forwarded_module(&self, class: ClassId, depth: u8) -> Option<String> {
        let info = &self.classes[class];
        let method = *info.methods.get("__getattr__")?;
        if info.names.iter().any(|name| (self.removed.is_removed_name)(name)) {
            return None;
        }
        let mut value = single_return(method)?;
        while value.kind_name() == "boolean_operator" {
            value = value.field(Field::Left)?;
        }
        let (function, arguments) = match value.kind_name() {
            "call" => (value.field(Field::Function)?, value.field(Field::Arguments)?),
            _ => return None,
        };
        let arguments = crate::syntax::named_children(arguments);
        let module = match function.kind_name() {
            // `getattr(module, name)`, the name not a literal one.
            "identifier" if arguments.len() >= 2 && arguments[1].kind_name() != "string" => {
                let getattr = self.resolve_at(function, method.id(), depth);
                (getattr == Value::Qualified("builtins.getattr".into())).then_some(arguments[0])?
            }
            // `module.__dict__.get(name)`.
            "attribute"
                if function.field(Field::Attribute).is_some_and(|get| text(get, self.source) == "get") =>
            {
                let dict = function.field(Field::Object).filter(|dict| dict.kind_name() == "attribute")?;
                let is_dict =
                    dict.field(Field::Attribute).is_some_and(|d| text(d, self.source) == "__dict__");
                is_dict.then(|| dict.field(Field::Object))??
            }
            _ => return None,
        };
        match self.resolve_at(module, method.id(), depth) {
            Value::Qualified(name) if stdlib::is_stdlib_path(&name) => Some(name),
            _ => None,
        }
    }

    /// Whether `class` visibly derives from the standard-library class `base` (through other
    /// classes of the file) and neither it nor those classes define `instead`: then `base`
    /// calls the class's own version of a method it calls only when `instead` is missing.
    pub fn derives_without(&self, class: ClassId, base: &str, instead: &str) -> bool {
        let mut derives = false;
        let mut queue = vec![class];
        let mut seen = Vec::new();
        while let Some(current) = queue.pop() {
            if seen.contains(&current) || seen.len() > MAX_CLASSES {
                continue;
            }
            seen.push(current);
            let info = &self.classes[current];
            if info.names.contains(instead) {
                return false;
            }
            for node in &info.bases {
                match self.resolve(*node, info.scope) {
                    Value::LocalClass(local) => queue.push(local),
                    Value::Qualified(name) => derives |= stdlib::is_subclass(&name, base),
                    _ => {}
                }
            }
        }
        derives
    }

    /// `typing.cast(C, x)` is an instance of `C`; `cast(List[C], x)` (or `"List[C]"`, and the
    /// other sequences) a list of them: what the programmer says `x` is.
    fn cast_value(&self, call: Node<'t>, scope: ScopeId, depth: u8) -> Option<Value> {
        let arguments: Vec<Node<'t>> = crate::syntax::named_children(call.field(Field::Arguments)?)
            .into_iter()
            .filter(|argument| argument.kind_name() != "comment")
            .collect();
        let [spelled, _] = arguments.as_slice() else {
            return None;
        };
        let (items, class) = match spelled.kind_name() {
            "string" => {
                let spelled = crate::syntax::string_value(*spelled, self.source)?.trim();
                let (items, inner) = match spelled.strip_suffix(']').and_then(|rest| rest.split_once('[')) {
                    Some((outer, inner)) if is_sequence(outer) => (true, inner.trim()),
                    Some(_) => return None,
                    None => (false, spelled),
                };
                (items, self.dotted_value(inner, call.start_byte(), scope, depth)?)
            }
            "subscript" => {
                let outer = spelled.field(Field::Value)?;
                let inner = spelled.field(Field::Subscript)?;
                if !is_sequence(text(outer, self.source)) {
                    return None;
                }
                (true, self.resolve_at(inner, scope, depth))
            }
            _ => (false, self.resolve_at(*spelled, scope, depth)),
        };
        let instance = match class {
            Value::Qualified(_) | Value::LocalClass(_) => self.call_value(class, scope),
            _ => return None,
        };
        match (items, instance) {
            (false, instance @ (Value::Instance(_) | Value::LocalInstance(_))) => Some(instance),
            (true, Value::Instance(class)) => Some(Value::ItemsOf(class)),
            _ => None,
        }
    }

    /// What a dotted name spelled in a string (`"ast.Num"`) refers to where `offset` is.
    fn dotted_value(&self, dotted: &str, offset: usize, scope: ScopeId, depth: u8) -> Option<Value> {
        let mut parts = dotted.split('.');
        let is_name = |part: &str| {
            part.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && part.chars().all(|c| c.is_alphanumeric() || c == '_')
        };
        let root = parts.next().filter(|root| is_name(root))?;
        let mut value = self.resolve_name(root, offset, scope, depth + 1);
        for part in parts {
            if !is_name(part) {
                return None;
            }
            value = self.attribute_value(&value, part, depth + 1);
        }
        Some(value)
    }

    fn resolve_name(&self, name: &str, offset: usize, scope: ScopeId, depth: u8) -> Value {
        let Some((binding_scope, binding)) = self.lookup(name, scope, offset) else {
            if matches!(name, "self" | "cls") {
                return Value::OrphanReceiver;
            }
            // What a star import binds (`from datetime import *`, then `datetime.utcnow()`).
            if let Some(bound) = self.star_imported_name(name) {
                return Value::Qualified(bound);
            }
            return Value::Qualified(format!("builtins.{name}"));
        };
        let Some(binding) = self.live_binding(name, binding_scope, binding, offset) else {
            return Value::Unknown;
        };
        match &binding.kind {
            // An instance another module of the project binds (`from .utils import log`).
            BindingKind::Import(qualified) => match self.project.instance(qualified) {
                Some(class) => Value::Instance(class.to_string()),
                None => Value::Qualified(qualified.clone()),
            },
            BindingKind::Class(class) => Value::LocalClass(*class),
            BindingKind::Receiver(class) => Value::LocalInstance(*class),
            BindingKind::UnknownReceiver => Value::OrphanReceiver,
            BindingKind::Value(value) => match self.resolve_at(*value, binding_scope, depth) {
                // A handler of a `try` whose body rebinds the name and goes on may see either
                // value: the one before the `try` when nothing is known of the other.
                Value::Unknown if self.try_body_position(*value, offset) == Some(false) => self
                    .parent(*value)
                    .and_then(|assignment| self.pick(binding_scope, name, assignment.start_byte(), false))
                    .and_then(|earlier| match earlier.kind {
                        BindingKind::Value(earlier) => {
                            Some(self.resolve_at(earlier, binding_scope, depth + 1))
                        }
                        _ => None,
                    })
                    .unwrap_or(Value::Unknown),
                known => known,
            },
            BindingKind::ItemOf(iterable) => match self.resolve_at(*iterable, binding_scope, depth) {
                Value::ItemsOf(class) => Value::Instance(class),
                Value::Instance(class) => {
                    produced(&format!("{class}.__iter__"), &class).unwrap_or(Value::Unknown)
                }
                _ => Value::Unknown,
            },
            BindingKind::Entered(manager) => match self.resolve_at(*manager, binding_scope, depth) {
                Value::Instance(class) if stdlib::enters_as_itself(&class) => Value::Instance(class),
                _ => Value::Unknown,
            },
            BindingKind::Dispatched(class, row) => {
                if self.derives_without(*class, row.base, row.instead) {
                    Value::Instance(row.argument.to_string())
                } else {
                    Value::Unknown
                }
            }
            // A parameter: the class every call in the file passes it (see `call_sites.rs`).
            BindingKind::Opaque if binding_scope != self.module => {
                self.parameter_from_call_sites(binding_scope, name, binding.offset, depth)
            }
            BindingKind::Function(_) | BindingKind::Opaque => Value::Unknown,
        }
    }

    /// Where `value`, the value of an assignment statement in the body of a `try` (or in
    /// `if`/`elif`/`else` branches there), lies when `use_at` is in a handler of that `try`:
    /// `Some(true)` when it is the last thing the body runs (the handler runs when the body raised,
    /// before the assignment stored anything, so there the name holds what it held before),
    /// `Some(false)` when more statements follow it (the handler may see either value), `None`
    /// elsewhere. Ex) `data` in `except AttributeError: data.tostring()` after `try: data =
    /// data.tobytes()` (last).
    fn try_body_position(&self, value: Node<'t>, use_at: usize) -> Option<bool> {
        let mut statement = self
            .parent(value)
            .filter(|node| node.kind_name() == "assignment")
            .and_then(|assignment| self.parent(assignment))
            .filter(|node| node.kind_name() == "expression_statement" && node.end_byte() <= use_at)?;
        let mut last = true;
        // Up through the `if`/`elif`/`else` branches the statement ends, to the `try` body.
        for _ in 0..MAX_DEPTH {
            let block = self.parent(statement).filter(|node| node.kind_name() == "block")?;
            let owner = self.parent(block)?;
            let next = match owner.kind_name() {
                "try_statement" | "if_statement" => Some(owner),
                "elif_clause" | "else_clause" => {
                    self.parent(owner).filter(|node| node.kind_name() == "if_statement")
                }
                _ => None,
            }?;
            // The statement is the block's last (comments after it aside).
            let mut after = statement.next_named_sibling();
            while let Some(node) =
                after.filter(|node| matches!(node.kind_name(), "comment" | "line_continuation"))
            {
                after = node.next_named_sibling();
            }
            last &= after.is_none();
            if owner.kind_name() == "try_statement" {
                let in_handler = crate::syntax::named_children(owner).iter().any(|clause| {
                    matches!(clause.kind_name(), "except_clause" | "except_group_clause")
                        && clause.byte_range().contains(&use_at)
                });
                return in_handler.then_some(last);
            }
            statement = next;
        }
        None
    }

    /// `binding`, or when it is an assignment in a branch no target runs
    /// ([`SemanticModel::assigned_where_no_target_runs`]), the binding of `name` before it in
    /// the same scope (`None` when there is none: on Python 3 the name is unbound there). A use
    /// at `use_at` inside that branch reads the branch's own binding. An import in such a branch
    /// gives way to an earlier binding the same way, and stays when there is none.
    /// Ex) `if PY3: import configparser` / `else: import ConfigParser as configparser`.
    pub(super) fn live_binding<'m>(
        &'m self,
        name: &str,
        scope: ScopeId,
        mut binding: &'m Binding<'t>,
        use_at: usize,
    ) -> Option<&'m Binding<'t>> {
        for _ in 0..MAX_DEAD_BRANCHES {
            if let BindingKind::Import(_) = binding.kind {
                // An import in a branch no target runs, with an earlier binding of the name: the
                // name is that binding's (alone, the import stays what the name is bound to).
                let Some(branch) = self.branch_imports.get(&binding.offset) else {
                    return Some(binding);
                };
                if !self.branch_runs_nowhere(*branch, scope, use_at) {
                    return Some(binding);
                }
                let Some(earlier) = self.pick(scope, name, branch.block.start_byte(), false) else {
                    return Some(binding);
                };
                binding = earlier;
                continue;
            }
            let BindingKind::Value(value) = binding.kind else {
                return Some(binding);
            };
            if !self.assigned_where_no_target_runs(value, scope, use_at)
                && self.try_body_position(value, use_at) != Some(true)
            {
                return Some(binding);
            }
            let assignment = self.parent(value)?;
            binding = self.pick(scope, name, assignment.start_byte(), false)?;
        }
        None
    }

    /// What a call of a [`stdlib::ModeDependent`] function makes: it depends on the mode passed.
    fn opened(&self, call: Node<'t>, rule: &stdlib::ModeDependent) -> Value {
        let Some(arguments) = call.field(Field::Arguments) else {
            return Value::Unknown;
        };
        let mut positional = 0;
        let mut mode = None;
        for argument in crate::syntax::named_children(arguments) {
            match argument.kind_name() {
                "comment" => {}
                "keyword_argument" => {
                    let is_mode =
                        argument.field(Field::Name).is_some_and(|name| text(name, self.source) == "mode");
                    if is_mode {
                        mode = argument.field(Field::Value);
                    }
                }
                // `*args` or `**kwargs` may hold the mode.
                "list_splat" | "dictionary_splat" => return Value::Unknown,
                _ => {
                    if positional == rule.position {
                        mode = Some(argument);
                    }
                    positional += 1;
                }
            }
        }
        let class = match mode {
            None => rule.default,
            Some(mode) => crate::syntax::string_value(mode, self.source)
                .and_then(|mode| rule.modes.iter().find(|(known, _)| *known == mode))
                .map(|(_, class)| *class),
        };
        class.map_or(Value::Unknown, |class| Value::Instance(class.to_string()))
    }

    pub(super) fn call_value(&self, callee: Value, scope: ScopeId) -> Value {
        match callee {
            Value::Qualified(name) if name == "builtins.super" => {
                self.enclosing_class(scope).map_or(Value::Unknown, Value::Super)
            }
            Value::Qualified(name) => {
                if let Some(value) = produced(&format!("{name}()"), &name) {
                    return value;
                }
                if stdlib::is_lookalike_producer(&name) {
                    return Value::Foreign;
                }
                let qualified = QualifiedName::new(&name);
                let is_builtin = qualified.strip_prefix("builtins").is_some();
                if qualified.last().starts_with(|c: char| c.is_ascii_uppercase()) && !is_builtin {
                    Value::Instance(name)
                } else {
                    Value::Unknown
                }
            }
            Value::LocalClass(class) => Value::LocalInstance(class),
            Value::Instance(class) => produced(&format!("{class}()"), &class).unwrap_or(Value::Unknown),
            _ => Value::Unknown,
        }
    }

    fn attribute_value(&self, receiver: &Value, attribute: &str, depth: u8) -> Value {
        match receiver {
            Value::Qualified(name) => {
                let qualified = format!("{name}.{attribute}");
                // A name of another module of the project, reached as its attribute
                // (`compat.configparser` after `from . import compat`).
                if let Some(outside) = self.project.attribute(&qualified) {
                    return Value::Qualified(outside.to_string());
                }
                produced(&qualified, name).unwrap_or(Value::Qualified(qualified))
            }
            Value::Instance(class) => {
                let qualified = format!("{class}.{attribute}");
                produced(&qualified, class).unwrap_or(Value::Qualified(qualified))
            }
            Value::LocalClass(_) | Value::LocalInstance(_) | Value::Super(_) => {
                match self.member(receiver, attribute, depth) {
                    Member::Qualified(names) => {
                        names.into_iter().next().map_or(Value::Unknown, Value::Qualified)
                    }
                    Member::DefinedLocally => self.class_attribute(receiver, attribute, depth),
                    _ => Value::Unknown,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// What a call of a function or method of this file returns: the value of its one `return`
    /// (`None` when the callee is not one of this file's functions). A function named like a
    /// standard-library function whose result is known, but returning something else or
    /// nothing visible, makes a [`Value::Foreign`].
    fn local_call(&self, function: Node<'t>, scope: ScopeId, depth: u8) -> Option<Value> {
        let definition = match function.kind_name() {
            // A function of the file (the prefilter keeps the module's functions that the
            // definitions it parses name).
            "identifier" => {
                let name = text(function, self.source);
                match self.lookup(name, scope, function.start_byte())?.1.kind {
                    BindingKind::Function(definition) => definition,
                    _ => return None,
                }
            }
            "attribute" => {
                let object = function.field(Field::Object)?;
                let method = text(function.field(Field::Attribute)?, self.source);
                let class = match self.resolve_at(object, scope, depth) {
                    Value::LocalInstance(class) | Value::LocalClass(class) => class,
                    _ => return None,
                };
                self.local_method(class, method)?
            }
            _ => return None,
        };
        let name = definition.field(Field::Name).map_or("", |name| text(name, self.source));
        let returned = single_return(definition)
            .map_or(Value::Unknown, |value| self.resolve_at(value, definition.id(), depth));
        match returned {
            Value::Unknown if stdlib::is_lookalike_producer(name) => Some(Value::Foreign),
            value => Some(value),
        }
    }

    /// What a class attribute of this file holds where the class body (or a base's in this
    /// file) assigns it once: `cls = Path` makes `self.cls` the class `pathlib.Path`.
    fn class_attribute(&self, receiver: &Value, attribute: &str, depth: u8) -> Value {
        let (Value::LocalClass(class) | Value::LocalInstance(class)) = receiver else {
            return Value::Unknown;
        };
        for current in self.local_lineage(*class) {
            let info = &self.classes[current];
            if info.names.contains(attribute) {
                let scope = info.node.id();
                let bindings = self.bindings.get(&scope).and_then(|names| names.get(attribute));
                return match bindings.map(Vec::as_slice) {
                    Some([Binding { kind: BindingKind::Value(value), .. }]) => {
                        match self.resolve_at(*value, scope, depth) {
                            // Only what a class attribute reads the same from an instance: a
                            // class or module, not a function (which would become a method).
                            Value::Qualified(name) if !name.starts_with("builtins.") => {
                                Value::Qualified(name)
                            }
                            _ => Value::Unknown,
                        }
                    }
                    _ => Value::Unknown,
                };
            }
        }
        Value::Unknown
    }

    /// The method `name` of a class of this file or of its bases in this file.
    pub(super) fn local_method(&self, class: ClassId, name: &str) -> Option<Node<'t>> {
        for current in self.local_lineage(class) {
            let info = &self.classes[current];
            if let Some(method) = info.methods.get(name) {
                return Some(*method);
            }
            if info.names.contains(name) {
                return None;
            }
        }
        None
    }

    /// A class of this file and its bases defined in this file, in the order a name is looked
    /// up in them (depth first, at most 65 classes, each once).
    pub(super) fn local_lineage(&self, class: ClassId) -> Vec<ClassId> {
        let mut queue = vec![class];
        let mut seen = Vec::new();
        while let Some(current) = queue.pop() {
            if seen.contains(&current) || seen.len() > 64 {
                continue;
            }
            seen.push(current);
            let info = &self.classes[current];
            for base in &info.bases {
                if let Value::LocalClass(base) = self.resolve_at(*base, info.scope, MAX_DEPTH - 1) {
                    queue.push(base);
                }
            }
        }
        seen
    }

    /// Where `receiver.attribute` comes from.
    pub fn member_of(&self, receiver: &Value, attribute: &str) -> Member {
        let depth = self.question_depth();
        self.member(receiver, attribute, depth)
    }

    fn member(&self, receiver: &Value, attribute: &str, depth: u8) -> Member {
        match receiver {
            Value::Qualified(name) | Value::Instance(name) => {
                let mut qualified = Vec::new();
                let mut foreign_bases = Vec::new();
                match self.project_member(name, attribute, &mut qualified, &mut foreign_bases) {
                    Some(true) => Member::DefinedLocally,
                    Some(false) if qualified.is_empty() => Member::OnLocalClass { foreign_bases },
                    Some(false) => Member::Qualified(qualified),
                    None => Member::Qualified(with_stdlib_bases(name, attribute)),
                }
            }
            Value::LocalClass(class) | Value::LocalInstance(class) => {
                self.local_member(*class, attribute, false, depth)
            }
            Value::Super(class) => self.local_member(*class, attribute, true, depth),
            Value::OrphanReceiver => Member::OnLocalClass { foreign_bases: Vec::new() },
            Value::Foreign => Member::Foreign,
            _ => Member::Unknown,
        }
    }

    /// Where `attribute` is on `name`, a class of another module of the project: `None` when
    /// `name` is none; `Some(true)` when the class or its bases in the project define it, else
    /// `Some(false)` with the removed names it has through stdlib bases in `qualified` and the
    /// other bases in `foreign_bases`.
    fn project_member(
        &self,
        name: &str,
        attribute: &str,
        qualified: &mut Vec<String>,
        foreign_bases: &mut Vec<String>,
    ) -> Option<bool> {
        let (bases, names) = self.project.class(name)?;
        Some(project_class_member(bases, names, attribute, self.removed.is_removed, qualified, foreign_bases))
    }

    /// Whether a class of the file gets `attribute` from a binding: its own body, a base of the
    /// file, a class of another module of the run, or a third-party test base that defines it
    /// ([`crate::test_bases`]), while none gets the standard library's. A mixin (a class with
    /// no base outside the file) reading an old `unittest` alias on `self` reads it from the
    /// class it is mixed into; where the file's classes get the name from such a binding and
    /// none from `unittest`, the mixin's use is taken to read the binding too.
    ///
    /// Ex) mutagen's `class TMP4Mixin(object)` reading `self.failUnless(...)`, beside `class
    /// TMP4(TestCase)`, whose `TestCase` (its `tests` package) binds `failUnless =
    /// BaseTestCase.assertTrue`.
    pub fn a_class_binds(&self, attribute: &str) -> bool {
        if let Some(&known) = self.class_bindings.borrow().get(attribute) {
            return known;
        }
        let depth = self.question_depth();
        let (mut bound, mut standard) = (false, false);
        for class in 0..self.classes.len() {
            match self.local_member(class, attribute, false, depth) {
                Member::DefinedLocally => bound = true,
                Member::OnLocalClass { foreign_bases } => {
                    bound |= foreign_bases.iter().any(|base| crate::test_bases::defines(base, attribute));
                }
                // A class of the file that gets the standard library's (a `unittest.TestCase`
                // subclass): a mixin may be mixed into it as well.
                Member::Qualified(_) => standard = true,
                Member::Foreign | Member::Unknown => {}
            }
        }
        let binds = bound && !standard;
        self.class_bindings.borrow_mut().insert(attribute.to_string(), binds);
        binds
    }

    /// Follows the bases of a class of this file to where `attribute` is defined.
    fn local_member(&self, class: ClassId, attribute: &str, skip_first: bool, depth: u8) -> Member {
        let mut queue = vec![(class, skip_first)];
        let mut seen = Vec::new();
        let mut qualified = Vec::new();
        let mut foreign_bases = Vec::new();
        while let Some((current, skip)) = queue.pop() {
            if seen.contains(&current) || seen.len() > 64 {
                continue;
            }
            seen.push(current);
            let info = &self.classes[current];
            // The class body binds the name, or a method stores it on the receiver
            // (`self.co_lnotab = b""`).
            if !skip
                && (info.names.contains(attribute)
                    || self.receiver_assignments.contains_key(&(current, attribute)))
            {
                return Member::DefinedLocally;
            }
            for base in &info.bases {
                match self.resolve_at(*base, info.scope, depth + 1) {
                    Value::LocalClass(base_class) => queue.push((base_class, false)),
                    // A class of another module of the project: what it says of itself.
                    Value::Qualified(name) => {
                        match self.project_member(&name, attribute, &mut qualified, &mut foreign_bases) {
                            Some(true) => return Member::DefinedLocally,
                            Some(false) => {}
                            None if name == "builtins.object" => {}
                            None => {
                                let names = with_stdlib_bases(&name, attribute);
                                if names.iter().any(|n| (self.removed.is_removed)(n)) {
                                    qualified.extend(names);
                                } else {
                                    foreign_bases.push(name);
                                }
                            }
                        }
                    }
                    _ => foreign_bases.push(String::new()),
                }
            }
        }
        if qualified.is_empty() {
            Member::OnLocalClass { foreign_bases }
        } else {
            Member::Qualified(qualified)
        }
    }
}

/// Where `attribute` of a class of another module of the project comes from, given its bases
/// outside that module and the removed names it binds ([`super::project::Imported::Class`]):
/// `true` when the class binds it itself; else the qualified names it may be known by through
/// the bases are added to `qualified` when one is a removed API, and the bases to
/// `foreign_bases` when none is.
fn project_class_member(
    bases: &[String],
    names: &[String],
    attribute: &str,
    is_removed: fn(&str) -> bool,
    qualified: &mut Vec<String>,
    foreign_bases: &mut Vec<String>,
) -> bool {
    if names.iter().any(|name| name == attribute) {
        return true;
    }
    for base in bases {
        if base.is_empty() {
            foreign_bases.push(String::new());
            continue;
        }
        let names = with_stdlib_bases(base, attribute);
        if names.iter().any(|name| is_removed(name)) {
            qualified.extend(names);
        } else {
            foreign_bases.push(base.clone());
        }
    }
    false
}

/// The value of the one `return` statement of a function (not counting nested functions and
/// classes), when it has exactly one and that one returns a value.
pub(super) fn single_return(definition: Node<'_>) -> Option<Node<'_>> {
    let body = definition.field(Field::Body)?;
    let mut pending = vec![body];
    let mut found = None;
    let mut visited = 0;
    while let Some(node) = pending.pop() {
        visited += 1;
        if visited > 4096 {
            return None;
        }
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => {}
            "return_statement" => {
                if found.is_some() {
                    return None;
                }
                found = Some(crate::syntax::first_part(node)?);
            }
            _ => pending.extend(crate::syntax::named_children(node)),
        }
    }
    found
}

/// `class.attribute`, then the same attribute on the class's standard-library bases.
///
/// The walk stops at a class that overrides the attribute ([`stdlib::OVERRIDES`]).
fn with_stdlib_bases(class: &str, attribute: &str) -> Vec<String> {
    // A module's attribute may be known by another path (`os.path.splitunc`).
    let mut names = vec![stdlib::canonical_path(&format!("{class}.{attribute}")).into_owned()];
    if let Some(subclass) = stdlib::only_subclass_with(class, attribute) {
        names.push(format!("{subclass}.{attribute}"));
    }
    let mut queue = vec![class.to_string()];
    while let Some(current) = queue.pop() {
        if stdlib::overrides(&current, attribute) || names.len() > 64 {
            continue;
        }
        for base in stdlib::bases_of(&current) {
            names.push(format!("{base}.{attribute}"));
            queue.push(base.to_string());
        }
    }
    names
}

/// What the expression `key` produces, looking `key`'s class up through its stdlib bases.
fn produced(key: &str, class: &str) -> Option<Value> {
    let produce = |key: &str| {
        stdlib::produces(key).map(|produced| match produced {
            Produces::Instance(class) => Value::Instance(class.to_string()),
            Produces::ItemsOf(class) => Value::ItemsOf(class.to_string()),
        })
    };
    if let Some(value) = produce(key) {
        return Some(value);
    }
    let suffix = key.strip_prefix(class)?;
    let mut queue = vec![class.to_string()];
    while let Some(current) = queue.pop() {
        for base in stdlib::bases_of(&current) {
            if let Some(value) = produce(&format!("{base}{suffix}")) {
                return Some(value);
            }
            queue.push(base.to_string());
        }
    }
    None
}

/// Whether a type's outer name (`List`, `typing.Sequence`, `list`) is a sequence of items.
fn is_sequence(outer: &str) -> bool {
    matches!(
        QualifiedName::new(outer.trim()).last(),
        "List" | "list" | "Sequence" | "MutableSequence" | "Iterable" | "Iterator" | "Collection"
    )
}
