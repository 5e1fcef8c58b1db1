//! The `nntplib` rows of the catalogue (the page `docs/nntplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "nntplib",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: v(13),
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
}];
