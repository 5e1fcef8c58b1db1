//! Evaluates Python-version checks (`sys.version_info >= (3, 12)`, `six.PY2`, `PY3`, ...) at
//! a target version, so code that the target never runs can be told apart.

use super::resolve::Value;
use super::{BindingKind, ScopeId, SemanticModel};
use crate::qualified_name::QualifiedName;
use crate::syntax::{named_children, text};
use crate::syntax::{Field, NodeExt};
use crate::version::PythonVersion;
use std::cmp::Ordering;
use tree_sitter::Node;

const MAX_DEPTH: u8 = 16;

/// The value of each name read in a version check, by the name's node id, scope, target and
/// the depth it was read at: a flag built as a chain (`x1 = x0 and x0`, `x2 = x1 and x1`, ...)
/// reads each name along every path, 2^depth times, and was worked out again for every use
/// it guards (20 names over 800 uses: 4.6 s).
pub(super) type FlagMemo = std::collections::HashMap<(usize, ScopeId, PythonVersion, u8), Option<bool>>;

/// The oldest OpenSSL each Python 3 feature release builds with, newest first: `(minor, (major,
/// minor, fix))`. 3.10 requires 1.1.1 (PEP 644), 3.7 requires 1.0.2 (bpo-34670's
/// `Modules/_ssl.c` check).
const OPENSSL_FLOORS: &[(u8, [i64; 3])] = &[(10, [1, 1, 1]), (7, [1, 0, 2])];

/// What tells Jython apart, and Jython's answer: `sys.platform` starts with "java"
/// ("java1.8.0_151"), `os.name` is "java", `platform.system()` "Java",
/// `platform.python_implementation()` "Jython". Jython implements Python 2 only, so a test for
/// it is a version check no Python 3 passes (pymongo's `elif sys.platform.startswith('java'):
/// platform.java_ver()`).
const JYTHON: &[(&str, &str)] = &[
    ("sys.platform", "java"),
    ("os.name", "java"),
    ("platform.system", "Java"),
    ("platform.python_implementation", "Jython"),
];

/// A micro version larger than any real one, to evaluate a check across a whole feature release.
const LAST_MICRO: i64 = 1 << 20;

/// What a version check compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Subject {
    /// `sys.version_info`: a tuple (3, minor, micro, release level, serial).
    Tuple,
    /// `sys.version_info[:N]`: its first N items.
    Prefix(usize),
    /// One item of `sys.version_info` (`[0]`, `.major`, `[1]`, `.minor`).
    Item(usize),
    /// A piece of a version string ([`Text`]): `sys.version`, `platform.python_version()`,
    /// `sys.version.split()[0]` or a slice of one (`sys.version[0]`, `sys.version[:3]`).
    Text(Text),
    /// `sys.hexversion`: 0x030C01F0 for 3.12.1 final.
    Hex,
    /// A number made of the version ([`FloatOf`]), compared with a number.
    Float(FloatOf),
}

/// What `float(...)` reads as the version's number: aenum's `pyver = float('%s.%s' %
/// sys.version_info[:2])` (3.14 on 3.14), `float(sys.version[:3])` (3.1 on 3.10 and later, as
/// Python reads it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FloatOf {
    /// A piece of a version string ([`Text`]).
    Text(Text),
    /// The major and minor items joined by a dot: `'%s.%s' % sys.version_info[:2]`,
    /// `'{}.{}'.format(*sys.version_info[:2])`.
    MajorMinor,
}

/// A piece of a version string: `[start..end]` of `sys.version` ("3.12.1 (main, ...)", whose
/// text after the number and its space is not known) or of the number alone ("3.12.1", from
/// `platform.python_version()` or `sys.version.split()[0]`). Python compares strings
/// character by character, so gpxpy's `sys.version.split(' ')[0][0] == '3'` holds on every
/// Python 3 and `sys.version[:3] >= '2.6'` compares "3.1" on 3.10 and later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Text {
    /// The number alone, without `sys.version`'s build information.
    number_only: bool,
    start: usize,
    end: Option<usize>,
}

impl Text {
    const WHOLE: Text = Text { number_only: false, start: 0, end: None };
    const NUMBER: Text = Text { number_only: true, start: 0, end: None };

    /// The piece's text on `3.minor.micro`, up to what is known of it: `sys.version`'s number
    /// and the space after it. `None` when the slice reaches past that.
    fn at(self, minor: u8, micro: i64) -> Option<String> {
        let known = match self.number_only {
            true => format!("3.{minor}.{micro}"),
            false => format!("3.{minor}.{micro} "),
        };
        let end = match self.end {
            Some(end) if end <= known.len() => end,
            Some(_) if self.number_only => known.len(),
            Some(_) => return None,
            None => known.len(),
        };
        Some(known.get(self.start.min(end)..end)?.to_owned())
    }

    /// `[start:end]` of this piece (`end` past it is cut, as Python's slices are).
    fn slice(self, start: usize, end: Option<usize>) -> Text {
        let start = self.start + start;
        let end = match (self.end, end.map(|end| self.start + end)) {
            (Some(outer), Some(inner)) => Some(outer.min(inner)),
            (outer, inner) => outer.or(inner),
        };
        Text { start: end.map_or(start, |end| start.min(end)), end, ..self }
    }
}

impl<'t> SemanticModel<'t> {
    /// Whether `condition` holds when the target version runs it: `Some(true)`, `Some(false)`,
    /// or `None` when it is not a version check (or cannot be decided for the whole release).
    pub fn version_condition(
        &self,
        condition: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<bool> {
        self.evaluate(condition, scope, target, 0)
    }

    fn evaluate(&self, node: Node<'t>, scope: ScopeId, target: PythonVersion, depth: u8) -> Option<bool> {
        if depth > MAX_DEPTH {
            return None;
        }
        let depth = depth + 1;
        match node.kind_name() {
            "parenthesized_expression" => {
                self.evaluate(crate::syntax::first_part(node)?, scope, target, depth)
            }
            "not_operator" => {
                self.evaluate(node.field(Field::Argument)?, scope, target, depth).map(|value| !value)
            }
            "boolean_operator" => {
                let left = self.evaluate(node.field(Field::Left)?, scope, target, depth);
                let right = self.evaluate(node.field(Field::Right)?, scope, target, depth);
                let is_and = node.field(Field::Operator).is_some_and(|o| o.kind_name() == "and");
                match (is_and, left, right) {
                    (true, Some(false), _) | (true, _, Some(false)) => Some(false),
                    (true, Some(true), Some(true)) => Some(true),
                    (false, Some(true), _) | (false, _, Some(true)) => Some(true),
                    (false, Some(false), Some(false)) => Some(false),
                    _ => None,
                }
            }
            "comparison_operator" => self.evaluate_comparison(node, scope, target),
            "identifier" => {
                // Remembered outside the resolver's questions, whose steps may run out (see
                // `FlagMemo`); `depth` is part of the key, so the answer is the one worked out
                // afresh.
                let remembered = !self.answering_a_question();
                let key = (node.id(), scope, target, depth);
                if remembered {
                    if let Some(&value) = self.flags.borrow().get(&key) {
                        return value;
                    }
                }
                let name = text(node, self.source);
                let value = match self.lookup(name, scope, node.start_byte()) {
                    Some((binding_scope, binding)) => match binding.kind {
                        BindingKind::Value(value) => self
                            .evaluate(value, binding_scope, target, depth)
                            .or_else(|| self.flag_set_in_branches(name, value, binding_scope, target, depth)),
                        BindingKind::Import(ref qualified) => named_flag(last_segment(qualified), target),
                        _ => None,
                    },
                    None => named_flag(name, target),
                };
                if remembered {
                    self.flags.borrow_mut().insert(key, value);
                }
                value
            }
            "attribute" => match self.class_attribute_value(node, scope) {
                // A class attribute set from a version check. Ex) `self._has_ssl_context`.
                Some((value, class_scope)) => self.evaluate(value, class_scope, target, depth),
                None => named_flag(text(node.field(Field::Attribute)?, self.source), target),
            },
            "call" => self.evaluate_startswith(node, scope, target),
            _ => None,
        }
    }

    /// A flag assigned `True` or `False` in the branches of a version check (cloudpickle's `if
    /// sys.version < '3': PY3 = False` / `else: PY3 = True`): the literal of the branch that
    /// `target` takes. `value`: the literal of the binding found, in a branch of that `if`.
    fn flag_set_in_branches(
        &self,
        name: &str,
        value: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
        depth: u8,
    ) -> Option<bool> {
        let (statement, _) = self.literal_in_branch(value)?;
        let taken = match statement.kind_name() {
            "try_statement" => self.branch_of_builtins_test(statement, scope)?,
            _ => self.branch_taken(statement, scope, target, depth)?,
        };
        self.bindings.get(&scope)?.get(name)?.iter().find_map(|binding| match binding.kind {
            BindingKind::Value(value) => self
                .literal_in_branch(value)
                .filter(|&(_, branch)| branch.id() == taken)
                .map(|_| value.kind_name() == "true"),
            _ => None,
        })
    }

    /// The `try` body's or `else` clause's id where the `try` statement tests for builtins every
    /// Python 3 has, its first `except` clause's where it tests for Python 2's
    /// ([`Self::try_tests_builtins`]): what every Python 3 runs to its end.
    fn branch_of_builtins_test(&self, statement: Node<'t>, scope: ScopeId) -> Option<usize> {
        let clauses = named_children(statement);
        let clause =
            |kind: &str| clauses.iter().find(|clause| clause.kind_name() == kind).map(|clause| clause.id());
        match self.try_tests_builtins(statement, scope)? {
            true => clause("else_clause").or(Some(statement.id())),
            false => clause("except_clause"),
        }
    }

    /// The branch of an `if` statement the target takes: the first whose condition holds, or
    /// the `else`.
    fn branch_taken(
        &self,
        statement: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
        depth: u8,
    ) -> Option<usize> {
        let mut taken = None;
        for clause in
            std::iter::once(statement).chain(crate::syntax::field_children(statement, Field::Alternative))
        {
            let holds = match clause.field(Field::Condition) {
                Some(condition) => self.evaluate(condition, scope, target, depth)?,
                None => true,
            };
            if holds {
                taken = Some(clause.id());
                break;
            }
        }
        taken
    }

    /// Whether the body of the `try` statement `statement` tests whether names are builtins:
    /// `Some(true)` when each of its statements reads or assigns a builtin every Python 3 has
    /// or a feature every target has ([`Self::feature_every_target_has`]; the body never fails
    /// there: its handlers never run), `Some(false)` when its first one reads a builtin only
    /// Python 2 had (it fails on every Python 3: its `else` never runs). Assignments of a
    /// literal (`PY2 = True`) never fail and are passed over; an assignment of a tuple of names
    /// reads them in order (`string_types = basestring,`). A name bound in `scope` outside the
    /// statement is no builtin.
    /// Ex) distlib's `try: callable = callable`; boltons' `try: xrange`; dictdiffer's `try: PY2
    /// = True` / `string_types = basestring,` / `except NameError: PY2 = False`; executing's
    /// `try: get_instructions = dis.get_instructions` / `except AttributeError:`.
    pub(super) fn try_tests_builtins(&self, statement: Node<'t>, scope: ScopeId) -> Option<bool> {
        let body = statement.field(Field::Body)?;
        let range = statement.start_byte()..=statement.end_byte();
        let builtin = |name: Node<'t>| -> Option<bool> {
            if name.kind_name() == "attribute" {
                return self.feature_every_target_has(name);
            }
            let name = text(name, self.source);
            let bindings = self.bindings.get(&scope).and_then(|names| names.get(name));
            if bindings
                .is_some_and(|bindings| bindings.iter().any(|binding| !range.contains(&binding.offset)))
            {
                return None;
            }
            crate::stdlib::builtin_on_python3(name)
        };
        let mut reads = Vec::new();
        for child in named_children(body).into_iter().filter(|child| child.kind_name() != "comment") {
            match self.builtins_read(child)? {
                Some(names) => reads.push(names),
                None if reads.is_empty() => continue,
                None => reads.push(Vec::new()),
            }
        }
        let (first, rest) = reads.split_first()?;
        // The names of the first statement that reads any, in order: the first that is not a
        // builtin of every Python 3 decides whether the statement fails.
        for name in first {
            match builtin(*name)? {
                true => continue,
                false => return Some(false),
            }
        }
        rest.iter().flatten().all(|name| builtin(*name) == Some(true)).then_some(true)
    }

    /// The names a statement of a builtins test reads (`unicode`, `x = unicode`, `x = str,
    /// unicode`, `(unicode, str)`, or a feature `x = dis.get_instructions`): `Some(None)` for a
    /// literal or its assignment to a name, which read nothing; `None` for anything else.
    fn builtins_read(&self, child: Node<'t>) -> Option<Option<Vec<Node<'t>>>> {
        let expression =
            crate::syntax::first_part(child).filter(|_| child.kind_name() == "expression_statement")?;
        let value = match expression.kind_name() {
            "assignment" if expression.field(Field::Left)?.kind_name() == "identifier" => {
                expression.field(Field::Right)?
            }
            "assignment" => return None,
            _ => expression,
        };
        match value.kind_name() {
            "identifier" | "attribute" => Some(Some(vec![value])),
            "true" | "false" | "none" | "integer" | "float" | "string" => Some(None),
            "expression_list" | "tuple" => {
                let items: Vec<Node<'t>> =
                    named_children(value).into_iter().filter(|item| item.kind_name() != "comment").collect();
                let names = items.iter().all(|item| item.kind_name() == "identifier");
                (names && !items.is_empty()).then_some(Some(items))
            }
            _ => None,
        }
    }

    /// `Some(true)` where `attribute` (`dis.get_instructions`) reads, from a name, a feature
    /// of [`crate::stdlib::FEATURES_SINCE`] that the oldest target already has: reading it
    /// never fails there. `None` otherwise (nothing is known).
    fn feature_every_target_has(&self, attribute: Node<'t>) -> Option<bool> {
        attribute.field(Field::Object).filter(|object| object.kind_name() == "identifier")?;
        let minor = crate::stdlib::feature_since(text(attribute.field(Field::Attribute)?, self.source))?;
        (PythonVersion::new(minor) <= PythonVersion::OLDEST_TARGET).then_some(true)
    }

    /// The `if` statement and the branch (the statement itself, an `elif` or `else` clause) in
    /// whose block `value`, a `True` or `False` literal, is assigned to a name.
    fn literal_in_branch(&self, value: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
        if !matches!(value.kind_name(), "true" | "false") {
            return None;
        }
        let assignment = value.parent().filter(|node| node.kind_name() == "assignment")?;
        let block =
            assignment.parent().filter(|node| node.kind_name() == "expression_statement")?.parent()?;
        let branch = block.parent().filter(|_| block.kind_name() == "block")?;
        let statement = match branch.kind_name() {
            "if_statement" | "try_statement" => branch,
            "elif_clause" | "else_clause" | "except_clause" => {
                branch.parent().filter(|node| matches!(node.kind_name(), "if_statement" | "try_statement"))?
            }
            _ => return None,
        };
        Some((statement, branch))
    }

    /// A comparison with the version: also a chain (`(3, 0) <= sys.version_info < (3, 4)`), which
    /// holds when each of its pairs does.
    fn evaluate_comparison(&self, node: Node<'t>, scope: ScopeId, target: PythonVersion) -> Option<bool> {
        let operands: Vec<Node<'t>> =
            named_children(node).into_iter().filter(|child| child.kind_name() != "comment").collect();
        let operators = crate::syntax::field_children(node, Field::Operators);
        if operands.len() < 2 || operators.len() != operands.len() - 1 {
            return None;
        }
        let mut all_hold = Some(true);
        for (pair, operator) in operands.windows(2).zip(&operators) {
            match self.evaluate_pair(pair[0], operator.kind_name(), pair[1], scope, target) {
                Some(false) => return Some(false),
                Some(true) => {}
                None => all_hold = None,
            }
        }
        all_hold
    }

    /// One comparison of the version with a literal, on either side: whether it holds on every
    /// micro release of the target.
    fn evaluate_pair(
        &self,
        left: Node<'t>,
        operator: &str,
        right: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<bool> {
        if let Some(answer) = self.evaluate_openssl_pair(left, operator, right, scope, target) {
            return Some(answer);
        }
        if let Some(answer) = self.evaluate_jython_pair(left, operator, right, scope) {
            return Some(answer);
        }
        let (subject, literal, operator) = oriented(left, operator, right, |node| self.subject(node, scope))?;
        let at = |micro: i64| -> Option<bool> {
            let ordering = match subject {
                Subject::Tuple => compare_tuple(
                    &[3, i64::from(target.minor), micro],
                    true,
                    &int_tuple(literal, self.source)?,
                ),
                Subject::Prefix(length) => {
                    let version = [3, i64::from(target.minor), micro];
                    let shown = &version[..length.min(version.len())];
                    compare_tuple(shown, length > version.len(), &int_tuple(literal, self.source)?)
                }
                Subject::Item(index) => {
                    let value = [3, i64::from(target.minor), micro].get(index).copied()?;
                    value.cmp(&int_literal(literal, self.source)?)
                }
                Subject::Text(piece) => {
                    let version = piece.at(target.minor, micro)?;
                    version.as_str().cmp(crate::syntax::string_value(literal, self.source)?)
                }
                Subject::Hex => {
                    let hex = (3 << 24) | (i64::from(target.minor) << 16) | (micro.min(255) << 8);
                    hex.cmp(&int_literal(literal, self.source)?)
                }
                Subject::Float(of) => {
                    let shown = match of {
                        FloatOf::Text(piece) => piece.at(target.minor, micro)?,
                        FloatOf::MajorMinor => format!("3.{}", target.minor),
                    };
                    let literal = matches!(literal.kind_name(), "integer" | "float")
                        .then(|| decimal(text(literal, self.source)))??;
                    decimal(&shown)?.cmp(&literal)
                }
            };
            apply(operator, ordering)
        };
        let first = at(0)?;
        (at(LAST_MICRO)? == first).then_some(first)
    }

    /// A comparison of `ssl.OPENSSL_VERSION_INFO` (or a prefix `[:N]` of it) with a literal
    /// tuple that the oldest OpenSSL the target builds with ([`OPENSSL_FLOORS`]) already
    /// decides: `>= (1, 0, 1)` holds on 3.10, `< (1, 0, 1)` does not. Anything else: `None`.
    fn evaluate_openssl_pair(
        &self,
        left: Node<'t>,
        operator: &str,
        right: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<bool> {
        let (length, literal, operator) =
            oriented(left, operator, right, |node| self.openssl_subject(node, scope))?;
        let floor = OPENSSL_FLOORS.iter().find(|(minor, _)| target.minor >= *minor)?.1;
        // Items past the floor's three are not known (the patch and status numbers).
        let literal = int_tuple(literal, self.source).filter(|literal| literal.len() <= floor.len())?;
        let shown = &floor[..length.min(floor.len())];
        // The version is at least `floor`: above the literal when the floor is, or (for the
        // whole tuple, longer than a 3-item literal) when the floor equals it.
        let ordering = compare_tuple(shown, length > floor.len(), &literal);
        match (operator, ordering) {
            (">=" | ">", Ordering::Greater) | (">=", Ordering::Equal) => Some(true),
            ("<" | "<=", Ordering::Greater) | ("<", Ordering::Equal) => Some(false),
            _ => None,
        }
    }

    /// A comparison (`==`, `!=`) of what tells Jython apart ([`JYTHON`]) with Jython's answer:
    /// no Python 3 is Jython, so `==` never holds. Ex) `platform.python_implementation() ==
    /// "Jython"`, `os.name != "java"`. Any other answer: `None`.
    fn evaluate_jython_pair(
        &self,
        left: Node<'t>,
        operator: &str,
        right: Node<'t>,
        scope: ScopeId,
    ) -> Option<bool> {
        let equal = match operator {
            "==" => false,
            "!=" => true,
            _ => return None,
        };
        let (subject, literal, _) = oriented(left, operator, right, |node| self.jython_answer(node, scope))?;
        let value = crate::syntax::string_value(literal, self.source)?;
        let (_, answer) = JYTHON.iter().find(|(name, _)| *name == subject)?;
        let jython = if subject == "sys.platform" { value.starts_with(answer) } else { value == *answer };
        jython.then_some(equal)
    }

    /// Which of [`JYTHON`]'s subjects `node` reads (`platform.system()` called with no
    /// argument), by its qualified name.
    fn jython_answer(&self, node: Node<'t>, scope: ScopeId) -> Option<&'static str> {
        let read = match node.kind_name() {
            "call" if node.field(Field::Arguments)?.named_child_count() == 0 => {
                node.field(Field::Function)?
            }
            "call" => return None,
            _ => node,
        };
        let Value::Qualified(name) = self.resolve(read, scope) else {
            return None;
        };
        let called = node.kind_name() == "call";
        JYTHON
            .iter()
            .map(|(subject, _)| *subject)
            .find(|subject| *subject == name && subject.starts_with("platform.") == called)
    }

    /// `ssl.OPENSSL_VERSION_INFO` (how many items of it a comparison sees: 5) or `[:N]` of it.
    fn openssl_subject(&self, node: Node<'t>, scope: ScopeId) -> Option<usize> {
        if node.kind_name() == "subscript" {
            let slice = text(node.field(Field::Subscript)?, self.source).replace(char::is_whitespace, "");
            let end = slice.strip_prefix(':').or_else(|| slice.strip_prefix("0:"))?;
            let length = end.parse().ok()?;
            return self.is(node.field(Field::Value)?, scope, "ssl.OPENSSL_VERSION_INFO").then_some(length);
        }
        self.is(node, scope, "ssl.OPENSSL_VERSION_INFO").then_some(5)
    }

    /// `sys.version.startswith("2")`; `sys.platform.startswith("java")`, Jython's
    /// ([`Self::jython_answer`]), never holds.
    fn evaluate_startswith(&self, node: Node<'t>, scope: ScopeId, target: PythonVersion) -> Option<bool> {
        let function = node.field(Field::Function)?;
        if function.kind_name() != "attribute"
            || text(function.field(Field::Attribute)?, self.source) != "startswith"
        {
            return None;
        }
        let argument = crate::syntax::first_part(node.field(Field::Arguments)?)?;
        let prefix = crate::syntax::string_value(argument, self.source)?;
        let object = function.field(Field::Object)?;
        if self.jython_answer(object, scope) == Some("sys.platform") {
            return prefix.starts_with("java").then_some(false);
        }
        let Subject::Text(piece) = self.subject(object, scope)? else {
            return None;
        };
        let first = piece.at(target.minor, 0)?.starts_with(prefix);
        let last = piece.at(target.minor, LAST_MICRO)?.starts_with(prefix);
        (first == last).then_some(first)
    }

    fn subject(&self, node: Node<'t>, scope: ScopeId) -> Option<Subject> {
        self.subject_at(node, scope, 0)
    }

    /// [`Self::subject`], `depth` names followed so far.
    fn subject_at(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Option<Subject> {
        if depth > MAX_DEPTH {
            return None;
        }
        match node.kind_name() {
            // A name bound to an item or a prefix of the version (jsonpickle's `PY_MAJOR =
            // sys.version_info[0]`, distlib's `_ver = sys.version_info[:2]`): that subject.
            "identifier" => self.plain_subject(node, scope).or_else(|| {
                let (binding_scope, binding) =
                    self.lookup(text(node, self.source), scope, node.start_byte())?;
                match binding.kind {
                    BindingKind::Value(value) => self.subject_at(value, binding_scope, depth + 1),
                    _ => None,
                }
            }),
            "call" => self.called_subject(node, scope, depth),
            "subscript" => self.subscript_subject(node, scope, depth),
            "attribute" => {
                let attribute = text(node.field(Field::Attribute)?, self.source);
                let object = node.field(Field::Object)?;
                if self.is(object, scope, "sys.version_info") {
                    match attribute {
                        "major" => return Some(Subject::Item(0)),
                        "minor" => return Some(Subject::Item(1)),
                        "micro" => return Some(Subject::Item(2)),
                        _ => return None,
                    }
                }
                self.plain_subject(node, scope)
            }
            _ => self.plain_subject(node, scope),
        }
    }

    /// `int(sys.version_info[0])`: the item itself (marshmallow's `PY2`);
    /// `platform.python_version()`: the version's number ("3.12.1").
    fn called_subject(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Option<Subject> {
        let function = node.field(Field::Function)?;
        let arguments = node.field(Field::Arguments)?;
        if arguments.named_child_count() == 0 {
            return self
                .is(function, scope, "platform.python_version")
                .then_some(Subject::Text(Text::NUMBER));
        }
        let argument = crate::syntax::first_part(arguments)?;
        if arguments.named_child_count() == 1 && self.is(function, scope, "builtins.float") {
            return self.float_subject(argument, scope, depth).map(Subject::Float);
        }
        let item =
            self.subject_at(argument, scope, depth + 1).filter(|subject| matches!(subject, Subject::Item(_)));
        (self.is(function, scope, "builtins.int") && arguments.named_child_count() == 1).then_some(item?)
    }

    /// What `float(argument)` reads ([`FloatOf`]): a piece of a version string, or the major
    /// and minor items of `sys.version_info[:2]` formatted as `"%s.%s"` (`%d`, `%i`) or
    /// `"{}.{}"` (`{0}.{1}`).
    fn float_subject(&self, argument: Node<'t>, scope: ScopeId, depth: u8) -> Option<FloatOf> {
        let (format, items) = match argument.kind_name() {
            "binary_operator" => {
                let operator = argument.field(Field::Operator)?;
                if text(operator, self.source) != "%" {
                    return None;
                }
                (argument.field(Field::Left)?, argument.field(Field::Right)?)
            }
            "call" => {
                let function = argument.field(Field::Function)?;
                let arguments = argument.field(Field::Arguments)?;
                let splat = crate::syntax::first_part(arguments).filter(|splat| {
                    splat.kind_name() == "list_splat" && arguments.named_child_count() == 1
                })?;
                if function.kind_name() != "attribute"
                    || text(function.field(Field::Attribute)?, self.source) != "format"
                {
                    return None;
                }
                (function.field(Field::Object)?, crate::syntax::first_part(splat)?)
            }
            _ => {
                return match self.subject_at(argument, scope, depth + 1)? {
                    Subject::Text(piece) => Some(FloatOf::Text(piece)),
                    _ => None,
                };
            }
        };
        let spelled = crate::syntax::string_value(format, self.source)?;
        let joins = matches!(spelled, "%s.%s" | "%d.%d" | "%i.%i" | "{}.{}" | "{0}.{1}");
        let prefix = self.subject_at(items, scope, depth + 1) == Some(Subject::Prefix(2));
        (joins && prefix).then_some(FloatOf::MajorMinor)
    }

    /// An item or a prefix of `sys.version_info` (`[0]`, `[:2]`); a piece of a version string
    /// (`sys.version[0]`, `sys.version[:3]`, [`Text`]); the number `sys.version.split()[0]`.
    fn subscript_subject(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> Option<Subject> {
        let value = node.field(Field::Value)?;
        let index = node.field(Field::Subscript)?;
        let slice = match index.kind_name() {
            "integer" => {
                let at: usize = text(index, self.source).parse().ok()?;
                (at, Some(at + 1))
            }
            "slice" => {
                let slice = text(index, self.source).replace(char::is_whitespace, "");
                let (start, end) = slice.split_once(':')?;
                if end.contains(':') {
                    return None;
                }
                let start = if start.is_empty() { 0 } else { start.parse().ok()? };
                (start, if end.is_empty() { None } else { Some(end.parse().ok()?) })
            }
            _ => return None,
        };
        if self.is(value, scope, "sys.version_info") {
            return match slice {
                (at, Some(end)) if index.kind_name() == "integer" && end == at + 1 => Some(Subject::Item(at)),
                (0, None) => Some(Subject::Tuple),
                (0, Some(end)) => Some(Subject::Prefix(end)),
                _ => None,
            };
        }
        if slice == (0, Some(1)) && index.kind_name() == "integer" && self.splits_version(value, scope, depth)
        {
            return Some(Subject::Text(Text::NUMBER));
        }
        match self.subject_at(value, scope, depth + 1)? {
            Subject::Text(piece) => Some(Subject::Text(piece.slice(slice.0, slice.1))),
            _ => None,
        }
    }

    /// Whether `node` splits `sys.version` at whitespace (`sys.version.split()`,
    /// `.split(' ')`), whose first item is the version's number.
    fn splits_version(&self, node: Node<'t>, scope: ScopeId, depth: u8) -> bool {
        let Some(function) = node.field(Field::Function).filter(|_| node.kind_name() == "call") else {
            return false;
        };
        let Some(arguments) = node.field(Field::Arguments) else {
            return false;
        };
        let separator_is_space = match arguments.named_child_count() {
            0 => true,
            1 => crate::syntax::first_part(arguments)
                .and_then(|argument| crate::syntax::string_value(argument, self.source))
                .is_some_and(|separator| separator == " "),
            _ => false,
        };
        function.kind_name() == "attribute"
            && separator_is_space
            && function.field(Field::Attribute).is_some_and(|name| text(name, self.source) == "split")
            && function.field(Field::Object).is_some_and(|object| {
                self.subject_at(object, scope, depth + 1) == Some(Subject::Text(Text::WHOLE))
            })
    }

    fn plain_subject(&self, node: Node<'t>, scope: ScopeId) -> Option<Subject> {
        match self.resolve(node, scope) {
            Value::Qualified(name) => match name.as_str() {
                "sys.version_info" => Some(Subject::Tuple),
                "sys.version" => Some(Subject::Text(Text::WHOLE)),
                "sys.hexversion" => Some(Subject::Hex),
                _ => None,
            },
            _ => None,
        }
    }

    fn is(&self, node: Node<'t>, scope: ScopeId, qualified: &str) -> bool {
        matches!(self.resolve(node, scope), Value::Qualified(name) if name == qualified)
    }
}

fn last_segment(qualified: &str) -> &str {
    QualifiedName::new(qualified).last()
}

/// The conventional flags of compatibility layers: `six.PY2`, `PY3`, `IS_PY3`, `PY34`, ...
fn named_flag(name: &str, target: PythonVersion) -> Option<bool> {
    let upper = name.trim_start_matches('_').to_ascii_uppercase();
    let upper = upper.strip_prefix("IS_").unwrap_or(&upper);
    let rest = upper.strip_prefix("PYTHON").or_else(|| upper.strip_prefix("PY"))?;
    let rest = rest.strip_prefix('_').unwrap_or(rest);
    match rest {
        "2" | "2K" | "27" => Some(false),
        "3" | "3K" => Some(true),
        digits
            if digits.len() >= 2 && digits.starts_with('3') && digits.bytes().all(|b| b.is_ascii_digit()) =>
        {
            let minor: u8 = digits[1..].parse().ok()?;
            Some(target.minor >= minor)
        }
        _ => None,
    }
}

/// A comparison of a subject (what `subject` recognises) with a literal, put subject first:
/// `(3, 8) <= sys.version_info` is `sys.version_info >= (3, 8)`. `None` when neither side or
/// both are subjects, or the operator has no mirror.
fn oriented<'t, 'o, S>(
    left: Node<'t>,
    operator: &'o str,
    right: Node<'t>,
    subject: impl Fn(Node<'t>) -> Option<S>,
) -> Option<(S, Node<'t>, &'o str)> {
    match (subject(left), subject(right)) {
        (Some(subject), None) => Some((subject, right, operator)),
        (None, Some(subject)) => Some((subject, left, mirror(operator)?)),
        _ => None,
    }
}

fn mirror(operator: &str) -> Option<&str> {
    Some(match operator {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        "==" | "!=" => operator,
        _ => return None,
    })
}

fn apply(operator: &str, ordering: Ordering) -> Option<bool> {
    Some(match operator {
        "<" => ordering == Ordering::Less,
        "<=" => ordering != Ordering::Greater,
        ">" => ordering == Ordering::Greater,
        ">=" => ordering != Ordering::Less,
        "==" => ordering == Ordering::Equal,
        "!=" | "<>" => ordering != Ordering::Equal,
        _ => return None,
    })
}

/// Compares a version tuple with a literal tuple, as Python compares tuples. `longer` says
/// the version has more items after `version` (the release level and serial).
fn compare_tuple(version: &[i64], longer: bool, literal: &[i64]) -> Ordering {
    for (index, expected) in literal.iter().enumerate() {
        match version.get(index) {
            Some(actual) => match actual.cmp(expected) {
                Ordering::Equal => {}
                other => return other,
            },
            // The release level is a string: a literal with ints this long is no real check.
            None if longer => return Ordering::Greater,
            None => return Ordering::Less,
        }
    }
    if version.len() > literal.len() || longer {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn int_literal(node: Node<'_>, source: &str) -> Option<i64> {
    let literal = text(node, source).replace('_', "");
    if let Some(hex) = literal.strip_prefix("0x").or_else(|| literal.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    literal.parse().ok()
}

/// A decimal number's text (`3`, `3.14`, `2.7`, a version's "3.1") as its whole part and its
/// fraction's digits without trailing zeros: compared as tuples, they order as Python orders
/// the floats `float()` makes of them (no float parsing, which would cost the engine its parser).
/// `None` for anything else (an exponent, a second dot: `float("3.12.1")` raises).
fn decimal(spelled: &str) -> Option<(u64, String)> {
    let spelled = spelled.trim().replace('_', "");
    let (whole, fraction) = spelled.split_once('.').unwrap_or((spelled.as_str(), ""));
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    Some((whole, fraction.trim_end_matches('0').to_owned()))
}

fn int_tuple(node: Node<'_>, source: &str) -> Option<Vec<i64>> {
    if !matches!(node.kind_name(), "tuple" | "list") {
        return None;
    }
    named_children(node)
        .into_iter()
        .filter(|child| child.kind_name() != "comment")
        .map(|child| int_literal(child, source))
        .collect()
}

impl<'t> SemanticModel<'t> {
    /// Whether `value`, the value of an assignment statement, sits in a branch of an `if` that
    /// no target Python runs: under a version check that fails at every target, or in the
    /// `elif`/`else` after one that passes at every target. Ex) `old = collections` under
    /// `if sys.version_info[0] == 2:`, or in the `else` of `if sys.version_info >= (3, 3):`.
    /// `use_at`: where the name is used; a use in the same branch reads the binding.
    pub(super) fn assigned_where_no_target_runs(
        &self,
        value: Node<'t>,
        scope: ScopeId,
        use_at: usize,
    ) -> bool {
        self.parent(value)
            .filter(|node| node.kind_name() == "assignment")
            .and_then(|assignment| self.parent(assignment))
            .filter(|node| node.kind_name() == "expression_statement")
            .is_some_and(|statement| self.where_no_target_runs(statement, scope, use_at))
    }

    /// Whether `statement` sits directly in a branch of an `if` that no target Python runs (see
    /// [`Self::assigned_where_no_target_runs`]); `false` when `use_at` lies in that branch.
    /// Ex) `old = collections` in the `else` of `if sys.version_info >= (3,):`.
    pub(super) fn where_no_target_runs(&self, statement: Node<'t>, scope: ScopeId, use_at: usize) -> bool {
        let Some(block) = self.parent(statement) else {
            return false;
        };
        Branch::of_block(block, |node| self.parent(node))
            .is_some_and(|branch| self.branch_runs_nowhere(branch, scope, use_at))
    }

    /// Whether no target Python runs `branch` of its `if` (under a version check that fails at
    /// every target, or after one that passes at every target); `false` when `use_at` lies in it.
    /// Ex) `import ConfigParser as configparser` in the `else` of `if sys.version_info >= (3,):`.
    pub(super) fn branch_runs_nowhere(&self, branch: Branch<'t>, scope: ScopeId, use_at: usize) -> bool {
        let Branch { block, branch, statement } = branch;
        if block.byte_range().contains(&use_at) {
            return false;
        }
        // The checks resolve names as part of the question being answered (see `Memo::active`):
        // its depth and steps bound them.
        let at_every_target = |condition: Option<Node<'t>>, holds: bool| {
            condition.is_some_and(|condition| {
                PythonVersion::targets()
                    .all(|target| self.version_condition(condition, scope, target) == Some(holds))
            })
        };
        if branch.kind_name() == "if_statement" {
            return at_every_target(branch.field(Field::Condition), false);
        }
        let own =
            branch.kind_name() == "elif_clause" && at_every_target(branch.field(Field::Condition), false);
        // An earlier condition that always holds: the `if`'s, or an `elif` before this one.
        let earlier = std::iter::once(statement.field(Field::Condition)).chain(
            crate::syntax::field_children(statement, Field::Alternative)
                .into_iter()
                .take_while(|clause| clause.id() != branch.id())
                .filter(|clause| clause.kind_name() == "elif_clause")
                .map(|clause| clause.field(Field::Condition)),
        );
        own || earlier.into_iter().any(|condition| at_every_target(condition, true))
    }
}

/// Where a statement sits directly in a branch of an `if`: the branch's block, the branch (the
/// `if_statement` itself, an `elif_clause` or an `else_clause`) and its `if_statement`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Branch<'t> {
    /// The block the statement is in.
    pub block: Node<'t>,
    /// The `if_statement`, `elif_clause` or `else_clause` whose block it is.
    pub branch: Node<'t>,
    /// The `if_statement` the branch belongs to.
    pub statement: Node<'t>,
}

impl<'t> Branch<'t> {
    /// The branch whose block `block` is, when it is a branch of an `if`, its nodes found by
    /// `parent` (the model's remembered [`super::SemanticModel::parent`]: tree-sitter's
    /// `parent()` searches from the root; see [`Branch::from_ancestors`] in a walk).
    pub fn of_block(block: Node<'t>, parent: impl Fn(Node<'t>) -> Option<Node<'t>>) -> Option<Self> {
        Self::new(block, parent(block)?, &parent)
    }

    /// The branch whose block is the last of `ancestors` (the nodes from the root down, as a
    /// walk holds them), when it is a branch of an `if`.
    pub fn from_ancestors(ancestors: &[Node<'t>]) -> Option<Self> {
        match ancestors {
            [.., above, branch, block] => Self::new(*block, *branch, |_| Some(*above)),
            [branch, block] => Self::new(*block, *branch, |_| None),
            _ => None,
        }
    }

    /// `block` in `branch`, whose `if_statement` (for an `elif` or `else` clause) `above` finds.
    fn new(
        block: Node<'t>,
        branch: Node<'t>,
        above: impl FnOnce(Node<'t>) -> Option<Node<'t>>,
    ) -> Option<Self> {
        if block.kind_name() != "block" {
            return None;
        }
        let statement = match branch.kind_name() {
            "if_statement" => branch,
            "elif_clause" | "else_clause" => {
                above(branch).filter(|node| node.kind_name() == "if_statement")?
            }
            _ => return None,
        };
        Some(Self { block, branch, statement })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_like_python_tuples() {
        assert_eq!(compare_tuple(&[3, 12, 0], true, &[3, 12]), Ordering::Greater);
        assert_eq!(compare_tuple(&[3, 12, 0], true, &[3, 13]), Ordering::Less);
        assert_eq!(compare_tuple(&[3, 12, 0], true, &[3]), Ordering::Greater);
        assert_eq!(compare_tuple(&[3, 12, 0], true, &[2, 7]), Ordering::Greater);
        assert_eq!(compare_tuple(&[3, 12], false, &[3, 12]), Ordering::Equal);
        assert_eq!(compare_tuple(&[3, 12], false, &[3, 12, 0]), Ordering::Less);
        assert_eq!(compare_tuple(&[3], false, &[3]), Ordering::Equal);
    }

    #[test]
    fn orders_decimals_as_python_orders_their_floats() {
        assert!(decimal("3.14") < decimal("3.5"));
        assert!(decimal("3.1 ") < decimal("3.3"));
        assert_eq!(decimal("3.10"), decimal("3.1"));
        assert_eq!(decimal("3"), decimal("3.0"));
        assert!(decimal("2.7") < decimal("3"));
        assert!(decimal(".5") < decimal("1"));
        assert_eq!(decimal("3.12.1"), None);
        assert_eq!(decimal("1e3"), None);
        assert_eq!(decimal("."), None);
    }

    #[test]
    fn reads_compatibility_flags() {
        let target = PythonVersion::new(12);
        assert_eq!(named_flag("PY2", target), Some(false));
        assert_eq!(named_flag("PY3", target), Some(true));
        assert_eq!(named_flag("is_py3", target), Some(true));
        assert_eq!(named_flag("_PY3K", target), Some(true));
        assert_eq!(named_flag("PY313", target), Some(false));
        assert_eq!(named_flag("PY34", target), Some(true));
        assert_eq!(named_flag("PYPY", target), None);
        assert_eq!(named_flag("COPY3", target), None);
    }
}
