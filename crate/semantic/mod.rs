//! The semantic model of one file: scopes, the names bound in them, and the classes defined.
//!
//! It is built by one walk over the tree ([`SemanticModel::build`]) and then answers what a name
//! or an expression refers to ([`resolve`]), and whether code is guarded ([`guards`]).

mod call_sites;
pub mod definitions;
mod fall_through;
mod flow;
pub mod guards;
mod instance;
pub mod narrowing;
pub mod project;
mod reached;
mod replaced;
pub mod resolve;
mod stand_ins;
mod star_imports;
pub mod version_check;

use crate::hash::{HashMap, HashSet};
use crate::qualified_name::QualifiedName;
use crate::stdlib::canonical_path;
use crate::syntax::{self, text, Descend, Kind, KindId, Visitor};
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// Identifies a scope by the id of the node that opens it (the module, a function, a class...).
pub type ScopeId = usize;

/// Index of a class in [`SemanticModel::classes`].
pub type ClassId = usize;

/// What kind of scope a node opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A function, lambda or comprehension.
    Function,
}

/// The scope a node of kind `kind` opens, if it opens one (by [`Kind`], not by name: this runs
/// on every node of both walks).
pub fn scope_kind(kind: Kind) -> Option<ScopeKind> {
    match kind {
        Kind::Module => Some(ScopeKind::Module),
        Kind::ClassDefinition => Some(ScopeKind::Class),
        Kind::FunctionDefinition | Kind::Lambda | Kind::Comprehension => Some(ScopeKind::Function),
        _ => None,
    }
}

/// A scope and where it sits.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What kind of scope it is.
    pub kind: ScopeKind,
    /// The enclosing scope (`None` for the module).
    pub parent: Option<ScopeId>,
    /// For a function defined directly in a class body: that class.
    pub method_of: Option<ClassId>,
    /// Names declared `global` in this scope.
    pub globals: HashSet<String>,
}

/// What a name is bound to.
#[derive(Clone, Debug)]
pub enum BindingKind<'t> {
    /// A module or a name imported from one, by qualified name.
    /// Ex) `import a.b as c` binds `c` to `a.b`; `import a.b` binds `a` to `a`;
    /// `from a import b` binds `b` to `a.b`; `from . import b` binds `b` to `.b`.
    Import(String),
    /// A class defined in this file. Ex) `class Finder: ...`.
    Class(ClassId),
    /// The value of an expression. Ex) `p = Path(x)`.
    Value(Node<'t>),
    /// An item of an iterable. Ex) `for finder in sys.meta_path:`.
    ItemOf(Node<'t>),
    /// The target of a `with` item: what the context manager's `__enter__` returns.
    /// Ex) `with gzip.open(f) as g:` binds `g` to what entering `gzip.open(f)` gives.
    Entered(Node<'t>),
    /// The first parameter of a method: the instance (or class). Ex) `def test(self):`.
    Receiver(ClassId),
    /// A first parameter named `self` or `cls` of a function that is not (visibly) a method:
    /// a helper taking a test case, or a method whose class the parser lost in broken code.
    /// Ex) `def check_mapping(self, mapping):` at module level.
    UnknownReceiver,
    /// The first parameter after the receiver of a method that a standard-library base class
    /// calls with an object of a known class ([`crate::stdlib::DISPATCHED_METHODS`]), if the class
    /// derives from that base. Ex) `node` in `def visit_Str(self, node):` of a `NodeVisitor`.
    Dispatched(ClassId, &'static crate::stdlib::DispatchedMethod),
    /// A function defined in this file (its `function_definition`). Ex) `def make(): ...`.
    Function(Node<'t>),
    /// Anything else: a parameter, an exception, a `with` target...
    Opaque,
}

/// One binding of a name.
#[derive(Clone, Debug)]
pub struct Binding<'t> {
    /// The byte offset from which the binding is in effect.
    pub offset: usize,
    /// What the name is bound to.
    pub kind: BindingKind<'t>,
}

/// A class defined in the file.
#[derive(Clone, Debug)]
pub struct Class<'t> {
    /// The `class_definition` node.
    pub node: Node<'t>,
    /// The class's name.
    pub name: &'t str,
    /// The scope the class statement is in (where its bases are evaluated).
    pub scope: ScopeId,
    /// The base class expressions (keyword arguments such as `metaclass=` left out).
    pub bases: Vec<Node<'t>>,
    /// The methods defined in the class body, by name.
    pub methods: HashMap<&'t str, Node<'t>>,
    /// Every name the class body binds (methods, attributes, nested classes).
    pub names: HashSet<&'t str>,
}

/// An assignment to an attribute of a method's receiver. Ex) `self.parser = ...` in `setUp`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ReceiverAssignment<'t> {
    /// The method (its `function_definition`).
    pub method: Node<'t>,
    /// The assignment (or augmented assignment).
    pub assignment: Node<'t>,
    /// The value assigned, when the attribute is the whole target of a plain assignment
    /// (`None` in a tuple target, a chain `a = b = x` or `+=`: what it holds is not known).
    pub value: Option<Node<'t>>,
}

/// The scopes, bindings and classes of one file.
pub struct SemanticModel<'t> {
    /// The source text.
    pub source: &'t str,
    /// The module's scope id.
    pub module: ScopeId,
    scopes: HashMap<ScopeId, Scope>,
    bindings: HashMap<ScopeId, HashMap<&'t str, Vec<Binding<'t>>>>,
    /// The imports that sit directly in a branch of an `if` statement, by the offset of the
    /// bindings they make (their end): a branch no target runs binds nothing there (see
    /// `resolve.rs`, `live_binding`). Ex) `else: import ConfigParser as configparser`.
    branch_imports: HashMap<usize, version_check::Branch<'t>>,
    /// The classes, in source order.
    pub classes: Vec<Class<'t>>,
    class_ids: HashMap<usize, ClassId>,
    /// The assignments to attributes of methods' receivers (`self.x = ...`, `cls.x = ...`), by
    /// the method's class and the attribute's name.
    receiver_assignments: HashMap<(ClassId, &'t str), Vec<ReceiverAssignment<'t>>>,
    /// Calls that add something to `sys.meta_path` or `sys.path_hooks`: the added expressions.
    pub hook_registrations: Vec<(Registry, Node<'t>, ScopeId)>,
    /// The comments, in source order.
    pub comments: Vec<Node<'t>>,
    /// What the model asks about removed APIs, answered by the caller.
    pub removed: RemovedApis,
    /// What the project's other modules say about the names this file imports from them
    /// (empty when the file is checked alone).
    pub project: project::ProjectImports,
    /// What the guards worked out about each `if` statement with `elif`/`else` branches,
    /// by the statement's node id (once per statement, not once per finding in a branch).
    if_chains: std::cell::RefCell<HashMap<usize, std::rc::Rc<guards::IfChain<'t>>>>,
    /// The values of names read in version checks (see `version_check.rs`).
    flags: std::cell::RefCell<version_check::FlagMemo>,
    /// What the resolver worked out, by expression node id and scope (see `resolve.rs`).
    resolved: std::cell::RefCell<resolve::Memo>,
    /// The statements of each block the guards looked into, by the block's node id: listed once
    /// per block, not once per finding in it (see `flow.rs`).
    statements: std::cell::RefCell<HashMap<usize, std::rc::Rc<Vec<Node<'t>>>>>,
    /// For each method body, the statements that may call the base class's method of the same
    /// name (see `instance.rs`), listed once.
    base_calls: std::cell::RefCell<HashMap<usize, std::rc::Rc<Vec<usize>>>>,
    /// Whether the module has `from __future__ import annotations` (see `guards.rs`), looked
    /// for once.
    postpones_annotations: std::cell::OnceCell<bool>,
    /// What the guards worked out about handlers that let execution go on without the names
    /// a failed statement binds (see `fall_through.rs`).
    fall_through: std::cell::RefCell<fall_through::FallThrough>,
    /// Why each function never runs on a target (see `replaced.rs`), by the definition's node
    /// id and the target: worked out once per function, not once per finding in it.
    replaced: std::cell::RefCell<HashMap<(usize, crate::version::PythonVersion), Option<String>>>,
    /// Where the name of a function the file defines is spelled (see `replaced.rs`), by name,
    /// found when first asked (`None`: no function has that name).
    mentions: std::cell::RefCell<HashMap<&'t str, Option<std::rc::Rc<Vec<usize>>>>>,
    /// Why each function is reached only from code no target runs (see `reached.rs`), by the
    /// definition's node id.
    reached: std::cell::RefCell<HashMap<usize, Option<String>>>,
    /// Where the body of a `try` first imports a module (see `guards.rs`), by the body's node
    /// id and the module: found once per body and module, not once per use in the body.
    try_body_imports: std::cell::RefCell<HashMap<usize, HashMap<String, Option<usize>>>>,
    /// Whether a `try` body makes its handlers a fallback for a use of a symbol (see
    /// `guards.rs`), by the `try` statement's node id, how the use fails, the symbol and the
    /// target: found once per statement, not once per use in a handler.
    try_body_fallbacks:
        std::cell::RefCell<HashMap<(usize, guards::HandlerUse, String, crate::version::PythonVersion), bool>>,
    /// Whether some class of the file gets an attribute from a binding of its own or of its
    /// bases (see `SemanticModel::a_class_binds`), by the attribute: found once per name, not
    /// once per use in a mixin.
    class_bindings: std::cell::RefCell<HashMap<String, bool>>,
    /// The spans of every comment of the source, also where a partial parse left its code out
    /// (see `reached.rs`), found when first asked.
    comment_spans: std::cell::OnceCell<Vec<std::ops::Range<usize>>>,
    /// The names a `def` binds in any scope (see `replaced.rs`), listed when first asked.
    function_names: std::cell::OnceCell<HashSet<&'t str>>,
    /// The names each statement reads as it runs (see `replaced.rs`), by its node id: worked
    /// out once per statement, not once per function defined before it.
    names_read: std::cell::RefCell<HashMap<usize, std::rc::Rc<HashSet<&'t str>>>>,
    /// The root of the tree.
    root: Node<'t>,
    /// The statements of a block that spell or bind a function's name (see `replaced.rs`), by
    /// the block's node id and the name.
    statements_naming: std::cell::RefCell<HashMap<BlockAndName<'t>, std::rc::Rc<Vec<usize>>>>,
    /// The class every call in the file passes to a function's parameter (see
    /// `call_sites.rs`), by the function's scope, the parameter and the resolver's depth:
    /// worked out once per parameter, not once per read of it.
    call_site_classes: std::cell::RefCell<HashMap<(ScopeId, String, u8), Option<String>>>,
    /// The modules the file star-imports (see `star_imports.rs`), found when first asked.
    star_imports: std::cell::OnceCell<star_imports::StarImports<'t>>,
    /// Whether some `from M import *` is anywhere in the tree (noted as the model is built):
    /// without one, [`SemanticModel::star_imported_modules`] looks for none.
    has_star_import: bool,
    /// Each node's parent as [`SemanticModel::parent`] found it, by the node's id: `parent()`
    /// descends from the root at every call, and the resolver climbs from the same bindings'
    /// values for many uses.
    parents: std::cell::RefCell<HashMap<usize, Option<Node<'t>>>>,
    /// The skip decorators of each decorated definition (see `flow.rs`), by its node id.
    skips: std::cell::RefCell<HashMap<usize, std::rc::Rc<Vec<flow::Skip<'t>>>>>,
}

/// A block (by its node id) and a name spelled in it: the key of
/// `SemanticModel::statements_naming`.
type BlockAndName<'t> = (usize, &'t str);

/// What the semantic model asks about removed APIs. The model knows nothing of them: whoever
/// builds it passes these lookups in (the checker passes the catalogue's).
#[derive(Clone, Copy, Debug)]
pub struct RemovedApis {
    /// Whether a qualified name is a removed API. Ex) `pathlib.Path.link_to`.
    pub is_removed: fn(&str) -> bool,
    /// The removed API that a dotted path names or lies inside, shortest first.
    /// Ex) `distutils.command.build` -> `distutils`.
    pub removed_within: fn(&str) -> Option<&'static str>,
    /// Whether a removed API's name (its last segment) is `name`. Ex) `readfp`.
    pub is_removed_name: fn(&str) -> bool,
    /// The version that removes the API with this qualified name, if one does.
    /// Ex) `ast.Bytes` -> 3.14.
    pub removed_in: fn(&str) -> Option<crate::version::PythonVersion>,
    /// Whether the replacement the catalogue gives for the removed API `symbol` names `name`
    /// (as a whole word): a newer API whose presence says the old one is superseded.
    /// Ex) `ssl.wrap_socket`, `create_default_context`.
    pub replacement_names: fn(&str, &str) -> bool,
    /// Whether two APIs of the same parent are deprecated and removed together (the same kind,
    /// the same versions): where the second is missing, so is the first.
    /// Ex) `sys.last_value`, `sys.last_type`.
    pub removed_together: fn(&str, &str) -> bool,
}

/// An import-system registry that finders and hooks are added to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registry {
    /// `sys.meta_path`: meta path finders.
    MetaPath,
    /// `sys.path_hooks`: callables returning path entry finders.
    PathHooks,
}

impl<'t> SemanticModel<'t> {
    /// Builds the model of a parsed file.
    pub fn build(root: Node<'t>, source: &'t str, removed: RemovedApis) -> Self {
        Self::build_over(root, &syntax::Preorder::new(root), source, removed)
    }

    /// Builds the model of a parsed file from its nodes recorded under `root` (which the
    /// checker then walks again without moving a tree cursor).
    pub fn build_over(
        root: Node<'t>,
        nodes: &syntax::Preorder<'t>,
        source: &'t str,
        removed: RemovedApis,
    ) -> Self {
        Self::build_in_project(root, nodes, source, removed, project::ProjectImports::default())
    }

    /// [`SemanticModel::build_over`] for a file of a project: names imported from the project's
    /// other modules are bound to what `project` says they are.
    pub fn build_in_project(
        root: Node<'t>,
        nodes: &syntax::Preorder<'t>,
        source: &'t str,
        removed: RemovedApis,
        project: project::ProjectImports,
    ) -> Self {
        let mut builder = Builder {
            model: SemanticModel {
                source,
                module: root.id(),
                scopes: HashMap::default(),
                bindings: HashMap::default(),
                branch_imports: HashMap::default(),
                classes: Vec::new(),
                class_ids: HashMap::default(),
                receiver_assignments: HashMap::default(),
                hook_registrations: Vec::new(),
                comments: Vec::new(),
                removed,
                project,
                if_chains: Default::default(),
                flags: Default::default(),
                resolved: Default::default(),
                statements: Default::default(),
                base_calls: Default::default(),
                postpones_annotations: Default::default(),
                star_imports: Default::default(),
                has_star_import: false,
                parents: Default::default(),
                call_site_classes: Default::default(),
                fall_through: Default::default(),
                replaced: Default::default(),
                comment_spans: Default::default(),
                function_names: Default::default(),
                reached: Default::default(),
                try_body_imports: Default::default(),
                try_body_fallbacks: Default::default(),
                class_bindings: Default::default(),
                mentions: Default::default(),
                names_read: Default::default(),
                root,
                statements_naming: Default::default(),
                skips: Default::default(),
            },
            scope_stack: Vec::new(),
            tried: HashMap::default(),
        };
        nodes.replay(&mut builder);
        builder.model
    }

    /// The scope opened by a node.
    pub fn scope(&self, id: ScopeId) -> Option<&Scope> {
        self.scopes.get(&id)
    }

    /// How many bindings of `name` the file makes, in all its scopes (imports, assignments,
    /// definitions, parameters, ...). Ex) 1 for `Text` in `from typing import Text` alone.
    pub fn binding_count(&self, name: &str) -> usize {
        self.bindings.values().filter_map(|names| names.get(name)).map(Vec::len).sum()
    }

    /// The class defined by a `class_definition` node.
    pub fn class_of_node(&self, node: Node<'_>) -> Option<ClassId> {
        self.class_ids.get(&node.id()).copied()
    }

    /// The class whose body is the scope `scope`, if it is a class body.
    pub fn class_of_scope(&self, scope: ScopeId) -> Option<ClassId> {
        let info = self.scopes.get(&scope)?;
        (info.kind == ScopeKind::Class).then(|| self.class_ids.get(&scope).copied()).flatten()
    }

    /// `node`'s parent, remembered: tree-sitter finds it by descending from the root, and the
    /// resolver asks again for the same nodes (a binding's value, for each use of the name).
    pub(super) fn parent(&self, node: Node<'t>) -> Option<Node<'t>> {
        if let Some(known) = self.parents.borrow().get(&node.id()) {
            return *known;
        }
        let parent = node.parent();
        self.parents.borrow_mut().insert(node.id(), parent);
        parent
    }

    /// The binding that a use of `name` at `offset` in scope `scope` refers to, following
    /// Python's rules: the function's own names, then enclosing functions, then the module
    /// (class bodies are skipped from nested functions), with `global` declarations honoured.
    pub fn lookup(&self, name: &str, scope: ScopeId, offset: usize) -> Option<(ScopeId, &Binding<'t>)> {
        let mut current = scope;
        let mut own_scope = true;
        loop {
            let info = self.scopes.get(&current)?;
            if info.globals.contains(name) {
                let binding = self.pick(self.module, name, offset, info.kind == ScopeKind::Function)?;
                return Some((self.module, binding));
            }
            let visible = own_scope || info.kind != ScopeKind::Class;
            if visible {
                let late_use = !own_scope || info.kind == ScopeKind::Function;
                if let Some(binding) = self.pick(current, name, offset, late_use) {
                    return Some((current, binding));
                }
            }
            current = info.parent?;
            own_scope = false;
        }
    }

    fn pick(&self, scope: ScopeId, name: &str, offset: usize, late_use: bool) -> Option<&Binding<'t>> {
        let bindings = self.bindings.get(&scope)?.get(name)?;
        bindings.iter().rev().find(|binding| binding.offset <= offset).or_else(|| {
            if late_use {
                bindings.last()
            } else {
                None
            }
        })
    }

    /// The class whose method body `scope` is, if any (also from inside nested functions).
    pub fn enclosing_class(&self, scope: ScopeId) -> Option<ClassId> {
        let mut current = scope;
        loop {
            let info = self.scopes.get(&current)?;
            if let Some(class) = info.method_of {
                return Some(class);
            }
            current = info.parent?;
        }
    }
}

struct Builder<'t> {
    model: SemanticModel<'t>,
    scope_stack: Vec<ScopeId>,
    /// What each `try` body imports ([`tried_imports`]), by the body's node id: listed once
    /// per body, not once per import in its handlers.
    tried: HashMap<usize, std::rc::Rc<Vec<TriedImport<'t>>>>,
}

/// A name an import of a `try` body binds, the module it comes from and what it is bound to
/// (`None`: what the file cannot know).
type TriedImport<'t> = (&'t str, String, Option<String>);

impl<'t> Builder<'t> {
    fn current_scope(&self) -> ScopeId {
        self.scope_stack.last().copied().unwrap_or(self.model.module)
    }

    fn bind(&mut self, scope: ScopeId, name: &'t str, offset: usize, kind: BindingKind<'t>) {
        if name.is_empty() {
            return;
        }
        self.model.bindings.entry(scope).or_default().entry(name).or_default().push(Binding { offset, kind });
    }

    fn bind_targets(&mut self, target: Node<'t>, offset: usize, value: Option<Node<'t>>) {
        let scope = self.current_scope();
        let source = self.model.source;
        match target.kind_name() {
            "identifier" => {
                let kind = value.map_or(BindingKind::Opaque, BindingKind::Value);
                self.bind(scope, text(target, source), offset, kind);
            }
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "expression_list"
            | "tuple"
            | "list"
            | "list_splat_pattern"
            | "parenthesized_expression" => {
                // Bounded by the source: targets are never deep in real code, and a pathological
                // one only costs a few bindings.
                // An attribute or a subscript in it stores on its object and binds no name.
                // Ex) `exc_type, value, sys.last_traceback = sys.exc_info()` leaves `sys` alone.
                let mut stack = vec![target];
                while let Some(node) = stack.pop() {
                    if syntax::kind(node) == Kind::Identifier {
                        self.bind(scope, text(node, source), offset, BindingKind::Opaque);
                    } else if matches!(node.kind_name(), "attribute" | "subscript") {
                        continue;
                    } else if stack.len() < 1024 {
                        stack.extend(syntax::named_children(node));
                    }
                }
            }
            _ => {}
        }
    }

    fn enter_import(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) {
        let scope = self.current_scope();
        let offset = node.end_byte();
        let source = self.model.source;
        // A Python 2 fallback for a name the `try` imported binds nothing on Python 3:
        // `try: import configparser` / `except ImportError: import ConfigParser as configparser`.
        let modules = import_modules(node, source);
        let python2 = modules
            .iter()
            .all(|module| crate::stdlib::is_python2_module(module) || crate::stdlib::is_backport(module));
        // Nor does a fallback to a module the standard library has since removed, for a name the
        // `try` imports from a stdlib module it still has: wherever the fallback exists, the `try`
        // succeeds. Ex) `try: import threading as _threading` /
        // `except ImportError: import dummy_threading as _threading`.
        let removed = self.model.removed;
        let removed_fallback = !python2
            && !modules.is_empty()
            && modules.iter().all(|module| {
                (removed.removed_within)(module).and_then(|symbol| (removed.removed_in)(symbol)).is_some()
            });
        // Nor does any fallback for a name the `try` imports from the standard library as every
        // Python 3 has it: the fallback (PyPy's private module, a PyPI backport) never runs.
        // Ex) `try: from importlib.machinery import SourceFileLoader` /
        // `except ImportError: from importlib._bootstrap import _SourceFileLoader as SourceFileLoader`.
        let in_stdlib = |path: &str| {
            crate::stdlib::is_importable_stdlib_path(path) && (removed.removed_within)(path).is_none()
        };
        // The `else` of a `try` that imports a module only Python 2 has runs only there: on
        // Python 3 its imports bind nothing. Ex) `try: import ConfigParser` / `except
        // ImportError: from configparser import ConfigParser` / `else: from ConfigParser import
        // SafeConfigParser as ConfigParser`.
        if python2_try_else(ancestors, source) {
            return;
        }
        let tried = fallback_of(ancestors, source).map_or_else(Default::default, |body| {
            self.tried.entry(body.id()).or_insert_with(|| tried_imports(body, source).into()).clone()
        });
        for (name, qualified) in import_bindings(node, source) {
            let shadowed = tried.iter().any(|(tried_name, tried_module, tried_path)| {
                *tried_name == name
                    && !crate::stdlib::is_python2_module(tried_module)
                    && !crate::stdlib::is_listed_class(tried_module)
                    && ((python2 && !removed_fallback)
                        || (removed_fallback && in_stdlib(tried_module))
                        || tried_path
                            .as_deref()
                            .is_some_and(|path| in_stdlib(tried_module) && in_stdlib(path)))
            });
            if !shadowed {
                let kind =
                    qualified.map_or(BindingKind::Opaque, |qualified| self.model.project.binding(qualified));
                self.bind(scope, name, offset, kind);
            }
        }
        self.bind_star_names(node, scope, offset);
        // Read from the ancestors the walk passes in: a node's `parent()` searches from the root.
        let branch = version_check::Branch::from_ancestors(ancestors);
        if let Some(branch) = branch {
            self.model.branch_imports.insert(offset, branch);
        }
    }

    /// `from M import *` of a module of the project binds the names the project says it has.
    fn bind_star_names(&mut self, node: Node<'t>, scope: ScopeId, offset: usize) {
        if self.model.project.stars.is_empty() || node.kind_name() != "import_from_statement" {
            return;
        }
        let Some(module) = node.field(Field::ModuleName) else {
            return;
        };
        let module = dotted_text(module, self.model.source);
        let Some(names) = self.model.project.stars.get(&module) else {
            return;
        };
        let separator = if module.ends_with('.') { "" } else { "." };
        let bound: Vec<(&'t str, BindingKind<'t>)> = names
            .iter()
            .filter_map(|name| {
                // A name the file never spells is never looked up: only those it spells are bound.
                let name = project::spelled_in(self.model.source, name)?;
                Some((name, self.model.project.binding(format!("{module}{separator}{name}"))))
            })
            .collect();
        for (name, kind) in bound {
            self.bind(scope, name, offset, kind);
        }
    }

    /// `name = None` (or any other stand-in: a dummy object, a stub) in the `except ImportError`
    /// handler of a `try` that imports `name` from a Python 3 module: on Python 3 the import
    /// succeeded and the name is the module. A stand-in other than `None` counts only when no
    /// Python removes what the `try` imported: otherwise it is what the name holds there.
    ///
    /// Ex) `try: import ssl` / `except ImportError: ssl = _SslDummy()`, also in a chain
    /// (`base64 = binascii = None`).
    fn is_missing_module_sentinel(
        &self,
        left: Node<'t>,
        right: Option<Node<'t>>,
        ancestors: &[Node<'t>],
    ) -> bool {
        let source = self.model.source;
        let Some(mut right) = right else {
            return false;
        };
        // A chain (`base64 = binascii = None`): the value is its last part.
        let mut links = 0;
        while syntax::kind(right) == Kind::Assignment && links < 16 {
            let Some(value) = right.field(Field::Right) else {
                return false;
            };
            right = value;
            links += 1;
        }
        if syntax::kind(left) != Kind::Identifier || syntax::kind(right) == Kind::Assignment {
            return false;
        }
        let Some((statement, outer)) = ancestors.split_last() else {
            return false;
        };
        if statement.kind_name() != "expression_statement" {
            return false;
        }
        self.stands_in_for_import(text(left, source), right.kind_name() == "none", outer)
    }

    /// Whether binding `name` in the statement with these `ancestors` stands in for an import
    /// of it that failed: the statement sits in the `except ImportError` handler of a `try`
    /// that imports `name` from a Python 3 module (see [`Self::is_missing_module_sentinel`];
    /// `sentinel` for `None`, which counts even where a Python removed the import).
    fn stands_in_for_import(&self, name: &str, sentinel: bool, ancestors: &[Node<'t>]) -> bool {
        let source = self.model.source;
        let removed_within = self.model.removed.removed_within;
        fallback_of(ancestors, source).is_some_and(|body| {
            syntax::named_children(body)
                .into_iter()
                .filter(|statement| {
                    matches!(statement.kind_name(), "import_statement" | "import_from_statement")
                })
                .any(|statement| {
                    let module = statement.field(Field::ModuleName).map(|module| dotted_text(module, source));
                    import_bindings(statement, source).into_iter().any(|(tried, qualified)| {
                        let Some(module) = module.clone().or_else(|| qualified.clone()) else {
                            return false;
                        };
                        tried == name
                            && !crate::stdlib::is_python2_module(&module)
                            && (sentinel
                                || qualified
                                    .as_deref()
                                    .is_some_and(|qualified| removed_within(qualified).is_none()))
                    })
                })
        })
    }

    fn enter_class(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) {
        let source = self.model.source;
        let scope = self.current_scope();
        let name = node.field(Field::Name).map_or("", |n| text(n, source));
        let bases = node
            .field(Field::Superclasses)
            .map(|list| {
                syntax::named_children(list)
                    .into_iter()
                    .filter(|base| !matches!(base.kind_name(), "keyword_argument" | "comment"))
                    .collect()
            })
            .unwrap_or_default();
        let mut methods = HashMap::default();
        let mut names = HashSet::default();
        if let Some(body) = node.field(Field::Body) {
            for statement in syntax::named_children(body) {
                let definition = if statement.kind_name() == "decorated_definition" {
                    statement.field(Field::Definition).unwrap_or(statement)
                } else {
                    statement
                };
                match definition.kind_name() {
                    "function_definition" | "class_definition" => {
                        if let Some(def_name) = definition.field(Field::Name) {
                            let def_name = text(def_name, source);
                            names.insert(def_name);
                            if definition.kind_name() == "function_definition" {
                                methods.insert(def_name, definition);
                            }
                        }
                    }
                    "expression_statement" => {
                        for assignment in syntax::named_children(definition) {
                            let mut current = Some(assignment);
                            while let Some(node) = current.filter(|n| syntax::kind(*n) == Kind::Assignment) {
                                if let Some(left) = node.field(Field::Left) {
                                    if syntax::kind(left) == Kind::Identifier {
                                        names.insert(text(left, source));
                                    }
                                }
                                current = node.field(Field::Right);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let id = self.model.classes.len();
        self.model.classes.push(Class { node, name, scope, bases, methods, names });
        self.model.class_ids.insert(node.id(), id);
        // A stand-in class in the `except ImportError` handler of a `try` that imports the
        // name (Chameleon's `SourceFileLoader` for Pythons without `importlib.machinery`):
        // on Python 3 the import succeeded and the name is the imported class.
        if !self.stands_in_for_import(name, false, ancestors) {
            self.bind(scope, name, node.start_byte(), BindingKind::Class(id));
        }
    }

    fn enter_function(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) {
        let source = self.model.source;
        let outer = self.current_scope();
        if let Some(name) = node.field(Field::Name) {
            self.bind(outer, text(name, source), node.start_byte(), BindingKind::Function(node));
        }
        let method_of = match self.model.scopes.get(&outer) {
            Some(scope) if scope.kind == ScopeKind::Class => self.model.class_ids.get(&outer).copied(),
            _ => None,
        };
        let is_static = ancestors.last().is_some_and(|parent| {
            parent.kind_name() == "decorated_definition"
                && syntax::named_children(*parent).iter().any(|decorator| {
                    decorator.kind_name() == "decorator" && text(*decorator, source).contains("staticmethod")
                })
        });
        let dispatched =
            node.field(Field::Name).and_then(|name| crate::stdlib::dispatched_method(text(name, source)));
        self.open_scope(node, ScopeKind::Function, method_of);
        let Some(parameters) = node.field(Field::Parameters) else {
            return;
        };
        for (index, parameter) in syntax::named_children(parameters).into_iter().enumerate() {
            let name = match parameter.kind_name() {
                "identifier" => Some(parameter),
                "default_parameter" | "typed_default_parameter" => parameter.field(Field::Name),
                "typed_parameter" | "list_splat_pattern" | "dictionary_splat_pattern" => {
                    syntax::named_children(parameter)
                        .into_iter()
                        .find(|c| syntax::kind(*c) == Kind::Identifier)
                }
                _ => None,
            };
            let Some(name) = name.filter(|n| syntax::kind(*n) == Kind::Identifier) else {
                continue;
            };
            let is_receiver = index == 0 && !is_static && syntax::kind(parameter) == Kind::Identifier;
            let kind = match method_of {
                Some(class) if is_receiver => BindingKind::Receiver(class),
                Some(class) if index == 1 && !is_static && syntax::kind(parameter) == Kind::Identifier => {
                    match dispatched {
                        Some(row) => BindingKind::Dispatched(class, row),
                        None => BindingKind::Opaque,
                    }
                }
                None if is_receiver && matches!(text(name, source), "self" | "cls") => {
                    BindingKind::UnknownReceiver
                }
                _ => BindingKind::Opaque,
            };
            self.bind(node.id(), text(name, source), node.start_byte(), kind);
        }
    }

    fn open_scope(&mut self, node: Node<'t>, kind: ScopeKind, method_of: Option<ClassId>) {
        let parent = self.scope_stack.last().copied();
        self.model.scopes.insert(node.id(), Scope { kind, parent, method_of, globals: HashSet::default() });
        self.scope_stack.push(node.id());
    }

    fn enter_call(&mut self, node: Node<'t>) {
        let source = self.model.source;
        let Some(function) = node.field(Field::Function) else {
            return;
        };
        let Some(arguments) = node.field(Field::Arguments) else {
            return;
        };
        // A method of the list, as spelled: `sys.meta_path.insert`, `meta_path.append`.
        let callee = QualifiedName::new(text(function, source));
        let is_method_of = |list: &str| callee.strip_prefix(list).is_some();
        let registry = if is_method_of("sys.meta_path") || is_method_of("meta_path") {
            Registry::MetaPath
        } else if is_method_of("sys.path_hooks") || is_method_of("path_hooks") {
            Registry::PathHooks
        } else {
            return;
        };
        let scope = self.current_scope();
        let args: Vec<_> =
            syntax::named_children(arguments).into_iter().filter(|a| a.kind_name() != "comment").collect();
        let added = match callee.last() {
            "append" => args.first().copied(),
            "insert" => args.get(1).copied(),
            _ => None,
        };
        if let Some(added) = added {
            self.model.hook_registrations.push((registry, added, scope));
        }
    }
}

/// The names an `import` or `from ... import` statement binds and the qualified names they
/// are bound to (see [`BindingKind::Import`]), or `None` for names from a module path too
/// long to be any standard-library one.
fn import_bindings<'t>(node: Node<'t>, source: &'t str) -> Vec<(&'t str, Option<String>)> {
    let mut bound = Vec::new();
    if node.kind_name() == "import_statement" {
        for name in syntax::field_children(node, Field::Name) {
            match name.kind_name() {
                "dotted_name" => {
                    let dotted = text(name, source);
                    let root = QualifiedName::new(dotted).root().trim();
                    bound.push((root, Some(root.to_string())));
                }
                "aliased_import" => {
                    let (Some(module), Some(alias)) = (name.field(Field::Name), name.field(Field::Alias))
                    else {
                        continue;
                    };
                    let qualified = canonical_path(&dotted_text(module, source)).into_owned();
                    bound.push((text(alias, source), Some(qualified)));
                }
                _ => {}
            }
        }
        return bound;
    }
    let Some(module) = node.field(Field::ModuleName) else {
        return bound;
    };
    let module = dotted_text(module, source);
    for name in syntax::field_children(node, Field::Name) {
        let (imported, alias) = match name.kind_name() {
            "dotted_name" => (name, name),
            "aliased_import" => {
                let (Some(imported), Some(alias)) = (name.field(Field::Name), name.field(Field::Alias))
                else {
                    continue;
                };
                (imported, alias)
            }
            _ => continue,
        };
        if module.len() > crate::stdlib::MAX_PATH {
            // No stdlib path: the names are bound to what the file cannot know.
            bound.push((text(alias, source), None));
            continue;
        }
        let separator = if module.ends_with('.') { "" } else { "." };
        let qualified = format!("{module}{separator}{}", dotted_text(imported, source));
        bound.push((text(alias, source), Some(canonical_path(&qualified).into_owned())));
    }
    bound
}

/// The modules an import statement imports from: its `from` module, or each imported module.
fn import_modules(node: Node<'_>, source: &str) -> Vec<String> {
    if let Some(module) = node.field(Field::ModuleName) {
        return vec![dotted_text(module, source)];
    }
    syntax::field_children(node, Field::Name)
        .into_iter()
        .map(|name| dotted_text(name.field(Field::Name).unwrap_or(name), source))
        .collect()
}

/// The body of the `try` whose `except ImportError` handler the statement (with these
/// ancestors) sits in, directly.
fn fallback_of<'t>(ancestors: &[Node<'t>], source: &str) -> Option<Node<'t>> {
    let [.., statement, clause, block] = ancestors else {
        return None;
    };
    if block.kind_name() != "block"
        || clause.kind_name() != "except_clause"
        || statement.kind_name() != "try_statement"
    {
        return None;
    }
    let caught = clause.field(Field::Value).map(|value| text(value, source))?;
    if !(caught.contains("ImportError") || caught.contains("ModuleNotFoundError")) {
        return None;
    }
    statement.field(Field::Body)
}

/// Whether the statement with these `ancestors` sits in the `else` block of a `try` whose body
/// imports a module only Python 2 has and whose handler catches `ImportError`: that block runs
/// on Python 2 alone.
fn python2_try_else(ancestors: &[Node<'_>], source: &str) -> bool {
    let [.., statement, clause, block] = ancestors else {
        return false;
    };
    if block.kind_name() != "block"
        || clause.kind_name() != "else_clause"
        || statement.kind_name() != "try_statement"
    {
        return false;
    }
    let catches_import = syntax::named_children(*statement).into_iter().any(|handler| {
        handler.kind_name() == "except_clause"
            && handler.field(Field::Value).is_some_and(|value| {
                let caught = text(value, source);
                caught.contains("ImportError") || caught.contains("ModuleNotFoundError")
            })
    });
    catches_import
        && statement.field(Field::Body).is_some_and(|body| {
            tried_imports(body, source).iter().any(|(_, module, _)| crate::stdlib::is_python2_module(module))
        })
}

/// The names the imports at the top of a `try` body bind, with the modules they come from and
/// what they are bound to (`None`: what the file cannot know).
fn tried_imports<'t>(body: Node<'t>, source: &'t str) -> Vec<TriedImport<'t>> {
    let mut tried = Vec::new();
    for statement in syntax::named_children(body) {
        if matches!(statement.kind_name(), "import_statement" | "import_from_statement") {
            let module = statement.field(Field::ModuleName).map(|module| dotted_text(module, source));
            for (name, qualified) in import_bindings(statement, source) {
                if let Some(module) = module.clone().or_else(|| qualified.clone()) {
                    tried.push((name, module, qualified));
                }
            }
        }
    }
    tried
}

/// The text of a dotted name or relative import with whitespace and continuations removed.
pub fn dotted_text(node: Node<'_>, source: &str) -> String {
    text(node, source).chars().filter(|c| !c.is_whitespace() && *c != '\\').collect()
}

impl<'t> Builder<'t> {
    /// Notes `self.x = value` (or `cls.x`, any method's first parameter) in a method: what the
    /// receiver's attributes may hold (see `instance.rs`). `value` is `None` when the target is
    /// not the attribute alone.
    fn note_receiver_assignment(
        &mut self,
        assignment: Node<'t>,
        left: Node<'t>,
        value: Option<Node<'t>>,
        ancestors: &[Node<'t>],
    ) {
        let scope = self.current_scope();
        let Some(class) = self.model.scopes.get(&scope).and_then(|info| info.method_of) else {
            return;
        };
        let Some(method) = ancestors.iter().rev().find(|ancestor| ancestor.id() == scope).copied() else {
            return;
        };
        let targets = match left.kind_name() {
            "attribute" => vec![(left, value)],
            "pattern_list" | "tuple_pattern" | "list_pattern" | "expression_list" | "tuple" | "list" => {
                syntax::named_children(left).into_iter().map(|target| (target, None)).collect()
            }
            _ => return,
        };
        let source = self.model.source;
        for (target, value) in targets {
            let (Some(object), Some(attribute)) =
                (target.field(Field::Object), target.field(Field::Attribute))
            else {
                continue;
            };
            let receiver = syntax::kind(object) == Kind::Identifier
                && self
                    .model
                    .bindings
                    .get(&scope)
                    .and_then(|names| names.get(text(object, source)))
                    .is_some_and(|bindings| {
                        bindings.iter().all(|binding| matches!(binding.kind, BindingKind::Receiver(_)))
                    });
            if receiver && syntax::kind(target) == Kind::Attribute {
                let key = (class, text(attribute, source));
                let noted = ReceiverAssignment { method, assignment, value };
                self.model.receiver_assignments.entry(key).or_default().push(noted);
            }
        }
    }

    /// A lambda opens a function scope and binds its parameters there.
    fn enter_lambda(&mut self, node: Node<'t>) {
        self.open_scope(node, ScopeKind::Function, None);
        if let Some(parameters) = node.field(Field::Parameters) {
            let mut stack = vec![parameters];
            while let Some(current) = stack.pop() {
                if syntax::kind(current) == Kind::Identifier {
                    let name = text(current, self.model.source);
                    self.bind(node.id(), name, node.start_byte(), BindingKind::Opaque);
                } else if matches!(
                    current.kind_name(),
                    "lambda_parameters"
                        | "default_parameter"
                        | "list_splat_pattern"
                        | "dictionary_splat_pattern"
                ) {
                    if let Some(name) = current.field(Field::Name) {
                        stack.push(name);
                    } else {
                        stack.extend(syntax::named_children(current));
                    }
                }
            }
        }
    }

    /// `as` in a `with` item, a pattern or an `except` clause binds its alias.
    fn enter_aliasing(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) {
        if let Some(alias) = node.field(Field::Alias) {
            let target = if alias.kind_name() == "as_pattern_target" {
                alias.named_child(0).unwrap_or(alias)
            } else {
                alias
            };
            let in_with = ancestors.last().is_some_and(|parent| parent.kind_name() == "with_item");
            match node.named_child(0) {
                Some(manager)
                    if in_with && syntax::kind(target) == Kind::Identifier && manager.id() != alias.id() =>
                {
                    let scope = self.current_scope();
                    let name = text(target, self.model.source);
                    self.bind(scope, name, node.start_byte(), BindingKind::Entered(manager));
                }
                _ => self.bind_targets(target, node.start_byte(), None),
            }
        }
    }

    /// `global` names are noted on their scope (`nonlocal` ones need nothing).
    fn enter_global(&mut self, node: Node<'t>) {
        let scope = self.current_scope();
        let names: Vec<String> = syntax::named_children(node)
            .into_iter()
            .filter(|n| syntax::kind(*n) == Kind::Identifier)
            .map(|n| text(n, self.model.source).to_string())
            .collect();
        if node.kind_name() == "global_statement" {
            if let Some(info) = self.model.scopes.get_mut(&scope) {
                info.globals.extend(names);
            }
        }
    }
}

impl<'t> Visitor<'t> for Builder<'t> {
    fn enter(&mut self, node: Node<'t>, kind: KindId, ancestors: &[Node<'t>]) -> Descend {
        match kind.kind() {
            Kind::Module => self.open_scope(node, ScopeKind::Module, None),
            Kind::ImportStatement => self.enter_import(node, ancestors),
            Kind::ImportFromStatement => {
                self.model.has_star_import |= star_imports::is_star_import(node, self.model.source);
                self.enter_import(node, ancestors);
            }
            Kind::ClassDefinition => {
                self.enter_class(node, ancestors);
                self.open_scope(node, ScopeKind::Class, None);
            }
            Kind::FunctionDefinition => self.enter_function(node, ancestors),
            Kind::Lambda => self.enter_lambda(node),
            Kind::Comprehension => self.open_scope(node, ScopeKind::Function, None),
            Kind::Assignment => {
                if let Some(left) = node.field(Field::Left) {
                    let right = node.field(Field::Right);
                    if self.is_missing_module_sentinel(left, right, ancestors) {
                        return Descend::Yes;
                    }
                    let plain = right.filter(|r| syntax::kind(*r) != Kind::Assignment);
                    self.note_receiver_assignment(node, left, plain, ancestors);
                    let value = plain.filter(|_| syntax::kind(left) == Kind::Identifier);
                    self.bind_targets(left, node.end_byte(), value);
                }
            }
            Kind::AugmentedAssignment => {
                if let Some(left) = node.field(Field::Left) {
                    self.note_receiver_assignment(node, left, None, ancestors);
                    self.bind_targets(left, node.end_byte(), None);
                }
            }
            Kind::NamedExpression => {
                if let Some(name) = node.field(Field::Name) {
                    self.bind_targets(name, node.end_byte(), node.field(Field::Value));
                }
            }
            Kind::For => {
                if let Some(left) = node.field(Field::Left) {
                    let scope = self.current_scope();
                    if syntax::kind(left) == Kind::Identifier {
                        let kind = node.field(Field::Right).map_or(BindingKind::Opaque, BindingKind::ItemOf);
                        let name = text(left, self.model.source);
                        self.bind(scope, name, left.start_byte(), kind);
                    } else {
                        self.bind_targets(left, left.start_byte(), None);
                    }
                }
            }
            Kind::Aliasing => self.enter_aliasing(node, ancestors),
            Kind::AsPatternTarget => {
                // A `with` item's name is bound by its `as_pattern` (above).
                let in_with =
                    ancestors.len() >= 2 && ancestors[ancestors.len() - 2].kind_name() == "with_item";
                if let Some(target) =
                    node.named_child(0).filter(|t| !(in_with && syntax::kind(*t) == Kind::Identifier))
                {
                    self.bind_targets(target, node.start_byte(), None);
                }
            }
            Kind::GlobalStatement | Kind::NonlocalStatement => self.enter_global(node),
            Kind::Call => self.enter_call(node),
            Kind::Comment => self.model.comments.push(node),
            _ => {}
        }
        Descend::Yes
    }

    fn leave(&mut self, node: Node<'t>, kind: KindId) {
        if scope_kind(kind.kind()).is_some() && self.scope_stack.last() == Some(&node.id()) {
            self.scope_stack.pop();
        }
    }
}
