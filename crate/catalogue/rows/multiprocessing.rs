//! The `multiprocessing` rows of the catalogue (the page `docs/multiprocessing.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "multiprocessing.managers.DictProxy.has_key",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "key in proxy",
        why: "has_key went from dicts with Python 3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import multiprocessing

shared = multiprocessing.Manager().dict()
print(multiprocessing.managers.DictProxy.has_key(shared, "k"))
"#,
        after: r#"import multiprocessing

shared = multiprocessing.Manager().dict()
print("k" in shared)
"#,
    },
    Entry {
        symbol: "multiprocessing.managers.Server.create(c=, typeid=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "pass c and typeid positionally",
        why:
            "the parameter became positional-only so that keyword arguments with its name reach the callable",
        detection: Detection::Keyword {
            callables: &["multiprocessing.managers.Server.create"],
            keywords: &["c", "typeid"],
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from multiprocessing.managers import Server

Server.create(server, c=connection, typeid="Queue")
"#,
        after: r#"from multiprocessing.managers import Server

Server.create(server, connection, "Queue")
"#,
    },
    Entry {
        symbol: "multiprocessing.reduction.ACKNOWLEDGE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: the handshake it configured is always done",
        why: "a switch for an acknowledgement step of handle passing, unused since the code was rewritten",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from multiprocessing import reduction

print(reduction.ACKNOWLEDGE)
"#,
        after: r#"from multiprocessing import reduction

print(reduction.DupFd)
"#,
    },
    Entry {
        symbol: "multiprocessing.semaphore_tracker",
        kind: ApiKind::Module,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "multiprocessing.resource_tracker",
        why: "renamed when it started tracking other resources",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from multiprocessing import semaphore_tracker

semaphore_tracker.ensure_running()
"#,
        after: r#"from multiprocessing import resource_tracker

resource_tracker.ensure_running()
"#,
    },
];
