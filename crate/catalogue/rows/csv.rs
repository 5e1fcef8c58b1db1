//! The `csv` rows of the catalogue (the page `docs/csv.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "csv.__version__",
    kind: ApiKind::Attribute,
    deprecated_in: Some(v(15)),
    removed_in: Some(v(20)),
    withdrawn_in: None,
    replacement: "sys.version_info",
    why: "a version string frozen years ago; the module's version is Python's own",
    detection: Detection::Name,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import csv

print(csv.__version__)
"#,
    after: r#"import sys

print(sys.version_info)
"#,
}];
