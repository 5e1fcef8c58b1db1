//! The `string` rows of the catalogue (the page `docs/string.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "string.Formatter.format(format_string=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(5)),
    removed_in: Some(v(7)),
    withdrawn_in: None,
    replacement: "pass the format string positionally",
    why: "the parameter became positional-only so that fields may be named format_string",
    detection: Detection::Keyword { callables: &["string.Formatter.format"], keywords: &["format_string"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import string

text = string.Formatter().format(format_string="-{arg}-", arg="test")
"#,
    after: r#"import string

text = string.Formatter().format("-{arg}-", arg="test")
"#,
}];
