//! The `asyncio` rows of the catalogue (the page `docs/asyncio.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "asyncio.AbstractChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

class Watcher(asyncio.AbstractChildWatcher):
    pass
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.AbstractEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "asyncio.run(main(), loop_factory=...) or asyncio.Runner(loop_factory=...)",
        why: "the event loop policy system is being removed; asyncio.run() and asyncio.Runner take a loop_factory",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

class Policy(asyncio.AbstractEventLoopPolicy):
    pass
"#,
        after: r#"import asyncio

asyncio.run(main(), loop_factory=asyncio.new_event_loop)
"#,
    },
    Entry {
        symbol: "asyncio.AbstractEventLoopPolicy.get_child_watcher",
        kind: ApiKind::Method,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::DistinctiveMethod,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.get_event_loop_policy().get_child_watcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.AbstractEventLoopPolicy.set_child_watcher",
        kind: ApiKind::Method,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::DistinctiveMethod,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

policy = asyncio.get_event_loop_policy()
policy.set_child_watcher(None)
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.DefaultEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "asyncio.run(main(), loop_factory=...) or asyncio.Runner(loop_factory=...)",
        why: "the event loop policy system is being removed; asyncio.run() and asyncio.Runner take a loop_factory",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
"#,
        after: r#"import asyncio

asyncio.run(main(), loop_factory=asyncio.new_event_loop)
"#,
    },
    Entry {
        symbol: "asyncio.FastChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.FastChildWatcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.MultiLoopChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.MultiLoopChildWatcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.PidfdChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.PidfdChildWatcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.SafeChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.SafeChildWatcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.ThreadedChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.ThreadedChildWatcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.WindowsProactorEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "asyncio.run(main(), loop_factory=asyncio.ProactorEventLoop)",
        why: "event loop policies are deprecated as a whole; a loop factory chooses the loop",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

asyncio.set_event_loop_policy(asyncio.WindowsProactorEventLoopPolicy())
asyncio.run(main())
"#,
        after: r#"import asyncio

asyncio.run(main(), loop_factory=asyncio.ProactorEventLoop)
"#,
    },
    Entry {
        symbol: "asyncio.WindowsSelectorEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "asyncio.run(main(), loop_factory=asyncio.SelectorEventLoop)",
        why: "event loop policies are deprecated as a whole; a loop factory chooses the loop",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
asyncio.run(main())
"#,
        after: r#"import asyncio

asyncio.run(main(), loop_factory=asyncio.SelectorEventLoop)
"#,
    },
    Entry {
        symbol: "asyncio.get_child_watcher",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

watcher = asyncio.get_child_watcher()
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.get_event_loop_policy",
        kind: ApiKind::Function,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "asyncio.run(main(), loop_factory=...) or asyncio.Runner(loop_factory=...)",
        why: "the event loop policy system is being removed; asyncio.run() and asyncio.Runner take a loop_factory",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

loop = asyncio.get_event_loop_policy().new_event_loop()
"#,
        after: r#"import asyncio

loop = asyncio.new_event_loop()
"#,
    },
    Entry {
        symbol: "asyncio.iscoroutinefunction",
        kind: ApiKind::Function,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "inspect.iscoroutinefunction(function)",
        why: "a duplicate of inspect.iscoroutinefunction() that also recognised the removed @asyncio.coroutine",
        detection: Detection::Name,
        fix: auto(Recipe::Replace { with: "inspect.iscoroutinefunction", import: "inspect" }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

if asyncio.iscoroutinefunction(handler):
    print("async")
"#,
        after: r#"import inspect

if inspect.iscoroutinefunction(handler):
    print("async")
"#,
    },
    Entry {
        symbol: "asyncio.set_child_watcher",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "nothing: asyncio.create_subprocess_exec() manages child processes itself; delete the watcher code",
        why: "asyncio watches child processes itself (with pidfd or a thread) since 3.12; the watcher API had races and no other use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

asyncio.set_child_watcher(asyncio.ThreadedChildWatcher())
"#,
        after: r#"import asyncio

async def run():
    process = await asyncio.create_subprocess_exec("ls")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.set_event_loop_policy",
        kind: ApiKind::Function,
        deprecated_in: Some(v(14)),
        removed_in: v(16),
        replacement: "asyncio.run(main(), loop_factory=...) or asyncio.Runner(loop_factory=...)",
        why: "the event loop policy system is being removed; asyncio.run() and asyncio.Runner take a loop_factory",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

asyncio.set_event_loop_policy(CustomPolicy())
asyncio.run(main())
"#,
        after: r#"import asyncio

asyncio.run(main(), loop_factory=CustomLoop)
"#,
    },
];
