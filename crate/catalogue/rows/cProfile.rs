//! The `cProfile` rows of the catalogue (the page `docs/cProfile.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "cProfile.Profile.runcall(func=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "pass func positionally",
        why: "the parameter became positional-only so that keyword arguments with its name reach the callable",
        detection: Detection::Keyword { callables: &["cProfile.Profile.runcall"], keywords: &["func"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cProfile

cProfile.Profile().runcall(func=print)
"#,
        after: r#"import cProfile

cProfile.Profile().runcall(print)
"#,
    },
    Entry {
        symbol: "cProfile.label",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "(code.co_filename, code.co_firstlineno, code.co_name), the key it made",
        why: "an undocumented helper that made pstats keys; 3.15 moved the profiler to profiling.tracing and kept only cProfile's documented names",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cProfile

key = cProfile.label(compile("1", "<string>", "eval"))
"#,
        after: r#"code = compile("1", "<string>", "eval")
key = (code.co_filename, code.co_firstlineno, code.co_name)
"#,
    },
];
