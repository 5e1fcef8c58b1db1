//! The `trace` rows of the catalogue (the page `docs/trace.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "trace.Ignore",
        kind: ApiKind::Class,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing public (trace._Ignore)",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.Ignore
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.Trace.runfunc(func=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "pass func positionally",
        why:
            "the parameter became positional-only so that keyword arguments with its name reach the callable",
        detection: Detection::Keyword { callables: &["trace.Trace.runfunc"], keywords: &["func"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

trace.Trace().runfunc(func=print)
"#,
        after: r#"import trace

trace.Trace().runfunc(print)
"#,
    },
    Entry {
        symbol: "trace.find_executable_linenos",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing public (trace._find_executable_linenos)",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.find_executable_linenos
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.find_lines",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing public (trace._find_lines)",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.find_lines
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.find_lines_from_code",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing public (trace._find_lines_from_code)",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.find_lines_from_code
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.find_strings",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing public (trace._find_strings)",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.find_strings
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.fullmodname",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "nothing public",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.fullmodname
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.modname",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "inspect.getmodulename()",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::ManualBecause(
            "getmodulename() returns None for files that are not modules, modname the base name",
        ),
        also_known_as: &[],
        before: r#"import trace

helper = trace.modname
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
    Entry {
        symbol: "trace.usage",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "python -m trace --help",
        why: "undocumented helpers of the trace module, made private in 3.6",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import trace

helper = trace.usage
"#,
        after: r#"import trace

tracer = trace.Trace(count=False)
"#,
    },
];
