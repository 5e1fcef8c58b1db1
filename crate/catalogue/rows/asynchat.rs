//! The `asynchat` rows of the catalogue (the page `docs/asynchat.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "asynchat",
    kind: ApiKind::Module,
    deprecated_in: Some(v(6)),
    removed_in: v(12),
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
}];
