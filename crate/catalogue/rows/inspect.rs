//! The `inspect` rows of the catalogue (the page `docs/inspect.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "inspect.ArgSpec",
        kind: ApiKind::Class,
        deprecated_in: Some(v(0)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "inspect.FullArgSpec, or inspect.Signature",
        why: "the named tuple getargspec() returned went with it",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import inspect

spec = inspect.ArgSpec(["x"], None, None, None)
"#,
        after: r#"import inspect

spec = inspect.FullArgSpec(["x"], None, None, None, [], None, {})
"#,
    },
    Entry {
        symbol: "inspect.Signature.from_builtin",
        kind: ApiKind::Method,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "inspect.Signature.from_callable()",
        why: "from_callable() (3.5) handles every kind of callable",
        detection: Detection::Method,
        fix: auto(Recipe::Rename { to: "from_callable", keywords: &[] }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import inspect

signature = inspect.Signature.from_builtin(len)
"#,
        after: r#"import inspect

signature = inspect.Signature.from_callable(len)
"#,
    },
    Entry {
        symbol: "inspect.Signature.from_function",
        kind: ApiKind::Method,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "inspect.Signature.from_callable()",
        why: "from_callable() (3.5) handles every kind of callable",
        detection: Detection::Method,
        fix: auto(Recipe::Rename { to: "from_callable", keywords: &[] }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import inspect

def area(width):
    return width

signature = inspect.Signature.from_function(area)
"#,
        after: r#"import inspect

def area(width):
    return width

signature = inspect.Signature.from_callable(area)
"#,
    },
    Entry {
        symbol: "inspect.formatargspec",
        kind: ApiKind::Function,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "str(inspect.signature(function))",
        why: "it formatted getargspec()'s tuples; Signature objects print themselves",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import inspect

def area(width, height=1):
    return width * height

print(inspect.formatargspec(*inspect.getfullargspec(area)))
"#,
        after: r#"import inspect

def area(width, height=1):
    return width * height

print(inspect.signature(area))
"#,
    },
    Entry {
        symbol: "inspect.getargspec",
        kind: ApiKind::Function,
        deprecated_in: Some(v(0)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "inspect.signature(), or inspect.getfullargspec() (its result has varkw where ArgSpec had keywords, and three more fields)",
        why: "getargspec cannot describe keyword-only arguments or annotations; it was deprecated since 3.0",
        detection: Detection::Name,
        fix: auto(Recipe::Rename { to: "getfullargspec", keywords: &[] }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import inspect

def area(width, height=1):
    return width * height

print(inspect.getargspec(area).args)
"#,
        after: r#"import inspect

def area(width, height=1):
    return width * height

print(inspect.getfullargspec(area).args)
"#,
    },
    Entry {
        symbol: "inspect.getmoduleinfo",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "inspect.getmodulename(), or importlib.machinery's suffix lists",
        why: "it returned imp's module type codes, which went with imp",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import inspect

info = inspect.getmoduleinfo("tool.py")
"#,
        after: r#"import inspect

name = inspect.getmodulename("tool.py")
"#,
    },
];
