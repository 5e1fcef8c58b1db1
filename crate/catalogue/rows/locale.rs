//! The `locale` rows of the catalogue (the page `docs/locale.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "locale.format",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
        symbol: "locale.getdefaultlocale",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(15)),
        replacement: "locale.setlocale(locale.LC_ALL, \"\") then locale.getlocale(); locale.getencoding() for the encoding",
        why: "it guessed the locale from environment variables and was often wrong; announced for removal in 3.13, then 3.15; 3.15.0rc1 no longer warns",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("getlocale() reports the locale in effect, which setlocale() must set first"),
        also_known_as: &[],
        before: r#"import locale

language, encoding = locale.getdefaultlocale()
"#,
        after: r#"import locale

locale.setlocale(locale.LC_ALL, "")
language, _ = locale.getlocale()
encoding = locale.getencoding()
"#,
    },
    Entry {
        symbol: "locale.resetlocale",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
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
