//! The `sqlite3` rows of the catalogue (the page `docs/sqlite3.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "sqlite3.Cursor.execute(':name', sequence)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "pass the values as a dict keyed by placeholder name ({\"id\": 42}), or write ? placeholders for a tuple",
        why: "named placeholders were bound by position when a sequence was passed, silently pairing values with the wrong names when the order differed",
        detection: Detection::CallShape { callables: &["sqlite3.Connection.execute", "sqlite3.Cursor.execute"], shape: CallShape::NamedPlaceholdersWithSequence { rows: false } },
        fix: Remedy::Manual,
        also_known_as: &["sqlite3 named placeholders with a sequence of parameters"],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
cursor = connection.cursor()
cursor.execute("SELECT name FROM users WHERE id = :id", (42,))
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
cursor = connection.cursor()
cursor.execute("SELECT name FROM users WHERE id = :id", {"id": 42})
"#,
    },
    Entry {
        symbol: "sqlite3.Cursor.executemany(':name', sequences)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "pass each row as a dict keyed by placeholder name, or write ? placeholders for tuples",
        why: "named placeholders were bound by position when a sequence was passed, silently pairing values with the wrong names when the order differed",
        detection: Detection::CallShape { callables: &["sqlite3.Connection.executemany", "sqlite3.Cursor.executemany"], shape: CallShape::NamedPlaceholdersWithSequence { rows: true } },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.executemany("INSERT INTO users VALUES (:id, :name)", [(1, "ada"), (2, "bob")])
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.executemany("INSERT INTO users VALUES (:id, :name)", [{"id": 1, "name": "ada"}, {"id": 2, "name": "bob"}])
"#,
    },
    Entry {
        symbol: "sqlite3.OptimizedUnicode",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "str (the default text_factory)",
        why: "an alias of str since Python 3.3",
        detection: Detection::Name,
        fix: replace("str", ""),
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.text_factory = sqlite3.OptimizedUnicode
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.text_factory = str
"#,
    },
    Entry {
        symbol: "sqlite3.connect(database, timeout, ...)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: v(15),
        replacement: "pass everything after the database by name: sqlite3.connect(path, timeout=5.0)",
        why: "the parameters after the database become keyword-only",
        detection: Detection::CallShape { callables: &["sqlite3.connect"], shape: CallShape::PositionalMoreThan(1) },
        fix: Remedy::Manual,
        also_known_as: &["sqlite3.connect() with more than one positional argument"],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db", 5.0)
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db", timeout=5.0)
"#,
    },
    Entry {
        symbol: "sqlite3.enable_shared_cache",
        kind: ApiKind::Function,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "open the database with a URI and cache=shared: sqlite3.connect(\"file:db?cache=shared\", uri=True)",
        why: "SQLite discourages the shared cache, and the process-wide switch is gone from its API",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

sqlite3.enable_shared_cache(True)
connection = sqlite3.connect("app.db")
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("file:app.db?cache=shared", uri=True)
"#,
    },
    Entry {
        symbol: "sqlite3.version",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "sqlite3.sqlite_version (the SQLite library's version)",
        why: "it was the version of the pysqlite module, frozen since it joined the standard library, often mistaken for SQLite's",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the SQLite library's version is a different value than the module's"),
        also_known_as: &[],
        before: r#"import sqlite3

print("sqlite", sqlite3.version)
"#,
        after: r#"import sqlite3

print("sqlite", sqlite3.sqlite_version)
"#,
    },
    Entry {
        symbol: "sqlite3.version_info",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "sqlite3.sqlite_version_info (the SQLite library's version)",
        why: "it was the version of the pysqlite module, frozen since it joined the standard library, often mistaken for SQLite's",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the SQLite library's version is a different value than the module's"),
        also_known_as: &[],
        before: r#"import sqlite3

if sqlite3.version_info < (2, 6):
    raise RuntimeError("too old")
"#,
        after: r#"import sqlite3

if sqlite3.sqlite_version_info < (3, 8):
    raise RuntimeError("too old")
"#,
    },
];
