//! The `threading` rows of the catalogue (the page `docs/threading.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "threading.Condition.notifyAll",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Condition.notify_all()",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::DistinctiveMethod,
        fix: rename("notify_all"),
        also_known_as: &[],
        before: r#"import threading

condition = threading.Condition()
with condition:
    condition.notifyAll()
"#,
        after: r#"import threading

condition = threading.Condition()
with condition:
    condition.notify_all()
"#,
    },
    Entry {
        symbol: "threading.Event.isSet",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Event.is_set()",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::DistinctiveMethod,
        fix: rename("is_set"),
        also_known_as: &[],
        before: r#"import threading

done = threading.Event()
if done.isSet():
    print("done")
"#,
        after: r#"import threading

done = threading.Event()
if done.is_set():
    print("done")
"#,
    },
    Entry {
        symbol: "threading.RLock(*args, **kwargs)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "call threading.RLock() without arguments",
        why:
            "the arguments were accepted and ignored by the Python implementation, and rejected by the C one",
        detection: Detection::CallShape { callables: &["threading.RLock"], shape: CallShape::AnyArgument },
        fix: Remedy::Manual,
        also_known_as: &["threading.RLock() with arguments"],
        before: r#"import threading

lock = threading.RLock(True)
"#,
        after: r#"import threading

lock = threading.RLock()
"#,
    },
    Entry {
        symbol: "threading.Thread(verbose=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "leave it out: the debug output is gone",
        why: "the undocumented debugging machinery of threading went in 3.3",
        detection: Detection::Keyword { callables: &["threading.Thread"], keywords: &["verbose"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import threading

worker = threading.Thread(target=print, verbose=True)
"#,
        after: r#"import threading

worker = threading.Thread(target=print)
"#,
    },
    Entry {
        symbol: "threading.Thread.getName",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "the Thread.name attribute",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::Method,
        fix: auto(Recipe::CallToAttribute { attribute: "name" }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import threading

worker = threading.Thread(target=print)
print(worker.getName())
"#,
        after: r#"import threading

worker = threading.Thread(target=print)
print(worker.name)
"#,
    },
    Entry {
        symbol: "threading.Thread.isAlive",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "Thread.is_alive()",
        why: "the camelCase spelling predates PEP 8; is_alive() exists since 2.6",
        detection: Detection::DistinctiveMethod,
        fix: rename("is_alive"),
        also_known_as: &[],
        before: r#"import threading

worker = threading.Thread(target=print)
print(worker.isAlive())
"#,
        after: r#"import threading

worker = threading.Thread(target=print)
print(worker.is_alive())
"#,
    },
    Entry {
        symbol: "threading.Thread.isDaemon",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "the Thread.daemon attribute",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::DistinctiveMethod,
        fix: auto(Recipe::CallToAttribute { attribute: "daemon" }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import threading

worker = threading.Thread(target=print)
print(worker.isDaemon())
"#,
        after: r#"import threading

worker = threading.Thread(target=print)
print(worker.daemon)
"#,
    },
    Entry {
        symbol: "threading.Thread.setDaemon",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "assign the Thread.daemon attribute (thread.daemon = True), or pass daemon= to Thread()",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::DistinctiveMethod,
        fix: auto(Recipe::CallToAssignment { attribute: "daemon" }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import threading

worker = threading.Thread(target=print)
worker.setDaemon(True)
"#,
        after: r#"import threading

worker = threading.Thread(target=print)
worker.daemon = True
"#,
    },
    Entry {
        symbol: "threading.Thread.setName",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "assign the Thread.name attribute (thread.name = ...), or pass name= to Thread()",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::Method,
        fix: auto(Recipe::CallToAssignment { attribute: "name" }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import threading

worker = threading.Thread(target=print)
worker.setName("poller")
"#,
        after: r#"import threading

worker = threading.Thread(target=print)
worker.name = "poller"
"#,
    },
    Entry {
        symbol: "threading.activeCount",
        kind: ApiKind::Function,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "threading.active_count()",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::Name,
        fix: rename("active_count"),
        also_known_as: &[],
        before: r#"import threading

print(threading.activeCount())
"#,
        after: r#"import threading

print(threading.active_count())
"#,
    },
    Entry {
        symbol: "threading.currentThread",
        kind: ApiKind::Function,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "threading.current_thread()",
        why:
            "the camelCase names predate PEP 8; the snake_case and property spellings have existed since 2.6",
        detection: Detection::Name,
        fix: rename("current_thread"),
        also_known_as: &[],
        before: r#"import threading

name = threading.currentThread().name
"#,
        after: r#"import threading

name = threading.current_thread().name
"#,
    },
];
