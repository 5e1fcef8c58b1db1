//! The `gettext` rows of the catalogue (the page `docs/gettext.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "gettext.NullTranslations.lgettext",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "NullTranslations.gettext()",
        why: "the l*() methods returned bytes in the locale's encoding",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("gettext() returns str, lgettext() returned encoded bytes"),
        also_known_as: &[],
        before: r#"import gettext

print(gettext.NullTranslations().lgettext("Hello"))
"#,
        after: r#"import gettext

print(gettext.NullTranslations().gettext("Hello"))
"#,
    },
    Entry {
        symbol: "gettext.NullTranslations.lngettext",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "NullTranslations.ngettext()",
        why: "the l*() methods returned bytes in the locale's encoding",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("ngettext() returns str, lngettext() returned encoded bytes"),
        also_known_as: &[],
        before: r#"import gettext

print(gettext.NullTranslations().lngettext("file", "files", 2))
"#,
        after: r#"import gettext

print(gettext.NullTranslations().ngettext("file", "files", 2))
"#,
    },
    Entry {
        symbol: "gettext.NullTranslations.output_charset",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing: translations are str",
        why: "a codeset only mattered for the l*() methods",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import gettext

print(gettext.NullTranslations().output_charset())
"#,
        after: r#"import gettext

print(gettext.NullTranslations().info())
"#,
    },
    Entry {
        symbol: "gettext.NullTranslations.set_output_charset",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing: translations are str",
        why: "a codeset only mattered for the l*() methods",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import gettext

gettext.NullTranslations().set_output_charset("utf-8")
"#,
        after: r#"import gettext

print(gettext.NullTranslations().info())
"#,
    },
    Entry {
        symbol: "gettext.bind_textdomain_codeset",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing: translations are str",
        why: "a codeset only mattered for the l*() functions",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import gettext

gettext.bind_textdomain_codeset("app", "utf-8")
"#,
        after: r#"import gettext

gettext.bindtextdomain("app", "locale")
"#,
    },
    Entry {
        symbol: "gettext.install(codeset=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "leave it out",
        why: "a codeset only mattered for the l*() functions",
        detection: Detection::Keyword { callables: &["gettext.install"], keywords: &["codeset"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import gettext

gettext.install("app", "locale", codeset="utf-8")
"#,
        after: r#"import gettext

gettext.install("app", "locale")
"#,
    },
    Entry {
        symbol: "gettext.ldgettext",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "gettext.dgettext()",
        why: "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("dgettext() returns str, ldgettext() returned encoded bytes"),
        also_known_as: &[],
        before: r#"import gettext

print(gettext.ldgettext("app", "Hello"))
"#,
        after: r#"import gettext

print(gettext.dgettext("app", "Hello"))
"#,
    },
    Entry {
        symbol: "gettext.ldngettext",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "gettext.dngettext()",
        why: "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("dngettext() returns str, ldngettext() returned encoded bytes"),
        also_known_as: &[],
        before: r#"import gettext

print(gettext.ldngettext("app", "file", "files", 2))
"#,
        after: r#"import gettext

print(gettext.dngettext("app", "file", "files", 2))
"#,
    },
    Entry {
        symbol: "gettext.lgettext",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "gettext.gettext()",
        why: "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("gettext() returns str, lgettext() returned encoded bytes"),
        also_known_as: &[],
        before: r#"import gettext

print(gettext.lgettext("Hello"))
"#,
        after: r#"import gettext

print(gettext.gettext("Hello"))
"#,
    },
    Entry {
        symbol: "gettext.lngettext",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "gettext.ngettext()",
        why: "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("ngettext() returns str, lngettext() returned encoded bytes"),
        also_known_as: &[],
        before: r#"import gettext

print(gettext.lngettext("file", "files", 2))
"#,
        after: r#"import gettext

print(gettext.ngettext("file", "files", 2))
"#,
    },
    Entry {
        symbol: "gettext.translation(codeset=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "leave it out",
        why: "a codeset only mattered for the l*() functions",
        detection: Detection::Keyword { callables: &["gettext.translation"], keywords: &["codeset"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import gettext

t = gettext.translation("app", "locale", codeset="utf-8")
"#,
        after: r#"import gettext

t = gettext.translation("app", "locale")
"#,
    },
];
