//! The `locale` rows of the catalogue (the page `docs/locale.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "locale.format",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: v(12),
        replacement: "locale.format_string(format, value, grouping)",
        why: "it accepted only one %-specifier, a subset of format_string()",
        detection: Detection::Name,
        fix: rename("format_string"),
        also_known_as: &[],
        before: r#"import locale

text = locale.format("%d", 1234567, grouping=True)
"#,
        after: r#"import locale

text = locale.format_string("%d", 1234567, grouping=True)
"#,
    },
    Entry {
        symbol: "locale.resetlocale",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: v(13),
        replacement: "locale.setlocale(locale.LC_ALL, \"\")",
        why: "it relied on getdefaultlocale(), which guessed the locale from environment variables and was often wrong",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("setlocale(LC_ALL, \"\") uses the environment's locale, resetlocale the default one"),
        also_known_as: &[],
        before: r#"import locale

locale.resetlocale()
"#,
        after: r#"import locale

locale.setlocale(locale.LC_ALL, "")
"#,
    },
];
