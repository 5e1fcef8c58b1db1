//! The `collections` rows of the catalogue (the page `docs/collections.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "collections.AsyncGenerator",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.AsyncGenerator",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.AsyncGenerator", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.AsyncGenerator)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.AsyncGenerator)
"#,
    },
    Entry {
        symbol: "collections.AsyncIterable",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.AsyncIterable",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.AsyncIterable", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.AsyncIterable)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.AsyncIterable)
"#,
    },
    Entry {
        symbol: "collections.AsyncIterator",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.AsyncIterator",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.AsyncIterator", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.AsyncIterator)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.AsyncIterator)
"#,
    },
    Entry {
        symbol: "collections.Awaitable",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Awaitable",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Awaitable", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Awaitable)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Awaitable)
"#,
    },
    Entry {
        symbol: "collections.ByteString",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.ByteString",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.ByteString", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.ByteString)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.ByteString)
"#,
    },
    Entry {
        symbol: "collections.Callable",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Callable",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Callable", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Callable)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Callable)
"#,
    },
    Entry {
        symbol: "collections.Collection",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Collection",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Collection", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Collection)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Collection)
"#,
    },
    Entry {
        symbol: "collections.Container",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Container",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Container", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Container)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Container)
"#,
    },
    Entry {
        symbol: "collections.Coroutine",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Coroutine",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Coroutine", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Coroutine)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Coroutine)
"#,
    },
    Entry {
        symbol: "collections.Generator",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Generator",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Generator", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Generator)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Generator)
"#,
    },
    Entry {
        symbol: "collections.Hashable",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Hashable",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Hashable", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Hashable)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Hashable)
"#,
    },
    Entry {
        symbol: "collections.ItemsView",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.ItemsView",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.ItemsView", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.ItemsView)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.ItemsView)
"#,
    },
    Entry {
        symbol: "collections.Iterable",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Iterable",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Iterable", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Iterable)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Iterable)
"#,
    },
    Entry {
        symbol: "collections.Iterator",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Iterator",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Iterator", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Iterator)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Iterator)
"#,
    },
    Entry {
        symbol: "collections.KeysView",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.KeysView",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.KeysView", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.KeysView)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.KeysView)
"#,
    },
    Entry {
        symbol: "collections.Mapping",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Mapping",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Mapping", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Mapping)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Mapping)
"#,
    },
    Entry {
        symbol: "collections.MappingView",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.MappingView",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.MappingView", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.MappingView)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.MappingView)
"#,
    },
    Entry {
        symbol: "collections.MutableMapping",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.MutableMapping",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.MutableMapping", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.MutableMapping)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.MutableMapping)
"#,
    },
    Entry {
        symbol: "collections.MutableSequence",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.MutableSequence",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.MutableSequence", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.MutableSequence)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.MutableSequence)
"#,
    },
    Entry {
        symbol: "collections.MutableSet",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.MutableSet",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.MutableSet", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.MutableSet)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.MutableSet)
"#,
    },
    Entry {
        symbol: "collections.Reversible",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Reversible",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Reversible", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Reversible)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Reversible)
"#,
    },
    Entry {
        symbol: "collections.Sequence",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Sequence",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Sequence", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Sequence)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Sequence)
"#,
    },
    Entry {
        symbol: "collections.Set",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Set",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Set", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Set)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Set)
"#,
    },
    Entry {
        symbol: "collections.Sized",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.Sized",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.Sized", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.Sized)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.Sized)
"#,
    },
    Entry {
        symbol: "collections.ValuesView",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "collections.abc.ValuesView",
        why: "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned from 3.7 on",
        detection: Detection::Name,
        fix: replace("collections.abc.ValuesView", "collections.abc"),
        also_known_as: &[],
        before: r#"import collections

def check(value):
    return isinstance(value, collections.ValuesView)
"#,
        after: r#"import collections.abc

def check(value):
    return isinstance(value, collections.abc.ValuesView)
"#,
    },
    Entry {
        symbol: "collections.abc.ByteString",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(17)),
        withdrawn_in: None,
        replacement: "collections.abc.Buffer (3.12+), or a union such as bytes | bytearray | memoryview",
        why: "its meaning was never clear (bytes only? bytearray? memoryview?) and type checkers treated it inconsistently",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("collections.abc.Buffer is a different protocol (it also accepts memoryview and arrays)"),
        also_known_as: &[],
        before: r#"from collections.abc import ByteString

def size(data: ByteString) -> int:
    return len(data)
"#,
        after: r#"from collections.abc import Buffer

def size(data: Buffer) -> int:
    return len(memoryview(data))
"#,
    },
    Entry {
        symbol: "collections.namedtuple(verbose=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "leave it out; print the class's fields with cls._fields if needed",
        why: "namedtuple no longer builds classes from source text",
        detection: Detection::Keyword { callables: &["collections.namedtuple"], keywords: &["verbose"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import collections

Point = collections.namedtuple("Point", "x y", verbose=True)
"#,
        after: r#"import collections

Point = collections.namedtuple("Point", "x y")
"#,
    },
];
