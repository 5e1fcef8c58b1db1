//! The `asyncore` rows of the catalogue (the page `docs/asyncore.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "asyncore",
    kind: ApiKind::Module,
    deprecated_in: Some(v(6)),
    removed_in: Some(v(12)),
    withdrawn_in: None,
    replacement: "asyncio (protocols and transports, or streams); PyPI copy: pyasyncore",
    why: "PEP 594: superseded by asyncio",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import asyncore

asyncore.loop()
"#,
    after: r#"import asyncio

asyncio.run(main())
"#,
}];
