//! The `asynchat` rows of the catalogue (the page `docs/asynchat.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "asynchat",
        kind: ApiKind::Module,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "asyncio streams (asyncio.start_server, StreamReader); PyPI copy: pyasynchat",
        why: "PEP 594: superseded by asyncio",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import asynchat

class Handler(asynchat.async_chat):
    pass
"#,
        after: r#"import asyncio

async def handle(reader, writer):
    line = await reader.readline()
"#,
    },
    Entry {
        symbol: "asynchat.fifo",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "collections.deque",
        why: "an unused queue class; deque does the job",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("deque has append/popleft where fifo had push/pop"),
        also_known_as: &[],
        before: r#"import asynchat

queue = asynchat.fifo()
"#,
        after: r#"import collections

queue = collections.deque()
"#,
    },
];
