//! The `traceback` rows of the catalogue (the page `docs/traceback.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "traceback.TracebackException.exc_type",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "TracebackException.exc_type_str (the name), or keep the exception itself",
        why: "holding the class kept it alive; 3.13 stores its printable name instead",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("exc_type_str is the type's name as a string, not the class"),
        also_known_as: &[],
        before: r#"import traceback

try:
    1 / 0
except ZeroDivisionError as error:
    summary = traceback.TracebackException.from_exception(error)
    print(summary.exc_type.__name__)
"#,
        after: r#"import traceback

try:
    1 / 0
except ZeroDivisionError as error:
    summary = traceback.TracebackException.from_exception(error)
    print(summary.exc_type_str)
"#,
    },
    Entry {
        symbol: "traceback.format_exception(etype=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "pass the exception positionally: format_exception(error)",
        why: "3.10 takes the exception itself; the first parameter became positional-only",
        detection: Detection::Keyword { callables: &["traceback.format_exception"], keywords: &["etype"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import traceback

lines = traceback.format_exception(etype=type(error), value=error, tb=error.__traceback__)
"#,
        after: r#"import traceback

lines = traceback.format_exception(error)
"#,
    },
    Entry {
        symbol: "traceback.format_exception_only(etype=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "pass the exception positionally: format_exception_only(error)",
        why: "3.10 takes the exception itself; the first parameter became positional-only",
        detection: Detection::Keyword {
            callables: &["traceback.format_exception_only"],
            keywords: &["etype"],
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import traceback

lines = traceback.format_exception_only(etype=type(error), value=error)
"#,
        after: r#"import traceback

lines = traceback.format_exception_only(error)
"#,
    },
    Entry {
        symbol: "traceback.print_exception(etype=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "pass the exception positionally: print_exception(error)",
        why: "3.10 takes the exception itself; the first parameter became positional-only",
        detection: Detection::Keyword { callables: &["traceback.print_exception"], keywords: &["etype"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import traceback

traceback.print_exception(etype=type(error), value=error, tb=error.__traceback__)
"#,
        after: r#"import traceback

traceback.print_exception(error)
"#,
    },
];
