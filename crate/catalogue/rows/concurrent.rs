//! The `concurrent` rows of the catalogue (the page `docs/concurrent.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "concurrent.futures.Executor.submit(fn=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(8)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "pass fn positionally",
    why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
    detection: Detection::Keyword { callables: &["concurrent.futures.Executor.submit"], keywords: &["fn"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor() as pool:
    future = pool.submit(fn=print)
"#,
    after: r#"from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor() as pool:
    future = pool.submit(print)
"#,
}];
