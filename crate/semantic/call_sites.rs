//! A parameter's class from the file's call sites: a function whose every call in the file
//! passes the parameter an instance of one known class (nbformat's `to_notebook(self, root)`,
//! called only as `self.to_notebook(ET.fromstring(s))`) sees that class in its body.
//!
//! "Every call site" is trusted only where the file shows every mention of the function's name:
//! each one (found in the text, so code a partial parse left out or a string such as `__all__`
//! counts and stops the inference) is its own `def` or the callee of a call (`f(...)`, or
//! `self.f(...)` in a method of the same class). A mention as a value (`callback=f`,
//! `handlers = [f]`, `obj.f` on another receiver), a decorated definition, another binding of
//! the name, a spread `*args` before the argument's position or a call that leaves the argument
//! out says nothing. A name no call in the file mentions says nothing either (other modules
//! may call it). A `**kwargs` spread after an argument passed by position cannot replace it
//! (Python refuses the call), so it does not stop the inference.

use super::resolve::Value;
use super::{BindingKind, ScopeId, SemanticModel};
use crate::syntax::{self, text, Field, NodeExt};
use tree_sitter::Node;

/// Past this many mentions of a function's name, its parameters are not followed (each costs a
/// descent from the root of the tree to the mention).
const MAX_MENTIONS: usize = 16;

/// Past this many parameters of a file followed to their call sites, the rest are not.
const MAX_PARAMETERS: usize = 256;

/// Where a call passes a parameter: by position (the receiver of a method not counted) or by
/// keyword.
#[derive(Clone, Copy)]
struct Slot<'n> {
    /// The position among the arguments of a call, if the parameter may be passed by position.
    position: Option<usize>,
    /// The parameter's name.
    name: &'n str,
}

impl<'t> SemanticModel<'t> {
    /// The class of the parameter `name` of the function whose scope is `function`, from the
    /// calls of the function in the file: [`Value::Instance`] when every one passes an instance
    /// of that class (see the module's documentation), else [`Value::Unknown`].
    pub(super) fn parameter_from_call_sites(
        &self,
        function: ScopeId,
        name: &str,
        offset: usize,
        depth: u8,
    ) -> Value {
        let key = (function, name.to_string(), depth);
        if let Some(known) = self.call_site_classes.borrow().get(&key) {
            return known.clone().map_or(Value::Unknown, Value::Instance);
        }
        // Each parameter followed costs walks up the tree (tree-sitter finds a node's parent by
        // descending from the root): past a budget a file's parameters are left unknown, so a
        // class of thousands of methods takes linear time.
        let followed = self.call_site_classes.borrow().len();
        let class = if followed < MAX_PARAMETERS {
            self.call_site_class(function, name, offset, depth)
        } else {
            None
        };
        self.call_site_classes.borrow_mut().insert(key, class.clone());
        class.map_or(Value::Unknown, Value::Instance)
    }

    fn call_site_class(&self, function: ScopeId, name: &str, offset: usize, depth: u8) -> Option<String> {
        // The parameter is the function's only binding of the name: a body that rebinds it may
        // hold anything where it is read.
        if self.bindings.get(&function)?.get(name)?.len() != 1 {
            return None;
        }
        let mut definition = self.root.descendant_for_byte_range(offset, offset)?;
        while definition.id() != function {
            definition = self.parent(definition)?;
        }
        if definition.kind_name() != "function_definition" || definition.start_byte() != offset {
            return None;
        }
        // A decorator may change what the function takes (or call it with anything).
        self.parent(definition).filter(|parent| matches!(parent.kind_name(), "block" | "module"))?;
        let method_of = self.scope(function)?.method_of;
        let slot = parameter_slot(definition, name, self.source, method_of.is_some())?;
        let function_name = text(definition.field(Field::Name)?, self.source);
        let mentions = self.mentions_of_function(function_name)?;
        let mentions: Vec<usize> = mentions.iter().copied().filter(|&at| !self.in_comment(at)).collect();
        if mentions.len() > MAX_MENTIONS {
            return None;
        }
        let mut class: Option<String> = None;
        for start in mentions {
            let end = start + function_name.len();
            let node = self.root.descendant_for_byte_range(start, end)?;
            if node.kind_name() != "identifier" || node.start_byte() != start || node.end_byte() != end {
                return None;
            }
            let parent = self.parent(node)?;
            if parent.id() == definition.id() && parent.field(Field::Name) == Some(node) {
                continue;
            }
            let call = self.call_of(node, parent, definition, method_of)?;
            let argument = passed(call, slot, self.source)?;
            let scope = self.scope_around(argument)?;
            match (self.resolve_at(argument, scope, depth + 1), &class) {
                (Value::Instance(found), None) => class = Some(found),
                (Value::Instance(found), Some(known)) if &found == known => {}
                _ => return None,
            }
        }
        class
    }

    /// The call whose callee is the mention `node` (its parent `parent`) of `definition`'s name:
    /// `f(...)` naming that very function, or `self.f(...)` in a method of its class.
    fn call_of(
        &self,
        node: Node<'t>,
        parent: Node<'t>,
        definition: Node<'t>,
        method_of: Option<super::ClassId>,
    ) -> Option<Node<'t>> {
        let name = text(node, self.source);
        match method_of {
            None => {
                let call = parent.filter_kind("call")?;
                (call.field(Field::Function)? == node).then_some(())?;
                let scope = self.scope_around(node)?;
                let (_, binding) = self.lookup(name, scope, node.start_byte())?;
                match binding.kind {
                    BindingKind::Function(bound) if bound.id() == definition.id() => Some(call),
                    _ => None,
                }
            }
            Some(class) => {
                let attribute = parent.filter_kind("attribute")?;
                (attribute.field(Field::Attribute)? == node).then_some(())?;
                let call = self.parent(attribute)?.filter_kind("call")?;
                (call.field(Field::Function)? == attribute).then_some(())?;
                let receiver = attribute.field(Field::Object)?.filter_kind("identifier")?;
                let scope = self.scope_around(receiver)?;
                let (_, binding) = self.lookup(text(receiver, self.source), scope, receiver.start_byte())?;
                match binding.kind {
                    BindingKind::Receiver(bound) if bound == class => Some(call),
                    _ => None,
                }
            }
        }
    }

    /// The scope `node` is evaluated in: the innermost enclosing node that opens one.
    fn scope_around(&self, node: Node<'t>) -> Option<ScopeId> {
        let mut current = self.parent(node)?;
        loop {
            if self.scopes.contains_key(&current.id()) {
                return Some(current.id());
            }
            current = self.parent(current)?;
        }
    }
}

/// `Some(node)` when `node` is of kind `kind`.
trait FilterKind: Sized {
    fn filter_kind(self, kind: &str) -> Option<Self>;
}

impl FilterKind for Node<'_> {
    fn filter_kind(self, kind: &str) -> Option<Self> {
        (self.kind_name() == kind).then_some(self)
    }
}

/// Where calls pass the parameter `name` of `definition`: its position (after the receiver of
/// a method) unless it is keyword-only. `None` for a parameter that is not a plain one (`*args`,
/// `**kwargs`) or in a signature with `/` (positional-only parameters take no keyword).
fn parameter_slot<'n>(definition: Node<'_>, name: &'n str, source: &str, method: bool) -> Option<Slot<'n>> {
    let parameters = definition.field(Field::Parameters)?;
    let mut position = Some(0usize);
    for parameter in syntax::named_children(parameters) {
        let spelled = match parameter.kind_name() {
            "identifier" => Some(parameter),
            "default_parameter" | "typed_default_parameter" => parameter.field(Field::Name),
            "typed_parameter" => syntax::named_children(parameter)
                .into_iter()
                .next()
                .filter(|first| first.kind_name() == "identifier"),
            "comment" => continue,
            "positional_separator" => return None,
            _ => {
                // `*args`, `*` or `**kwargs`: what follows is keyword-only.
                position = None;
                None
            }
        };
        match spelled {
            Some(spelled) if text(spelled, source) == name => {
                let position = match (position, method) {
                    (Some(0), true) => return None,
                    (Some(at), true) => Some(at - 1),
                    (at, _) => at,
                };
                return Some(Slot { position, name });
            }
            Some(_) => position = position.map(|at| at + 1),
            None => {}
        }
    }
    None
}

/// The argument `call` passes in `slot`: by position, with no `*args` spread before it, or by
/// keyword. `None` when the call leaves it out (or may pass it in a spread).
fn passed<'t>(call: Node<'t>, slot: Slot<'_>, source: &str) -> Option<Node<'t>> {
    let arguments = call.field(Field::Arguments)?;
    if arguments.kind_name() != "argument_list" {
        return None;
    }
    let mut index = 0;
    for argument in syntax::named_children(arguments) {
        match argument.kind_name() {
            "comment" => {}
            "keyword_argument" => {
                if argument.field(Field::Name).is_some_and(|key| text(key, source) == slot.name) {
                    return argument.field(Field::Value);
                }
            }
            "list_splat" => return None,
            "dictionary_splat" => {}
            _ => {
                if slot.position == Some(index) {
                    return Some(argument);
                }
                index += 1;
            }
        }
    }
    None
}
