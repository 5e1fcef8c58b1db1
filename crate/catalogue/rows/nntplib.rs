//! The `nntplib` rows of the catalogue (the page `docs/nntplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "nntplib",
        kind: ApiKind::Module,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "PyPI pynntp (copy: standard-nntplib)",
        why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import nntplib

with nntplib.NNTP("news.example.com") as news:
    response, count, first, last, name = news.group("comp.lang.python")
"#,
        after: r#"import nntp

client = nntp.NNTPClient("news.example.com")
"#,
    },
    Entry {
        symbol: "nntplib.NNTP.xgtitle",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "NNTP.descriptions() or NNTP.description()",
        why: "descriptions() (3.2) uses the standard LIST NEWSGROUPS command",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import nntplib

server = nntplib.NNTP("news.example.com")
print(server.xgtitle("comp.lang.python"))
"#,
        after: r#"import nntplib

server = nntplib.NNTP("news.example.com")
print(server.descriptions("comp.lang.python"))
"#,
    },
    Entry {
        symbol: "nntplib.NNTP.xpath",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "nothing: the XPATH extension is rarely enabled",
        why: "an NNTP extension servers dropped",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import nntplib

server = nntplib.NNTP("news.example.com")
print(server.xpath("<id>"))
"#,
        after: r#"import nntplib

server = nntplib.NNTP("news.example.com")
print(server.article("<id>"))
"#,
    },
];
