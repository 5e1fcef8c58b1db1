//! The `urllib` rows of the catalogue (the page `docs/urllib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "urllib.parse.Quoter",
        kind: ApiKind::Class,
        deprecated_in: Some(v(11)),
        removed_in: v(14),
        replacement: "urllib.parse.quote() (or quote_from_bytes())",
        why: "an implementation detail of quote() that was public by accident",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("quote() is a function, not a mapping class"),
        also_known_as: &[],
        before: r#"from urllib.parse import Quoter

quoter = Quoter(b"/")
"#,
        after: r#"from urllib.parse import quote

text = quote("a b/c", safe="/")
"#,
    },
    Entry {
        symbol: "urllib.request.FancyURLopener",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: v(14),
        replacement: "urllib.request.urlopen() or urlretrieve(); custom behaviour through build_opener() and handlers",
        why: "the Python 2-era opener API; urlopen() with handlers (build_opener) replaced it in 3.0",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

opener = urllib.request.FancyURLopener()
page = opener.open("https://example.com")
"#,
        after: r#"import urllib.request

page = urllib.request.urlopen("https://example.com")
"#,
    },
    Entry {
        symbol: "urllib.request.URLopener",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: v(14),
        replacement: "urllib.request.urlopen() or urlretrieve(); custom behaviour through build_opener() and handlers",
        why: "the Python 2-era opener API; urlopen() with handlers (build_opener) replaced it in 3.0",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

opener = urllib.request.URLopener()
opener.retrieve("https://example.com/a.txt", "a.txt")
"#,
        after: r#"import urllib.request

urllib.request.urlretrieve("https://example.com/a.txt", "a.txt")
"#,
    },
    Entry {
        symbol: "urllib.request.urlopen(cafile=, capath=, cadefault=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: v(13),
        replacement: "context=ssl.create_default_context(cafile=..., capath=...)",
        why: "certificate locations given one by one bypassed SSLContext's settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["urllib.request.urlopen"], keywords: &["cafile", "capath", "cadefault"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

response = urllib.request.urlopen("https://example.com", cafile="ca.pem")
"#,
        after: r#"import ssl
import urllib.request

context = ssl.create_default_context(cafile="ca.pem")
response = urllib.request.urlopen("https://example.com", context=context)
"#,
    },
];
