//! Guards that the flow of the code sets up away from the use: an earlier `if ...: return` (or
//! `raise`, `continue`, `break`, a skip), a helper method that skips or raises unless a feature
//! test passes (called before the use, or from `setUp`), a skip decorator on the function or the
//! class, and flags set from feature tests (`HAS_CRYPT = True` after `import crypt` in a `try`,
//! `HAS_X = hasattr(mod, "x")`).
//!
//! Each of them comes down to a condition the code runs under ([`SemanticModel::runs_only_if`]),
//! judged as the `if` guards judge theirs: a version check, a `hasattr` test of the same name or
//! object, a test that the removed module was imported.

use super::guards::Failure;
use super::resolve::Value;
use super::{BindingKind, ScopeId, SemanticModel};
use crate::qualified_name::QualifiedName;
use crate::stdlib;
use crate::syntax::{named_children, text};
use crate::syntax::{Field, NodeExt};
use crate::version::PythonVersion;
use tree_sitter::Node;

/// How many earlier statements of one block are looked at for an early exit or a helper call.
const MAX_EARLIER: usize = 64;

/// How many steps (`not`, flags, helpers) a condition is followed through.
const MAX_DEPTH: u8 = 8;

/// The use being judged: what a condition must say something about.
#[derive(Clone, Copy)]
pub(super) struct Tested<'a> {
    /// The removed API's qualified name. Ex) `ssl.match_hostname`.
    pub symbol: &'a str,
    /// Its last name. Ex) `match_hostname`.
    pub name: &'a str,
    /// The text of the object the use reads from, if any. Ex) `self._sslcontext`.
    pub receiver: Option<&'a str>,
    /// The version the user migrates to.
    pub target: PythonVersion,
    /// What the use raises where the API is gone.
    pub failure: Failure,
}

/// What a skip decorator says: the test runs only where its condition is `holds`.
#[derive(Clone, Copy)]
pub(super) struct Skip<'t> {
    condition: Node<'t>,
    holds: bool,
    scope: ScopeId,
}

impl<'t> SemanticModel<'t> {
    /// Why code that runs only where `condition` evaluates to `holds` is safe for `tested`.
    pub(super) fn runs_only_if(
        &self,
        condition: Node<'t>,
        holds: bool,
        scope: ScopeId,
        tested: &Tested<'_>,
        depth: u8,
    ) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        let depth = depth + 1;
        let target = tested.target;
        match condition.kind_name() {
            "parenthesized_expression" => {
                return self.runs_only_if(crate::syntax::first_part(condition)?, holds, scope, tested, depth)
            }
            "not_operator" => {
                return self.runs_only_if(condition.field(Field::Argument)?, !holds, scope, tested, depth)
            }
            "boolean_operator" => {
                // `a and b` true: both hold; `a or b` false: neither does. Either one may guard.
                let is_and = condition.field(Field::Operator).is_some_and(|o| o.kind_name() == "and");
                if is_and == holds {
                    let version = if holds {
                        self.false_condition(condition, scope, tested)
                    } else {
                        self.true_condition(condition, scope, target)
                    };
                    return version
                        .or_else(|| {
                            self.runs_only_if(condition.field(Field::Left)?, holds, scope, tested, depth)
                        })
                        .or_else(|| {
                            self.runs_only_if(condition.field(Field::Right)?, holds, scope, tested, depth)
                        });
                }
                // `a and b` false: where either is false; `a or b` true: where either holds.
                // Guarded when each side alone would guard the use.
                // Ex) docker's `else` of `ssl.OPENSSL_VERSION_INFO[:3] >= (1, 0, 1) and
                // hasattr(ssl, 'PROTOCOL_TLSv1_2')` before `ssl.PROTOCOL_TLSv1`.
                let left = self.runs_only_if(condition.field(Field::Left)?, holds, scope, tested, depth);
                if let Some(left) = left {
                    if let Some(right) =
                        self.runs_only_if(condition.field(Field::Right)?, holds, scope, tested, depth)
                    {
                        return Some(format!("{left}; {right}"));
                    }
                }
            }
            "comparison_operator" => {
                // `getattr(obj, "name", None) is not None` (or a name bound to that `getattr`)
                // tests as `hasattr(obj, "name")`; `is None` the other way round.
                if let Some((call, is_not)) = self.getattr_none_test(condition, scope) {
                    return self.runs_only_if(call, holds == is_not, scope, tested, depth);
                }
            }
            _ => {}
        }
        let direct = if holds {
            self.false_condition(condition, scope, tested)
                .or_else(|| self.gone_attribute_test(condition, scope, target))
        } else {
            self.true_condition(condition, scope, target)
                .or_else(|| {
                    self.feature_test(condition, scope, target)
                        .map(|test| format!("`not {test}` (a feature every Python {target} has)"))
                })
                .or_else(|| {
                    self.receiver_test(condition, scope, tested.receiver?)
                        .map(|test| format!("`not {test}` (a test of the same object)"))
                })
                .or_else(|| {
                    self.replacement_test(condition, scope, tested.symbol)
                        .map(|(test, newer)| format!("`not {test}` (`{newer}` replaces it)"))
                })
        };
        direct.or_else(|| self.module_test(condition, holds, scope, tested.symbol)).or_else(
            || match condition.kind_name() {
                "identifier" => self.flag(condition, holds, scope, tested, depth),
                "attribute" => self.project_flag(condition, holds, scope, tested),
                "call" => self.helper_result(condition, holds, scope, tested, depth),
                _ => None,
            },
        )
    }

    /// For `x is None` or `x is not None` where `x` is `getattr(obj, "name", None)` or a name
    /// whose binding reaching the test is that call: the call, and whether the test is `is not`.
    /// Ex) prompt_toolkit's `signature = getattr(inspect, 'signature', None)`, then `if
    /// signature is not None:`.
    fn getattr_none_test(&self, condition: Node<'t>, scope: ScopeId) -> Option<(Node<'t>, bool)> {
        let parts = crate::syntax::parts(condition);
        let [left, right] = parts.as_slice() else {
            return None;
        };
        let operator: Vec<&str> =
            self.source[left.end_byte()..right.start_byte()].split_whitespace().collect();
        let is_not = match operator.as_slice() {
            ["is", "not"] => true,
            ["is"] => false,
            _ => return None,
        };
        if right.kind_name() != "none" {
            return None;
        }
        let call = match left.kind_name() {
            "identifier" => match self.lookup(text(*left, self.source), scope, left.start_byte())?.1.kind {
                BindingKind::Value(value) => value,
                _ => return None,
            },
            _ => *left,
        };
        self.is_getattr_none(call, scope).then_some((call, is_not))
    }

    /// Whether `call` is `getattr(obj, "name", None)`: true exactly where `obj` has `name` (for
    /// the functions and classes such tests look for).
    pub(super) fn is_getattr_none(&self, call: Node<'t>, scope: ScopeId) -> bool {
        if call.kind_name() != "call" {
            return false;
        }
        let Some(arguments) = call.field(Field::Arguments) else {
            return false;
        };
        let arguments = crate::syntax::parts(arguments);
        matches!(arguments.as_slice(), [_, attribute, default]
            if attribute.kind_name() == "string" && default.kind_name() == "none")
            && call.field(Field::Function).is_some_and(|function| {
                self.resolve(function, scope) == Value::Qualified("builtins.getattr".into())
            })
    }

    /// `hasattr(module, "name")` where `module.name` is removed by the target: false there.
    /// Ex) `hasattr(ast, "Bytes") and isinstance(item, ast.Bytes)` on 3.14.
    fn gone_attribute_test(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<String> {
        let (condition, object, attribute) = self.hasattr_call(condition, scope)?;
        let attribute = crate::syntax::string_value(attribute, self.source)?;
        let Value::Qualified(object) = self.resolve(object, scope) else {
            return None;
        };
        let removed = (self.removed.removed_in)(&format!("{object}.{attribute}"))?;
        (removed <= target).then(|| {
            format!(
                "`{}`, false on Python {target} (`{object}.{attribute}` is gone)",
                text(condition, self.source)
            )
        })
    }

    /// A name tested as a flag: bound once to a test (`HAS_X = hasattr(mod, "x")`), set `True`
    /// where an import succeeds and `False` where it fails, or bound to what a newer API gives
    /// where it is there and to `None` where it raised.
    fn flag(
        &self,
        flag: Node<'t>,
        holds: bool,
        scope: ScopeId,
        tested: &Tested<'_>,
        depth: u8,
    ) -> Option<String> {
        let name = text(flag, self.source);
        let (binding_scope, binding) = self.lookup(name, scope, flag.start_byte())?;
        // A flag imported from another module of the project, which sets it so.
        let imported = match &binding.kind {
            BindingKind::Import(qualified) => self.project.import_flag(qualified).map(<[String]>::to_vec),
            _ => None,
        };
        if let Some(modules) = imported.or_else(|| self.import_flag(binding_scope, name)) {
            return self.import_flag_guard(name, &modules, holds, tested);
        }
        if !holds {
            if let Some(feature) = self.feature_value_flag(binding_scope, name, tested) {
                return Some(format!(
                    "`{name}`, false only where `{feature}` raised, which Python {} has",
                    tested.target
                ));
            }
        }
        match binding.kind {
            BindingKind::Value(value) if !matches!(value.kind_name(), "true" | "false") => self
                .runs_only_if(value, holds, binding_scope, tested, depth)
                .map(|why| format!("`{name}` (set from {why})")),
            _ => None,
        }
    }

    /// Why code that runs where a flag `True` exactly where importing `modules` succeeded is
    /// `holds` is safe: it runs only where the removed module imports; or only where the import
    /// failed, as a fallback for it (for a failing import) or where a newer API that supersedes
    /// the removed one is missing.
    fn import_flag_guard(
        &self,
        name: &str,
        modules: &[String],
        holds: bool,
        tested: &Tested<'_>,
    ) -> Option<String> {
        let imports_removed = modules.iter().any(|module| self.lies_in_removed(module, tested.symbol));
        if holds || imports_removed {
            return (holds && imports_removed)
                .then(|| format!("`{name}`, a flag set where the import succeeds"));
        }
        if tested.failure == Failure::Import {
            return Some(format!("`{name}` false, a fallback where its import fails"));
        }
        let feature = self.newer_api(modules, tested.symbol)?;
        Some(format!("`{name}`, false only where `{feature}` is missing, which Python {} has", tested.target))
    }

    /// The newer API among `paths` that supersedes `symbol` (its replacement names it), when
    /// every path is one of `symbol`'s own module that no Python removes: a flag set from
    /// importing them is true wherever that API is there.
    fn newer_api<'p>(&self, paths: &'p [String], symbol: &str) -> Option<&'p str> {
        let root = QualifiedName::new(symbol).root();
        let mut newer = None;
        for path in paths {
            let path_name = QualifiedName::new(path);
            if path_name.root() != root || (self.removed.removed_within)(path).is_some() {
                return None;
            }
            if path.len() > root.len() && (self.removed.replacement_names)(symbol, path_name.last()) {
                newer = Some(path.as_str());
            }
        }
        newer
    }

    /// A name bound in the body of a `try` to what a newer API superseding `symbol` gives
    /// (`context = ssl.create_default_context()`), and to `None` or `False` in a handler of
    /// the failure its absence raises (or before the `try`): the newer API, when every binding
    /// of `name` in `scope` is so. Ex) stomp.py's `tls_context`.
    fn feature_value_flag(&self, scope: ScopeId, name: &str, tested: &Tested<'_>) -> Option<String> {
        let bindings = self.bindings.get(&scope)?.get(name)?;
        let (mut newer, mut tried, mut handled) = (None, Vec::new(), Vec::new());
        for binding in bindings {
            let BindingKind::Value(value) = binding.kind else {
                return None;
            };
            let unset = matches!(value.kind_name(), "none" | "false");
            match (self.try_of(value), unset) {
                (Some((statement, Some(clause))), true) => {
                    self.catches(clause, Failure::Attribute.caught_by()?)?;
                    handled.push(statement.id());
                }
                (Some((statement, None)), false) => {
                    let function =
                        if value.kind_name() == "call" { value.field(Field::Function)? } else { value };
                    let Value::Qualified(called) = self.resolve(function, scope) else {
                        return None;
                    };
                    newer = Some(self.newer_api(std::slice::from_ref(&called), tested.symbol)?.to_string());
                    tried.push(statement.id());
                }
                (None, true) => {}
                _ => return None,
            }
        }
        // Each `None` is where a call of the newer API raised.
        handled.iter().all(|statement| tried.contains(statement)).then_some(newer)?
    }

    /// A flag read as an attribute of a module of the project (`compat.HAS_CRYPT` after `from .
    /// import compat`) that sets it where an import succeeds.
    fn project_flag(
        &self,
        flag: Node<'t>,
        holds: bool,
        scope: ScopeId,
        tested: &Tested<'_>,
    ) -> Option<String> {
        if self.project.is_empty() {
            return None;
        }
        let Value::Qualified(module) = self.resolve(flag.field(Field::Object)?, scope) else {
            return None;
        };
        let attribute = text(flag.field(Field::Attribute)?, self.source);
        let modules = self.project.import_flag(&format!("{module}.{attribute}"))?;
        self.import_flag_guard(text(flag, self.source), modules, holds, tested)
    }

    /// Whether a removed module the path `module` names or lies in is `symbol` or holds it.
    fn lies_in_removed(&self, module: &str, symbol: &str) -> bool {
        let Some(removed) = (self.removed.removed_within)(&crate::stdlib::canonical_path(module)) else {
            return false;
        };
        symbol == removed || symbol.strip_prefix(removed).is_some_and(|rest| rest.starts_with('.'))
    }

    /// The modules whose import a flag says succeeded: every binding of `name` in `scope` is
    /// `True` or `False`, and it is `False` only in an `except ImportError` handler of a `try`
    /// (whose imports are the answer), `True` in that `try`'s body or anywhere else.
    pub(super) fn import_flag(&self, scope: ScopeId, name: &str) -> Option<Vec<String>> {
        let bindings = self.bindings.get(&scope)?.get(name)?;
        let mut modules = Vec::new();
        // The `try` statements whose imports are in `modules` already: a flag set many times in
        // one `try` lists its imports once (else reading it cost the square of its bindings).
        let mut tries = crate::hash::HashSet::default();
        for binding in bindings {
            let BindingKind::Value(value) = binding.kind else {
                return None;
            };
            let set = match value.kind_name() {
                "true" => true,
                "false" => false,
                _ => return None,
            };
            match (self.import_try_of(value), set) {
                // `False` where the import failed, `True` after it succeeded.
                (Some((statement, in_handler)), set) if in_handler != set => {
                    if tries.insert(statement.id()) {
                        modules.extend(self.tried_modules(statement));
                    }
                }
                // A `False` default before the `try`.
                (None, false) => {}
                _ => return None,
            }
        }
        (!modules.is_empty()).then_some(modules)
    }

    /// For the value of `flag = value`: the `try` statement it sits in directly, and whether it
    /// sits in an `except ImportError` handler (`false`: in the `try` body or its `else`).
    fn import_try_of(&self, value: Node<'t>) -> Option<(Node<'t>, bool)> {
        match self.try_of(value)? {
            (statement, Some(clause)) => {
                let caught = clause.field(Field::Value).map(|value| text(value, self.source))?;
                let imports = caught.contains("ImportError") || caught.contains("ModuleNotFoundError");
                imports.then_some((statement, true))
            }
            (statement, None) => Some((statement, false)),
        }
    }

    /// For the value of `name = value`, a statement of its own: the `try` statement whose
    /// body (or `else`) or handler holds it directly, with that handler.
    fn try_of(&self, value: Node<'t>) -> Option<(Node<'t>, Option<Node<'t>>)> {
        let assignment = value.parent().filter(|p| p.kind_name() == "assignment")?;
        let statement = assignment.parent().filter(|p| p.kind_name() == "expression_statement")?;
        let block = statement.parent().filter(|p| p.kind_name() == "block")?;
        let holder = block.parent()?;
        match holder.kind_name() {
            "try_statement" => Some((holder, None)),
            "else_clause" => holder.parent().filter(|p| p.kind_name() == "try_statement").map(|p| (p, None)),
            "except_clause" => {
                holder.parent().filter(|p| p.kind_name() == "try_statement").map(|p| (p, Some(holder)))
            }
            _ => None,
        }
    }

    /// The module paths the imports at the top of a `try` body bring in.
    fn tried_modules(&self, statement: Node<'t>) -> Vec<String> {
        let Some(body) = statement.field(Field::Body) else {
            return Vec::new();
        };
        super::tried_imports(body, self.source)
            .into_iter()
            .flat_map(|(_, module, qualified)| match qualified {
                Some(imported) if imported != module => vec![module, imported],
                _ => vec![module],
            })
            .collect()
    }

    /// `crypt`, `crypt is not None` (and their negations) where `crypt` is a removed module the
    /// use lies in: the code runs only where the import succeeded, never on the target.
    fn module_test(&self, condition: Node<'t>, holds: bool, scope: ScopeId, symbol: &str) -> Option<String> {
        let (name, present) = match condition.kind_name() {
            "identifier" => (condition, holds),
            "comparison_operator" => {
                let operands = named_children(condition);
                let [name, none] = operands.as_slice() else {
                    return None;
                };
                if none.kind_name() != "none" || name.kind_name() != "identifier" {
                    return None;
                }
                let operator = crate::syntax::field_children(condition, Field::Operators)
                    .iter()
                    .map(|o| text(*o, self.source))
                    .collect::<Vec<_>>()
                    .join(" ");
                match operator.as_str() {
                    "is not" | "!=" => (*name, holds),
                    "is" | "==" => (*name, !holds),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let Value::Qualified(module) = self.resolve(name, scope) else {
            return None;
        };
        (present && self.lies_in_removed(&module, symbol))
            .then(|| format!("a test that `{}` was imported", text(name, self.source)))
    }

    /// `self._has_x()` or `cls.has_x()`: a method of this file's class whose one `return` is a
    /// condition.
    fn helper_result(
        &self,
        call: Node<'t>,
        holds: bool,
        scope: ScopeId,
        tested: &Tested<'_>,
        depth: u8,
    ) -> Option<String> {
        let definition = self.called_method(call, scope)?;
        let returned = super::resolve::single_return(definition)?;
        self.runs_only_if(returned, holds, definition.id(), tested, depth)
            .map(|why| format!("`{}` ({why})", text(call, self.source)))
    }

    /// The method of this file's class that `call` (`self.name(...)`, `cls.name(...)`) calls,
    /// or the function of this file (`_require_crypt()`).
    fn called_method(&self, call: Node<'t>, scope: ScopeId) -> Option<Node<'t>> {
        let function = call.field(Field::Function)?;
        if function.kind_name() == "identifier" {
            let name = text(function, self.source);
            return match self.lookup(name, scope, function.start_byte())?.1.kind {
                BindingKind::Function(definition) => Some(definition),
                _ => None,
            };
        }
        let function = Some(function).filter(|f| f.kind_name() == "attribute")?;
        let class = match self.resolve(function.field(Field::Object)?, scope) {
            Value::LocalInstance(class) | Value::LocalClass(class) => class,
            _ => return None,
        };
        self.local_method(class, text(function.field(Field::Attribute)?, self.source))
    }

    /// An earlier statement of `block` that leaves unless a condition holds: `if not C: return`
    /// (or `raise`, `continue`, `break`, a skip), or a call of a helper method that raises or
    /// skips unless one does.
    pub(super) fn earlier_exit(
        &self,
        block: Node<'t>,
        child: Node<'t>,
        scope: ScopeId,
        tested: &Tested<'_>,
    ) -> Option<String> {
        let statements = self.statements_of(block);
        let at = statements.partition_point(|statement| statement.start_byte() < child.start_byte());
        if statements.get(at).is_none_or(|statement| statement.id() != child.id()) {
            return None;
        }
        let earlier = statements[..at].iter().rev().copied();
        earlier.take(MAX_EARLIER).find_map(|statement| match statement.kind_name() {
            "if_statement" if statement.field(Field::Consequence).is_some_and(|b| self.leaves(b, true)) => {
                let condition = statement.field(Field::Condition)?;
                self.runs_only_if(condition, false, scope, tested, 0)
                    .map(|why| format!("{why}, after an early exit"))
            }
            "expression_statement" => {
                let call = statement.named_child(0).filter(|c| c.kind_name() == "call")?;
                self.helper_checks(call, scope, tested)
            }
            _ => None,
        })
    }

    /// The statements of a block (or the module), listed once per block (also for the
    /// narrowing's look at earlier statements).
    pub(super) fn statements_of(&self, block: Node<'t>) -> std::rc::Rc<Vec<Node<'t>>> {
        if let Some(statements) = self.statements.borrow().get(&block.id()) {
            return statements.clone();
        }
        let statements = std::rc::Rc::new(named_children(block));
        self.statements.borrow_mut().insert(block.id(), statements.clone());
        statements
    }

    /// What a call of a helper method establishes for the code after it: its body raises or
    /// skips unless a condition holds.
    fn helper_checks(&self, call: Node<'t>, scope: ScopeId, tested: &Tested<'_>) -> Option<String> {
        let definition = self.called_method(call, scope)?;
        self.checks_in(definition, tested, true)
            .map(|why| format!("{why}, checked by `{}`", text(call, self.source)))
    }

    /// The checks at the top level of a method's body: `if C: raise ...` or `if C:
    /// self.skipTest(...)`, and (when `calls` is set) calls of helper methods that make them.
    fn checks_in(&self, definition: Node<'t>, tested: &Tested<'_>, calls: bool) -> Option<String> {
        let body = definition.field(Field::Body)?;
        let scope = definition.id();
        let statements = self.statements_of(body);
        statements.iter().copied().take(MAX_EARLIER).find_map(|statement| match statement.kind_name() {
            "if_statement" if statement.field(Field::Consequence).is_some_and(|b| self.leaves(b, false)) => {
                self.runs_only_if(statement.field(Field::Condition)?, false, scope, tested, 0)
            }
            "expression_statement" if calls => {
                let call = statement.named_child(0).filter(|c| c.kind_name() == "call")?;
                let helper = self.called_method(call, scope)?;
                (helper.id() != definition.id()).then(|| self.checks_in(helper, tested, false))?
            }
            _ => None,
        })
    }

    /// Whether a block always leaves: it ends in `raise` or a skip (`self.skipTest(...)`,
    /// `pytest.skip(...)`), or, when `returns` is set, `return`, `continue` or `break`.
    fn leaves(&self, block: Node<'t>, returns: bool) -> bool {
        let Some(last) = named_children(block).into_iter().rfind(|s| s.kind_name() != "comment") else {
            return false;
        };
        match last.kind_name() {
            "raise_statement" => true,
            "return_statement" | "continue_statement" | "break_statement" => returns,
            "expression_statement" => last.named_child(0).is_some_and(|call| self.is_skip_call(call)),
            _ => false,
        }
    }

    /// `self.skipTest(...)`, `pytest.skip(...)`.
    fn is_skip_call(&self, call: Node<'t>) -> bool {
        let Some(function) = call.field(Field::Function).filter(|_| call.kind_name() == "call") else {
            return false;
        };
        let last = QualifiedName::new(text(function, self.source)).last();
        last == "skipTest" || (last == "skip" && text(function, self.source).starts_with("pytest."))
    }

    /// `setUp` or `setUpClass` of the class (or its bases in this file) skips or raises unless a
    /// condition holds: every test of the class runs under it.
    pub(super) fn set_up_check(&self, class_definition: Node<'t>, tested: &Tested<'_>) -> Option<String> {
        let class = self.class_of_node(class_definition)?;
        stdlib::SET_UP_METHODS.iter().find_map(|name| {
            let method = self.local_method(class, name)?;
            self.checks_in(method, tested, true).map(|why| format!("{why}, checked in `{name}`"))
        })
    }

    /// A skip decorator on a function or class (`@unittest.skipIf(...)`, `@skipUnless(...)`,
    /// `@pytest.mark.skipif(...)`, or a name bound to one) whose condition guards the use.
    pub(super) fn skip_decorator(
        &self,
        decorated: Node<'t>,
        scope: ScopeId,
        tested: &Tested<'_>,
    ) -> Option<String> {
        let skips = self.skips_of(decorated, scope);
        skips.iter().find_map(|skip| {
            self.runs_only_if(skip.condition, skip.holds, skip.scope, tested, 0)
                .map(|why| format!("{why}, in a skip decorator"))
        })
    }

    /// The skip decorators of a decorated definition, worked out once per definition: every
    /// finding in it asks, and a definition may carry thousands of decorators.
    fn skips_of(&self, decorated: Node<'t>, scope: ScopeId) -> std::rc::Rc<Vec<Skip<'t>>> {
        if let Some(skips) = self.skips.borrow().get(&decorated.id()) {
            return skips.clone();
        }
        let skips: std::rc::Rc<Vec<Skip<'t>>> = std::rc::Rc::new(
            named_children(decorated)
                .into_iter()
                .filter(|d| d.kind_name() == "decorator")
                .filter_map(|decorator| self.skip_of(crate::syntax::first_part(decorator)?, scope))
                .collect(),
        );
        self.skips.borrow_mut().insert(decorated.id(), skips.clone());
        skips
    }

    /// The condition of a skip decorator's expression, following a name bound to one.
    fn skip_of(&self, expression: Node<'t>, scope: ScopeId) -> Option<Skip<'t>> {
        let (call, scope) = match expression.kind_name() {
            "call" => (expression, scope),
            "identifier" => {
                let (scope, binding) =
                    self.lookup(text(expression, self.source), scope, expression.start_byte())?;
                match binding.kind {
                    BindingKind::Value(value) if value.kind_name() == "call" => (value, scope),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let Value::Qualified(decorator) = self.resolve(call.field(Field::Function)?, scope) else {
            return None;
        };
        let skips_if = match decorator.as_str() {
            "unittest.skipIf" | "unittest2.skipIf" | "pytest.mark.skipif" => true,
            "unittest.skipUnless" | "unittest2.skipUnless" => false,
            _ => return None,
        };
        let condition = named_children(call.field(Field::Arguments)?)
            .into_iter()
            .find(|argument| !matches!(argument.kind_name(), "comment" | "keyword_argument"))
            .filter(|argument| argument.kind_name() != "string")?;
        Some(Skip { condition, holds: !skips_if, scope })
    }
}
