//! The `asyncio` rows of the catalogue (the page `docs/asyncio.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "asyncio.AbstractChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        symbol: "asyncio.AbstractEventLoop.create_datagram_endpoint(reuse_address=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "leave it out (SO_REUSEADDR lets other processes steal UDP traffic); pass reuse_port=True where that is what you meant",
        why: "SO_REUSEADDR is a security hole for UDP",
        detection: Detection::Keyword { callables: &["asyncio.AbstractEventLoop.create_datagram_endpoint"], keywords: &["reuse_address"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

async def main(protocol):
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(protocol, local_addr=("0.0.0.0", 9999), reuse_address=True)
"#,
        after: r#"import asyncio

async def main(protocol):
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(protocol, local_addr=("0.0.0.0", 9999))
"#,
    },
    Entry {
        symbol: "asyncio.AbstractEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        symbol: "asyncio.BoundedSemaphore(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.BoundedSemaphore"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    semaphore = asyncio.BoundedSemaphore(2, loop=loop)
"#,
        after: r#"import asyncio

async def main():
    semaphore = asyncio.BoundedSemaphore(2)
"#,
    },
    Entry {
        symbol: "asyncio.Condition(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.Condition"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    condition = asyncio.Condition(loop=loop)
"#,
        after: r#"import asyncio

async def main():
    condition = asyncio.Condition()
"#,
    },
    Entry {
        symbol: "asyncio.DefaultEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        symbol: "asyncio.Event(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.Event"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    event = asyncio.Event(loop=loop)
"#,
        after: r#"import asyncio

async def main():
    event = asyncio.Event()
"#,
    },
    Entry {
        symbol: "asyncio.FastChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        symbol: "asyncio.JoinableQueue",
        kind: ApiKind::Class,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "asyncio.Queue (it has join() and task_done())",
        why: "an alias of Queue since 3.4.4",
        detection: Detection::Name,
        fix: rename("Queue"),
        also_known_as: &[],
        before: r#"import asyncio

queue = asyncio.JoinableQueue()
"#,
        after: r#"import asyncio

queue = asyncio.Queue()
"#,
    },
    Entry {
        symbol: "asyncio.Lock(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.Lock"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    lock = asyncio.Lock(loop=loop)
"#,
        after: r#"import asyncio

async def main():
    lock = asyncio.Lock()
"#,
    },
    Entry {
        symbol: "asyncio.MultiLoopChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        symbol: "asyncio.Queue(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.Queue"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    queue = asyncio.Queue(loop=loop)
"#,
        after: r#"import asyncio

async def main():
    queue = asyncio.Queue()
"#,
    },
    Entry {
        symbol: "asyncio.SafeChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        symbol: "asyncio.Semaphore(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.Semaphore"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    semaphore = asyncio.Semaphore(2, loop=loop)
"#,
        after: r#"import asyncio

async def main():
    semaphore = asyncio.Semaphore(2)
"#,
    },
    Entry {
        symbol: "asyncio.Task.all_tasks",
        kind: ApiKind::Method,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "asyncio.all_tasks()",
        why: "module-level functions (3.7) replaced the class methods",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("asyncio.all_tasks() leaves out finished tasks and needs a running loop"),
        also_known_as: &[],
        before: r#"import asyncio

async def main():
    tasks = asyncio.Task.all_tasks()
"#,
        after: r#"import asyncio

async def main():
    tasks = asyncio.all_tasks()
"#,
    },
    Entry {
        symbol: "asyncio.Task.current_task",
        kind: ApiKind::Method,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "asyncio.current_task()",
        why: "module-level functions (3.7) replaced the class methods",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("asyncio.current_task() raises RuntimeError where no loop runs; Task.current_task() returned None"),
        also_known_as: &[],
        before: r#"import asyncio

async def main():
    task = asyncio.Task.current_task()
"#,
        after: r#"import asyncio

async def main():
    task = asyncio.current_task()
"#,
    },
    Entry {
        symbol: "asyncio.ThreadedChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        symbol: "asyncio._overlapped",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "import _overlapped (Windows)",
        why: "asyncio imported _overlapped for its own use",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

print(asyncio._overlapped)
"#,
        after: r#"import _overlapped

print(_overlapped)
"#,
    },
    Entry {
        symbol: "asyncio.as_completed(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.as_completed"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    asyncio.as_completed([task], loop=loop)
"#,
        after: r#"import asyncio

async def main():
    asyncio.as_completed([task])
"#,
    },
    Entry {
        symbol: "asyncio.compat",
        kind: ApiKind::Module,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "sys.version_info checks",
        why: "asyncio's Python 2/3.3 compatibility helpers were unused",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio import compat

print(compat.PY35)
"#,
        after: r#"import sys

print(sys.version_info >= (3, 5))
"#,
    },
    Entry {
        symbol: "asyncio.coroutine",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "async def (native coroutines)",
        why: "generator-based coroutines were superseded by async def (PEP 492, 3.5)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asyncio

@asyncio.coroutine
def fetch():
    yield from asyncio.sleep(1)
"#,
        after: r#"import asyncio

async def fetch():
    await asyncio.sleep(1)
"#,
    },
    Entry {
        symbol: "asyncio.coroutines.CoroWrapper",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing: debug mode tracks coroutines without a wrapper",
        why: "the wrapper of generator-based coroutines in debug mode went with asyncio.coroutine",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.coroutines import CoroWrapper

print(CoroWrapper)
"#,
        after: r#"import asyncio

print(asyncio.iscoroutine)
"#,
    },
    Entry {
        symbol: "asyncio.coroutines.coroutine",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "async def (native coroutines)",
        why: "generator-based coroutines were superseded by async def (PEP 492, 3.5)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.coroutines import coroutine

@coroutine
def fetch():
    yield
"#,
        after: r#"async def fetch():
    pass
"#,
    },
    Entry {
        symbol: "asyncio.create_subprocess_exec(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.create_subprocess_exec"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.create_subprocess_exec("ls", loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.create_subprocess_exec("ls")
"#,
    },
    Entry {
        symbol: "asyncio.create_subprocess_shell(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.create_subprocess_shell"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.create_subprocess_shell("ls", loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.create_subprocess_shell("ls")
"#,
    },
    Entry {
        symbol: "asyncio.events.AbstractEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "asyncio.AbstractEventLoopPolicy (deprecated, gone in 3.16); better, pass loop_factory= to asyncio.run() or asyncio.Runner",
        why: "3.14 moved the policy classes behind asyncio's deprecation shim: only the asyncio.X spelling remains, until 3.16",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.events import AbstractEventLoopPolicy

class Policy(AbstractEventLoopPolicy):
    pass
"#,
        after: r#"import asyncio

asyncio.run(asyncio.sleep(0), loop_factory=asyncio.new_event_loop)
"#,
    },
    Entry {
        symbol: "asyncio.events.BaseDefaultEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "asyncio.DefaultEventLoopPolicy (deprecated, gone in 3.16); better, pass loop_factory= to asyncio.run() or asyncio.Runner",
        why: "3.14 moved the policy classes behind asyncio's deprecation shim: only the asyncio.X spelling remains, until 3.16",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.events import BaseDefaultEventLoopPolicy

class Policy(BaseDefaultEventLoopPolicy):
    pass
"#,
        after: r#"import asyncio

asyncio.run(asyncio.sleep(0), loop_factory=asyncio.new_event_loop)
"#,
    },
    Entry {
        symbol: "asyncio.gather(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.gather"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.gather(job(), loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.gather(job())
"#,
    },
    Entry {
        symbol: "asyncio.get_child_watcher",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        symbol: "asyncio.open_connection(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.open_connection"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.open_connection("example.com", 80, loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.open_connection("example.com", 80)
"#,
    },
    Entry {
        symbol: "asyncio.open_unix_connection(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.open_unix_connection"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.open_unix_connection("/tmp/s", loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.open_unix_connection("/tmp/s")
"#,
    },
    Entry {
        symbol: "asyncio.selectors",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "import selectors",
        why: "asyncio imported selectors for its own use",
        detection: Detection::Name,
        fix: replace("selectors", "selectors"),
        also_known_as: &[],
        before: r#"import asyncio

selector = asyncio.selectors.DefaultSelector()
"#,
        after: r#"import selectors

selector = selectors.DefaultSelector()
"#,
    },
    Entry {
        symbol: "asyncio.set_child_watcher",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
    Entry {
        symbol: "asyncio.shield(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.shield"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.shield(job(), loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.shield(job())
"#,
    },
    Entry {
        symbol: "asyncio.sleep(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.sleep"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.sleep(1, loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.sleep(1)
"#,
    },
    Entry {
        symbol: "asyncio.start_server(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.start_server"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.start_server(handle, port=8000, loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.start_server(handle, port=8000)
"#,
    },
    Entry {
        symbol: "asyncio.start_unix_server(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.start_unix_server"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.start_unix_server(handle, "/tmp/s", loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.start_unix_server(handle, "/tmp/s")
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.AbstractChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import AbstractChildWatcher

print(AbstractChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.BaseChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import BaseChildWatcher

print(BaseChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.DefaultEventLoopPolicy",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "asyncio.DefaultEventLoopPolicy (deprecated, gone in 3.16); better, pass loop_factory= to asyncio.run() or asyncio.Runner",
        why: "3.14 moved the policy classes behind asyncio's deprecation shim: only the asyncio.X spelling remains, until 3.16",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import DefaultEventLoopPolicy

policy = DefaultEventLoopPolicy()
"#,
        after: r#"import asyncio

asyncio.run(asyncio.sleep(0), loop_factory=asyncio.new_event_loop)
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.FastChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import FastChildWatcher

print(FastChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.MultiLoopChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import MultiLoopChildWatcher

print(MultiLoopChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.PidfdChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import PidfdChildWatcher

print(PidfdChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.SafeChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import SafeChildWatcher

print(SafeChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.unix_events.ThreadedChildWatcher",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "nothing: asyncio.create_subprocess_exec() watches its children itself",
        why: "asyncio watches child processes itself (pidfd or a thread per process) since 3.12; the watcher classes went in 3.14",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from asyncio.unix_events import ThreadedChildWatcher

print(ThreadedChildWatcher)
"#,
        after: r#"import asyncio

async def main():
    process = await asyncio.create_subprocess_exec("true")
    await process.wait()
"#,
    },
    Entry {
        symbol: "asyncio.wait(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.wait"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.wait([task], loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.wait([task])
"#,
    },
    Entry {
        symbol: "asyncio.wait_for(loop=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "leave loop= out: the running loop is used",
        why: "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread",
        detection: Detection::Keyword { callables: &["asyncio.wait_for"], keywords: &["loop"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import asyncio

async def main(loop):
    await asyncio.wait_for(job(), 5, loop=loop)
"#,
        after: r#"import asyncio

async def main():
    await asyncio.wait_for(job(), 5)
"#,
    },
    Entry {
        symbol: "asyncio.windows_utils.socketpair",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "socket.socketpair() (on every platform since 3.5)",
        why: "socket.socketpair works on Windows since 3.5",
        detection: Detection::Name,
        fix: replace("socket.socketpair", "socket"),
        also_known_as: &[],
        before: r#"from asyncio import windows_utils

a, b = windows_utils.socketpair()
"#,
        after: r#"import socket

a, b = socket.socketpair()
"#,
    },
];
