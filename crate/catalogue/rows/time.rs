//! The `time` rows of the catalogue (the page `docs/time.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "time.accept2dyear",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "nothing: pass four-digit years",
        why: "two-digit years were guessed; 3.3 takes every year as written",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import time

time.accept2dyear = False
"#,
        after: r#"import time

stamp = time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0))
"#,
    },
    Entry {
        symbol: "time.clock",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "time.perf_counter() to measure elapsed time, or time.process_time() for CPU time",
        why: "it meant CPU time on Unix and wall-clock time on Windows",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import time

start = time.clock()
"#,
        after: r#"import time

start = time.perf_counter()
"#,
    },
];
