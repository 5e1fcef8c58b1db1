//! The `sqlite3` rows of the catalogue (the page `docs/sqlite3.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "sqlite3.Cache",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "nothing: an internal class",
        why: "internal classes of the statement cache",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

print(sqlite3.Cache)
"#,
        after: r#"import sqlite3

print(sqlite3.Connection)
"#,
    },
    Entry {
        symbol: "sqlite3.Connection.create_aggregate(name=, n_arg=, aggregate_class=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass name, n_arg and aggregate_class by position: connection.create_aggregate(\"total\", 1, Total)",
        why: "3.15 made the first three parameters positional-only, as for the other user-defined function APIs",
        detection: Detection::Keyword { callables: &["sqlite3.Connection.create_aggregate"], keywords: &["name", "n_arg", "aggregate_class"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
class Total:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def finalize(self):
        return self.total


connection.create_aggregate(name="total", n_arg=1, aggregate_class=Total)
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
class Total:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def finalize(self):
        return self.total


connection.create_aggregate("total", 1, Total)
"#,
    },
    Entry {
        symbol: "sqlite3.Connection.create_function(name=, narg=, func=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass name, narg and func by position: connection.create_function(\"lower\", 1, str.lower)",
        why: "3.15 made the first three parameters positional-only, as create_window_function's always were",
        detection: Detection::Keyword { callables: &["sqlite3.Connection.create_function"], keywords: &["name", "narg", "func"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.create_function(name="lower", narg=1, func=str.lower, deterministic=True)
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.create_function("lower", 1, str.lower, deterministic=True)
"#,
    },
    Entry {
        symbol: "sqlite3.Connection.set_authorizer(authorizer_callback=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass the callback by position: connection.set_authorizer(callback)",
        why: "3.15 made the callback parameter of the callback-registering methods positional-only",
        detection: Detection::Keyword { callables: &["sqlite3.Connection.set_authorizer"], keywords: &["authorizer_callback"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.set_authorizer(authorizer_callback=None)
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.set_authorizer(None)
"#,
    },
    Entry {
        symbol: "sqlite3.Connection.set_progress_handler(progress_handler=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass the handler by position: connection.set_progress_handler(handler, n=1000)",
        why: "3.15 made the callback parameter of the callback-registering methods positional-only",
        detection: Detection::Keyword { callables: &["sqlite3.Connection.set_progress_handler"], keywords: &["progress_handler"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.set_progress_handler(progress_handler=None, n=1000)
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.set_progress_handler(None, n=1000)
"#,
    },
    Entry {
        symbol: "sqlite3.Connection.set_trace_callback(trace_callback=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass the callback by position: connection.set_trace_callback(print)",
        why: "3.15 made the callback parameter of the callback-registering methods positional-only",
        detection: Detection::Keyword { callables: &["sqlite3.Connection.set_trace_callback"], keywords: &["trace_callback"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.set_trace_callback(trace_callback=print)
"#,
        after: r#"import sqlite3

connection = sqlite3.connect("app.db")
connection.set_trace_callback(print)
"#,
    },
    Entry {
        symbol: "sqlite3.Cursor.execute(':name', sequence)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
        symbol: "sqlite3.Statement",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "nothing: an internal class",
        why: "internal classes of the statement cache",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sqlite3

print(sqlite3.Statement)
"#,
        after: r#"import sqlite3

print(sqlite3.Cursor)
"#,
    },
    Entry {
        symbol: "sqlite3.connect(database, timeout, ...)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
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
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
