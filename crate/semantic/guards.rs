//! Code that is safe as written: a use under `try: ... except ImportError`, under a version
//! check that the target never passes, or under a `hasattr` test. Such uses are reported as
//! `info`, never as errors.

use super::dotted_text;
use super::flow::Tested;
use super::resolve::Value;
use super::{BindingKind, ScopeId, ScopeKind, SemanticModel};
use crate::hash::HashMap;
use crate::qualified_name::QualifiedName;
use crate::stdlib::canonical_path;
use crate::syntax::{named_children, string_value, text};
use crate::syntax::{Field, NodeExt};
use crate::version::PythonVersion;
use std::cell::RefCell;
use std::rc::Rc;
use tree_sitter::Node;

/// What goes wrong at run time when the removed API is used: what a guard must catch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The use raises `ImportError` (an import of a removed module or name).
    Import,
    /// The use raises `AttributeError` (an attribute that is gone).
    Attribute,
    /// The use raises `NameError` (a bare global name that nothing binds any more: a star
    /// import's, a module attribute the import system set).
    Name,
    /// The call raises `TypeError` (a removed keyword parameter).
    Call,
    /// The call raises `sqlite3.ProgrammingError` (arguments the database module refuses).
    Database,
    /// The subscript raises `KeyError` (a key that no longer means what it did).
    Lookup,
    /// Nothing is raised: the API is silently ignored (a legacy hook, an environment variable).
    Silent,
}

impl Failure {
    /// The exception names whose handlers catch this failure (`None`: nothing is raised).
    pub(super) fn caught_by(self) -> Option<&'static [&'static str]> {
        match self {
            Failure::Import => Some(CATCH_IMPORT),
            Failure::Attribute => Some(CATCH_ATTRIBUTE),
            Failure::Name => Some(super::fall_through::CATCH_NAME),
            Failure::Call => Some(CATCH_TYPE),
            Failure::Database => Some(CATCH_DATABASE),
            Failure::Lookup => Some(CATCH_LOOKUP),
            Failure::Silent => None,
        }
    }
}

/// How many earlier conditions of an `if` chain a use in a later branch looks back at.
const MAX_EARLIER_CONDITIONS: usize = 64;

/// Exceptions whose handlers catch an `ImportError`.
const CATCH_IMPORT: &[&str] =
    &["ImportError", "ModuleNotFoundError", "Exception", "BaseException", "StandardError"];
/// Exceptions whose handlers catch an `AttributeError`.
const CATCH_ATTRIBUTE: &[&str] = &["AttributeError", "Exception", "BaseException", "StandardError"];
/// Exceptions whose handlers catch a `TypeError`.
const CATCH_TYPE: &[&str] = &["TypeError", "Exception", "BaseException", "StandardError"];
/// Exceptions whose handlers catch a `sqlite3.ProgrammingError` (its bases: `DatabaseError`,
/// `sqlite3.Error`).
const CATCH_DATABASE: &[&str] =
    &["ProgrammingError", "DatabaseError", "Error", "Exception", "BaseException", "StandardError"];
/// Exceptions whose handlers catch a `KeyError`.
const CATCH_LOOKUP: &[&str] = &["KeyError", "LookupError", "Exception", "BaseException", "StandardError"];
/// Exceptions that say "this is an import fallback" when a handler catches them: the failed
/// import's class or a broader one (thrift's `setup.py`: `except Exception:`).
const IMPORT_FALLBACK: &[&str] = CATCH_IMPORT;
/// Exceptions that say "this is a fallback for an older API" when a handler catches them: the
/// newer API was tried first and is missing (`AttributeError`) or refuses the call (`TypeError`),
/// or a broader class of both.
/// Ex) `try: found = entry_points(group="x")` / `except TypeError: found = entry_points()["x"]`.
const API_FALLBACK: &[&str] = &["AttributeError", "TypeError", "Exception", "BaseException", "StandardError"];

/// The handlers of [`API_FALLBACK`] that say "fallback" by their class alone; a broader one
/// (`except Exception:`) says it only where the `try` tried the newer API.
const NARROW_API_FALLBACK: &[&str] = &["AttributeError", "TypeError"];

/// Why a use is safe as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guard {
    /// What makes it safe, as the finding's message says it. Ex) "a version check that Python
    /// 3.14 does not pass".
    pub reason: String,
    /// Whether the use is still worth its fix: an annotation Python does not evaluate is safe,
    /// but type checkers read it; compatibility code (a fallback, a branch for other versions)
    /// must stay as it is.
    pub fixable: bool,
}

/// Where the guarded code sits, for the checks that need the enclosing statements.
pub struct Site<'a, 't> {
    /// The node of the use.
    pub node: Node<'t>,
    /// Its ancestors, outermost first.
    pub ancestors: &'a [Node<'t>],
    /// The scope inside each ancestor (same length as `ancestors`).
    pub scopes: &'a [ScopeId],
}

/// An `if` statement's conditions and `elif`/`else` branches, as the guards of the branches
/// need them.
pub(crate) struct IfChain<'t> {
    /// The conditions, the `if`'s first, then each `elif`'s.
    conditions: Vec<Node<'t>>,
    /// Each `elif`/`else` branch's node id, with how many conditions come before it.
    branches: HashMap<usize, usize>,
    /// For `k` conditions, the guard of the first of them that holds on the target.
    first_true: Vec<Option<String>>,
    /// For a receiver, `first_true` of the conditions that test it.
    receiver_tests: RefCell<HashMap<String, Vec<Option<String>>>>,
}

impl<'t> SemanticModel<'t> {
    /// Why the use of `symbol` at `site` is safe on `target`, or `None` when it is not guarded.
    pub fn guard(
        &self,
        site: &Site<'_, 't>,
        failure: Failure,
        symbol: &str,
        target: PythonVersion,
    ) -> Option<Guard> {
        let name = QualifiedName::new(symbol).last();
        let receiver_node = receiver_of(site.node);
        let receiver = receiver_node.map(|receiver| text(receiver, self.source));
        let tested = Tested { symbol, name, receiver, target, failure };
        let mut annotation = None;
        for (index, parent) in site.ancestors.iter().enumerate().rev() {
            let child = site.ancestors.get(index + 1).copied().unwrap_or(site.node);
            let scope = site.scopes[index];
            let guard = match parent.kind_name() {
                "try_statement" if is_field(*parent, Field::Body, child) => {
                    if is_stored_attribute(site)
                        || self.module_import_fails_first(site, *parent, receiver_node, symbol, scope)
                    {
                        continue;
                    }
                    let failed = site.ancestors.get(index + 2).copied().unwrap_or(site.node);
                    let again = receiver.map(|receiver| (receiver, name));
                    self.try_guard(*parent, failure, failed, scope, target, again).or_else(|| {
                        // The import of its removed module fails first (dill's `try: import
                        // imp` / `imp.find_module(...)` / `except ImportError`).
                        (failure != Failure::Import
                            && self.try_body_imports_module_first(*parent, failed, symbol))
                        .then(|| self.try_guard(*parent, Failure::Import, failed, scope, target, None))?
                    })
                }
                "except_clause" if child.kind_name() == "block" => {
                    let statement = index.checked_sub(1).and_then(|at| site.ancestors.get(at)).copied()?;
                    self.handler_guard(*parent, statement, &tested, receiver_node, scope)
                        .or_else(|| self.builtins_test_guard(statement, scope, true))
                }
                "else_clause" if child.kind_name() == "block" => index
                    .checked_sub(1)
                    .and_then(|at| site.ancestors.get(at))
                    .filter(|statement| statement.kind_name() == "try_statement")
                    .and_then(|statement| self.builtins_test_guard(*statement, scope, false)),
                "if_statement" => self.if_guard(*parent, child, scope, &tested),
                "elif_clause" if is_field(*parent, Field::Consequence, child) => {
                    self.runs_only_if(parent.field(Field::Condition)?, true, scope, &tested, 0)
                }
                "conditional_expression" => match crate::syntax::conditional_parts(*parent) {
                    Some([body, condition, _]) if body.id() == child.id() => {
                        self.runs_only_if(condition, true, scope, &tested, 0)
                    }
                    Some([_, condition, orelse]) if orelse.id() == child.id() => {
                        self.runs_only_if(condition, false, scope, &tested, 0)
                    }
                    _ => None,
                },
                "boolean_operator" if is_field(*parent, Field::Right, child) => {
                    let left = parent.field(Field::Left)?;
                    let is_and = parent.field(Field::Operator).is_some_and(|o| o.kind_name() == "and");
                    self.runs_only_if(left, is_and, scope, &tested, 0)
                }
                "with_statement" if is_field(*parent, Field::Body, child) => {
                    self.suppress_guard(*parent, scope, failure)
                }
                "type" => {
                    // Safe, but still worth the fix, unless code further out is guarded too.
                    annotation = annotation.or_else(|| self.annotation_guard(site, index));
                    None
                }
                // The decorators themselves run whatever they say: only the definition's
                // code is under a skip.
                "decorated_definition" if is_field(*parent, Field::Definition, child) => {
                    self.skip_decorator(*parent, scope, &tested)
                }
                "block" | "module" => self.earlier_exit(*parent, child, scope, &tested),
                "class_definition" => self
                    .set_up_check(*parent, &tested)
                    .or_else(|| self.reached_only_where_no_target_runs(*parent)),
                "function_definition" => {
                    let outer = index.checked_sub(1).map_or(self.module, |at| site.scopes[at]);
                    self.replaced_before_use(*parent, outer, target)
                        .or_else(|| self.reached_only_where_no_target_runs(*parent))
                }
                _ => None,
            };
            if let Some(reason) = guard {
                return Some(Guard { reason, fixable: false });
            }
        }
        annotation.map(|reason| Guard { reason, fixable: true })
    }

    /// An annotation (the `type` node at `site.ancestors[index]`) that Python does not evaluate
    /// where it stands: a local variable's (never), a `type` statement's value or a type
    /// parameter's bound (only when read), any annotation under `from __future__ import
    /// annotations` (only when introspected). Parameters', return types' and module and class
    /// variables' annotations are evaluated as the definition runs (lazily from 3.14 on, but
    /// introspection and older versions still fail): not guarded.
    fn annotation_guard(&self, site: &Site<'_, 't>, index: usize) -> Option<String> {
        let owner = site.ancestors.get(index.checked_sub(1)?)?;
        match owner.kind_name() {
            "type_alias_statement" | "type_parameter" => {
                return Some("a type alias or type parameter (evaluated only when read)".to_string());
            }
            "assignment"
                if self
                    .scopes
                    .get(&site.scopes[index])
                    .is_some_and(|scope| scope.kind == ScopeKind::Function) =>
            {
                return Some("a local variable's annotation (never evaluated)".to_string());
            }
            "assignment" | "typed_parameter" | "typed_default_parameter" | "function_definition" => {}
            _ => return None,
        }
        let module = *site.ancestors.first()?;
        self.postpones_annotations
            .get_or_init(|| postpones_annotations(module, self.source))
            .then(|| "`from __future__ import annotations` (annotations are not evaluated)".to_string())
    }

    /// Code in an `except` handler of `statement` (of the failure's class or a broader one): a
    /// fallback for a failed import (unless it imports the same removed API again), any code of
    /// the handler of a `try` that only imports what every Python 3 has, or a fallback for the
    /// newer API the `try` tried on the same object (unless that object is a removed module).
    fn handler_guard(
        &self,
        clause: Node<'t>,
        statement: Node<'t>,
        tested: &Tested<'_>,
        receiver: Option<Node<'t>>,
        scope: ScopeId,
    ) -> Option<String> {
        let (failure, symbol, target) = (tested.failure, tested.symbol, tested.target);
        // What the `try` body says, once per statement, symbol and target (each use in a handler
        // asks; whether the body's imports fail depends on the target). A use through a removed
        // module that the handler itself imports runs only after that import: it is the
        // import's fallback as much as the import is.
        let use_kind = match failure {
            Failure::Import => HandlerUse::Import,
            _ if receiver.and_then(root_name).is_some_and(|root| {
                self.handler_imports_removed(clause, text(root, self.source), target)
            }) =>
            {
                HandlerUse::ThroughItsImport
            }
            _ => HandlerUse::Other,
        };
        let key = (statement.id(), use_kind, symbol.to_string(), target);
        let known = self.try_body_fallbacks.borrow().get(&key).copied();
        let fallback = known.unwrap_or_else(|| {
            let import_fallback = || {
                !self.try_body_imports(statement, symbol)
                    && !self.try_body_fails(statement)
                    && !self.try_body_raises_import_error(statement, tested, scope)
                    && !statement.field(Field::Body).is_some_and(|body| self.imports_removed(body, target))
            };
            let fallback = match use_kind {
                HandlerUse::Import => import_fallback(),
                HandlerUse::ThroughItsImport => {
                    import_fallback() && self.try_body_imports_only_stdlib(statement, tested, scope, true)
                }
                HandlerUse::Other => self.try_body_imports_only_stdlib(statement, tested, scope, false),
            };
            self.try_body_fallbacks.borrow_mut().insert(key, fallback);
            fallback
        });
        let caught = match failure {
            Failure::Import if fallback => IMPORT_FALLBACK,
            Failure::Import => return None,
            _ if fallback => IMPORT_FALLBACK,
            Failure::Attribute | Failure::Call | Failure::Lookup => {
                // A removed module holds no newer API: `except Exception: imp.load_source(...)`
                // after `imp.load_dynamic(...)` is error handling, not a fallback.
                let module = QualifiedName::new(symbol).root();
                if module != symbol && (self.removed.removed_within)(module) == Some(module) {
                    return None;
                }
                let root = receiver.and_then(root_name).map(|root| text(root, self.source))?;
                if !self.try_body_reads(statement, root) {
                    return None;
                }
                // The body read the same API on the same object: the handler runs because it
                // is missing, and fails in turn (trollius 2.1's `wrap_socket = ssl.wrap_socket`
                // / `except AttributeError:` / `_wrap_socket = ssl.wrap_socket`).
                if let (Some(spelled), Some(body)) = (tested.receiver, statement.field(Field::Body)) {
                    if self.reads_attribute(body, spelled, tested.name) {
                        return None;
                    }
                }
                // A broad handler is error handling unless the `try` tried the newer API:
                // `try: log.debug(...)` / `except Exception: log.warn(...)` is no fallback.
                let narrow = clause.field(Field::Value).is_some()
                    && self.catches(clause, NARROW_API_FALLBACK).is_some();
                let spelled = receiver.map(|receiver| text(receiver, self.source));
                if !narrow && !self.try_body_calls_replacement(statement, symbol, spelled) {
                    return None;
                }
                API_FALLBACK
            }
            _ => return None,
        };
        self.catches(clause, caught).map(|caught| format!("a fallback in {}", except_text(&caught)))
    }

    /// Code that no Python 3 runs because the `try` statement tests for builtins
    /// ([`Self::try_tests_builtins`]): its handlers (`in_handler`) where the body reads only
    /// builtins every Python 3 has, its `else` where the body reads a Python 2 builtin first.
    /// Ex) distlib's `try: callable = callable` / `except NameError: from collections import
    /// Callable`; `try: unicode` / `except NameError: ...` / `else: import imp`.
    fn builtins_test_guard(&self, statement: Node<'t>, scope: ScopeId, in_handler: bool) -> Option<String> {
        let every_python3_has = self.try_tests_builtins(statement, scope)?;
        let body = text(crate::syntax::first_part(statement.field(Field::Body)?)?, self.source);
        match (in_handler, every_python3_has) {
            (true, true) if body.contains('.') => {
                Some(format!("the handler of `try: {body}` (an API every target has)"))
            }
            (true, true) => Some(format!("the handler of `try: {body}` (a builtin every Python 3 has)")),
            (false, false) => Some(format!("the `else` of `try: {body}` (a builtin only Python 2 had)")),
            _ => None,
        }
    }

    /// Whether the body of a `try` statement imports what no Python 3 has: a module only Python 2
    /// has, a name only Python 2's version of a module has, or a class through `import` (which
    /// names no module). There the handler is what every Python 3 runs, not a fallback.
    /// Ex) `try: import ConfigParser` / `except ImportError: import imp`; `try: from urllib
    /// import splithost` / `except ImportError: from urllib.parse import splithost`.
    fn try_body_fails(&self, statement: Node<'t>) -> bool {
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        named_children(body).into_iter().any(|import| match import.kind_name() {
            "import_statement" => {
                crate::syntax::field_children(import, Field::Name).into_iter().any(|name| {
                    let module = dotted_text(name.field(Field::Name).unwrap_or(name), self.source);
                    crate::stdlib::is_python2_module(&module) || crate::stdlib::is_listed_class(&module)
                })
            }
            "import_from_statement" => self.imports_from_python2(import),
            _ => false,
        })
    }

    /// Whether the body of a `try` statement raises `ImportError` (or `ModuleNotFoundError`)
    /// itself on a failed test of a feature, where the target may reach it: unconditionally, in
    /// a handler of a nested `try` (an attempt that failed), or under an `if` that tests a
    /// feature ([`Self::tests_a_feature`]), not under one whose block the target never runs
    /// (psutil's `if not hasattr(importlib, 'reload'): raise ImportError`), nor in a nested
    /// function or class. Such a body fails wherever the feature is missing, on every Python,
    /// so its `except ImportError` handler is a code path there, not a fallback for an old
    /// Python. A raise under another test (a switch: `if os.environ.get('NO_SETUPTOOLS'):`, a
    /// parameter) opts out of the `try` as a failed import would: its handler stays a fallback.
    /// Ex) pyquery's buildout bootstrap: `import pkg_resources; if not hasattr(pkg_resources,
    /// '_distribute'): raise ImportError` / `except ImportError: ... import imp`; pysmi's `try:
    /// importlib.machinery...` / `except Exception: raise ImportError()` inside the body.
    fn try_body_raises_import_error(&self, statement: Node<'t>, tested: &Tested<'_>, scope: ScopeId) -> bool {
        let tested = Tested { receiver: None, ..*tested };
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        // Each node with whether the innermost test above it is a switch.
        let mut pending = vec![(body, false)];
        while let Some((node, switch)) = pending.pop() {
            let mut inner = switch;
            match node.kind_name() {
                "function_definition" | "class_definition" | "lambda" => continue,
                "raise_statement" => {
                    if !switch && self.raises_import_error(node) {
                        return true;
                    }
                    continue;
                }
                "if_statement" | "elif_clause" => {
                    let condition = node.field(Field::Condition);
                    let never = node.kind_name() == "if_statement"
                        && node.field(Field::Alternative).is_none()
                        && condition.is_some_and(|condition| {
                            self.runs_only_if(condition, true, scope, &tested, 0).is_some()
                        });
                    if never {
                        continue;
                    }
                    inner = !condition.is_some_and(|condition| self.tests_a_feature(condition, scope));
                }
                "except_clause" => inner = false,
                _ => {}
            }
            pending.extend(named_children(node).into_iter().map(|child| (child, inner)));
        }
        false
    }

    /// Whether a `raise` statement raises `ImportError` or `ModuleNotFoundError` (the class or
    /// an instance), read as [`Self::fails`] reads a raised skip.
    fn raises_import_error(&self, raise: Node<'t>) -> bool {
        crate::syntax::first_part(raise).is_some_and(|raised| {
            let raised = raised.field(Field::Function).unwrap_or(raised);
            matches!(text(raised, self.source), "ImportError" | "ModuleNotFoundError")
        })
    }

    /// Whether `condition` holds a test of a feature as the guards read one
    /// ([`Self::hasattr_call`]: `hasattr`, `getattr(..., None)`, a membership test).
    fn tests_a_feature(&self, condition: Node<'t>, scope: ScopeId) -> bool {
        let mut pending = vec![condition];
        while let Some(node) = pending.pop() {
            if self.hasattr_call(node, scope).is_some() {
                return true;
            }
            pending.extend(named_children(node));
        }
        false
    }

    /// Whether a `from ... import` statement imports what only Python 2 has: from a module of
    /// [`crate::stdlib::PYTHON2_MODULES`], or a name of [`crate::stdlib::is_python2_name`].
    /// Ex) `from ConfigParser import SafeConfigParser`, `from urllib import quote`.
    fn imports_from_python2(&self, import: Node<'t>) -> bool {
        let Some(module) = import.field(Field::ModuleName) else {
            return false;
        };
        let module = dotted_text(module, self.source);
        crate::stdlib::is_python2_module(&module)
            || crate::syntax::field_children(import, Field::Name).into_iter().any(|name| {
                let imported = name.field(Field::Name).unwrap_or(name);
                crate::stdlib::is_python2_name(&module, &dotted_text(imported, self.source))
            })
    }

    /// Whether the body of a `try` statement only imports what every Python 3 has from the
    /// standard library: modules no Python removed, and from them modules or the names the
    /// catalogue gives as `symbol`'s replacement (a Python 2 name of a stdlib module, like
    /// `itertools.izip`, would fail). Its `except ImportError` handler, `symbol`'s use included,
    /// never runs there.
    /// An `if` (no `elif`/`else`) whose block the target never runs may stand among the imports.
    /// Ex) `try: from importlib.util import cache_from_source` / `except ImportError: import imp;
    /// cache_from_source = imp.cache_from_source`; psutil's `try: import importlib; if not
    /// hasattr(importlib, 'reload'): raise ImportError` / `except ImportError: ... imp.reload(m)`.
    /// With `besides`, expression statements (calls, assignments) may stand among the imports.
    fn try_body_imports_only_stdlib(
        &self,
        statement: Node<'t>,
        tested: &Tested<'_>,
        scope: ScopeId,
        besides: bool,
    ) -> bool {
        let symbol = tested.symbol;
        // Not the use's object: the answer is kept per statement and symbol.
        let tested = Tested { receiver: None, ..*tested };
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        let in_stdlib = |path: &str| {
            crate::stdlib::is_importable_stdlib_path(path)
                && (self.removed.removed_within)(&canonical_path(path)).is_none()
        };
        let name_of = |name: Node<'t>| dotted_text(name.field(Field::Name).unwrap_or(name), self.source);
        let mut imports = false;
        let only_stdlib = named_children(body).into_iter().all(|child| match child.kind_name() {
            "import_statement" => {
                imports = true;
                crate::syntax::field_children(child, Field::Name)
                    .into_iter()
                    .all(|name| in_stdlib(&name_of(name)))
            }
            "import_from_statement" => {
                imports = true;
                child.field(Field::ModuleName).is_some_and(|module| {
                    let module = dotted_text(module, self.source);
                    in_stdlib(&module)
                        && crate::syntax::field_children(child, Field::Name).into_iter().all(|name| {
                            let name = name_of(name);
                            let path = format!("{module}.{name}");
                            in_stdlib(&path)
                                && (crate::stdlib::is_module(&path)
                                    || (self.removed.replacement_names)(symbol, &name))
                        })
                })
            }
            "comment" | "pass_statement" => true,
            "expression_statement" => besides,
            "if_statement" => {
                child.field(Field::Alternative).is_none()
                    && child.field(Field::Condition).is_some_and(|condition| {
                        self.runs_only_if(condition, true, scope, &tested, 0).is_some()
                    })
            }
            _ => false,
        });
        imports && only_stdlib
    }

    /// Whether a statement of the body of the `try` statement `statement` before `failed` (the
    /// body's statement that holds the use of `symbol`) imports the removed module `symbol`
    /// lies in, which still holds `symbol` until it goes: on a Python without the module that
    /// import fails first, so the use runs only where the module and `symbol` exist.
    /// Ex) `try: import imp; imp.find_module("numpy")` / `except ImportError: pass` (dill);
    /// not `try: import cgi; cgi.escape(s)` (`cgi.escape` went in 3.8, `cgi` in 3.13).
    fn try_body_imports_module_first(&self, statement: Node<'t>, failed: Node<'t>, symbol: &str) -> bool {
        let module = QualifiedName::new(symbol).root();
        let Some(module_removed) = (self.removed.removed_in)(module) else {
            return false;
        };
        let lasts = (self.removed.removed_in)(symbol).is_none_or(|removed| removed >= module_removed);
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        if module == symbol || !lasts {
            return false;
        }
        self.first_import_in(body, module).is_some_and(|at| at < failed.start_byte())
    }

    /// Where the first statement of `body` (a `try` body) that imports `module` (or something
    /// inside it) starts; worked out once per body and module (each use in the body asks).
    fn first_import_in(&self, body: Node<'t>, module: &str) -> Option<usize> {
        if let Some(known) =
            self.try_body_imports.borrow().get(&body.id()).and_then(|found| found.get(module))
        {
            return *known;
        }
        let mut cursor = body.walk();
        let first = body
            .named_children(&mut cursor)
            .find(|import| {
                import.kind_name() == "import_statement"
                    && crate::syntax::field_children(*import, Field::Name).into_iter().any(|name| {
                        let imported = dotted_text(name.field(Field::Name).unwrap_or(name), self.source);
                        QualifiedName::new(&imported).starts_with(module)
                    })
            })
            .map(|import| import.start_byte());
        self.try_body_imports.borrow_mut().entry(body.id()).or_default().insert(module.to_string(), first);
        first
    }

    /// Whether the body of a `try` statement imports `symbol` (or something inside it).
    fn try_body_imports(&self, statement: Node<'t>, symbol: &str) -> bool {
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        let is_symbol = |path: &str| (self.removed.removed_within)(&canonical_path(path)) == Some(symbol);
        named_children(body).into_iter().any(|import| match import.kind_name() {
            "import_statement" => {
                crate::syntax::field_children(import, Field::Name).into_iter().any(|name| {
                    let module = name.field(Field::Name).unwrap_or(name);
                    is_symbol(&dotted_text(module, self.source))
                })
            }
            "import_from_statement" => {
                let Some(module) = import.field(Field::ModuleName) else {
                    return false;
                };
                let module = dotted_text(module, self.source);
                is_symbol(&module)
                    || crate::syntax::field_children(import, Field::Name).into_iter().any(|name| {
                        let imported = name.field(Field::Name).unwrap_or(name);
                        is_symbol(&format!("{module}.{}", dotted_text(imported, self.source)))
                    })
            }
            _ => false,
        })
    }

    fn try_guard(
        &self,
        statement: Node<'t>,
        failure: Failure,
        failed: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
        again: Option<(&str, &str)>,
    ) -> Option<String> {
        let caught_names = failure.caught_by()?;
        named_children(statement)
            .into_iter()
            .filter(|clause| {
                clause.kind_name() == "except_clause"
                    && !self.reraises(*clause)
                    && !self.imports_python2(*clause)
                    && !super::fall_through::handler_block(*clause).is_some_and(|block| {
                        self.imports_removed(block, target)
                            || again
                                .is_some_and(|(receiver, name)| self.reads_attribute(block, receiver, name))
                    })
                    && !self.falls_through_to_a_read(statement, *clause, failed, scope)
            })
            .find_map(|clause| self.catches(clause, caught_names))
            .map(|caught| except_text(&caught))
    }

    /// Whether the use reads a removed module through a name that an import outside the `try`
    /// `statement` binds with nothing around it (no `try`, `if`, `with` or loop): on the target
    /// that import fails first, so no handler of `statement` ever sees the use fail.
    /// Ex) markdown2's module-level `import imp`, then `try: imp.find_module(...)` / `except
    /// Exception: log.warn(...)`.
    fn module_import_fails_first(
        &self,
        site: &Site<'_, 't>,
        statement: Node<'t>,
        receiver: Option<Node<'t>>,
        symbol: &str,
        scope: ScopeId,
    ) -> bool {
        let module = QualifiedName::new(symbol).root();
        if module == symbol || (self.removed.removed_within)(module) != Some(module) {
            return false;
        }
        let Some(root) = receiver.and_then(root_name) else {
            return false;
        };
        let Some((_, binding)) = self.lookup(text(root, self.source), scope, root.start_byte()) else {
            return false;
        };
        let imports_module =
            matches!(&binding.kind, BindingKind::Import(path) if QualifiedName::new(path).root() == module);
        let inside = (statement.start_byte()..=statement.end_byte()).contains(&binding.offset);
        let (Some(tree), Some(at)) = (site.ancestors.first(), binding.offset.checked_sub(1)) else {
            return false;
        };
        if !imports_module || inside {
            return false;
        }
        // From the import's last token up to the module: only blocks and definitions around it.
        let mut node = tree.descendant_for_byte_range(at, at);
        for _ in 0..256 {
            let Some(current) = node else {
                return false;
            };
            match current.kind_name() {
                "module" => return true,
                "try_statement"
                | "if_statement"
                | "elif_clause"
                | "else_clause"
                | "except_clause"
                | "with_statement"
                | "for_statement"
                | "while_statement"
                | "conditional_expression" => return false,
                _ => node = current.parent(),
            }
        }
        false
    }

    /// Whether an `except` handler fails on its way out: its block ends in a `raise` (of the
    /// caught exception or another one) or stops the program (`sys.exit(...)`, `exit()`,
    /// `os._exit(...)`). A skip (`raise unittest.SkipTest(...)`) is a guard.
    ///
    /// Ex) `except ImportError: print("distutils is needed"); sys.exit(1)` guards nothing.
    fn reraises(&self, clause: Node<'t>) -> bool {
        super::fall_through::handler_block(clause).is_some_and(|block| self.fails_on_every_path(block, false))
    }

    /// Whether a statement fails on the way out: a `raise` (not of a skip) or a call that stops
    /// the program.
    pub(super) fn fails(&self, last: Node<'t>) -> bool {
        match last.kind_name() {
            "raise_statement" => !crate::syntax::first_part(last).is_some_and(|raised| {
                let raised = raised.field(Field::Function).unwrap_or(raised);
                QualifiedName::new(text(raised, self.source)).last() == "SkipTest"
            }),
            "expression_statement" => last.named_child(0).is_some_and(|call| {
                call.kind_name() == "call"
                    && call.field(Field::Function).is_some_and(|function| {
                        matches!(text(function, self.source), "sys.exit" | "exit" | "quit" | "os._exit")
                    })
            }),
            _ => false,
        }
    }

    /// Whether an `except` handler's own block imports a module only Python 2 has
    /// ([`crate::stdlib::PYTHON2_MODULES`]) or a name only Python 2's version of a module has
    /// ([`crate::stdlib::is_python2_name`]): on Python 3 the fallback fails in turn, so the
    /// handler guards nothing. Imports nested in a test or another `try` are not counted.
    ///
    /// Ex) `try: from configparser import SafeConfigParser` /
    /// `except ImportError: from ConfigParser import SafeConfigParser`; `try: from urllib.parse
    /// import splittype` / `except ImportError: from urllib import splittype`.
    fn imports_python2(&self, clause: Node<'t>) -> bool {
        let Some(block) = super::fall_through::handler_block(clause) else {
            return false;
        };
        named_children(block).into_iter().any(|statement| {
            let modules = match statement.kind_name() {
                "import_from_statement" => return self.imports_from_python2(statement),
                "import_statement" => named_children(statement)
                    .into_iter()
                    .map(|name| name.field(Field::Name).unwrap_or(name))
                    .collect(),
                _ => Vec::new(),
            };
            modules.into_iter().any(|module| crate::stdlib::is_python2_module(text(module, self.source)))
        })
    }

    /// Whether a block's own statements import an API that `target` has removed (a module, or a
    /// name from a module): run there, the block fails at that import. Imports nested in a test
    /// or another `try` are not counted.
    ///
    /// Ex) the handler of `try: from inspect import formatargspec` / `except ImportError: from
    /// inspect import formatargspec, getargspec` (vine 1.1.4) fails in turn on 3.11+, so it
    /// guards nothing; the handler of `try: import imp` runs on 3.12+, so it is no fallback.
    fn imports_removed(&self, block: Node<'t>, target: PythonVersion) -> bool {
        let removed = |path: &str| self.imports_removed_module(path, target);
        let name_of = |name: Node<'t>| dotted_text(name.field(Field::Name).unwrap_or(name), self.source);
        named_children(block).into_iter().any(|statement| match statement.kind_name() {
            "import_statement" => crate::syntax::field_children(statement, Field::Name)
                .into_iter()
                .any(|name| removed(&name_of(name))),
            "import_from_statement" => statement.field(Field::ModuleName).is_some_and(|module| {
                let module = dotted_text(module, self.source);
                !module.starts_with('.')
                    && (removed(&module)
                        || crate::syntax::field_children(statement, Field::Name)
                            .into_iter()
                            .any(|name| removed(&format!("{module}.{}", name_of(name)))))
            }),
            _ => false,
        })
    }

    /// Whether a statement of the handler `clause` imports a module removed at `target` as the
    /// name `bound`: `import imp` binds `imp`, `import imp as loader` binds `loader`.
    /// Ex) openpyxl's `except ImportError:` / `import imp` / `imp.load_source(...)`.
    fn handler_imports_removed(&self, clause: Node<'t>, bound: &str, target: PythonVersion) -> bool {
        let Some(block) = super::fall_through::handler_block(clause) else {
            return false;
        };
        named_children(block).into_iter().filter(|statement| statement.kind_name() == "import_statement").any(
            |statement| {
                crate::syntax::field_children(statement, Field::Name).into_iter().any(|name| {
                    let module = dotted_text(name.field(Field::Name).unwrap_or(name), self.source);
                    let binds = match name.field(Field::Alias) {
                        Some(alias) => text(alias, self.source),
                        None => module.split('.').next().unwrap_or_default(),
                    };
                    binds == bound && self.imports_removed_module(&module, target)
                })
            },
        )
    }

    /// Whether what `path` imports (a module, a package it is in, or a name of one) is removed
    /// at `target`.
    fn imports_removed_module(&self, path: &str, target: PythonVersion) -> bool {
        (self.removed.removed_within)(&canonical_path(path))
            .and_then(|symbol| (self.removed.removed_in)(symbol))
            .is_some_and(|version| version <= target)
    }

    /// The exception an `except` clause catches among `names` (empty for a bare `except:`).
    pub(super) fn catches(&self, clause: Node<'t>, names: &[&str]) -> Option<String> {
        let Some(value) = clause.field(Field::Value) else {
            return Some(String::new());
        };
        // `except ImportError as error:` parses as an `as_pattern` whose first part is caught.
        let named = value.kind_name() == "as_pattern";
        let value = match named {
            true => crate::syntax::first_part(value)?,
            false => value,
        };
        let candidates = match value.kind_name() {
            "tuple" | "parenthesized_expression" => named_children(value),
            // Python 2: `except ImportError, error:` parses as a list of two expressions.
            "expression_list" => named_children(value).into_iter().take(1).collect(),
            _ => vec![value],
        };
        candidates.into_iter().find_map(|candidate| {
            let exception = text(candidate, self.source);
            let short = QualifiedName::new(exception).last();
            // A broad handler that names the error it catches (`except Exception as error:`)
            // handles errors: it reports, wraps or returns the error, and tests no feature
            // (secure-smtpd's logged `uncaught exception`, Lib's `test_cgi.py`).
            let handles_errors = named && matches!(short, "Exception" | "BaseException");
            (names.contains(&short) && !handles_errors).then(|| exception.to_string())
        })
    }

    fn if_guard(
        &self,
        statement: Node<'t>,
        child: Node<'t>,
        scope: ScopeId,
        tested: &Tested<'_>,
    ) -> Option<String> {
        let condition = statement.field(Field::Condition)?;
        if is_field(statement, Field::Consequence, child) {
            return self.runs_only_if(condition, true, scope, tested, 0);
        }
        let (target, receiver) = (tested.target, tested.receiver);
        // An `elif` or `else` branch: excluded when an earlier condition holds.
        let chain = self.if_chain(statement, scope, target)?;
        let branch = *chain.branches.get(&child.id())?;
        if let Some(guard) = &chain.first_true[branch] {
            return Some(guard.clone());
        }
        receiver.and_then(|receiver| self.receiver_else(&chain, branch, scope, receiver)).or_else(|| {
            // Runs only where every earlier condition is false: judged as an early exit's. The
            // nearest conditions only, so that a long `elif` chain with a use in every branch
            // costs each use a bounded look back, not the chain's length.
            chain.conditions[branch.saturating_sub(MAX_EARLIER_CONDITIONS)..branch].iter().find_map(
                |condition| {
                    self.runs_only_if(*condition, false, scope, tested, 0)
                        .map(|why| format!("{why}, in a later branch of the `if`"))
                },
            )
        })
    }

    /// The guard of branch `branch` of `chain` when an earlier condition tests `receiver`.
    fn receiver_else(
        &self,
        chain: &IfChain<'t>,
        branch: usize,
        scope: ScopeId,
        receiver: &str,
    ) -> Option<String> {
        let mut tests = chain.receiver_tests.borrow_mut();
        let tests = tests.entry(receiver.to_string()).or_insert_with(|| {
            let mut first = None;
            let mut prefix = Vec::with_capacity(chain.conditions.len() + 1);
            for condition in &chain.conditions {
                prefix.push(first.clone());
                if first.is_none() {
                    first = self
                        .receiver_test(*condition, scope, receiver)
                        .map(|test| format!("the `else` of `{test}` (a test of the same object)"));
                }
            }
            prefix.push(first);
            prefix
        });
        tests[branch].clone()
    }

    /// The `elif`/`else` branches of an `if` statement and what its conditions say, worked out
    /// once per statement.
    fn if_chain(
        &self,
        statement: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<Rc<IfChain<'t>>> {
        if let Some(chain) = self.if_chains.borrow().get(&statement.id()) {
            return Some(chain.clone());
        }
        let mut conditions = vec![statement.field(Field::Condition)?];
        let mut branches = HashMap::default();
        let mut first_true = vec![None];
        for alternative in crate::syntax::field_children(statement, Field::Alternative) {
            // The conditions before this branch: `conditions`.
            branches.insert(alternative.id(), conditions.len());
            if let Some(condition) = alternative.field(Field::Condition) {
                conditions.push(condition);
            }
        }
        // first_true[k]: the guard of the first true condition among the first k.
        let mut first = None;
        for condition in &conditions {
            if first.is_none() {
                first = self.true_condition(*condition, scope, target);
            }
            first_true.push(first.clone());
        }
        let chain = Rc::new(IfChain { conditions, branches, first_true, receiver_tests: Default::default() });
        self.if_chains.borrow_mut().insert(statement.id(), chain.clone());
        Some(chain)
    }

    pub(super) fn false_condition(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        tested: &super::flow::Tested<'_>,
    ) -> Option<String> {
        let target = tested.target;
        if self.version_condition(condition, scope, target) == Some(false) {
            return Some(format!("a version check that Python {target} does not pass"));
        }
        if self.is_type_checking(condition, scope) {
            return Some("`if TYPE_CHECKING:` (never runs)".to_string());
        }
        self.has_attribute_test(condition, scope, tested)
            .map(|attribute| format!("a `hasattr(..., \"{attribute}\")` test"))
    }

    pub(super) fn true_condition(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<String> {
        (self.version_condition(condition, scope, target) == Some(true))
            .then(|| format!("a version check that sends Python {target} elsewhere"))
    }

    /// `TYPE_CHECKING` (from `typing` or `typing_extensions`, or a module's own flag).
    fn is_type_checking(&self, condition: Node<'t>, scope: ScopeId) -> bool {
        match self.resolve(condition, scope) {
            Value::Qualified(name) => {
                name == "builtins.TYPE_CHECKING" || QualifiedName::new(&name).last() == "TYPE_CHECKING"
            }
            _ => {
                matches!(condition.kind_name(), "identifier" | "attribute")
                    && QualifiedName::new(text(condition, self.source)).last() == "TYPE_CHECKING"
            }
        }
    }

    /// `hasattr(obj, "name")`, alone or in an `and` chain, where `name` is the use's last name
    /// and `obj` the object it reads (spelled the same) or one whose `name` is the API used (its
    /// module, class or an instance, however spelled: `hasattr(ssl, "match_hostname")` before
    /// `tls.match_hostname(...)`), not another (`hasattr(asyncio, "current_task")`); or where
    /// `name` is another API of the object the use reads (spelled the same) that goes with the
    /// used one ([`super::RemovedApis::removed_together`]: `hasattr(sys, "last_type")` before
    /// `sys.last_value`). The tested name.
    fn has_attribute_test(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        tested: &super::flow::Tested<'_>,
    ) -> Option<&'t str> {
        let owns = |object: Node<'t>| {
            tested.receiver == Some(text(object, self.source))
                || matches!(self.member_of(&self.resolve(object, scope), tested.name),
                    super::resolve::Member::Qualified(names) if names.iter().any(|name| name == tested.symbol))
        };
        let mut pending = vec![condition];
        while let Some(node) = pending.pop() {
            match node.kind_name() {
                "parenthesized_expression" => pending.extend(crate::syntax::first_part(node)),
                "boolean_operator" if node.field(Field::Operator).is_some_and(|o| o.kind_name() == "and") => {
                    pending.extend(node.field(Field::Left));
                    pending.extend(node.field(Field::Right));
                }
                "call" => {
                    let is_hasattr = node.field(Field::Function).is_some_and(|f| self.is_hasattr(f, scope));
                    let arguments =
                        node.field(Field::Arguments).map(crate::syntax::parts).unwrap_or_default();
                    let attribute =
                        arguments.get(1).and_then(|argument| string_value(*argument, self.source));
                    let object = arguments.first().copied();
                    let same_api = attribute == Some(tested.name) && object.is_some_and(owns);
                    let sibling = attribute.is_some_and(|attribute| self.goes_with(tested, attribute))
                        && object.is_some_and(|o| tested.receiver == Some(text(o, self.source)));
                    if is_hasattr && (same_api || sibling) {
                        return attribute;
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Whether `attribute`, read from the object the use reads, is another API that the
    /// catalogue deprecates and removes with `tested`'s: where it is missing, so is the use's.
    /// One the target has removed is left to the test of a removed name (its message says so);
    /// one that a Python 3 added ([`crate::stdlib::FEATURES_SINCE`]) tests the version, not the
    /// API (`hasattr(ssl, "PROTOCOL_TLSv1_2")` before `ssl.PROTOCOL_TLSv1`: both deprecated in
    /// 3.10, but the first is missing only where the Python or its OpenSSL is older).
    /// Ex) `last_type` for `sys.last_value`; not `exc_info` for it.
    fn goes_with(&self, tested: &super::flow::Tested<'_>, attribute: &str) -> bool {
        let Some((parent, _)) = tested.symbol.rsplit_once('.') else {
            return false;
        };
        let sibling = format!("{parent}.{attribute}");
        let removed_by_target =
            (self.removed.removed_in)(&sibling).is_some_and(|removed| removed <= tested.target);
        let newer_feature = crate::stdlib::feature_since(attribute).is_some();
        attribute != tested.name
            && !removed_by_target
            && !newer_feature
            && (self.removed.removed_together)(tested.symbol, &sibling)
    }

    /// `hasattr(object, attribute)` (in any parentheses), `getattr(object, attribute, None)`
    /// ([`Self::is_getattr_none`]), or a membership test that spells it otherwise
    /// ([`Self::membership_test`]): the test, its object and its attribute.
    pub(super) fn hasattr_call(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
    ) -> Option<(Node<'t>, Node<'t>, Node<'t>)> {
        let mut condition = condition;
        while condition.kind_name() == "parenthesized_expression" {
            condition = crate::syntax::first_part(condition)?;
        }
        if condition.kind_name() == "comparison_operator" {
            return self.membership_test(condition, scope);
        }
        if condition.kind_name() != "call" {
            return None;
        }
        if !self.is_hasattr(condition.field(Field::Function)?, scope)
            && !self.is_getattr_none(condition, scope)
        {
            return None;
        }
        let arguments: Vec<Node<'t>> = named_children(condition.field(Field::Arguments)?)
            .into_iter()
            .filter(|argument| argument.kind_name() != "comment")
            .collect();
        let ([object, attribute] | [object, attribute, _]) = arguments.as_slice() else {
            return None;
        };
        Some((condition, *object, *attribute))
    }

    /// Whether the callee `function` tests like `hasattr`: the builtin, or a module-level
    /// function of this file that only returns such a test of its two parameters
    /// ([`is_hasattr_helper`]).
    /// Ex) watchdog's `def has_attribute(ob, attribute): return getattr(ob, attribute, None) is
    /// not None`, then `if has_attribute(self, 'daemon'): ... else: self.setDaemon(True)`.
    fn is_hasattr(&self, function: Node<'t>, scope: ScopeId) -> bool {
        if self.resolve(function, scope) == Value::Qualified("builtins.hasattr".into()) {
            return true;
        }
        if function.kind_name() != "identifier" {
            return false;
        }
        match self.lookup(text(function, self.source), scope, function.start_byte()) {
            Some((found, binding)) if found == self.module => {
                matches!(binding.kind, BindingKind::Function(definition) if is_hasattr_helper(definition, self.source))
            }
            _ => false,
        }
    }

    /// `"name" in object.__dict__` (or `in dir(object)`, `in vars(object)`), another spelling of
    /// `hasattr(object, "name")`: the test, its object and its attribute.
    /// Ex) `if 'decodebytes' in base64.__dict__:` before `base64.decodestring` in the `else`.
    fn membership_test(&self, condition: Node<'t>, scope: ScopeId) -> Option<(Node<'t>, Node<'t>, Node<'t>)> {
        let operands = crate::syntax::parts(condition);
        let [attribute, container] = operands.as_slice() else {
            return None;
        };
        if attribute.kind_name() != "string"
            || self.source[attribute.end_byte()..container.start_byte()].trim() != "in"
        {
            return None;
        }
        let object = match container.kind_name() {
            "attribute" => container
                .field(Field::Attribute)
                .filter(|name| text(*name, self.source) == "__dict__")
                .and(container.field(Field::Object))?,
            "call" => {
                let function = self.resolve(container.field(Field::Function)?, scope);
                if !matches!(&function, Value::Qualified(name) if name == "builtins.dir" || name == "builtins.vars")
                {
                    return None;
                }
                let arguments = crate::syntax::parts(container.field(Field::Arguments)?);
                let [object] = arguments.as_slice() else {
                    return None;
                };
                *object
            }
            _ => return None,
        };
        Some((condition, object, *attribute))
    }

    /// `hasattr(receiver, "name")`, the receiver spelled as the use spells it: a test for the
    /// newer API on the very object the use reads (its text, for the message).
    pub(super) fn receiver_test(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        receiver: &str,
    ) -> Option<&'t str> {
        let (condition, object, attribute) = self.hasattr_call(condition, scope)?;
        // A test for a name that is itself going away says nothing about the newer API.
        let tested = string_value(attribute, self.source)?;
        let removed = (self.removed.is_removed_name)(tested);
        (text(object, self.source) == receiver && !removed).then(|| text(condition, self.source))
    }

    /// `hasattr(module, "name")` where `module.name` is what the catalogue gives as the
    /// replacement of `symbol`, and no Python removes it: where the test fails, so is the
    /// replacement missing, and that Python still has `symbol`. The test's text and the name.
    /// Ex) `hasattr(asyncio, "current_task")` for `asyncio.Task.current_task`.
    pub(super) fn replacement_test(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        symbol: &str,
    ) -> Option<(&'t str, String)> {
        let (condition, object, attribute) = self.hasattr_call(condition, scope)?;
        let Value::Qualified(module) = self.resolve(object, scope) else {
            return None;
        };
        let newer = format!("{module}.{}", string_value(attribute, self.source)?);
        let replaces = newer != symbol
            && (self.removed.removed_within)(&newer).is_none()
            && (self.removed.replacement_names)(symbol, &newer);
        replaces.then(|| (text(condition, self.source), newer))
    }

    /// `hasattr(obj, "name")` where `name` is a standard-library feature that `target` has
    /// ([`crate::stdlib::FEATURES_SINCE`]): the test's text.
    pub(super) fn feature_test(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<&'t str> {
        let (condition, _, attribute) = self.hasattr_call(condition, scope)?;
        let minor = crate::stdlib::feature_since(string_value(attribute, self.source)?)?;
        (PythonVersion::new(minor) <= target).then(|| text(condition, self.source))
    }

    /// Whether the body of a `try` statement reads an attribute or calls a function that the
    /// catalogue's replacement of `symbol` names (other than a part of `symbol` itself): the
    /// newer API was tried. Ex) `ssl.create_default_context()` for `ssl.wrap_socket`,
    /// `cfg.read_file(f)` for `ConfigParser.readfp`; not `log.debug(...)` for `Logger.warn`. An
    /// attribute counts only on the object the use reads (`receiver`, as spelled): not
    /// `self.warning(...)` for `log.warn(...)`.
    fn try_body_calls_replacement(&self, statement: Node<'t>, symbol: &str, receiver: Option<&str>) -> bool {
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        let own = |name: &str| symbol.split('.').any(|part| part == name);
        let names_newer = |name: Option<Node<'t>>| {
            name.filter(|name| name.kind_name() == "identifier").is_some_and(|name| {
                let name = text(name, self.source);
                !own(name) && (self.removed.replacement_names)(symbol, name)
            })
        };
        any_node_within(body, |node| match node.kind_name() {
            // An attribute is the replacement on the object the use reads, not on another
            // one: `self.warning(...)` tried nothing for `log.warn(...)` (xhtml2pdf).
            "attribute" => {
                names_newer(node.field(Field::Attribute))
                    && receiver.is_none_or(|receiver| {
                        node.field(Field::Object).is_some_and(|object| text(object, self.source) == receiver)
                    })
            }
            "call" => names_newer(node.field(Field::Function)),
            _ => false,
        })
    }

    /// Whether `block` reads `name` on the object spelled `receiver` (`log.warn` again): a
    /// handler that does fails in turn where the `try` body's read failed, so it guards nothing.
    fn reads_attribute(&self, block: Node<'t>, receiver: &str, name: &str) -> bool {
        any_node_within(block, |node| {
            node.kind_name() == "attribute"
                && node.field(Field::Attribute).is_some_and(|attribute| text(attribute, self.source) == name)
                && node.field(Field::Object).is_some_and(|object| text(object, self.source) == receiver)
        })
    }

    /// Whether the body of a `try` statement spells the name `root` (as an identifier).
    fn try_body_reads(&self, statement: Node<'t>, root: &str) -> bool {
        let Some(body) = statement.field(Field::Body) else {
            return false;
        };
        any_node_within(body, |node| node.kind_name() == "identifier" && text(node, self.source) == root)
    }

    /// `with contextlib.suppress(ImportError):`.
    fn suppress_guard(&self, statement: Node<'t>, scope: ScopeId, failure: Failure) -> Option<String> {
        let names = failure.caught_by()?;
        let clause = crate::syntax::first_part(statement)?;
        // Lazily, and only the first items: each finding in the body asks.
        let mut cursor = clause.walk();
        for item in clause.named_children(&mut cursor).take(MAX_WITH_ITEMS) {
            let Some(call) = with_item_call(item) else {
                continue;
            };
            let function = call.field(Field::Function)?;
            if self.resolve(function, scope) != Value::Qualified("contextlib.suppress".into()) {
                continue;
            }
            let arguments = call.field(Field::Arguments)?;
            for argument in named_children(arguments) {
                let exception = text(argument, self.source);
                if names.contains(&QualifiedName::new(exception).last()) {
                    return Some(format!("`contextlib.suppress({exception})`"));
                }
            }
        }
        None
    }
}

/// How many items of a `with` statement are looked at for a context manager that guards its
/// body (`contextlib.suppress`, a test's patch).
pub(super) const MAX_WITH_ITEMS: usize = 16;

/// The call a `with` item enters. Ex) `mock.patch("a.b")` in `with mock.patch("a.b") as b:`.
pub(super) fn with_item_call(item: Node<'_>) -> Option<Node<'_>> {
    let value = item.field(Field::Value)?;
    let value = if value.kind_name() == "as_pattern" { crate::syntax::first_part(value)? } else { value };
    (value.kind_name() == "call").then_some(value)
}

/// The object a use reads from: `x` in `x.name`, `x[key]` and `x.name(...)`.
fn receiver_of(node: Node<'_>) -> Option<Node<'_>> {
    match node.kind_name() {
        "attribute" => node.field(Field::Object),
        "subscript" => node.field(Field::Value),
        "call" => node
            .field(Field::Function)
            .filter(|function| function.kind_name() == "attribute")?
            .field(Field::Object),
        _ => None,
    }
}

/// How a use in an `except` handler fails, for whether the `try` body makes it a fallback.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum HandlerUse {
    /// The use is an import (`import imp`).
    Import,
    /// The use reads a removed module that the handler itself imports (`imp.load_source`
    /// after the handler's `import imp`): it runs only once that import has.
    ThroughItsImport,
    /// Any other use.
    Other,
}

/// The name an expression starts from: `entry_points` in `entry_points().get`, `found` in
/// `found.items`.
pub(super) fn root_name(node: Node<'_>) -> Option<Node<'_>> {
    let mut node = node;
    for _ in 0..64 {
        node = match node.kind_name() {
            "identifier" => return Some(node),
            "attribute" => node.field(Field::Object)?,
            "call" => node.field(Field::Function)?,
            "subscript" => node.field(Field::Value)?,
            "parenthesized_expression" => crate::syntax::first_part(node)?,
            _ => return None,
        };
    }
    None
}

/// Whether the use is an attribute stored to, alone or among others (`sys.last_type, sys.last_value
/// = ...`): a store never raises `AttributeError`, so no handler of a `try` around it guards it.
/// A `del` or an augmented assignment reads the attribute first.
fn is_stored_attribute(site: &Site<'_, '_>) -> bool {
    if site.node.kind_name() != "attribute" {
        return false;
    }
    let mut child = site.node;
    for parent in site.ancestors.iter().rev() {
        match parent.kind_name() {
            "pattern_list" | "tuple_pattern" | "list_pattern" | "parenthesized_expression" => child = *parent,
            "assignment" => return is_field(*parent, Field::Left, child),
            _ => return false,
        }
    }
    false
}

fn is_field(parent: Node<'_>, field: Field, child: Node<'_>) -> bool {
    parent.field(field).is_some_and(|node| node.id() == child.id())
}

fn except_text(caught: &str) -> String {
    if caught.is_empty() {
        "`except:`".to_string()
    } else {
        format!("`except {caught}`")
    }
}

/// Whether a module has `from __future__ import annotations` (PEP 563). Any module-level
/// future import counts, not only the leading ones: the checker's tree may hold only some of
/// the module's statements, and Python refuses a file whose future imports come later.
fn postpones_annotations(module: Node<'_>, source: &str) -> bool {
    named_children(module)
        .into_iter()
        .filter(|statement| statement.kind_name() == "future_import_statement")
        .any(|statement| {
            crate::syntax::field_children(statement, Field::Name)
                .iter()
                .any(|name| text(name.field(Field::Name).unwrap_or(*name), source) == "annotations")
        })
}

/// Whether the function `definition` (undecorated) takes two parameters `(a, b)` and its body,
/// a docstring aside, is one `return` of `hasattr(a, b)` or `getattr(a, b, None) is not None`:
/// a test for the attribute `b` names on `a`, as `hasattr`'s.
fn is_hasattr_helper(definition: Node<'_>, source: &str) -> bool {
    if definition.parent().is_some_and(|parent| parent.kind_name() == "decorated_definition") {
        return false;
    }
    let Some(parameters) = definition.field(Field::Parameters).map(crate::syntax::parts) else {
        return false;
    };
    let [object, attribute] = parameters.as_slice() else {
        return false;
    };
    if object.kind_name() != "identifier" || attribute.kind_name() != "identifier" {
        return false;
    }
    let Some(mut body) = definition.field(Field::Body).map(crate::syntax::parts) else {
        return false;
    };
    let docstring = body.first().is_some_and(|first| {
        first.kind_name() == "expression_statement"
            && crate::syntax::first_part(*first).is_some_and(|part| part.kind_name() == "string")
    });
    if docstring {
        body.remove(0);
    }
    let [statement] = body.as_slice() else {
        return false;
    };
    let Some(value) = (statement.kind_name() == "return_statement")
        .then(|| crate::syntax::first_part(*statement))
        .flatten()
    else {
        return false;
    };
    // The call's function and its arguments' texts.
    let call = |node: Node<'_>| -> Option<(&str, Vec<&str>)> {
        (node.kind_name() == "call").then_some(())?;
        let function = text(node.field(Field::Function)?, source);
        let arguments = crate::syntax::parts(node.field(Field::Arguments)?);
        Some((function, arguments.iter().map(|argument| text(*argument, source)).collect()))
    };
    let (object, attribute) = (text(*object, source), text(*attribute, source));
    match value.kind_name() {
        "call" => call(value) == Some(("hasattr", vec![object, attribute])),
        "comparison_operator" => {
            let parts = crate::syntax::parts(value);
            let [left, right] = parts.as_slice() else {
                return false;
            };
            let operator: Vec<&str> =
                source[left.end_byte()..right.start_byte()].split_whitespace().collect();
            operator == ["is", "not"]
                && right.kind_name() == "none"
                && call(*left) == Some(("getattr", vec![object, attribute, "None"]))
        }
        _ => false,
    }
}

/// Whether `test` holds for `root` or a named node under it, looking at 4,096 nodes at most
/// (a larger body answers no: these are quick looks, not proofs).
fn any_node_within<'t>(root: Node<'t>, test: impl Fn(Node<'t>) -> bool) -> bool {
    let mut pending = vec![root];
    let mut visited = 0;
    while let Some(node) = pending.pop() {
        visited += 1;
        if visited > 4096 {
            return false;
        }
        if test(node) {
            return true;
        }
        pending.extend(named_children(node));
    }
    false
}
