//! The `typing` rows of the catalogue (the page `docs/typing.md`), sorted by symbol.

use super::prelude::*;

/// The members of `typing.io`.
const TYPING_IO: &[&str] = &["BinaryIO", "IO", "TextIO"];
/// The members of `typing.re`.
const TYPING_RE: &[&str] = &["Match", "Pattern"];

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "typing.AnyStr",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "a constrained type parameter (PEP 695, Python 3.12+): def f[T: (str, bytes)](x: T) -> T",
        why: "a module-level type variable shared by every user; type parameter syntax declares one where it is used",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from typing import AnyStr

def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b
"#,
        after: r#"def concat[T: (str, bytes)](a: T, b: T) -> T:
    return a + b
"#,
    },
    Entry {
        symbol: "typing.ByteString",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(17)),
        withdrawn_in: None,
        replacement: "collections.abc.Buffer (3.12+), or a union such as bytes | bytearray | memoryview",
        why: "its meaning was never clear (bytes only? bytearray? memoryview?) and type checkers treated it inconsistently",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("collections.abc.Buffer is a different protocol (it also accepts memoryview and arrays)"),
        also_known_as: &[],
        before: r#"from typing import ByteString

def size(data: ByteString) -> int:
    return len(data)
"#,
        after: r#"def size(data: bytes | bytearray | memoryview) -> int:
    return len(data)
"#,
    },
    Entry {
        symbol: "typing.CallableMeta",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "typing.get_origin() and typing.get_args()",
        why: "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import typing

print(typing.CallableMeta)
"#,
        after: r#"import typing

print(typing.get_origin(typing.Callable[[], int]))
"#,
    },
    Entry {
        symbol: "typing.GenericMeta",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "typing.get_origin() and typing.get_args(), or __orig_bases__",
        why: "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import typing

if isinstance(cls, typing.GenericMeta):
    print("generic")
"#,
        after: r#"import typing

if typing.get_origin(cls) is not None:
    print("generic")
"#,
    },
    Entry {
        symbol: "typing.Hashable",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "collections.abc.Hashable",
        why: "typing re-exported the abstract base class; the class itself has always worked in annotations and isinstance",
        detection: Detection::Name,
        fix: replace("collections.abc.Hashable", "collections.abc"),
        also_known_as: &[],
        before: r#"from typing import Hashable

def key(value: Hashable) -> int:
    return hash(value)
"#,
        after: r#"from collections.abc import Hashable

def key(value: Hashable) -> int:
    return hash(value)
"#,
    },
    Entry {
        symbol: "typing.NamedTuple(typename, **fields)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "the class syntax, or NamedTuple(\"NT\", [(\"x\", int)])",
        why: "fields as keyword arguments cannot be told apart from future keyword parameters, and type checkers never understood them",
        detection: Detection::CallShape { callables: &["typing.NamedTuple"], shape: CallShape::KeywordOtherThan(&[]) },
        fix: Remedy::Manual,
        also_known_as: &["typing.NamedTuple keyword-argument syntax (NamedTuple('NT', x=int))"],
        before: r#"from typing import NamedTuple

Point = NamedTuple("Point", x=int, y=int)
"#,
        after: r#"from typing import NamedTuple

Point = NamedTuple("Point", [("x", int), ("y", int)])
"#,
    },
    Entry {
        symbol: "typing.Sized",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "collections.abc.Sized",
        why: "typing re-exported the abstract base class; the class itself has always worked in annotations and isinstance",
        detection: Detection::Name,
        fix: replace("collections.abc.Sized", "collections.abc"),
        also_known_as: &[],
        before: r#"import typing

def count(items: typing.Sized) -> int:
    return len(items)
"#,
        after: r#"import collections.abc

def count(items: collections.abc.Sized) -> int:
    return len(items)
"#,
    },
    Entry {
        symbol: "typing.Text",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "str",
        why: "an alias of str for code shared with Python 2, where it meant unicode",
        detection: Detection::Name,
        fix: replace("str", ""),
        also_known_as: &[],
        before: r#"import typing

def greet(name: typing.Text) -> typing.Text:
    return "hello " + name
"#,
        after: r#"def greet(name: str) -> str:
    return "hello " + name
"#,
    },
    Entry {
        symbol: "typing.TupleMeta",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "typing.get_origin() and typing.get_args()",
        why: "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import typing

print(typing.TupleMeta)
"#,
        after: r#"import typing

print(typing.get_args(typing.Tuple[int, str]))
"#,
    },
    Entry {
        symbol: "typing.TypedDict(typename)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "class TD(TypedDict): pass, or TypedDict(\"TD\", {})",
        why: "a TypedDict without its fields argument was almost always a mistake; the argument becomes required",
        detection: Detection::CallShape { callables: &["typing.TypedDict"], shape: CallShape::MissingOrNone { index: 1, allowed: &["total", "closed", "extra_items"] } },
        fix: Remedy::Manual,
        also_known_as: &["typing.TypedDict('TD') / TypedDict('TD', None) without fields"],
        before: r#"from typing import TypedDict

Empty = TypedDict("Empty")
"#,
        after: r#"from typing import TypedDict

Empty = TypedDict("Empty", {})
"#,
    },
    Entry {
        symbol: "typing.TypedDict(typename, **fields)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "the class syntax, or TypedDict(\"TD\", {\"x\": int})",
        why: "fields as keyword arguments clash with keyword parameters such as total=, and type checkers never understood them",
        detection: Detection::CallShape { callables: &["typing.TypedDict"], shape: CallShape::KeywordOtherThan(&["total", "closed", "extra_items"]) },
        fix: Remedy::Manual,
        also_known_as: &["typing.TypedDict keyword-argument syntax (TypedDict('TD', x=int))"],
        before: r#"from typing import TypedDict

Movie = TypedDict("Movie", title=str, year=int)
"#,
        after: r#"from typing import TypedDict

Movie = TypedDict("Movie", {"title": str, "year": int})
"#,
    },
    Entry {
        symbol: "typing.TypingMeta",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "typing.get_origin() and typing.get_args()",
        why: "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import typing

print(typing.TypingMeta)
"#,
        after: r#"import typing

print(typing.get_origin(typing.List[int]))
"#,
    },
    Entry {
        symbol: "typing._UnionGenericAlias",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(17)),
        withdrawn_in: None,
        replacement: "typing.get_origin(tp) is typing.Union, and typing.get_args(tp)",
        why: "a private class; unions are types.UnionType since 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import typing

if isinstance(hint, typing._UnionGenericAlias):
    print("union")
"#,
        after: r#"import typing

if typing.get_origin(hint) is typing.Union:
    print("union")
"#,
    },
    Entry {
        symbol: "typing.io",
        kind: ApiKind::Namespace,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "import IO, TextIO and BinaryIO from typing itself",
        why: "a pseudo-module that type checkers never supported",
        detection: Detection::Name,
        fix: auto(Recipe::Namespace { parent: "typing", members: TYPING_IO }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"from typing.io import TextIO

def dump(out: TextIO) -> None:
    out.write("done")
"#,
        after: r#"from typing import TextIO

def dump(out: TextIO) -> None:
    out.write("done")
"#,
    },
    Entry {
        symbol: "typing.no_type_check_decorator",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: type checkers never supported it; apply typing.no_type_check to the functions themselves",
        why: "no type checker ever implemented it",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import typing

@typing.no_type_check_decorator
def untyped(function):
    return function
"#,
        after: r#"import typing

@typing.no_type_check
def untyped(value):
    return value
"#,
    },
    Entry {
        symbol: "typing.re",
        kind: ApiKind::Namespace,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "import Pattern and Match from typing itself, or use re.Pattern and re.Match",
        why: "a pseudo-module that type checkers never supported",
        detection: Detection::Name,
        fix: auto(Recipe::Namespace { parent: "typing", members: TYPING_RE }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import typing

def first(pattern: typing.re.Pattern) -> str:
    return pattern.pattern
"#,
        after: r#"import re

def first(pattern: re.Pattern) -> str:
    return pattern.pattern
"#,
    },
];
