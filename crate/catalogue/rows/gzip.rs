//! The `gzip` rows of the catalogue (the page `docs/gzip.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "gzip.GzipFile.filename",
    kind: ApiKind::Attribute,
    // Deprecated in Python 2.6, before the versions this table counts.
    deprecated_in: None,
    removed_in: Some(v(12)),
    withdrawn_in: None,
    replacement: "f.name",
    why: "file objects report their path as name; filename was a redundant, deprecated spelling",
    detection: Detection::Method,
    fix: rename("name"),
    also_known_as: &[],
    before: r#"import gzip

archive = gzip.open("data.gz")
print(archive.filename)
"#,
    after: r#"import gzip

archive = gzip.open("data.gz")
print(archive.name)
"#,
}];
