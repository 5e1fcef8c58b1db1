//! The `abc` rows of the catalogue (the page `docs/abc.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "abc.abstractclassmethod",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "stack @classmethod over @abc.abstractmethod",
        why: "abstractmethod combines with classmethod, staticmethod and property since 3.3",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import abc

class Shape(abc.ABC):
    @abc.abstractclassmethod
    def area(cls):
        ...
"#,
        after: r#"import abc

class Shape(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def area(cls):
        ...
"#,
    },
    Entry {
        symbol: "abc.abstractproperty",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "stack @property over @abc.abstractmethod",
        why: "abstractmethod combines with classmethod, staticmethod and property since 3.3",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import abc

class Shape(abc.ABC):
    @abc.abstractproperty
    def area(cls):
        ...
"#,
        after: r#"import abc

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(cls):
        ...
"#,
    },
    Entry {
        symbol: "abc.abstractstaticmethod",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "stack @staticmethod over @abc.abstractmethod",
        why: "abstractmethod combines with classmethod, staticmethod and property since 3.3",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import abc

class Shape(abc.ABC):
    @abc.abstractstaticmethod
    def area(cls):
        ...
"#,
        after: r#"import abc

class Shape(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def area(cls):
        ...
"#,
    },
];
